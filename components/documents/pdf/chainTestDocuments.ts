/** The chain before the invoice as printed, from the ledger of domain/salesDocuments.fixtures.ts, sold by the seller of testDocuments.ts. */
import { type ChainDocument, createDocument, createFromParent, toChainDocument, validateDocument } from "@/domain";
import { salesChain } from "@/domain/salesDocuments.fixtures";
import { bookshopLedger, line, must } from "@/domain/salesDocuments.fixtures";
import { acceptedOrder, longProducts, SELLER } from "./testDocuments";

export function quoteDocument(): ChainDocument {
  const c = salesChain();
  return toChainDocument(c.ledger, c.quoteId, SELLER);
}

export function purchaseOrderDocument(): ChainDocument {
  const c = salesChain();
  return toChainDocument(c.ledger, c.orderId, SELLER);
}

/** With a deposit of 300,00 € TTC requested. */
export function acknowledgementDocument(): ChainDocument {
  const c = salesChain();
  return toChainDocument(c.ledger, c.acknowledgementId, SELLER, { depositRequestedCents: 30_000 });
}

export function deliveryNoteDocument(): ChainDocument {
  const c = salesChain();
  return toChainDocument(c.ledger, c.deliveryNoteId, SELLER);
}

/** A quote of 02/11/2026 for two of each of `count` articles, remises 10 % then 5 % (the long invoice's lines: TTC 1 530,68 € for 60). */
export function longQuoteDocument(count = 60): ChainDocument {
  const products = longProducts(count);
  const lines = products.map((p) => line(p, 2));
  const created = must(createDocument(bookshopLedger(products), { kind: "quote", customerId: "C0001", date: "2026-11-02", lines, reductions: { tradeDiscounts: [10, 5] }, shippingCents: 0 }));
  return toChainDocument(must(validateDocument(created.ledger, created.document.id, "2026-11-02")).ledger, created.document.id, SELLER);
}

/** Three of each of `count` articles ordered, two delivered on 10/11/2026: one remains on every line. */
export function longDeliveryNoteDocument(count = 60): ChainDocument {
  const products = longProducts(count);
  const { ledger, orderId } = acceptedOrder(bookshopLedger(products), products.map((p) => line(p, 3)));
  const note = must(createFromParent(ledger, orderId, "deliveryNote", "2026-11-10", { lines: products.map((p) => line(p, 2)) }));
  return toChainDocument(must(validateDocument(note.ledger, note.document.id, "2026-11-10")).ledger, note.document.id, SELLER);
}
