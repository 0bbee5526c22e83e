import { describe, expect, it } from "vitest";
import { checkCredit } from "../credit";
import { deriveIntakeKey, judgeCredit } from ".";
import { diagnoseCredit, type CreditFigures } from "./diagnoses";
import { intakeInput, plain, rulesScenario, withOrder } from "./intake.fixtures";

/** The figures of a credit check, as the key holds them. */
function figures(unpaid: number[], accepted: number[], orderExclTax: number, orderInclTax: number, limit: number): CreditFigures {
  const check = checkCredit({ unpaidInvoicesCents: unpaid, acceptedOrdersNotInvoicedCents: accepted, orderTotalInclTaxCents: orderInclTax, creditLimitCents: limit });
  return { check, orderTotalCents: orderInclTax, orderTotalExclTaxCents: orderExclTax };
}

const FORGOTTEN = "Vous avez oublié les commandes acceptées non facturées (1 200,00 €) : elles font partie de l'encours.";

describe("stage 1's diagnoses: the credit check", () => {
  // Unpaid 3 000,00, accepted orders 1 200,00, order 950,00 HT = 1 140,00 TTC, limit 5 000,00.
  const breach = figures([300_000], [120_000], 95_000, 114_000, 500_000);

  it("names the HT amount taken for the TTC", () => {
    expect(diagnoseCredit(breach, { outstandingCents: 420_000, orderTotalCents: 95_000 })).toBe("Vous avez comparé le montant HT\u00a0: ajoutez la TVA.");
  });

  it("names the accepted orders forgotten in the outstanding, with their amount", () => {
    expect(plain(diagnoseCredit(breach, { outstandingCents: 300_000, orderTotalCents: 114_000 }))).toBe(FORGOTTEN);
  });

  it("names the new order counted in the outstanding, and the outstanding added to the order", () => {
    expect(diagnoseCredit(breach, { outstandingCents: 534_000, orderTotalCents: 114_000 })).toBe(
      "Vous avez compté la nouvelle commande dans l'encours\u00a0: l'encours est ce que le client doit avant elle.",
    );
    expect(diagnoseCredit(breach, { outstandingCents: 420_000, orderTotalCents: 534_000 })).toBe(
      "Vous avez indiqué l'encours plus la commande\u00a0: indiquez le montant TTC de la commande seule.",
    );
  });

  it("names the outstanding's mistake first when both figures are wrong: the sum starts with it", () => {
    expect(plain(diagnoseCredit(breach, { outstandingCents: 300_000, orderTotalCents: 95_000 }))).toBe(FORGOTTEN);
  });

  it("names nothing on right figures, on other wrong figures, or on missing ones", () => {
    expect(diagnoseCredit(breach, { outstandingCents: 420_000, orderTotalCents: 114_000 })).toBeUndefined();
    expect(diagnoseCredit(breach, { outstandingCents: 420_100, orderTotalCents: 114_100 })).toBeUndefined();
    expect(diagnoseCredit(breach, {})).toBeUndefined();
  });

  it("does not name the HT when HT and TTC are equal (0 % VAT): that figure is right", () => {
    const noVat = figures([300_000], [], 95_000, 95_000, 500_000);
    expect(diagnoseCredit(noVat, { outstandingCents: 300_000, orderTotalCents: 95_000 })).toBeUndefined();
  });

  it("does not name forgotten orders when there are none: the unpaid invoices are the outstanding", () => {
    const none = figures([300_000], [], 95_000, 114_000, 500_000);
    expect(diagnoseCredit(none, { outstandingCents: 300_000, orderTotalCents: 114_000 })).toBeUndefined();
    expect(diagnoseCredit(none, { outstandingCents: 300_000, orderTotalCents: 95_000 })).toBe("Vous avez comparé le montant HT\u00a0: ajoutez la TVA.");
  });

  it("the judge shows the diagnosis first and keeps the part note in the same words", () => {
    const key = deriveIntakeKey(intakeInput(rulesScenario(withOrder({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] }))));
    const judged = judgeCredit(key.credit, { verdict: "withinLimit", outstandingCents: 300_000, orderTotalCents: 114_000 });
    expect(plain(judged.diagnosis)).toBe(FORGOTTEN);
    expect(plain(judged.parts?.[1]?.note)).toBe("3 000,00 € au lieu de 4 200,00 € — les commandes acceptées non facturées (1 200,00 €) font partie de l'encours");
    expect(judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 114_000 }).diagnosis).toBeUndefined();
    // A wrong verdict on right figures: the comparison was misread, and the feedback says so with the learner's own figures.
    expect(plain(judgeCredit(key.credit, { verdict: "withinLimit", outstandingCents: 420_000, orderTotalCents: 114_000 }).diagnosis)).toBe(
      "Votre conclusion contredit vos montants : 4 200,00 € + 1 140,00 € = 5 340,00 €, qui dépasse le plafond de 5 000,00 €.",
    );
  });

  it("names a verdict that the learner's own figures contradict, right or wrong figures, but never a verdict they support", () => {
    expect(plain(diagnoseCredit(breach, { outstandingCents: 420_000, orderTotalCents: 114_000, verdict: "withinLimit" }))).toBe(
      "Votre conclusion contredit vos montants : 4 200,00 € + 1 140,00 € = 5 340,00 €, qui dépasse le plafond de 5 000,00 €.",
    );
    // Wrong figures (an HT and a forgotten order are named first) whose sum is within the limit: « plafond dépassé » contradicts them.
    expect(plain(diagnoseCredit(breach, { outstandingCents: 410_000, orderTotalCents: 90_000, verdict: "overLimit" }))).toBe(
      "Votre conclusion contredit vos montants : 4 100,00 € + 900,00 € = 5 000,00 €, qui ne dépasse pas le plafond de 5 000,00 €.",
    );
    // A verdict the (wrong) figures support is not a misread comparison.
    expect(diagnoseCredit(breach, { outstandingCents: 410_000, orderTotalCents: 90_000, verdict: "withinLimit" })).toBeUndefined();
    expect(diagnoseCredit(breach, { outstandingCents: 420_000, orderTotalCents: 114_000, verdict: "overLimit" })).toBeUndefined();
  });
});
