import { describe, expect, it } from "vitest";
import { toCheckExpectations, toPrintedInvoice } from "./printedInvoice";
import { control } from "./control.fixtures";

describe("toPrintedInvoice", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });

  it("renames the printed amounts to the document's cent fields", () => {
    expect(doc.lines[1]).toEqual({ quantity: 25, unitPriceCents: 320, vatRate: 20, lineTotalCents: 8200 });
    expect(doc.totals).toEqual({
      grossCents: 27600,
      netCommercialCents: 26220,
      shippingCents: 1500,
      totalExclTaxCents: 27720,
      vat: [{ rate: 20, baseCents: 27720, amountCents: 5544 }],
      totalInclTaxCents: 33264,
    });
    expect(doc.shippingCents).toBe(1500);
    expect(doc.recoveryIndemnityCents).toBe(4000);
    expect(doc.seller.shareCapitalCents).toBe(5_000_000);
    expect(doc.buyer).toEqual({ name: "Librairie Les Mots Passants" });
  });

  it("takes the seller's size from the company when the invoice does not print it, never the reverse", () => {
    expect(doc.seller.size).toBe("small");
    expect(toPrintedInvoice({ ...control.invoice, seller: { ...control.invoice.seller, size: "large" } }, { size: "small" }).seller.size).toBe("large");
    expect(toPrintedInvoice(control.invoice).seller.size).toBeUndefined();
  });

  it("leaves out every mention the invoice does not print", () => {
    expect(Object.keys(doc)).not.toContain("purchaseOrderNumber");
    expect(Object.keys(doc)).not.toContain("latePenaltyRate");
    expect(doc.reductions).toEqual({});
  });
});

describe("toCheckExpectations", () => {
  it("groups the agreed reductions as the checker expects them", () => {
    expect(toCheckExpectations({ tradeDiscounts: [10, 5], cashDiscount: 2, purchaseOrderNumber: "BC-1" })).toEqual({ purchaseOrderNumber: "BC-1", reductions: { tradeDiscounts: [10, 5], cashDiscount: 2 } });
    expect(toCheckExpectations({ saleDate: "2026-11-02" })).toEqual({ saleDate: "2026-11-02" });
    expect(toCheckExpectations(undefined)).toBeUndefined();
  });
});
