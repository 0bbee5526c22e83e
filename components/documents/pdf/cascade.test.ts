import { describe, expect, it } from "vitest";
import type { InvoiceDocument } from "@/domain";
import { printedSteps } from "./cascade";
import { creditNoteDocument, invoiceDocument } from "./testDocuments";

const summary = (doc: InvoiceDocument) => printedSteps(doc).map((step) => `${step.label} ${step.amountCents}`);

describe("printedSteps", () => {
  it("prints computeInvoice's cascade with the document's figures", () => {
    expect(summary(invoiceDocument())).toEqual([
      "Montant brut HT 114800",
      "Remise 10\u00a0% -11480",
      "Net après remise 10\u00a0% 103320",
      "Remise 5\u00a0% -5166",
      "Net commercial HT 98154",
      "Total HT 98154",
      "TVA 20\u00a0% sur 981,54 19631",
      "Total TVA 19631",
      "Total TTC 117785",
      "Net à payer 117785",
    ]);
  });

  it("prints what the document says, even a wrong figure given to control", () => {
    const doc = invoiceDocument();
    const wrong = { ...doc, totals: { ...doc.totals, totalInclTaxCents: 117_786 } };
    expect(summary(wrong)).toContain("Total TTC 117786");
  });

  it("falls back on the printed totals when a line cannot be computed", () => {
    const doc = invoiceDocument();
    const partial: InvoiceDocument = { ...doc, lines: [{ description: "Ligne sans prix", quantity: 1 }], totals: { totalExclTaxCents: 10_000, vat: [{ rate: 20, baseCents: 10_000, amountCents: 2_000 }], totalVatCents: 2_000, totalInclTaxCents: 12_000, amountDueCents: 12_000 } };
    expect(summary(partial)).toEqual(["Total HT 10000", "TVA 20\u00a0% sur 100,00 2000", "Total TVA 2000", "Total TTC 12000", "Net à payer 12000"]);
  });

  it("ends a credit note with the amount credited, not a net to pay", () => {
    expect(summary(creditNoteDocument().document).at(-1)).toBe("Net à déduire 12312");
  });
});
