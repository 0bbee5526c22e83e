import { describe, expect, it } from "vitest";
import { computeInvoice } from "../invoice";
import { TWO_RATE_INVOICE } from "../invoice.fixtures";
import { deriveIntakeKey, judgeCredit } from ".";
import { plain, rulesScenario, withOrder, intakeInput } from "./intake.fixtures";

describe("check 3: credit", () => {
  const breach = () =>
    rulesScenario(withOrder({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] }));

  it("counts the accepted orders not yet invoiced in the outstanding (the excess appears only with them)", () => {
    const key = deriveIntakeKey(intakeInput(breach()));
    const { check } = key.credit;
    expect(check.unpaidInvoicesTotalCents + key.credit.orderTotalCents).toBeLessThanOrEqual(check.creditLimitCents);
    expect(key.credit.expected).toBe("overLimit");
    expect(plain(key.credit.explanation)).toMatch(
      /^Encours 4 200,00 € \(factures non réglées 3 000,00 € \+ commandes acceptées non facturées 1 200,00 €\) \+ commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 € : dépassement de 340,00 €\./,
    );
    expect(plain(key.credit.explanation)).toContain("exiger un acompte d'au moins 340,00 € (le dépassement)");
  });

  it("a typed outstanding without the accepted orders is wrong and says why", () => {
    const key = deriveIntakeKey(intakeInput(breach()));
    const judged = judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 300_000, orderTotalCents: 114_000 });
    expect(judged.correct).toBe(false);
    expect(plain(judged.explanation)).toContain("Encours du client : 3 000,00 € au lieu de 4 200,00 € — les commandes acceptées non facturées (1 200,00 €) font partie de l'encours.");
    expect(judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 114_000 }).correct).toBe(true);
    expect(judgeCredit(key.credit, { verdict: "withinLimit" }).correct).toBe(false);
  });

  it("accepts an order TTC computed rate by rate and says which method the key follows (docs/decisions/0079)", () => {
    // The issue 9 order (invoice.fixtures.ts): 3 075,94 € TTC on the totals, 3 075,95 € rate by rate.
    const totals = computeInvoice(TWO_RATE_INVOICE);
    expect([totals.totalInclTaxCents, totals.perRateMethod?.totalInclTaxCents]).toEqual([307_594, 307_595]);
    const key = { ...deriveIntakeKey(intakeInput(breach())).credit, orderTotalCents: 307_594, orderTotalPerRateCents: 307_595 };
    const outstandingCents = key.check.outstandingCents;
    const perRate = judgeCredit(key, { verdict: key.expected, outstandingCents, orderTotalCents: 307_595 });
    expect(perRate.correct).toBe(true);
    expect(plain(perRate.explanation)).toContain(
      "Montant TTC de la commande : 3 075,95 € (chiffre calculé taux par taux, puis additionné : accepté ; chiffre attendu 3 075,94 €, calculé sur le total de la facture, comme à la calculatrice).",
    );
    expect(perRate.parts?.map((p) => [p.label, p.correct, p.points])).toEqual([
      ["Verdict", true, 1],
      ["Encours du client", true, 0.5],
      ["Montant TTC de la commande", true, 0.5],
    ]);
    const wrong = judgeCredit(key, { verdict: key.expected, outstandingCents, orderTotalCents: 307_596 });
    expect(wrong.correct).toBe(false);
    expect(plain(wrong.explanation)).toContain(
      "Montant TTC de la commande : 3 075,96 € au lieu de 3 075,94 € (calculé sur le total de la facture, comme à la calculatrice ; calculé taux par taux, puis additionné : 3 075,95 €, accepté aussi).",
    );
    expect(wrong.parts?.[2]).toMatchObject({ correct: false, points: 0, maxPoints: 0.5 });
  });

  it("scores the verdict and each figure apart, and names the HT confused with the TTC (0094)", () => {
    const key = deriveIntakeKey(intakeInput(breach()));
    // 10 × 95,00 = 950,00 HT ; TTC 1 140,00.
    expect(key.credit.orderTotalExclTaxCents).toBe(95_000);
    const judged = judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 95_000 });
    expect(judged.correct).toBe(false);
    expect(judged.parts?.map((p) => [p.label, p.correct, p.points, p.maxPoints])).toEqual([
      ["Verdict", true, 1, 1],
      ["Encours du client", true, 0.5, 0.5],
      ["Montant TTC de la commande", false, 0, 0.5],
    ]);
    expect(plain(judged.explanation)).toMatch(/^Montant TTC de la commande : 950,00 € au lieu de 1 140,00 € — c'est le montant HT ; le plafond se compare au montant TTC\./);
    const withOrder = judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 534_000, orderTotalCents: 114_000 });
    expect(plain(withOrder.parts?.[1]?.note)).toBe("5 340,00 € au lieu de 4 200,00 € — c'est l'encours avec la nouvelle commande ; l'encours est ce que le client doit avant elle");
  });

  it("prices the order with the customer's successive remises and the port; the escompte is only offered", () => {
    const s = rulesScenario(withOrder({ shipping: "30.00" }));
    const key = deriveIntakeKey(intakeInput(s));
    // 4 × 250 = 1 000 → −10 % 900 → −5 % 855 ; + port 30 = 885 HT ; TVA 177 ; TTC 1 062.
    expect(key.credit.orderTotalCents).toBe(106_200);
    expect(key.conditions.netCommercialCents).toBe(85_500);
  });
});
