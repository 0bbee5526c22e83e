// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createActor } from "xstate";
import { createFromParent, validateDocument } from "@/domain";
import { invoicingMachine } from "@/machines/invoicing";
import { playCourseControl } from "@/machines/testing/controlFixtures";
import { ORDER_RECEIVED_ON, processingInput, processingScenario } from "@/machines/testing/processingFixtures";
import { annotationOf, correctedCopy, resultGroup } from "@/components/documents/control/controlCorrection.testing";
import { StageInterlude } from "./StageInterlude";

afterEach(cleanup);

/** The course-list invoice (five anomalies): two found, three missed, one right amount reported. */
function controlOutput() {
  const { stages } = playCourseControl(["buyerDetails", "lines[1].lineTotalCents", "lines[0].lineTotalCents"]);
  const output = stages[0];
  if (output === undefined) throw new Error("le contrôle n'a pas abouti");
  return output;
}

function pause(output: ReturnType<typeof controlOutput>) {
  render(<StageInterlude output={output} nextLabel="Suivi des règlements" onContinue={vi.fn()} />);
  return screen.getByRole("region", { name: "Étape terminée\u00a0: Contrôle de la facture" });
}

describe("StageInterlude after an invoice control", () => {
  it("hands the invoice back corrected: each outcome in words on its target, nothing left to press", () => {
    const copy = correctedCopy(pause(controlOutput()));
    const invoice = within(copy).getByRole("article", { name: "FACTURE\u00a0: copie corrigée" });
    expect(within(copy).queryAllByRole("button")).toEqual([]);
    expect(annotationOf(invoice, /^Ligne 2 : montant HT :/u)).toMatch(/82,00.€ ✗ signalé ✓ anomalie relevée$/u);
    expect(annotationOf(invoice, /^Ligne 1 : montant HT :/u)).toMatch(/196,00.€ ✗ signalé ✗ fausse alerte$/u);
    expect(annotationOf(invoice, /^TVA à 20.% :/u)).toMatch(/52,24.€ ⚠ anomalie manquée$/u);
    expect(annotationOf(invoice, /^Total TTC :/u)).toMatch(/314,44.€ ⚠ anomalie manquée$/u);
    expect(annotationOf(invoice, /^Nom du vendeur :/u)).toBe("Nom du vendeur : Papeterie Vauban");
    expect(annotationOf(copy, /^Mention absente : Coordonnées de l'acheteur/u)).toMatch(/✗ signalé ✓ anomalie relevée$/u);
    expect(annotationOf(copy, /^Mention absente : Réductions commerciales/u)).toMatch(/\) ⚠ anomalie manquée$/u);
  });

  it("lists the anomalies found, those missed and the false alarms, each with its explanation", () => {
    const copy = correctedCopy(pause(controlOutput()));
    expect(resultGroup(copy, "✓ Anomalies relevées (2)")).toMatch(/Relevé : Coordonnées de l'acheteur.*Relevé : Ligne 2 : montant HT/u);
    const missed = resultGroup(copy, "⚠ Anomalies manquées (3)");
    expect(missed).toMatch(/Attendu : Réductions commerciales.*Attendu : TVA à 20.%.*Attendu : Total TTC/u);
    expect(missed).toContain("La remise de 5 % figure dans les conditions du client.");
    expect(resultGroup(copy, "✗ Fausses alertes (1)")).toMatch(/Ligne 1 : montant HT \(196,00.€\) : cette mention est présente et exacte/u);
    expect(screen.getByRole("button", { name: "Continuer\u00a0: Suivi des règlements" })).toBeInTheDocument();
  });

  it("shows a game saved before the corrected copy existed as before: the decisions, nothing more", () => {
    const { controlReport: _report, ...saved } = controlOutput();
    const interlude = pause(saved);
    expect(within(interlude).queryByRole("region", { name: /copie corrigée/u })).toBeNull();
    expect(within(interlude).getAllByRole("listitem")).toHaveLength(saved.trace.length);
  });
});

describe("StageInterlude after a stage with nothing to decide", () => {
  it("says why the invoicing ended (nothing delivered) instead of « 0 / 0 points » and an empty list", () => {
    const input = processingInput(processingScenario());
    const acknowledgement = createFromParent(input.ledger, input.carried.orderId ?? "", "orderAcknowledgement", ORDER_RECEIVED_ON);
    if (!acknowledgement.ok) throw new Error(acknowledgement.error.message);
    const validated = validateDocument(acknowledgement.ledger, acknowledgement.document.id, ORDER_RECEIVED_ON);
    if (!validated.ok) throw new Error(validated.error.message);
    const output = createActor(invoicingMachine, { input: { ...input, ledger: validated.ledger } }).start().getSnapshot().output;
    if (output === undefined) throw new Error("la facturation ne s'est pas terminée");
    render(<StageInterlude output={output} nextLabel="Contrôle de la facture" onContinue={vi.fn()} />);
    const region = screen.getByRole("region", { name: "Étape terminée\u00a0: Facturation" });
    expect(region).toHaveTextContent("Aucune livraison n'est à facturer : cette étape est terminée.");
    expect(region).not.toHaveTextContent("points");
    expect(within(region).queryByRole("list")).toBeNull();
  });
});
