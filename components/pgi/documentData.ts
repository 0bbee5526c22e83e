/**
 * Reading the ledger for the document screens: totals through documentTotals (the classroom
 * cascade), never recomputed here; a document that cannot go through it (a draft without lines)
 * simply has no totals yet.
 */
import { documentTotals, type InvoiceComputation, type Ledger, type SalesDocument } from "@/domain";

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
