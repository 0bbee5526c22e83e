import { describe, expect, it } from "vitest";
import { TEST_STATED_RATES } from "../rates.fixtures";
import { judgeControlPoints } from "./judge";
import { controlAnswerKey, type ControlOptions } from "./key";
import { CONTEXT, edit, example1, legal, TODAY } from "./mentions.fixtures";

const plain = (text: string | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/gu, " ");
const EXAMPLE_1_CONTEXT = { ...CONTEXT, reductions: { tradeDiscounts: [10, 5, 2] } };
const diagnosisOf = (findings: readonly { code: string; diagnosis?: string }[], code: string): string | undefined => plain(findings.find((f) => f.code === code)?.diagnosis) || undefined;

describe("stage 4's diagnoses: what a wrong printed figure got wrong", () => {
  it("names the remises the invoice added (830,00 for 837,90): 17 % where they chain to 16,21 %", () => {
    const added = edit(example1(), (d) => (d.totals.netCommercialCents = 83_000));
    expect(diagnosisOf(legal(added, EXAMPLE_1_CONTEXT).findings, "arithmetic.netCommercial")).toBe(
      "La facture additionne les remises (10 % + 5 % + 2 % = 17 %) : elles s'enchaînent, chacune sur le net précédent : 10 % puis 5 % puis 2 % font 16,21 %.",
    );
  });

  it("names the escompte the invoice computed on the gross, before the remise", () => {
    // 10 000,00 − 10 % = 9 000,00 ; escompte 2 % = 180,00 ; on the gross it would be 200,00.
    const doc = edit(example1(), (d) => {
      d.lines = [{ description: "Machine", quantity: 1, unitPriceCents: 1_000_000, vatRate: 20, lineTotalCents: 1_000_000 }];
      d.reductions = { tradeDiscounts: [10], cashDiscount: 2 };
      d.totals = {
        grossCents: 1_000_000,
        netCommercialCents: 900_000,
        cashDiscountCents: 20_000,
        netFinancialCents: 880_000,
        totalExclTaxCents: 880_000,
        vat: [{ rate: 20, baseCents: 880_000, amountCents: 176_000 }],
        totalVatCents: 176_000,
        totalInclTaxCents: 1_056_000,
      };
    });
    const findings = legal(doc, { ...CONTEXT, reductions: { tradeDiscounts: [10], cashDiscount: 2 } }).findings;
    expect(diagnosisOf(findings, "arithmetic.cashDiscount")).toBe("La facture calcule l'escompte avant les remises, sur le montant brut : il se calcule sur le net commercial, après les remises.");
  });

  it("names the total HT printed as the TTC", () => {
    const doc = edit(example1(), (d) => (d.totals.totalInclTaxCents = 83_790));
    expect(diagnosisOf(legal(doc, EXAMPLE_1_CONTEXT).findings, "arithmetic.totalInclTax")).toBe("La facture reporte le total HT comme total TTC : la TVA n'est pas ajoutée.");
  });

  it("names nothing on a right invoice or on a figure no usual mistake gives (the course page's 838,90)", () => {
    expect(legal(example1(), EXAMPLE_1_CONTEXT).findings).toEqual([]);
    const wrong = edit(example1(), (d) => (d.totals.netCommercialCents = 83_890));
    expect(legal(wrong, EXAMPLE_1_CONTEXT).findings[0]).not.toHaveProperty("diagnosis");
  });

  it("a learner who misses the anomaly is told the mistake first; one who finds it is not", () => {
    const options: ControlOptions = { list: "legal", today: TODAY, statedRates: TEST_STATED_RATES, expected: EXAMPLE_1_CONTEXT };
    const added = edit(example1(), (d) => (d.totals.netCommercialCents = 83_000));
    const key = controlAnswerKey(added, options);
    const missed = judgeControlPoints(key, added, [], options).find((j) => j.decisionPoint === "control.totals.netCommercialCents");
    expect(plain(missed?.diagnosis)).toMatch(/^La facture additionne les remises/u);
    const found = judgeControlPoints(key, added, ["totals.netCommercialCents"], options).find((j) => j.decisionPoint === "control.totals.netCommercialCents");
    expect(found).toMatchObject({ correct: true });
    expect(found).not.toHaveProperty("diagnosis");
  });
});
