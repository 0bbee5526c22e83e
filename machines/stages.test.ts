import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { StageId } from "@/domain";
import { parseScenarioText } from "@/domain/scenarioLoad";
import { solveScenario } from "./answerKey";
import { decisionPointLabel, pointNamingOf } from "./stages";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The engine's answer key of a bundled file, as the teacher's page and the review list it. */
function solved(file: string) {
  const parsed = parseScenarioText(readFileSync(join(root, "scenarios", file), "utf8"), file);
  if (!parsed.ok) throw new Error(`${file} ne se charge pas`);
  return solveScenario(parsed.scenario).result;
}

const solvedTrace = (file: string) => solved(file).trace;

/** The names a played game gives its points: with the number its stage-3 invoice got. */
function labelsOf(file: string, stage?: StageId) {
  const result = solved(file);
  const naming = pointNamingOf(result.stages);
  return result.trace.filter((entry) => stage === undefined || entry.stage === stage).map((entry) => decisionPointLabel(entry.stage, entry.decisionPoint, naming));
}

describe("the name of a decision point", () => {
  it("is the stage's title for a point it lists", () => {
    expect(decisionPointLabel("orderIntake", "intake.credit")).toBe("3. Encours et plafond");
    expect(decisionPointLabel("invoiceControl", "control.conforming")).toBe("Facture conforme\u00a0: ne rien marquer");
  });

  it("names the invoice of a follow-up point: its number, or the invoice issued at stage 3", () => {
    expect(decisionPointLabel("paymentFollowUp", "followUp.FA-2026-00402.payment.2026-07-20")).toBe("Saisie d'un règlement reçu — facture FA-2026-00402");
    expect(decisionPointLabel("paymentFollowUp", "followUp.FA-2026-00140.2026-04-25")).toBe("Relance\u00a0: l'action du jour — facture FA-2026-00140");
    expect(decisionPointLabel("paymentFollowUp", "followUp.@stage.dispute.2026-04-22")).toBe("Ouverture d'un litige — facture établie à l'étape\u00a03");
    expect(decisionPointLabel("paymentFollowUp", "followUp.@stage.settlement.2026-04-29")).toBe("Règlement d'un litige — facture établie à l'étape\u00a03");
    expect(decisionPointLabel("paymentFollowUp", "followUp.@stage.settlement.2026-04-29", { stageInvoiceNumber: "FA-2026-00132" })).toBe("Règlement d'un litige — facture FA-2026-00132");
  });

  it("names a family of dated points as the class's results count it: by its invoice, without a date", () => {
    expect(decisionPointLabel("paymentFollowUp", "followUp.FA-2026-00140")).toBe("Relance\u00a0: l'action du jour — facture FA-2026-00140");
    expect(decisionPointLabel("paymentFollowUp", "followUp.FA-2026-00402.payment")).toBe("Saisie d'un règlement reçu — facture FA-2026-00402");
    expect(decisionPointLabel("paymentFollowUp", "followUp.@stage.dispute")).toBe("Ouverture d'un litige — facture établie à l'étape\u00a03");
  });

  it("names the mention or the figure of a control point", () => {
    expect(decisionPointLabel("invoiceControl", "control.sellerSiren")).toBe("Point de contrôle de la facture\u00a0: SIREN du vendeur");
    expect(decisionPointLabel("invoiceControl", "control.seller.rcsCity")).toBe("Point de contrôle de la facture\u00a0: RCS (ville du greffe) du vendeur");
    expect(decisionPointLabel("invoiceControl", "control.lines[0].lineTotalCents")).toBe("Point de contrôle de la facture\u00a0: Ligne 1\u00a0: montant HT");
    expect(decisionPointLabel("invoiceControl", "control.totals.vat[1].amountCents")).toBe("Point de contrôle de la facture\u00a0: Base et montant de TVA par taux");
    expect(decisionPointLabel("invoiceControl", "control.inconnu")).toBe("Point de contrôle de la facture");
  });

  it("tells apart the points of a game that follows two invoices, the one issued during the game by the number it got", () => {
    expect(labelsOf("33-chaine-litige-et-reglement-partiel.json", "paymentFollowUp")).toEqual([
      "Saisie d'un règlement reçu — facture FA-2026-00131",
      "Relance\u00a0: l'action du jour — facture FA-2026-00132",
      "Ouverture d'un litige — facture FA-2026-00132",
      "Règlement d'un litige — facture FA-2026-00132",
      "Saisie d'un règlement reçu — facture FA-2026-00132",
      "Relance\u00a0: l'action du jour — facture FA-2026-00132",
      "Relance\u00a0: l'action du jour — facture FA-2026-00132",
      "Saisie d'un règlement reçu — facture FA-2026-00132",
    ]);
  });

  it("says which mention each point of a control is about, where it said the same words four times", () => {
    expect(labelsOf("03-mentions-manquantes.json")).toEqual([
      "Point de contrôle de la facture\u00a0: SIREN du vendeur",
      "Point de contrôle de la facture\u00a0: Date d'échéance du paiement",
      "Point de contrôle de la facture\u00a0: Indemnité forfaitaire pour frais de recouvrement\u00a0: 40\u00a0€",
      "Point de contrôle de la facture\u00a0: Ligne 1\u00a0: montant HT",
    ]);
  });

  it("is a name, never the id, for every point of every bundled scenario's answer key", () => {
    const files = readdirSync(join(root, "scenarios")).filter((name) => /^\d{2}-[a-z0-9-]+\.json$/u.test(name));
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      for (const entry of solvedTrace(file)) expect(decisionPointLabel(entry.stage, entry.decisionPoint), file).not.toBe(entry.decisionPoint);
    }
  });
});
