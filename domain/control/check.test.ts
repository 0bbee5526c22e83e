import { describe, expect, it } from "vitest";
import { CONTEXT, example1, invoice, legal, edit } from "./mentions.fixtures";

describe("fine estimate (15 € per mention, at most ¼ of the invoice)", () => {
  it("counts 15 € per faulty mention", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.latePenaltyRate;
      d.recoveryIndemnityCents = 3500;
    });
    expect(legal(doc).fineEstimateCents).toBe(4500);
  });

  it("is capped at a quarter of the TTC: 5 mentions (75 €) on 265,94 € → 66,48 €", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.seller.legalForm;
      delete d.seller.rcsCity;
      delete d.latePenaltyRate;
      delete d.operationNature;
    });
    const check = legal(doc);
    expect(check.findings).toHaveLength(5);
    expect(check.fineEstimateCents).toBe(6648);
  });

  it("uses the recomputed TTC when none is printed: 1,00 € HT → 1,20 € TTC → 0,30 €", () => {
    const doc = edit(example1(), (d) => {
      d.lines = [{ description: "Ampoule", quantity: 1, unitPriceCents: 100, vatRate: 20, lineTotalCents: 100 }];
      d.reductions = {};
      d.totals = { totalExclTaxCents: 100, vat: [{ rate: 20, baseCents: 100, amountCents: 20 }] };
      delete d.seller.siren;
    });
    const check = legal(doc, { ...CONTEXT, reductions: {} });
    expect(check.findings.map((f) => f.mention)).toEqual(["sellerSiren", "totalToPay"]);
    expect(check.fineEstimateCents).toBe(30);
  });
});
