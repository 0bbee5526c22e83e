// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { answeredAtOnce } from "@/machines/testing/secondTry";
import { createActor } from "xstate";
import { invoiceControlMachine } from "@/machines/invoiceControl";
import { courseControlScenario, stageInputOf } from "@/machines/testing/controlFixtures";
import { downloadInvoicePdf } from "@/components/documents/download";
import { loadStagePanels, StagePanel } from "./StagePanel";

// The PDF itself is rendered and read in Node by components/documents/pdf/InvoicePdf.test.tsx.
vi.mock("@/components/documents/download", async (original) => ({ ...(await original<typeof import("@/components/documents/download")>()), downloadInvoicePdf: vi.fn() }));

function start() {
  const scenario = courseControlScenario();
  const actor = createActor(answeredAtOnce(invoiceControlMachine), { input: stageInputOf(scenario) }).start();
  render(<StagePanel running={{ stage: "invoiceControl", actor }} scenario={scenario} />);
  return actor;
}

afterEach(() => {
  cleanup();
  vi.mocked(downloadInvoicePdf).mockReset();
});

describe("InvoiceControlPanel", () => {
  // The page fetches the panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(["invoiceControl"]));
  it("downloads the invoice to control as a PDF, printed as it is, anomalies included", () => {
    const actor = start();
    fireEvent.click(screen.getByRole("button", { name: "Télécharger la facture à contrôler (PDF)" }));
    expect(downloadInvoicePdf).toHaveBeenCalledWith(actor.getSnapshot().context.document, "original");
    expect(actor.getSnapshot().context.document.lines[1]?.lineTotalCents).toBe(8_200);
  });

  it("shows the sale's file the invoice is checked against: the remise agreed with the customer", () => {
    start();
    const file = screen.getByRole("region", { name: "Le dossier de la vente" });
    expect(within(file).getByText("Réductions accordées au client").nextElementSibling?.textContent?.replace(/[\u00a0\u202f]/gu, " ")).toBe("remise 5 %");
  });

  it("shows the invoice as a document whose mentions and figures are toggle buttons, in reading order", () => {
    start();
    const invoice = screen.getByRole("article", { name: "FACTURE à contrôler" });
    const buttons = within(invoice).getAllByRole("button");
    expect(buttons[0]).toHaveAccessibleName("Nom du vendeur\u00a0: Papeterie Vauban");
    expect(buttons.every((b) => b.getAttribute("aria-pressed") === "false")).toBe(true);
    const names = buttons.map((b) => b.textContent ?? "");
    const position = (label: string) => buttons.findIndex((b) => (b.querySelector(".visually-hidden")?.textContent ?? "").startsWith(label));
    expect(position("Numéro de la pièce")).toBeLessThan(position("Nom de l'acheteur"));
    expect(position("Nom de l'acheteur")).toBeLessThan(position("Ligne 1\u00a0: désignation"));
    expect(position("Ligne 2\u00a0: montant HT")).toBeLessThan(position("Total HT"));
    expect(position("Total TTC")).toBeLessThan(position("Date d'échéance"));
    expect(position("Date d'échéance")).toBeLessThan(position("SIREN du vendeur"));
    expect(names.length).toBeGreaterThan(15);
    expect(screen.getByRole("heading", { name: "Mentions absentes du document" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Mention absente\u00a0: Coordonnées de l'acheteur/ })).toHaveAttribute("aria-pressed", "false");
  });

  it("marks and unmarks without judging, then shows hits, misses and false alarms after submission", () => {
    const actor = start();
    const wrongTotal = screen.getByRole("button", { name: /^Ligne 2\u00a0: montant HT/u });
    act(() => fireEvent.click(wrongTotal));
    expect(wrongTotal).toHaveAttribute("aria-pressed", "true");
    expect(wrongTotal).toHaveTextContent("✗ signalé");
    const rightTotal = screen.getByRole("button", { name: /^Ligne 1\u00a0: montant HT/u });
    act(() => fireEvent.click(rightTotal));
    const sellerName = screen.getByRole("button", { name: /^Nom du vendeur/ });
    act(() => fireEvent.click(sellerName));
    act(() => fireEvent.click(sellerName));
    expect(sellerName).toHaveAttribute("aria-pressed", "false");
    expect(actor.getSnapshot().context.marks).toEqual(["lines[1].lineTotalCents", "lines[0].lineTotalCents"]);
    expect(actor.getSnapshot().context.trace).toEqual([]);
    expect(screen.getByText("2 signalements.")).toBeInTheDocument();

    act(() => fireEvent.click(screen.getByRole("button", { name: "Valider mon contrôle" })));
    const trace = actor.getSnapshot().context.trace;
    expect(trace.find((e) => e.decisionPoint === "control.lines[1].lineTotalCents")).toMatchObject({ correct: true, verdict: "correct" });
    expect(trace.find((e) => e.decisionPoint === "control.lines[0].lineTotalCents")).toMatchObject({ correct: false, expected: "Aucune anomalie à cet endroit" });

    const results = screen.getByRole("region", { name: "Résultat du contrôle" });
    expect(within(results).getByRole("heading", { name: "✓ Anomalies relevées (1)" })).toBeInTheDocument();
    expect(within(results).getByRole("heading", { name: "⚠ Anomalies manquées (4)" })).toBeInTheDocument();
    expect(within(results).getByRole("heading", { name: "✗ Fausses alertes (1)" })).toBeInTheDocument();
    expect(within(results).getByText(/Ligne 1 : montant HT \(196,00.€\) : cette mention est présente et exacte/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Ligne 2\u00a0: montant HT/u })).toHaveTextContent("✓ anomalie relevée");
    expect(screen.getByRole("button", { name: /^Ligne 1\u00a0: montant HT/u })).toHaveTextContent("✗ fausse alerte");
    expect(screen.getByRole("button", { name: /^Mention absente\u00a0: Coordonnées de l'acheteur/ })).toHaveTextContent("⚠ anomalie manquée");
    expect(screen.getByRole("button", { name: "Valider mon contrôle" })).toBeDisabled();
    expect(screen.getByRole("button", { name: /^Ligne 2\u00a0: montant HT/u })).toBeDisabled();
    expect(screen.getByText("Contrôle de la facture terminé.")).toHaveAttribute("role", "status");
  });
});
