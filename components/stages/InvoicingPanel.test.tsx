// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { answeredAtOnce } from "@/machines/testing/secondTry";
import { createActor } from "xstate";
import { createFromParent, formatEuros, validateDocument } from "@/domain";
import { invoicingMachine } from "@/machines/invoicing";
import { invoicingInput, ORDER_RECEIVED_ON, processingInput, processingScenario } from "@/machines/testing/processingFixtures";
import { loadStagePanels, StagePanel } from "./StagePanel";

function start(options: Parameters<typeof processingScenario>[0] = {}) {
  const scenario = processingScenario(options);
  const actor = createActor(answeredAtOnce(invoicingMachine), { input: invoicingInput(scenario) }).start();
  render(<StagePanel running={{ stage: "invoicing", actor }} scenario={scenario} />);
  return actor;
}

function step(title: RegExp): HTMLElement {
  const summary = screen.getByText(title, { selector: ".step-title" });
  const item = summary.closest("li");
  if (!item) throw new Error("étape introuvable");
  return item;
}

function type(label: string | RegExp, value: string, container: HTMLElement = document.body) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } });
}

/** The first delivery: brut 1 148,00; remises 10 % puis 5 % → 981,54 HT; TVA 196,31; TTC 1 177,85 (see the fixture). */
function typeCascade(container: HTMLElement, ttc: string) {
  type("Net commercial HT", "981,54", container);
  type("Total HT", "981,54", container);
  type(/TVA à 20/, "196,31", container);
  type("Total TTC", ttc, container);
  type("Net à payer", "1 177,85", container);
}

/** Testing Library collapses the text's spaces (Intl writes narrow no-break ones), not the matcher's. */
function plain(text: string): string {
  return text.replace(/\s+/gu, " ");
}

/** Draft, cascade and number right: the invoice awaits its sending. */
function validateTheInvoice() {
    fireEvent.click(screen.getByLabelText(/Bon de livraison BL-2026-00001/));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Établir la facture (brouillon)" })));
    typeCascade(step(/Calcul de la facture/), "1 177,85");
    act(() => fireEvent.click(screen.getByRole("button", { name: "Enregistrer le calcul" })));
    type("Numéro de la facture", "FA-2026-00042");
    act(() => fireEvent.click(screen.getByRole("button", { name: "Valider la facture" })));
}

afterEach(cleanup);

describe("InvoicingPanel", () => {
  // The page fetches the panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(["invoicing"]));
  it("draws the invoice from the delivery note, then explains a wrong TTC with the expected figures", () => {
    const actor = start();
    const draft = step(/Facture établie à partir des bons de livraison/);
    const button = within(draft).getByRole("button", { name: "Établir la facture (brouillon)" });
    expect(button).toBeDisabled();
    fireEvent.click(within(draft).getByLabelText(/Bon de livraison BL-2026-00001/));
    expect(button).toBeEnabled();
    act(() => fireEvent.click(button));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.draft", correct: true });
    expect(within(step(/Facture établie/)).getByText("✓ Juste")).toBeInTheDocument();

    const cascade = step(/Calcul de la facture/);
    expect(within(cascade).getByText("10 % puis 5 %", { exact: false })).toBeInTheDocument();
    typeCascade(cascade, "1 177,58");
    act(() => fireEvent.click(within(cascade).getByRole("button", { name: "Enregistrer le calcul" })));
    const feedback = actor.getSnapshot().context.lastFeedback;
    expect(feedback).toMatchObject({ decisionPoint: "invoicing.cascade", correct: false, verdict: "wrong" });
    expect(feedback?.expected).toContain(`TTC ${formatEuros(117785)}`);
    expect(feedback?.explanation).toContain(`total TTC\u00a0: ${formatEuros(117758)} au lieu de ${formatEuros(117785)}`);
    const done = step(/Calcul de la facture/);
    expect(within(done).getByText("✗ À revoir")).toBeInTheDocument();
    expect(within(done).getByText("Attendu :").parentElement).toHaveTextContent(plain(`TTC ${formatEuros(117785)} ; net à payer ${formatEuros(117785)}`));
  });

  it("in an assessment (0123), a wrong TTC shows « Réponse enregistrée » and the answer, neither verdict, points nor expected figures", () => {
    const base = processingScenario();
    const scenario = { ...base, classroom: { assessment: true } };
    const actor = createActor(answeredAtOnce(invoicingMachine), { input: invoicingInput(scenario) }).start();
    render(<StagePanel running={{ stage: "invoicing", actor }} scenario={scenario} />);
    fireEvent.click(screen.getByLabelText(/Bon de livraison BL-2026-00001/));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Établir la facture (brouillon)" })));
    typeCascade(step(/Calcul de la facture/), "1 177,58");
    act(() => fireEvent.click(screen.getByRole("button", { name: "Enregistrer le calcul" })));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.cascade", correct: false });
    const done = step(/Calcul de la facture/);
    expect(within(done).getByText("Réponse enregistrée")).toBeInTheDocument();
    expect(within(done).getByText("Votre réponse :").parentElement?.textContent).toMatch(/^Votre réponse\u00a0: /u);
    expect(done.textContent).not.toMatch(/À revoir|Juste|Attendu|pts/u);
    expect(within(step(/Facture établie/)).queryByText("✓ Juste")).toBeNull();
  });

  it("never sends an unparsable amount: the French reason is shown at the field", () => {
    const actor = start();
    fireEvent.click(screen.getByLabelText(/Bon de livraison BL-2026-00001/));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Établir la facture (brouillon)" })));
    const cascade = step(/Calcul de la facture/);
    typeCascade(cascade, "1 177,855");
    const before = actor.getSnapshot().context.trace.length;
    fireEvent.click(within(cascade).getByRole("button", { name: "Enregistrer le calcul" }));
    const field = within(cascade).getByLabelText("Total TTC");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/plus de deux décimales/);
    expect(actor.getSnapshot().context.trace).toHaveLength(before);
    expect(actor.getSnapshot().value).toBe("computing");
  });

  it("validates under the next number, then refuses, and says why, to edit or delete the validated invoice", () => {
    const actor = start();
    fireEvent.click(screen.getByLabelText(/Bon de livraison BL-2026-00001/));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Établir la facture (brouillon)" })));
    typeCascade(step(/Calcul de la facture/), "1 177,85");
    act(() => fireEvent.click(screen.getByRole("button", { name: "Enregistrer le calcul" })));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ correct: true });

    expect(screen.queryByRole("button", { name: "Modifier la facture" })).not.toBeInTheDocument();
    type("Numéro de la facture", "FA-2026-00042", step(/Validation et numéro/));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Valider la facture" })));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.validation", correct: true });
    expect(screen.getByRole("heading", { name: /Facture FA-2026-00042 du/ })).toBeInTheDocument();

    act(() => fireEvent.click(screen.getByRole("button", { name: "Modifier la facture" })));
    const refusal = actor.getSnapshot().context.lastFeedback;
    expect(refusal).toMatchObject({ decisionPoint: "invoicing.immutability", verdict: "refused", correct: false });
    const log = screen.getByRole("heading", { name: "Actions refusées par le PGI" }).parentElement as HTMLElement;
    expect(within(log).getByText(/ne peut être ni modifiée ni supprimée \(facture de droit\)/)).toBeInTheDocument();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Supprimer la facture" })));
    expect(within(log).getAllByRole("listitem")).toHaveLength(2);
    expect(actor.getSnapshot().value).toBe("sending");
  });

  it("records a step taken out of the course's order, and disables every move once the stage is over", () => {
    const actor = start();
    const sending = step(/Envoi de la facture/);
    expect(within(sending).getByText("à venir")).toBeInTheDocument();
    fireEvent.click(within(sending).getByLabelText("courriel (PDF)"));
    act(() => fireEvent.click(within(sending).getByRole("button", { name: "Envoyer la facture" })));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ verdict: "outOfOrder", correct: false });
    expect(actor.getSnapshot().context.lastFeedback?.explanation).toContain("On n'envoie qu'une facture validée");

    validateTheInvoice();
    fireEvent.click(within(step(/Envoi de la facture/)).getByLabelText("courriel (PDF)"));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Envoyer la facture" })));
    expect(actor.getSnapshot().status).toBe("done");
    expect(screen.getByRole("button", { name: "Modifier la facture" })).toBeDisabled();
    expect(screen.getByText("Facturation terminée.")).toBeInTheDocument();
  });

  it("after the customer's complaint, issues the credit note line by line and sends it", () => {
    const actor = start({
      incident: { kind: "damagedGoods", reference: "CAH-A4", quantity: 20, allowancePercent: 10, reportedOn: "2026-11-14", message: "20 cahiers sont arrivés abîmés." },
    });
    validateTheInvoice();
    expect(screen.queryByText(/Facture d'avoir/, { selector: ".step-title" })).not.toBeInTheDocument();
    fireEvent.click(within(step(/Envoi de la facture/)).getByLabelText("courriel (PDF)"));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Envoyer la facture" })));

    expect(screen.getByText(/Librairie Martin signale/)).toHaveTextContent("Le 14/11/2026, Librairie Martin signale : « 20 cahiers sont arrivés abîmés. »");
    const credit = step(/^5\. Facture d'avoir/);
    const submit = within(credit).getByRole("button", { name: "Établir la facture d'avoir" });
    fireEvent.click(submit);
    expect(within(credit).getByLabelText("Motif de l'avoir")).toHaveAccessibleDescription("Indiquez le motif de l'avoir (il figure sur le document).");
    // The rabais on the net of the 20 damaged cahiers (docs/decisions/0080): 20 × 2,50 less 10 % then 5 % = 42,75; 10 % = 4,28.
    // Half a unit is refused in the form, as at stage 2, before it is judged: no decision is recorded.
    type("Quantité, ligne 1", "6,5", credit);
    type("Prix unitaire HT crédité (€), ligne 1", "4,28", credit);
    type("Motif de l'avoir", "Rabais de 10 % sur 20 cahiers abîmés", credit);
    act(() => fireEvent.click(submit));
    expect(within(credit).getByLabelText("Quantité, ligne 1")).toHaveAccessibleDescription("«\u00a06,5\u00a0» n'est pas une quantité\u00a0: un nombre entier positif ou nul.");
    expect(actor.getSnapshot().context.lastFeedback?.decisionPoint).not.toBe("invoicing.creditNote");
    type("Quantité, ligne 1", "0", credit);
    act(() => fireEvent.click(submit));
    expect(within(credit).getByLabelText("Quantité, ligne 1")).toHaveAccessibleDescription("Une ligne d'avoir crédite au moins une unité.");
    type("Quantité, ligne 1", "1", credit);
    act(() => fireEvent.click(submit));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.creditNote", correct: true });
    fireEvent.click(within(step(/Envoi de la facture d'avoir/)).getByLabelText("courriel (PDF)"));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Envoyer la facture d'avoir" })));
    expect(actor.getSnapshot().status).toBe("done");
    expect(screen.getByRole("heading", { name: /Facture d'avoir AV-2026-\d+ du 14\/11\/2026/ })).toBeInTheDocument();
  });
  it("offers the three routes as one group of radio buttons; a large seller's platform deposit is right and shows its status", () => {
    const actor = start({ sellerSize: "large" });
    validateTheInvoice();

    const sending = within(step(/Envoi de la facture/)).getByRole("group", { name: "Envoyer la facture à Librairie Martin par\u00a0:" });
    const routes = within(sending).getAllByRole("radio");
    expect(routes.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(["plateforme agréée (Factur-X)", "courriel (PDF)", "courrier postal"]);
    // One name for the group: the arrow keys move between the routes, Tab leaves the group.
    expect(new Set(routes.map((radio) => radio.getAttribute("name"))).size).toBe(1);
    expect(plain(step(/Envoi de la facture/).textContent ?? "")).toContain("de la taille de votre entreprise (grande entreprise)");
    const submit = screen.getByRole("button", { name: "Envoyer la facture" });
    expect(submit).toBeDisabled();
    fireEvent.click(within(sending).getByLabelText("plateforme agréée (Factur-X)"));
    act(() => fireEvent.click(submit));

    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.sending", correct: true, expected: "Envoi par plateforme agréée (Factur-X)" });
    const issued = screen.getByRole("heading", { name: "Documents émis dans le PGI" }).parentElement as HTMLElement;
    expect(plain(issued.textContent ?? "")).toContain("Routeplateforme agréée (Factur-X) — statut : Approuvée le 12/11/2026");
  });

  it("a PDF by email for that seller is wrong, and the feedback names the confusion", () => {
    const actor = start({ sellerSize: "large" });
    validateTheInvoice();
    fireEvent.click(within(step(/Envoi de la facture/)).getByLabelText("courriel (PDF)"));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Envoyer la facture" })));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ correct: false, answer: "Envoi par courriel (PDF)" });
    expect(plain(step(/Envoi de la facture/).textContent ?? "")).toContain("Un PDF envoyé par courriel, c'est la facture dématérialisée d'avant la réforme");
  });

  it("with nothing delivered, ends at once and says why, in one sentence", () => {
    const scenario = processingScenario();
    const input = processingInput(scenario);
    const acknowledgement = createFromParent(input.ledger, input.carried.orderId ?? "", "orderAcknowledgement", ORDER_RECEIVED_ON);
    if (!acknowledgement.ok) throw new Error(acknowledgement.error.message);
    const validated = validateDocument(acknowledgement.ledger, acknowledgement.document.id, ORDER_RECEIVED_ON);
    if (!validated.ok) throw new Error(validated.error.message);
    const actor = createActor(answeredAtOnce(invoicingMachine), { input: { ...input, ledger: validated.ledger } }).start();
    render(<StagePanel running={{ stage: "invoicing", actor }} scenario={scenario} />);
    expect(actor.getSnapshot().status).toBe("done");
    expect(screen.getByRole("status")).toHaveTextContent("Aucune livraison n'est à facturer : cette étape est terminée.");
    expect(screen.queryByText("Facturation terminée.")).not.toBeInTheDocument();
  });
});
