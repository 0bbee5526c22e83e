// ───────────────────────────── Invoices, deposits, credits: amounts ─────────────────────────────

import type { DocumentLine } from "../documents";
import type { Cents } from "../money";
import type { Ledger, Payment, SalesDocument } from "./types";
import { childrenOf, getDocument } from "./chain";
import { dueOf, lineKey, mergeLines, quantitiesByKey, totalsOf, ttcOf } from "./totals";
import { isOrderAccepted, orderOf } from "./orders";

export function deliveryNoteIdsOf(invoice: SalesDocument): string[] {
  return invoice.deliveryNoteIds ?? (invoice.parentId !== undefined ? [invoice.parentId] : []);
}

export function invoicesOfOrder(ledger: Ledger, orderId: string): SalesDocument[] {
  return ledger.documents.filter((d) => d.kind === "invoice" && orderOf(ledger, d)?.id === orderId);
}

function validatedCreditNotes(ledger: Ledger, invoiceId: string): SalesDocument[] {
  return childrenOf(ledger, invoiceId, "creditNote").filter((c) => c.status === "validated");
}

/** TTC already credited on an invoice by validated credit notes. */
export function creditedAmount(ledger: Ledger, invoiceId: string): Cents {
  return validatedCreditNotes(ledger, invoiceId).reduce((sum, c) => sum + ttcOf(c), 0);
}

/** Invoice TTC − TTC of the credit notes already issued on it: the most a new credit note may credit. */
export function remainingToCredit(ledger: Ledger, invoiceId: string): Cents {
  const invoice = getDocument(ledger, invoiceId);
  if (invoice.status === "draft") return 0;
  return ttcOf(invoice) - creditedAmount(ledger, invoiceId);
}

export function paymentsOf(ledger: Ledger, invoiceId: string): Payment[] {
  return ledger.payments.filter((p) => p.invoiceId === invoiceId);
}

/**
 * What the customer still owes on an invoice: net à payer (TTC − deposit deducted) − payments −
 * credit notes (net of the deposit they give back). Negative when the firm owes a refund.
 */
export function invoiceBalance(ledger: Ledger, invoiceId: string): Cents {
  const invoice = getDocument(ledger, invoiceId);
  if (invoice.status === "draft") return 0;
  const paid = paymentsOf(ledger, invoiceId).reduce((sum, p) => sum + p.amountCents, 0);
  const credited = validatedCreditNotes(ledger, invoiceId).reduce((sum, c) => sum + dueOf(c), 0);
  return dueOf(invoice) - paid - credited;
}

/** Deposits invoiced on an order (validated, net of their credit notes), TTC. */
export function depositsInvoiced(ledger: Ledger, orderId: string): Cents {
  return childrenOf(ledger, orderId, "depositInvoice")
    .filter((d) => d.status === "validated")
    .reduce((sum, d) => sum + ttcOf(d) - creditedAmount(ledger, d.id), 0);
}

/** Deposits already deducted by the order's invoices that are not cancelled. */
export function depositsDeducted(ledger: Ledger, orderId: string, options: { includeDrafts: boolean; exceptId?: string }): Cents {
  return invoicesOfOrder(ledger, orderId)
    .filter((i) => i.id !== options.exceptId && (i.status === "validated" || (options.includeDrafts && i.status === "draft")))
    .reduce((sum, i) => sum + i.depositCents, 0);
}

/** The order's deposits not yet deducted by an invoice: what the next invoice deducts. */
export function depositAvailable(ledger: Ledger, orderId: string): Cents {
  return Math.max(0, depositsInvoiced(ledger, orderId) - depositsDeducted(ledger, orderId, { includeDrafts: true }));
}

/**
 * The TTC value of what an accepted order still has to invoice: the quantities not yet on a
 * validated invoice, at the order's prices and reductions, plus its port if no invoice carried it,
 * minus deposits already invoiced and not yet deducted (they are in the unpaid invoices already).
 */
export function orderNotInvoicedCents(ledger: Ledger, orderId: string): Cents {
  const order = getDocument(ledger, orderId);
  const invoices = invoicesOfOrder(ledger, orderId).filter((i) => i.status === "validated");
  const invoiced = quantitiesByKey(invoices.flatMap((i) => i.lines));
  const remaining: DocumentLine[] = [];
  for (const line of mergeLines(order.lines)) {
    const key = lineKey(line);
    const alreadyInvoiced = invoiced.get(key) ?? 0;
    const quantity = Math.max(0, line.quantity - alreadyInvoiced);
    invoiced.set(key, Math.max(0, alreadyInvoiced - line.quantity));
    if (quantity > 0) remaining.push({ ...line, quantity });
  }
  if (remaining.length === 0) return 0;
  const shippingInvoiced = invoices.some((i) => i.shippingCents > 0);
  const value = totalsOf({
    lines: remaining,
    reductions: order.reductions,
    shippingCents: shippingInvoiced ? 0 : order.shippingCents,
    depositCents: 0,
  }).totalInclTaxCents;
  const depositsPending = depositsInvoiced(ledger, orderId) - depositsDeducted(ledger, orderId, { includeDrafts: false });
  return Math.max(0, value - Math.max(0, depositsPending));
}

export interface CustomerOutstanding {
  /** What remains due on each validated invoice or deposit invoice with a positive balance. */
  unpaidInvoicesCents: Cents[];
  /** The part not yet invoiced of each accepted order (acknowledged, not cancelled). */
  acceptedOrdersNotInvoicedCents: Cents[];
}

/** The invoices that count in what customers owe: issued (not drafts), deposit invoices included. */
export function billedInvoices(ledger: Ledger, customerId?: string): SalesDocument[] {
  return ledger.documents.filter((d) => (d.kind === "invoice" || d.kind === "depositInvoice") && d.status !== "draft" && (customerId === undefined || d.customerId === customerId));
}

/** The encours of a customer, in the shape checkCredit (credit.ts) takes. */
export function customerOutstanding(ledger: Ledger, customerId: string): CustomerOutstanding {
  const documents = ledger.documents.filter((d) => d.customerId === customerId);
  const unpaidInvoicesCents = billedInvoices(ledger, customerId)
    .map((d) => invoiceBalance(ledger, d.id))
    .filter((balance) => balance > 0);
  const acceptedOrdersNotInvoicedCents = documents
    .filter((d) => d.kind === "purchaseOrder" && isOrderAccepted(ledger, d.id))
    .map((d) => orderNotInvoicedCents(ledger, d.id))
    .filter((amount) => amount > 0);
  return { unpaidInvoicesCents, acceptedOrdersNotInvoicedCents };
}
