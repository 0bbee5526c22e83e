// ───────────────────────────── Payments ─────────────────────────────

import { compareDates, formatDateFr, type IsoDate } from "../dates";
import { formatEuros, type Cents } from "../money";
import { fail, failWith, PAYMENT_METHOD_LABELS, type Ledger, type LedgerResult, type Payment, type PaymentMethod } from "./types";
import { describeDocument, findDocument, missingDocument, nextSequentialId } from "./chain";
import { checkDate } from "./checks";
import { invoiceBalance } from "./amounts";

export interface PaymentRequest {
  invoiceId: string;
  date: IsoDate;
  amountCents: Cents;
  method: PaymentMethod;
  reference?: string;
}

/** Records a payment on an invoice or deposit invoice, never more than what remains due. */
export function recordPayment(ledger: Ledger, request: PaymentRequest): LedgerResult<{ payment: Payment; balanceCents: Cents }> {
  const invoice = findDocument(ledger, request.invoiceId);
  if (!invoice) return missingDocument(request.invoiceId, "invoiceId");
  if (invoice.kind !== "invoice" && invoice.kind !== "depositInvoice") {
    return fail("payment.notAnInvoice", `invoiceId\u00a0: ${describeDocument(invoice)} ne se règle pas\u00a0; seules les factures et factures d'acompte se règlent.`, "invoiceId");
  }
  if (invoice.status === "draft") {
    return fail("payment.invoiceNotValidated", `invoiceId\u00a0: ${describeDocument(invoice)} n'est pas validée\u00a0: on n'encaisse pas une facture en brouillon.`, "invoiceId");
  }
  const dateIssue = checkDate(request.date);
  if (dateIssue) return failWith(dateIssue);
  if (compareDates(request.date, invoice.date) < 0) {
    return fail("payment.beforeInvoice", `date\u00a0: un règlement du ${formatDateFr(request.date)} ne peut pas précéder ${describeDocument(invoice)} du ${formatDateFr(invoice.date)}.`, "date");
  }
  if (!(request.method in PAYMENT_METHOD_LABELS)) {
    return fail("payment.method.unknown", `method\u00a0: mode de règlement «\u00a0${request.method}\u00a0» inconnu.`, "method");
  }
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
    return fail("payment.amount.invalid", `amountCents\u00a0: le montant réglé doit être un nombre entier de centimes supérieur à 0 (reçu ${request.amountCents}).`, "amountCents");
  }
  const balance = invoiceBalance(ledger, invoice.id);
  if (request.amountCents > balance) {
    return fail(
      "payment.exceedsBalance",
      balance <= 0
        ? `amountCents\u00a0: ${describeDocument(invoice)} ne présente aucun solde à régler.`
        : `amountCents\u00a0: le règlement de ${formatEuros(request.amountCents)} dépasse le solde dû de ${formatEuros(balance)} sur ${describeDocument(invoice)}.`,
      "amountCents",
    );
  }
  const payment: Payment = {
    id: nextSequentialId("P", ledger.payments.map((p) => p.id)).id,
    invoiceId: invoice.id,
    date: request.date,
    amountCents: request.amountCents,
    method: request.method,
    ...(request.reference !== undefined && request.reference.trim() !== "" ? { reference: request.reference.trim() } : {}),
  };
  return { ok: true, ledger: { ...ledger, payments: [...ledger.payments, payment] }, payment, balanceCents: balance - request.amountCents };
}
