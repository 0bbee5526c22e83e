/**
 * Small presentation helpers shared by the PGI screens: addresses, document references and
 * statuses as a French PGI prints them. No business rule here: every figure comes from domain/.
 */
import { capitalize, DOCUMENT_KINDS, ORDER_STATUS_LABELS, type Ledger, type OrderStatus, type PostalAddress, type SalesDocument } from "@/domain";

export function addressLines(address: PostalAddress): string[] {
  return [address.street, address.complement, `${address.postalCode} ${address.city}`, address.country].filter(
    (line): line is string => line !== undefined && line.trim() !== "",
  );
}

export function addressText(address: PostalAddress): string {
  return addressLines(address).join(", ");
}

/** The legal number once validated, else the draft's internal id. */
export function documentRef(doc: SalesDocument): string {
  return doc.number ?? `brouillon ${doc.id}`;
}

/** An accepted order of the opening ledger has no number: its id is what the PGI shows. */
export function orderRef(doc: SalesDocument): string {
  return doc.number ?? (doc.status === "draft" ? `brouillon ${doc.id}` : doc.id);
}

function agreed(doc: SalesDocument, participle: string): string {
  return DOCUMENT_KINDS[doc.kind].feminine ? `${participle}e` : participle;
}

/** What the game knows of the order it follows: its id and the status the learner set at stage 2 (« Livrée »…). */
export interface FollowedOrder {
  orderId?: string;
  orderStatus?: OrderStatus;
}

/**
 * "Validée", "Enregistrée" (a customer's order is recorded, not validated), "Brouillon", "Annulé";
 * the order the game follows shows the status the learner gave it at stage 2 (« Livrée »), as a PGI
 * shows what was entered in it.
 */
export function statusLabel(doc: SalesDocument, followed: FollowedOrder = {}): string {
  if (doc.kind === "purchaseOrder" && doc.status === "validated" && doc.id === followed.orderId && followed.orderStatus !== undefined) {
    return ORDER_STATUS_LABELS[followed.orderStatus];
  }
  switch (doc.status) {
    case "draft":
      return "Brouillon";
    case "cancelled":
      return agreed(doc, "Annulé");
    case "validated":
      return doc.kind === "purchaseOrder" ? "Enregistrée" : agreed(doc, "Validé");
  }
}

export function kindLabel(doc: SalesDocument): string {
  return capitalize(DOCUMENT_KINDS[doc.kind].label);
}

export function customerName(ledger: Ledger, customerId: string): string {
  return ledger.customers.find((c) => c.id === customerId)?.name ?? customerId;
}

export function documentsOfKinds(ledger: Ledger, kinds: readonly SalesDocument["kind"][]): SalesDocument[] {
  return ledger.documents.filter((d) => kinds.includes(d.kind));
}

