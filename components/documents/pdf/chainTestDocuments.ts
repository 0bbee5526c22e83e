/** The chain before the invoice as printed, from the ledger of domain/salesDocuments.fixtures.ts, sold by the seller of testDocuments.ts. */
import { salesChain } from "@/domain/salesDocuments.fixtures";
import { toChainDocument, type ChainDocument } from "@/domain/salesDocuments";
import { SELLER } from "./testDocuments";

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
