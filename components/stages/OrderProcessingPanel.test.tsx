// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { answeredAtOnce } from "@/machines/testing/secondTry";
import { createActor, type Actor } from "xstate";
import type { Scenario } from "@/domain";
import { orderProcessingMachine } from "@/machines/orderProcessing";
import { processingInput, processingScenario } from "@/machines/testing/processingFixtures";
import { loadStagePanels, StagePanel } from "./StagePanel";

type ProcessingActor = Actor<typeof orderProcessingMachine>;

function start(scenario: Scenario, options: Parameters<typeof processingInput>[1] = {}): ProcessingActor {
  const actor = createActor(answeredAtOnce(orderProcessingMachine), { input: processingInput(scenario, options) }).start();
  render(<StagePanel running={{ stage: "orderProcessing", actor }} scenario={scenario} />);
  return actor;
}

/** A field by its accessible name (a row's field is named with its reference), or a date by its label. */
function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.queryByRole("textbox", { name: label }) ?? screen.getByLabelText(label), { target: { value } });
}

function row(table: HTMLElement, name: string): string[] {
  const header = within(table).getByRole("rowheader", { name: new RegExp(`^${name}`) });
  const tr = header.closest("tr");
  if (!tr) throw new Error("ligne introuvable");
  return within(tr)
    .getAllByRole("cell")
    .map((cell) => cell.textContent ?? "");
}

/** The figures shown for one article of the delivery note (a description list). */
function facts(group: HTMLElement): Record<string, string> {
  return Object.fromEntries(within(group).getAllByRole("term").map((term) => [term.textContent ?? "", term.nextElementSibling?.textContent ?? ""]));
}

afterEach(cleanup);

describe("OrderProcessingPanel", () => {
  // The page fetches the panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(["orderProcessing"]));
  it("records, acknowledges, delivers partially with the back-order shown, then ships the back-order when supplies come in", () => {
    const actor = start(processingScenario({ restock: true }));

    // 1. Record: references and quantities from the order received; prices and remises to type.
    const record = screen.getByRole("button", { name: "Enregistrer la commande" });
    const quantity = screen.getByRole("textbox", { name: "Quantité, CLS-LV" });
    expect(quantity).toHaveValue("100");
    // Quantities and prices are required: marked for screen readers, the asterisk in the column headers and its legend.
    expect(quantity).toHaveAttribute("aria-required", "true");
    expect(screen.getByRole("textbox", { name: "Prix unitaire HT, CAH-A4" })).toHaveAttribute("aria-required", "true");
    expect(screen.getByRole("columnheader", { name: "Prix unitaire HT (€)" })).toHaveTextContent("Prix unitaire HT (€) *");
    expect(screen.getByText("Les champs marqués d'un astérisque (*) sont obligatoires.")).toBeInTheDocument();
    expect(record).toBeDisabled();
    type("Prix unitaire HT, CAH-A4", "2,50");
    type("Prix unitaire HT, STY-BL", "12,00");
    type("Prix unitaire HT, CLS-LV", "4,80");
    type(/Remises du compte client/, "10\u00a0; 5");
    expect(record).toBeEnabled();
    fireEvent.click(record);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "processing.record", correct: true });

    // 2. Acknowledgement: the partial delivery leaves today; no deposit.
    expect(screen.getByRole("heading", { level: 3, name: /2\. Envoyer l'accusé de réception/ })).toBeInTheDocument();
    expect(screen.getByText(/Livraison partielle : acceptée par le client/)).toBeInTheDocument();
    const acknowledge = screen.getByRole("button", { name: "Envoyer l'accusé de réception" });
    expect(acknowledge).toBeDisabled();
    const promised = screen.getByLabelText(/^Date de livraison promise/);
    expect(promised).toHaveAttribute("aria-required", "true");
    expect(promised).toHaveAccessibleDescription(/^Toute date que le stock et le délai d'approvisionnement permettent de tenir/);
    // Tomorrow can be met (the partial delivery could leave today): right, with a remark (0094).
    type(/Date de livraison promise/, "2026-11-13");
    fireEvent.click(acknowledge);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "processing.acknowledgement", correct: true, points: 2 });
    expect(actor.getSnapshot().context.lastFeedback?.explanation).toMatch(/^Date de livraison promise\u00a0: le 13\/11\/2026 est tenable\u00a0; la date la plus proche possible était le 12\/11\/2026\./);

    // 3. Delivery note: ordered and available shown; beyond the stock, the PGI refuses (button disabled).
    const classeurs = screen.getByRole("group", { name: /^CLS-LV/ });
    expect(within(classeurs).getByRole("textbox", { name: "Quantité livrée, CLS-LV" })).toHaveAttribute("aria-required", "true");
    expect(facts(classeurs)).toEqual({ Commandé: "100", "Reste à livrer": "100", Disponible: "60" });
    const deliver = screen.getByRole("button", { name: "Valider le bon de livraison" });
    type("Quantité livrée, CAH-A4", "200");
    type("Quantité livrée, STY-BL", "30");
    type("Quantité livrée, CLS-LV", "100");
    expect(deliver).toBeDisabled();
    expect(deliver).toHaveAccessibleDescription(/Le PGI refuse ce bon/);
    type("Quantité livrée, CLS-LV", "60");
    expect(deliver).toBeEnabled();
    expect(within(classeurs).getByText(/Reliquat/).parentElement).toHaveTextContent("Reliquat : 40");
    fireEvent.click(deliver);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "processing.deliveryNote", correct: true });
    expect(actor.getSnapshot().context.lastFeedback?.explanation).toMatch(/Reliquat à livrer plus tard\u00a0: 40 × CLS-LV/);

    // 4. Status: the back-order is shown; "livrée" would be wrong.
    const remaining = screen.getByRole("table", { name: /Reliquat/ });
    expect(row(remaining, "CLS-LV")).toEqual(["100", "60", "40"]);
    const update = screen.getByRole("button", { name: "Mettre à jour le statut" });
    expect(update).toBeDisabled();
    fireEvent.change(screen.getByLabelText("Statut de la commande"), { target: { value: "partiallyDelivered" } });
    fireEvent.click(update);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "processing.status", correct: true });

    // Waiting for supplies: the clock moves to the restock date, then the back-order ships.
    expect(screen.getByRole("heading", { level: 3, name: "En attente du réapprovisionnement" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Valider le bon de livraison" })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /Avancer au 20\/11\/2026/ }));
    expect(actor.getSnapshot().value).toBe("delivering");
    expect(screen.getByText(/Réapprovisionnement reçu le 20\/11\/2026/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: /bon n° 2\u00a0: le reliquat/ })).toBeInTheDocument();
    type("Quantité livrée, CLS-LV", "40");
    fireEvent.click(screen.getByRole("button", { name: "Valider le bon de livraison" }));
    fireEvent.change(screen.getByLabelText("Statut de la commande"), { target: { value: "delivered" } });
    fireEvent.click(screen.getByRole("button", { name: "Mettre à jour le statut" }));
    expect(actor.getSnapshot().status).toBe("done");
    expect(screen.getByText(/Commande traitée : statut « Livrée »/)).toBeInTheDocument();
  }, 20_000);

  it("explains a recording without the account's remises, and refuses an unreadable price at the field", () => {
    const actor = start(processingScenario());
    type("Prix unitaire HT, CAH-A4", "2.505");
    const price = screen.getByRole("textbox", { name: "Prix unitaire HT, CAH-A4" });
    expect(price).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("button", { name: "Enregistrer la commande" })).toBeDisabled();
    type("Prix unitaire HT, CAH-A4", "2,50");
    type("Prix unitaire HT, STY-BL", "12");
    type("Prix unitaire HT, CLS-LV", "4,8");
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer la commande" }));
    const feedback = actor.getSnapshot().context.lastFeedback;
    expect(feedback).toMatchObject({ decisionPoint: "processing.record", correct: false });
    expect(feedback?.explanation).toMatch(/remises saisies\u00a0: aucune\u00a0; prévues par le compte client\u00a0: 10\s%\spuis 5\s%/);
    expect(screen.getByRole("heading", { level: 3, name: /2\. Envoyer l'accusé de réception/ })).toBeInTheDocument();
  });
});
