import { describe, expect, it } from "vitest";
import { isExclTaxForInclTax } from "../diagnosis";
import { computeInvoice, type InvoiceInput } from "../invoice";
import { TWO_RATE_INVOICE } from "../invoice.fixtures";
import { diagnoseCascade, diagnoseDueDate } from "./diagnoses";
import { judgeCascadeFigures } from "./judge";
import { cascadeFigures } from "./key";

const plain = (text: string | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/gu, " ");

/** One line of 1 000,00 € HT at 20 %, with the reductions given. */
function invoice(reductions: Omit<InvoiceInput, "lines">): InvoiceInput {
  return { lines: [{ description: "Bureau", quantity: 1, unitPriceCents: 100_000, vatRate: 20 }], ...reductions };
}

describe("stage 3's diagnoses: the cascade", () => {
  // Worked example 1: 1 000,00 → 900,00 → 855,00 → 837,90 ; summed, 17 % gives 830,00.
  const chained = computeInvoice(invoice({ tradeDiscounts: [10, 5, 2] }));
  const right = cascadeFigures(chained);
  const summed = cascadeFigures(computeInvoice(invoice({ tradeDiscounts: [17] })));

  it("names the remises added instead of chained, on the net commercial or on the TTC it leads to", () => {
    expect(chained.netCommercialCents).toBe(83_790);
    expect(summed.netCommercialCents).toBe(83_000);
    const sentence = "Vous avez additionné les remises (10 % + 5 % + 2 % = 17 %) : elles s'enchaînent, chacune sur le net précédent : 10 % puis 5 % puis 2 % font 16,21 %.";
    expect(plain(diagnoseCascade(chained, summed))).toBe(sentence);
    expect(plain(diagnoseCascade(chained, { ...right, totalInclTaxCents: summed.totalInclTaxCents }))).toBe(sentence);
  });

  it("calls them réductions when a rabais or a ristourne is among them", () => {
    const totals = computeInvoice(TWO_RATE_INVOICE);
    const added = cascadeFigures(computeInvoice({ ...TWO_RATE_INVOICE, tradeDiscounts: [12], rebates: [] }));
    expect(plain(diagnoseCascade(totals, added))).toMatch(/^Vous avez additionné les réductions \(10 % \+ 2 % = 12 %\)/u);
  });

  it("names the escompte computed on the gross, before the remises", () => {
    // 10 000,00 − 10 % = 9 000,00 ; escompte 2 % 180,00 → 8 820,00 HT. On the gross: 200,00 → 8 800,00.
    const totals = computeInvoice({ lines: [{ description: "Lot", quantity: 1, unitPriceCents: 1_000_000, vatRate: 20 }], tradeDiscounts: [10], cashDiscount: 2 });
    expect(totals.totalExclTaxCents).toBe(882_000);
    const typed = { ...cascadeFigures(totals), totalExclTaxCents: 880_000 };
    expect(diagnoseCascade(totals, typed)).toBe("Vous avez calculé l'escompte avant les remises\u00a0: il se calcule sur le net commercial, après les remises.");
  });

  it("names the total HT reported as the TTC", () => {
    expect(diagnoseCascade(chained, { ...right, totalInclTaxCents: right.totalExclTaxCents })).toBe("Vous avez reporté le total HT comme total TTC\u00a0: ajoutez la TVA.");
  });

  it("names the first mistake of the cascade when there are several: it carries into the figures below", () => {
    expect(plain(diagnoseCascade(chained, { ...summed, totalInclTaxCents: summed.totalExclTaxCents }))).toMatch(/^Vous avez additionné les remises/u);
  });

  it("names nothing on the right cascade, on other wrong figures, or where the slip cannot be told apart", () => {
    expect(diagnoseCascade(chained, right)).toBeUndefined();
    expect(diagnoseCascade(chained, { ...right, netCommercialCents: right.netCommercialCents + 100 })).toBeUndefined();
    // One remise: nothing to add up. An escompte with no remise: on the gross is on the net commercial.
    const single = computeInvoice(invoice({ tradeDiscounts: [10], cashDiscount: 2 }));
    expect(diagnoseCascade(single, { ...cascadeFigures(single), netCommercialCents: 90_100 })).toBeUndefined();
    const cashDiscountOnly = computeInvoice(invoice({ cashDiscount: 2 }));
    expect(diagnoseCascade(cashDiscountOnly, { ...cascadeFigures(cashDiscountOnly), totalExclTaxCents: 98_000 - 100 })).toBeUndefined();
    // HT = TTC (no VAT to add): giving it is giving the TTC.
    expect(isExclTaxForInclTax(50_000, 50_000, 50_000)).toBe(false);
  });

  it("the judge carries the diagnosis only on a wrong cascade", () => {
    expect(plain(judgeCascadeFigures(chained, summed).diagnosis)).toMatch(/^Vous avez additionné les remises/u);
    expect(judgeCascadeFigures(chained, right)).not.toHaveProperty("diagnosis");
  });
});

describe("stage 3's diagnoses: the due date", () => {
  const invoiceDate = "2026-11-12";
  const thirtyDays = { kind: "daysFromInvoice", days: 30 } as const;

  it("names a due date counted from the order or the delivery", () => {
    expect(diagnoseDueDate({ invoiceDate, terms: thirtyDays, typed: "2026-12-02", orderDate: "2026-11-02", deliveryDate: "2026-11-10" })).toBe(
      "Vous avez compté le délai à partir de la date de commande\u00a0: il court à partir de la date de facture.",
    );
    expect(diagnoseDueDate({ invoiceDate, terms: thirtyDays, typed: "2026-12-10", orderDate: "2026-11-02", deliveryDate: "2026-11-10" })).toBe(
      "Vous avez compté le délai à partir de la date de livraison\u00a0: il court à partir de la date de facture.",
    );
  });

  it("names 45 days counted for 30", () => {
    expect(diagnoseDueDate({ invoiceDate, terms: thirtyDays, typed: "2026-12-27" })).toBe("Vous avez compté 45 jours au lieu de 30 jours\u00a0: relisez les conditions de paiement du client.");
  });

  it("names « fin de mois » forgotten, or counted the other way than the company's terms", () => {
    const terms = { kind: "daysEndOfMonth", days: 45, method: "endOfMonthThenDays" } as const;
    // 31/01/2026 + 45 jours = 17/03/2026.
    expect(diagnoseDueDate({ invoiceDate: "2026-01-15", terms, typed: "2026-03-17" })).toBeUndefined();
    expect(diagnoseDueDate({ invoiceDate: "2026-01-15", terms, typed: "2026-03-01" })).toBe(
      "Vous avez oublié la fin de mois\u00a0: «\u00a045 jours fin de mois\u00a0» ne s'arrête pas 45 jours après la facture.",
    );
    expect(diagnoseDueDate({ invoiceDate: "2026-01-15", terms, typed: "2026-03-31" })).toBe(
      "Vous avez compté les 45 jours avant d'aller en fin de mois\u00a0: les conditions de l'entreprise partent de la fin du mois de la facture, puis ajoutent 45 jours.",
    );
  });

  it("names nothing on the right date, a date no slip gives, or an order dated the invoice's day", () => {
    expect(diagnoseDueDate({ invoiceDate, terms: thirtyDays, typed: "2026-12-12", orderDate: "2026-11-02" })).toBeUndefined();
    expect(diagnoseDueDate({ invoiceDate, terms: thirtyDays, typed: "2026-12-15", orderDate: "2026-11-02" })).toBeUndefined();
    expect(diagnoseDueDate({ invoiceDate, terms: { kind: "onReceipt" }, typed: "2026-11-13", orderDate: invoiceDate })).toBeUndefined();
  });
});
