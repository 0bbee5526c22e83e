// ───────────────────────────── Credit notes ─────────────────────────────

import { compareDates, formatDateFr, type IsoDate } from "../dates";
import type { DocumentLine, DocumentReductions } from "../documents";
import { formatEuros, formatPercent, type Cents } from "../money";
import type { LedgerError } from "../numbering";
import { fail, failWith, problem, type Ledger, type LedgerResult, type SalesDocument } from "./types";
import { chainError, describeDocument, findDocument, missingDocument } from "./chain";
import { capitalize } from "../text";
import { checkAmount, checkDate, checkLines, checkReductions, formatRates } from "./checks";
import { addDocument, ttcOf } from "./totals";
import { creditedAmount, remainingToCredit } from "./amounts";

export interface CreditNoteRequest {
  date: IsoDate;
  /** Why: goods returned, allowance for a defect, invoicing error... */
  reason: string;
  /** Cancels the whole invoice (lines, reductions, port, deposit copied). */
  full?: boolean;
  /** The lines credited (a partial credit note). */
  lines?: DocumentLine[];
  /** Default: the invoice's reductions (returned goods were sold with them). */
  reductions?: DocumentReductions;
  /** Port HT credited, default 0. */
  shippingCents?: Cents;
  id?: string;
}

function ratesOf(doc: SalesDocument): number[] {
  return [...new Set(doc.lines.map((l) => l.vatRate))];
}

/** Rules a credit note must meet at creation and again at validation (others may have been issued since). */
export function checkCreditNote(ledger: Ledger, invoice: SalesDocument, note: SalesDocument): LedgerError | undefined {
  const invoiceRates = ratesOf(invoice);
  for (const [i, line] of note.lines.entries()) {
    if (!invoiceRates.includes(line.vatRate)) {
      return problem(
        "creditNote.vatRateNotOnInvoice",
        `lines[${i}].vatRate\u00a0: ${describeDocument(invoice)} ne comporte pas de TVA à ${formatPercent(line.vatRate)} (taux facturés\u00a0: ${formatRates(invoiceRates)})\u00a0: un avoir reprend les taux de la facture.`,
        `lines[${i}].vatRate`,
      );
    }
  }
  const amount = ttcOf(note);
  const invoiced = ttcOf(invoice);
  const credited = creditedAmount(ledger, invoice.id);
  if (amount > invoiced - credited) {
    return problem(
      "creditNote.exceedsInvoice",
      `L'avoir de ${formatEuros(amount)} TTC dépasse le montant restant à créditer sur ${describeDocument(invoice)}\u00a0: ${formatEuros(invoiced)} TTC facturés, ${formatEuros(credited)} déjà crédités, reste ${formatEuros(invoiced - credited)}.`,
      "lines",
    );
  }
  return undefined;
}

/**
 * A credit note (facture d'avoir) on a validated invoice or deposit invoice, created as a draft
 * that cites the invoice's number and date; it takes its own number in the AV series when
 * validated. It never credits more than remains (invoice TTC − credit notes already issued).
 */
export function createCreditNote(ledger: Ledger, invoiceId: string, request: CreditNoteRequest): LedgerResult<{ document: SalesDocument }> {
  const invoice = findDocument(ledger, invoiceId);
  if (!invoice) return missingDocument(invoiceId, "invoiceId");
  const chain = chainError(invoice, "creditNote");
  if (chain) return failWith(chain);
  const issue = checkDate(request.date) ?? (request.lines !== undefined ? checkLines(request.lines) : undefined) ?? (request.reductions ? checkReductions(request.reductions) : undefined);
  if (issue) return failWith(issue);
  if (compareDates(request.date, invoice.date) < 0) {
    return fail("creditNote.dateBeforeInvoice", `date\u00a0: un avoir ne peut pas précéder ${describeDocument(invoice)} du ${formatDateFr(invoice.date)}.`, "date");
  }
  if (request.reason.trim() === "") {
    return fail("creditNote.reason.required", "reason\u00a0: le motif de l'avoir est obligatoire (retour de marchandises, rabais pour défaut, erreur de facturation…).", "reason");
  }
  const full = request.full === true;
  if (full === (request.lines !== undefined)) {
    return fail("creditNote.linesOrFull", "lines\u00a0: indiquez soit les lignes à créditer, soit l'annulation totale de la facture (l'un ou l'autre).", "lines");
  }
  if (full && creditedAmount(ledger, invoiceId) > 0) {
    return fail(
      "creditNote.fullAfterPartial",
      `${capitalize(describeDocument(invoice))} a déjà fait l'objet d'avoirs partiels\u00a0: il reste ${formatEuros(remainingToCredit(ledger, invoiceId))} TTC à créditer\u00a0; établissez un avoir partiel de ce montant.`,
      "full",
    );
  }
  const number = invoice.number ?? invoice.id;
  const base: Omit<SalesDocument, "id" | "status"> = {
    kind: "creditNote",
    customerId: invoice.customerId,
    date: request.date,
    parentId: invoice.id,
    lines: full ? invoice.lines.map((l) => ({ ...l })) : (request.lines ?? []),
    reductions: full ? invoice.reductions : (request.reductions ?? invoice.reductions),
    shippingCents: full ? invoice.shippingCents : (request.shippingCents ?? 0),
    depositCents: full ? invoice.depositCents : 0,
    creditedInvoice: { id: invoice.id, number, date: invoice.date },
    fullCancellation: full,
    reason: request.reason.trim(),
    ...(invoice.customerOrderNumber !== undefined ? { customerOrderNumber: invoice.customerOrderNumber } : {}),
  };
  const shippingIssue = checkAmount(base.shippingCents, "shippingCents", "le port HT crédité");
  if (shippingIssue) return failWith(shippingIssue);
  if (base.lines.length === 0) return fail("creditNote.linesOrFull", "lines\u00a0: un avoir partiel crédite au moins une ligne.", "lines");
  const creditIssue = checkCreditNote(ledger, invoice, { ...base, id: "", status: "draft" });
  if (creditIssue) return failWith(creditIssue);
  return addDocument(ledger, base, request.id);
}
