import { describe, expect, it } from "vitest";
import { TEST_STATED_RATES } from "../rates.fixtures";
import { falseAlarmExplanation, judgeControl } from "./judge";
import { controlAnswerKey, type ControlOptions } from "./key";
import { toPrintedInvoice } from "./printedInvoice";
import { plain, control, options } from "./control.fixtures";

describe("judgeControl", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const key = controlAnswerKey(doc, options);

  it("counts hits, misses and false alarms", () => {
    const judgement = judgeControl(key, doc, ["buyerDetails", "lines[1].description", "totals.vat[0].amountCents", "seller.siren"], options);
    expect(judgement.results.map((r) => r.found)).toEqual([true, true, false, false]);
    expect(judgement.falseAlarms.map((f) => f.target)).toEqual(["totals.vat[0].amountCents", "seller.siren"]);
    expect(plain(judgement.falseAlarms[0]?.explanation ?? "")).toBe("TVA à 20 % (55,44 €) : cette mention est présente et exacte.");
  });

  it("explains a false alarm on a mention that does not apply, and on an empty cell", () => {
    const legal: ControlOptions = { list: "legal", today: "2026-11-06", statedRates: TEST_STATED_RATES };
    const legalKey = controlAnswerKey(doc, legal);
    // A small seller in 2026: the reform mentions are not yet due.
    expect(falseAlarmExplanation(legalKey, doc, "buyerSiren", legal)).toBe(
      "SIREN de l'acheteur (réforme)\u00a0: cette mention n'est pas exigée sur cette facture (les mentions de la réforme ne s'appliquent pas encore à ce vendeur à cette date, ou le cas ne se présente pas).",
    );
    expect(falseAlarmExplanation(legalKey, doc, "sellerRcs", legal)).toBe("RCS et ville du greffe du vendeur\u00a0: cette mention est présente et exacte.");
    const withReference = toPrintedInvoice({ ...control.invoice, lines: [{ ...control.invoice.lines[0], reference: "PAP-A4" } as never, control.invoice.lines[1] as never] });
    const refKey = controlAnswerKey(withReference, options);
    expect(falseAlarmExplanation(refKey, withReference, "lines[1].reference", options)).toBe("Ligne 2\u00a0: référence\u00a0: case vide, ce n'est pas une anomalie au regard de la liste contrôlée.");
  });

  it("says why the late-penalty rate is not asked of an invoice to a private person, instead of speaking of a credit note", () => {
    const consumer: ControlOptions = { list: "legal", today: "2026-11-06", statedRates: TEST_STATED_RATES, expected: { buyerProfessional: false } };
    const consumerKey = controlAnswerKey(doc, consumer);
    expect(falseAlarmExplanation(consumerKey, doc, "latePenaltyRate", consumer)).toMatch(
      /^.+\u00a0: cette mention n'est pas exigée sur cette facture \(l'acheteur est un particulier\u00a0: le taux des pénalités de l'article L441-10 et l'indemnité forfaitaire de 40\u00a0€ ne concernent que les factures entre professionnels\)\.$/u,
    );
  });
});
