import { describe, expect, it } from "vitest";
import { createFromParent, validateDocument } from "./ledger";
import { LETTER_SELLER } from "./letters.fixtures";
import { DEFAULT_TERMS_OF_SALE_REFERENCE, toChainDocument } from "./salesDocuments";
import { salesChain } from "./salesDocuments.fixtures";

describe("toChainDocument", () => {
  it("a delivery note: references, dates, addresses, and quantities ordered / delivered / remaining without prices", () => {
    const { ledger, deliveryNoteId } = salesChain();
    const doc = toChainDocument(ledger, deliveryNoteId, LETTER_SELLER);
    expect(doc).toMatchObject({
      kind: "deliveryNote",
      number: "BL-2026-00001",
      orderNumber: "CM-2026-00001",
      customerOrder: { number: "BC-7781", date: "2026-11-05" },
      shippingDate: "2026-11-09",
      deliveryDate: "2026-11-10",
      buyer: { name: "Librairie Martin", billingAddress: { city: "Lyon" } },
      deliveryAddress: { city: "Saint-Martin-d'Hères" },
    });
    expect(doc.pricing).toBeUndefined();
    expect(doc.deliveredLines).toEqual([
      { reference: "CAH-A4", description: "Cahier A4 grands carreaux 96 pages", ordered: 200, delivered: 150, remaining: 50 },
      { reference: "STY-BL", description: "Stylo plume bleu", ordered: 30, delivered: 30, remaining: 0 },
      { reference: "CLS-LV", description: "Classeur à levier dos 80 mm", ordered: 60, delivered: 0, remaining: 60 },
    ]);
  });

  it("a second delivery note counts the first one in what remains", () => {
    const chain = salesChain();
    const second = createFromParent(chain.ledger, chain.orderId, "deliveryNote", "2026-11-16");
    if (!second.ok) throw new Error(second.error.message);
    const validated = validateDocument(second.ledger, second.document.id, "2026-11-16");
    if (!validated.ok) throw new Error(validated.error.message);
    const doc = toChainDocument(validated.ledger, second.document.id, LETTER_SELLER);
    expect(doc.number).toBe("BL-2026-00002");
    expect(doc.deliveredLines?.map((l) => [l.reference, l.ordered, l.delivered, l.remaining])).toEqual([
      ["CAH-A4", 200, 50, 0],
      ["STY-BL", 30, 0, 0],
      ["CLS-LV", 60, 60, 0],
    ]);
  });

  it("an acknowledgement: the customer's order, prices and the cascade, agreed delivery, terms, CGV and the deposit requested", () => {
    const { ledger, acknowledgementId } = salesChain();
    const doc = toChainDocument(ledger, acknowledgementId, LETTER_SELLER, { depositRequestedCents: 30_000 });
    expect(doc).toMatchObject({
      kind: "orderAcknowledgement",
      number: "AR-2026-00001",
      date: "2026-11-06",
      customerOrder: { number: "BC-7781", date: "2026-11-05" },
      deliveryDate: "2026-11-10",
      paymentTermsText: "30 jours date de facture",
      termsOfSaleReference: DEFAULT_TERMS_OF_SALE_REFERENCE,
      depositRequestedCents: 30_000,
    });
    expect(doc.pricing?.lines[0]).toEqual({ reference: "CAH-A4", description: "Cahier A4 grands carreaux 96 pages", quantity: 200, unitPriceCents: 250, vatRate: 20, lineTotalCents: 50_000 });
    expect(doc.pricing?.reductions).toEqual({ tradeDiscounts: [10, 5] });
    expect(doc.pricing?.totals).toMatchObject({ grossCents: 114_800, totalExclTaxCents: 98_154, totalVatCents: 19_631, totalInclTaxCents: 117_785 });
  });

  it("a quote is valid 30 days unless told otherwise, and carries no order reference", () => {
    const { ledger, quoteId } = salesChain();
    const doc = toChainDocument(ledger, quoteId, LETTER_SELLER);
    expect(doc).toMatchObject({ kind: "quote", number: "DV-2026-00001", date: "2026-11-02", validUntil: "2026-12-02" });
    expect(doc.customerOrder).toBeUndefined();
    expect(toChainDocument(ledger, quoteId, LETTER_SELLER, { quoteValidityDays: 15 }).validUntil).toBe("2026-11-17");
  });

  it("a purchase order as received: the customer's number and date, our number, the wished delivery date", () => {
    const { ledger, orderId } = salesChain();
    expect(toChainDocument(ledger, orderId, LETTER_SELLER)).toMatchObject({
      kind: "purchaseOrder",
      number: "CM-2026-00001",
      customerOrder: { number: "BC-7781", date: "2026-11-05" },
      deliveryDate: "2026-11-10",
    });
  });
});
