/**
 * Stage 5, "suivi de facture / règlement", as a timeline: the world's scheduled events (payments,
 * disputes, damaged goods) reached as the simulated clock moves, the dunning situation of each
 * followed invoice read from the PGI and from what has happened, and the settlement of a dispute
 * by credit note. The rules of the ladder stay in ladder.ts; this module only feeds them.
 * Decisions: docs/decisions/0064 to 0068.
 */
import { addDays, compareDates, type IsoDate } from "../dates";
import { DUNNING_ACTIONS, dunningStatus, legalInterestFromNotice, penaltiesToDate, type DunningAction, type DunningEvent, type DunningInput, type DunningPolicy, type DunningStatus, type MoneyMovement, type PenaltiesToDate } from "./ladder";
import { competentCourt, type CompetentCourt } from "../courts";
import type { Customer, SellerIdentity } from "../documents";
import { childrenOf, createCreditNote, documentTotals, findCustomer, getDocument, paymentsOf, validateDocument, type Ledger, type LedgerResult, type SalesDocument } from "../ledger";
import { buildDunningLetter, buildPaymentOrderSummary, type DunningLetter, type PaymentOrderSummary, type Signatory } from "../letters";
import { DomainError, type Cents } from "../money";
import { dueDate as computeDueDate } from "../paymentTerms";
import type { HalfYearRates } from "../rates";
import { firstDateAfter } from "./worldEvents";

// ---------------------------------------------------------------------------------------------
// What the clock reaches next (the world's events themselves: worldEvents.ts)
// ---------------------------------------------------------------------------------------------

/**
 * The first date after `after` on which a dunning step falls due, as the statuses tell it today
 * (`next.date`); closed, suspended or finished ladders have none. Null when no step is ahead.
 */
export function nextDueStepDate(statuses: readonly Pick<DunningStatus, "next">[], after: IsoDate): IsoDate | null {
  return firstDateAfter(statuses.flatMap((status) => (status.next !== null ? [status.next.date] : [])), after);
}

/** The action due today, if any (and not a situation such as "wait" or "closed"). */
export function stepDueNow(status: Pick<DunningStatus, "dueNow">): DunningAction | null {
  return (DUNNING_ACTIONS as readonly string[]).includes(status.dueNow) ? (status.dueNow as DunningAction) : null;
}

// ---------------------------------------------------------------------------------------------
// The dunning situation of a followed invoice
// ---------------------------------------------------------------------------------------------

/** What has happened to one invoice besides the PGI's records. */
export interface FollowUpFacts {
  /** Steps taken (before the scenario and since), dated. */
  actionsTaken: readonly DunningEvent[];
  /** Payments received but not yet recorded in the PGI: the customer has paid all the same. */
  paymentsNotRecorded?: readonly MoneyMovement[];
  dispute?: { openedOn: IsoDate; settledOn?: IsoDate };
  policy?: Partial<DunningPolicy>;
}

/** The due date of an invoice of the PGI: fixed at validation, else from the buyer's terms. */
export function invoiceDueDate(invoice: SalesDocument): IsoDate {
  if (invoice.dueDate !== undefined) return invoice.dueDate;
  return invoice.buyer !== undefined ? computeDueDate(invoice.date, invoice.buyer.paymentTerms) : addDays(invoice.date, 30);
}

/** Validated credit notes on the invoice, as dated amounts that reduce what is owed. */
export function creditNotesOf(ledger: Ledger, invoiceId: string): MoneyMovement[] {
  return childrenOf(ledger, invoiceId, "creditNote")
    .filter((note) => note.status === "validated")
    .map((note) => ({ date: note.date, amountCents: documentTotals(ledger, note.id).amountDueCents }));
}

/** The input of dunningStatus / judgeDunningAction for one invoice of the PGI on `today`. */
export function followUpDunningInput(ledger: Ledger, invoiceId: string, today: IsoDate, facts: FollowUpFacts): DunningInput {
  const invoice = getDocument(ledger, invoiceId);
  const recorded = paymentsOf(ledger, invoiceId).map((p) => ({ date: p.date, amountCents: p.amountCents }));
  return {
    invoice: { amountInclTaxCents: documentTotals(ledger, invoiceId).amountDueCents, dueDate: invoiceDueDate(invoice) },
    today,
    actionsTaken: facts.actionsTaken,
    payments: [...recorded, ...(facts.paymentsNotRecorded ?? [])],
    creditNotes: creditNotesOf(ledger, invoiceId),
    ...(facts.dispute !== undefined ? { dispute: facts.dispute } : {}),
    ...(facts.policy !== undefined ? { policy: facts.policy } : {}),
  };
}

export function followUpStatus(ledger: Ledger, invoiceId: string, today: IsoDate, facts: FollowUpFacts): DunningStatus {
  return dunningStatus(followUpDunningInput(ledger, invoiceId, today, facts));
}

/** Who owes what on an invoice: the debtor's kind, the rate printed on it, the scenario's stated rates. */
export interface DebtorTerms {
  professional: boolean;
  /** The late-penalty rate printed on the invoice (printedLatePenaltyRate). */
  latePenaltyRatePercent: number;
  /** Rates the scenario states for half-years the engine's table does not know (a consumer's legal interest). */
  statedRates?: readonly HalfYearRates[];
}

/**
 * Penalties and indemnity owed to date on the invoice (docs/decisions/0016); for a consumer, legal
 * interest from the formal notice among the steps taken (docs/decisions/0082).
 */
export function followUpPenalties(input: DunningInput, terms: DebtorTerms): PenaltiesToDate {
  const legalInterest = terms.professional ? undefined : legalInterestFromNotice(input.actionsTaken, input.today, terms.statedRates);
  return penaltiesToDate({
    invoice: input.invoice,
    payments: input.payments,
    ...(input.creditNotes !== undefined ? { creditNotes: input.creditNotes } : {}),
    today: input.today,
    annualRatePercent: terms.latePenaltyRatePercent,
    professionalDebtor: terms.professional,
    ...(legalInterest !== undefined ? { legalInterest } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Disputes settled
// ---------------------------------------------------------------------------------------------

export type DisputeSettlement = "creditNote" | "allowance" | "replacement";

export const DISPUTE_SETTLEMENT_LABELS: Readonly<Record<DisputeSettlement, string>> = {
  creditNote: "avoir",
  allowance: "rabais (accordé par avoir)",
  replacement: "remplacement des marchandises",
};

export interface SettlementRequest {
  settlement: DisputeSettlement;
  date: IsoDate;
  /** Amount HT credited, at the VAT rate of the invoice's first line. */
  amountCents: Cents;
  reason: string;
}

/**
 * A credit note (avoir) that settles a dispute: one line of the amount HT at the invoice's
 * first VAT rate, without the invoice's reductions (the amount is what was agreed), validated on
 * the day so that it takes its number in the AV series. An allowance granted after the invoice
 * takes the same form (docs/decisions/0067).
 */
export function settleDisputeByCreditNote(ledger: Ledger, invoiceId: string, request: SettlementRequest): LedgerResult<{ document: SalesDocument; number: string }> {
  const invoice = getDocument(ledger, invoiceId);
  const vatRate = invoice.lines[0]?.vatRate ?? 20;
  const description = request.settlement === "allowance" ? `Rabais accordé — ${request.reason}` : `Avoir — ${request.reason}`;
  const created = createCreditNote(ledger, invoiceId, {
    date: request.date,
    reason: request.reason,
    lines: [{ description, quantity: 1, unitPriceCents: request.amountCents, vatRate }],
    reductions: {},
  });
  if (!created.ok) return created;
  return validateDocument(created.ledger, created.document.id, request.date);
}

// ---------------------------------------------------------------------------------------------
// The journal: what the learner reads as the days go by
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The letter of a step, from the invoice it refers to
// ---------------------------------------------------------------------------------------------

/** What a rung of the ladder sends: a letter, or the summary of the injonction de payer request. */
export type DunningDocument = { kind: "letter"; letter: DunningLetter } | { kind: "paymentOrder"; summary: PaymentOrderSummary };

export interface DunningDocumentRequest {
  seller: SellerIdentity;
  /** The step taken and its day (the letter's date). */
  taken: { step: DunningAction; date: IsoDate };
  /** Every step taken on this invoice; the letter cites those before it. */
  history: readonly { step: DunningAction; date: IsoDate }[];
  latePenaltyRatePercent: number;
  /** Rates the scenario states for half-years the engine's table does not know (a consumer's legal interest). */
  statedRates?: readonly HalfYearRates[];
  policy?: Partial<DunningPolicy>;
  /** Who signs the letters (the scenario's company.signatory). */
  signatory?: Signatory;
}

/** The customer's account behind an invoice, as the letters address it. */
function invoiceCustomer(ledger: Ledger, invoiceId: string): Customer {
  const { customerId } = getDocument(ledger, invoiceId);
  const customer = findCustomer(ledger, { id: customerId });
  if (customer === undefined) throw new DomainError("customer.notFound", `Client «\u00a0${customerId}\u00a0» introuvable.`, "customerId");
  return customer;
}

/** The court a request for an injonction de payer on the invoice goes to: the summary's, for the stage's feedback. */
export function paymentOrderCourtOf(ledger: Ledger, invoiceId: string): CompetentCourt {
  return competentCourt(invoiceCustomer(ledger, invoiceId));
}

/**
 * The letter sent for `invoiceId` at a step, built from the invoice as the PGI holds it (number,
 * date, amount, due date, customer, payments and credit notes up to the letter's day). A
 * pre-reminder is a courtesy call or email, not a letter: null.
 */
export function dunningDocumentOf(ledger: Ledger, invoiceId: string, request: DunningDocumentRequest): DunningDocument | null {
  const { step, date } = request.taken;
  if (step === "preReminder") return null;
  const invoice = getDocument(ledger, invoiceId);
  if (invoice.number === undefined) {
    throw new DomainError("letters.invoice.number", `La facture ${invoiceId} n'a pas de numéro\u00a0: seule une facture validée se relance.`, "invoice");
  }
  const customer = invoiceCustomer(ledger, invoiceId);
  const before = (movements: readonly MoneyMovement[]) => movements.filter((m) => compareDates(m.date, date) <= 0);
  const common = {
    seller: request.seller,
    customer,
    invoice: { number: invoice.number, date: invoice.date, amountInclTaxCents: documentTotals(ledger, invoiceId).amountDueCents, dueDate: invoiceDueDate(invoice) },
    today: date,
    previousSteps: request.history.flatMap((s) => (compareDates(s.date, date) < 0 && s.step !== "paymentOrder" ? [{ step: s.step, date: s.date }] : [])),
    payments: before(paymentsOf(ledger, invoiceId).map((p) => ({ date: p.date, amountCents: p.amountCents }))),
    creditNotes: before(creditNotesOf(ledger, invoiceId)),
    latePenaltyRatePercent: request.latePenaltyRatePercent,
    ...(request.signatory !== undefined ? { signatory: request.signatory } : {}),
    ...(request.statedRates !== undefined ? { statedRates: request.statedRates } : {}),
  };
  if (step === "paymentOrder") return { kind: "paymentOrder", summary: buildPaymentOrderSummary(common) };
  return { kind: "letter", letter: buildDunningLetter({ ...common, step, ...(request.policy !== undefined ? { policy: request.policy } : {}) }) };
}
