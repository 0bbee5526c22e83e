// ───────────────────────────── Types ─────────────────────────────

import type { IsoDate } from "../dates";
import type { Customer, DocumentLine, DocumentReductions, DocumentStatus, PostalAddress, Product, SalesDocumentKind } from "../documents";
import { DomainError, type Cents } from "../money";
import type { LedgerError, NumberingSeries } from "../numbering";

export type PaymentMethod = "transfer" | "cheque" | "card" | "cash" | "bill" | "directDebit";

export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  transfer: "virement",
  cheque: "chèque",
  card: "carte bancaire",
  cash: "espèces",
  bill: "effet de commerce (LCR)",
  directDebit: "prélèvement",
};

export interface Payment {
  id: string;
  /** The invoice or deposit invoice paid. */
  invoiceId: string;
  date: IsoDate;
  amountCents: Cents;
  method: PaymentMethod;
  /** Cheque number, transfer label... */
  reference?: string;
}

/** Units of a product set aside for an accepted order (released as they ship). */
export interface StockReservation {
  orderId: string;
  reference: string;
  quantity: number;
}

export interface SalesDocument {
  /** Internal id, given at creation ("D0007"); the legal `number` comes at validation. */
  id: string;
  kind: SalesDocumentKind;
  status: DocumentStatus;
  customerId: string;
  /** Issue date. For a purchase order: the customer's order date. Set to the validation date
   * at validation for every other kind (a number and its date are taken together). */
  date: IsoDate;
  /** The predecessor in the chain (see DOCUMENT_KINDS[kind].parents). */
  parentId?: string;
  lines: DocumentLine[];
  reductions: DocumentReductions;
  /** Port HT. */
  shippingCents: Cents;
  /** Deposit already invoiced, TTC, deducted from this invoice. */
  depositCents: Cents;
  /** The customer's own purchase-order number. */
  customerOrderNumber?: string;
  /** Agreed delivery date (order, acknowledgement) or date of delivery (invoice). */
  deliveryDate?: IsoDate;
  deliveryAddress?: PostalAddress;
  /** "FA-2026-00042": given at validation, never before. */
  number?: string;
  /** The day the document was validated (recorded, for a purchase order). */
  validatedOn?: IsoDate;
  /** Invoice: every delivery note it invoices (parentId is the first). */
  deliveryNoteIds?: string[];
  /** Credit note: the invoice credited, as printed on it. */
  creditedInvoice?: { id: string; number: string; date: IsoDate };
  /** Credit note: cancels the whole invoice. */
  fullCancellation?: boolean;
  /** Credit note: why ("retour de 2 articles défectueux"). */
  reason?: string;
  /** Invoices: the buyer as known at validation, so that a later change of the customer's
   * record never changes an issued invoice. */
  buyer?: Customer;
  /** Invoices: due date fixed at validation. */
  dueDate?: IsoDate;
}

/**
 * The PGI's data. The two optional fields may be absent from a ledger written by hand
 * (a scenario's seed): no reservation yet, ids counted from the documents present.
 */
export interface Ledger {
  customers: Customer[];
  products: Product[];
  documents: SalesDocument[];
  payments: Payment[];
  series: NumberingSeries[];
  reservations?: StockReservation[];
  /** Last internal document id given, so that a deleted draft's id is never reused. */
  lastDocumentSequence?: number;
}

export type LedgerResult<T extends object = object> = ({ ok: true; ledger: Ledger } & T) | { ok: false; error: LedgerError };

export type Failure = { ok: false; error: LedgerError };

export function fail(code: string, message: string, field?: string): Failure {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

export function failWith(error: LedgerError): Failure {
  return { ok: false, error };
}

export function problem(code: string, message: string, field?: string): LedgerError {
  return field === undefined ? { code, message } : { code, message, field };
}

/** Turns a DomainError thrown by a rule of another module into a refusal. */
export function guarded<T>(run: () => T): T | LedgerError {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError) return problem(error.code, error.message, error.field);
    throw error;
  }
}

export function isProblem(value: unknown): value is LedgerError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export function emptyLedger(): Ledger {
  return { customers: [], products: [], documents: [], payments: [], series: [] };
}

export function createLedger(init: Partial<Ledger>): Ledger {
  return { ...emptyLedger(), ...init };
}
