/**
 * Reading the ledger for the document screens: totals through documentTotals (the classroom
 * cascade), never recomputed here; a document that cannot go through it (a draft without lines)
 * simply has no totals yet.
 */
import { documentTotals, resolveInvoiceRef, STAGE_INVOICE_REF, type InvoiceComputation, type Ledger, type SalesDocument } from "@/domain";

export function totalsOrNull(ledger: Ledger, doc: SalesDocument): InvoiceComputation | null {
  if (doc.lines.length === 0) return null;
  try {
    return documentTotals(ledger, doc.id);
  } catch {
    return null;
  }
}

export type DocumentScreen = "orders" | "deliveries" | "invoices";

export const SCREEN_KINDS: Readonly<Record<DocumentScreen, readonly SalesDocument["kind"][]>> = {
  orders: ["quote", "purchaseOrder", "orderAcknowledgement"],
  deliveries: ["deliveryNote"],
  invoices: ["depositInvoice", "invoice", "creditNote"],
};

/**
 * A scenario's invoice reference as a ledger id (domain's resolveInvoiceRef), or undefined while
 * "@stage" names an invoice the invoicing stage has not issued yet: the screens then show nothing
 * for it instead of failing.
 */
export function issuedInvoiceRef(ref: string, carried: { invoiceId?: string }): string | undefined {
  return ref === STAGE_INVOICE_REF && carried.invoiceId === undefined ? undefined : resolveInvoiceRef(ref, carried);
}
