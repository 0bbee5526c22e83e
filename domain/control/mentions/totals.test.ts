import { describe, expect, it } from "vitest";
import { type InvoiceDocument } from "../../documents";
import { invoice, legal, edit, summary, NBSP } from "../mentions.fixtures";

describe("a final invoice citing its deposit invoices (docs/decisions/0089)", () => {
  /** The 50,00 € deducted, cited: AC-2026-00012 of 02/11/2026, 41,67 HT + 8,33 TVA at 20 %. */
  const cited = (doc: InvoiceDocument) =>
    edit(doc, (d) => {
      d.deposits = [{ number: "AC-2026-00012", date: "2026-11-02", vat: [{ rate: 20, baseCents: 4167, amountCents: 833 }], inclTaxCents: 5000 }];
    });

  it("accepts the deposit cited with its number, date, HT and VAT", () => {
    expect(legal(cited(invoice())).findings).toEqual([]);
  });

  it("reads the deposit deducted from the deposits cited when no other line gives it", () => {
    const doc = edit(cited(invoice()), (d) => {
      delete d.depositCents;
      delete d.totals.depositCents;
      delete d.totals.amountDueCents;
    });
    expect(summary(legal(doc).findings)).toEqual(["mention.totalToPay.missing @ totals.amountDueCents"]);
    expect(legal(doc).findings[0]?.message).toBe(`Net à payer absent alors qu'un acompte de 50,00${NBSP}€ est déduit.`);
  });

  it("a deposit cited without its number or its date", () => {
    const doc = edit(cited(invoice()), (d) => {
      const [deposit] = d.deposits ?? [];
      if (deposit) {
        delete deposit.number;
        delete deposit.date;
      }
    });
    expect(summary(legal(doc).findings)).toEqual(["mention.totalToPay.missing @ deposits[0].number", "mention.totalToPay.missing @ deposits[0].date"]);
  });

  it("a deposit whose HT and VAT do not make its TTC, and deposits that do not make the deduction", () => {
    const doc = edit(cited(invoice()), (d) => {
      const [deposit] = d.deposits ?? [];
      if (deposit) deposit.inclTaxCents = 6000;
    });
    const check = legal(doc);
    expect(summary(check.findings)).toEqual(["arithmetic.depositInclTax @ deposits[0].inclTaxCents", "arithmetic.depositsCited @ deposits"]);
    expect(check.findings[0]?.message).toBe(`Acompte AC-2026-00012 du 02/11/2026\u00a0: 41,67${NBSP}€ HT + 8,33${NBSP}€ de TVA = 50,00${NBSP}€ TTC et non 60,00${NBSP}€.`);
    expect(check.findings[1]?.message).toBe(`Acomptes cités\u00a0: leur total TTC est l'acompte déduit, 50,00${NBSP}€ et non 60,00${NBSP}€.`);
  });
});
