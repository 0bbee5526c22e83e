/**
 * The simulated PGI database ("ledger"): customers, products and stock, the documents of the
 * sales chain, payments and numbering series, as one plain JSON value. Every operation is a pure
 * function that returns a new ledger and never mutates its input; an operation that can be
 * refused returns a LedgerResult whose French message a UI shows and a machine uses as a guard.
 * Every total comes from computeInvoice (the classroom cascade), never from a copy of it.
 * Decisions: docs/decisions/0020 to 0027.
 * The code lives in ledger/, one module per theme (see domain/README.md); this file is the one
 * public entry. Helpers shared by those modules are exported by them, never re-exported here.
 */
export type { LedgerError, NumberingSeries } from "./numbering";
/** SIREN and SIRET checks (Luhn; La Poste's rule) live in identifiers.ts; re-exported for the account form. */
export { isValidSiren, isValidSiret } from "./identifiers";

export type { Ledger, LedgerResult, Payment, PaymentMethod, SalesDocument, StockReservation } from "./ledger/types";
export { createLedger, emptyLedger, PAYMENT_METHOD_LABELS } from "./ledger/types";
export type { DocumentKindInfo } from "./ledger/chain";
export {
  childrenOf,
  CREDIT_NOTE_IMMUTABLE_MESSAGE,
  describeDocument,
  DOCUMENT_KINDS,
  findDocument,
  getDocument,
  INVOICE_IMMUTABLE_MESSAGE,
} from "./ledger/chain";
export { checkLines, checkReductions } from "./ledger/checks";
export type { CustomerDraft, CustomerQuery, NewCustomerPolicy } from "./ledger/customers";
export { createCustomer, findCustomer, isValidFrenchVatNumber, requireCustomer, searchCustomers } from "./ledger/customers";
export { documentTotals, invoiceInput } from "./ledger/totals";
export type { DeliveryProgress } from "./ledger/orders";
export { isOrderAccepted, orderOf, remainingToDeliver } from "./ledger/orders";
export type { StockMovement } from "./ledger/stock";
export { availableStock, findProduct, receiveStock, reservedStock, reserveStock, shipStock } from "./ledger/stock";
export type { CustomerOutstanding } from "./ledger/amounts";
export {
  billedInvoices,
  creditedAmount,
  customerOutstanding,
  depositAvailable,
  invoiceBalance,
  orderNotInvoicedCents,
  paymentsOf,
  remainingToCredit,
} from "./ledger/amounts";
export { createDepositInvoice, depositsDeductedBy } from "./ledger/deposits";
export type { CreditNoteRequest } from "./ledger/creditNotes";
export { createCreditNote } from "./ledger/creditNotes";
export type { DocumentPatch, NewRootDocument } from "./ledger/documents";
export {
  cancelDocument,
  createDocument,
  createFromParent,
  createInvoiceFromDeliveryNotes,
  deleteDraft,
  updateDraft,
  validateDocument,
  validateInvoice,
} from "./ledger/documents";
export type { PaymentRequest } from "./ledger/payments";
export { recordPayment } from "./ledger/payments";
export type { PrintOptions } from "./ledger/printed";
export { printedLatePenaltyRate, printedLine, printedTotals, toInvoiceDocument } from "./ledger/printed";
