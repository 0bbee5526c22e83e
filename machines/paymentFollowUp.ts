/**
 * Stage 5, "Suivi de facture / règlement": the simulated clock moves at the learner's command;
 * world events (payments, disputes, damaged goods) arrive on their dates; each day the learner
 * decides, for each followed invoice, whether to wait or which step of the dunning ladder to
 * take, records the payments received and opens and settles disputes. The ladder, the timeline,
 * the judge and the hints are domain/followUp/'s; this machine moves the clock and the PGI on the
 * engine's truth and records the judgements.
 *
 * Fairness (docs/decisions/0092, 0065): every clock move stops on the first day mail arrives or a
 * step falls due, and the clock stays there until the learner has decided on each step due ("wait"
 * is a decision): no day with a decision expected passes unseen. A wrong choice leaves the PGI on
 * the engine's truth (the step due is recorded as taken that day), so a missed step costs one
 * decision, not one per day. The stage ends only when the learner ends it (`learner.followUpEnded`,
 * confirmed in the panel): the days left up to endsOn are then played on the engine's truth and
 * each decision not taken is counted as missed.
 */
import { assign, setup } from "xstate";
import {
  addDays,
  agreedSettlement,
  compareDates,
  describeWorldEvent,
  DISPUTE_SETTLEMENT_LABELS,
  DomainError,
  DUNNING_LADDER,
  dunningHints,
  dunningPolicyOf,
  dunningStatus,
  entryHints,
  findCustomer,
  FOLLOW_UP_DECISION_POINTS,
  followUpDunningInput,
  followUpPenalties,
  formatDateFr,
  getDocument,
  invoiceBalance,
  isIsoDate,
  maxDate,
  judgeDisputeOpened,
  judgeDunningAction,
  judgeMissedEntry,
  judgePaymentEntry,
  judgeSettlement,
  judgeSettlementOutOfOrder,
  latePenaltyRateOf,
  nextDueStepDate,
  nextEventDate,
  recordPayment,
  resolveInvoiceRef,
  scheduleEvents,
  settleDisputeByCreditNote,
  STAGE_INVOICE_REF,
  statedRatesOf,
  stepDueNow,
  withCashedIn,
  type DebtorTerms,
  type DisputeSettlement,
  type DunningAction,
  type DunningChoice,
  type DunningEvent,
  type DunningInput,
  type DunningPolicy,
  type DunningStatus,
  type HalfYearRates,
  type IsoDate,
  type Judgement,
  type Ledger,
  type PenaltiesToDate,
  type PendingEntry,
  type ScheduledEvent,
  type Scenario,
  type TraceEntry,
} from "@/domain";
import type { DunningActionTaken, HintRequested, SecondTryDeclined, StageInput, StageOutput } from "./contract";
import {
  entriesAdded,
  hasHintLeft,
  hintsAvailable,
  noDecisionYet,
  secondTrySetup,
  stageOutput,
  traceEntry,
  withDecisionRecorded,
  withHintCountOf,
  withHintShown,
  withSecondTry,
  type HintedPoint,
  type PerPointHintsContext,
  withFastCopies,
} from "./decisionSupport";

// ───────────────────────────── Events ─────────────────────────────

export type PaymentFollowUpEvent =
  | { type: "learner.actionChosen"; invoice: string; action: DunningChoice }
  | { type: "learner.paymentRecorded"; invoice: string; amountCents: number; date: IsoDate }
  | { type: "learner.disputeOpened"; invoice: string }
  | { type: "learner.disputeSettled"; invoice: string; settlement: DisputeSettlement; amountCents?: number }
  | HintRequested
  | SecondTryDeclined
  /** The learner ends the follow-up (confirmed in the panel); decisions not taken count as missed. */
  | { type: "learner.followUpEnded" }
  | { type: "clock.advanced"; days: number }
  | { type: "clock.advancedToNextEvent" }
  | { type: "clock.advancedToNextDueStep" };

export const PAYMENT_FOLLOW_UP_DECISION_POINTS: { id: string; label: string }[] = FOLLOW_UP_DECISION_POINTS;

// ───────────────────────────── Context ─────────────────────────────

export type { PendingEntry };

export interface FollowedInvoice {
  /** Ledger id (events name invoices by it, or by the scenario's reference). */
  id: string;
  /** The scenario's reference, in decision point ids. */
  ref: string;
  number: string;
  customerName: string;
  professional: boolean;
  /** The late-penalty rate printed on the invoice (its half-year's default, or the company's rate). */
  latePenaltyRate: number;
}

/** Hints are counted per decision point (`hintsByPoint`): an entry to make and the invoices to decide on stay open together. */
export interface PaymentFollowUpContext extends PerPointHintsContext {
  invoices: FollowedInvoice[];
  events: ScheduledEvent[];
  /** Index in `events` of the first event not yet arrived. */
  nextEvent: number;
  pending: PendingEntry[];
  actionsTaken: DunningActionTaken[];
  /** Disputes as they happened in the world (they suspend the ladder from their date). */
  disputes: Record<string, { openedOn: IsoDate; settledOn?: IsoDate }>;
  /** Invoices already decided today (one decision per invoice and per day). */
  decidedToday: string[];
  policy: Partial<DunningPolicy>;
  /** The scenario's rates for half-years the engine's table does not know (a consumer's legal interest). */
  statedRates: HalfYearRates[];
  /** The last day of the follow-up: the clock stops there. */
  endsOn: IsoDate;
  /** The learner ended the follow-up: the stage is over. */
  ended: boolean;
  /** What the learner has read so far (bank statements, customers' letters), in French. */
  journal: { date: IsoDate; text: string }[];
  notes: Scenario["notes"];
}

// ───────────────────────────── Reading the situation ─────────────────────────────

function followed(context: PaymentFollowUpContext, invoice: string): FollowedInvoice | undefined {
  return context.invoices.find((i) => i.id === invoice || i.ref === invoice || i.number === invoice);
}

function dunningInput(context: PaymentFollowUpContext, invoiceId: string): DunningInput {
  const notRecorded = context.pending.flatMap((p) => (p.kind === "payment" && p.invoice === invoiceId ? [{ date: p.date, amountCents: p.amountCents }] : []));
  const dispute = context.disputes[invoiceId];
  return followUpDunningInput(context.ledger, invoiceId, context.today, {
    actionsTaken: context.actionsTaken.filter((a) => a.invoice === invoiceId).map((a): DunningEvent => ({ step: a.step, date: a.date })),
    paymentsNotRecorded: notRecorded,
    ...(dispute !== undefined ? { dispute } : {}),
    policy: context.policy,
  });
}

/**
 * Penalties (or a consumer's legal interest) owed to date on what the PGI records: payments
 * entered, credit notes, and the steps taken (a formal notice starts a consumer's legal interest).
 */
export function penaltiesOnRecord(context: PaymentFollowUpContext, invoice: FollowedInvoice): PenaltiesToDate {
  const actionsTaken = context.actionsTaken.filter((a) => a.invoice === invoice.id).map((a): DunningEvent => ({ step: a.step, date: a.date }));
  return followUpPenalties(followUpDunningInput(context.ledger, invoice.id, context.today, { actionsTaken }), debtorTermsOf(context, invoice));
}

/**
 * Statuses already read in a context (docs/decisions/0137): the guards, the clock and the hints
 * ask for the same invoice's status in the same context. A context is never changed in place.
 */
const statusesRead = new WeakMap<PaymentFollowUpContext, Map<string, DunningStatus>>();

export function invoiceStatus(context: PaymentFollowUpContext, invoiceId: string): DunningStatus {
  const read = statusesRead.get(context) ?? new Map<string, DunningStatus>();
  statusesRead.set(context, read);
  const known = read.get(invoiceId);
  if (known !== undefined) return known;
  const status = dunningStatus(dunningInput(context, invoiceId));
  read.set(invoiceId, status);
  return status;
}

/** Paid in full in the PGI, or a payment order requested: nothing more to do on it. */
function isInvoiceDone(context: PaymentFollowUpContext, invoiceId: string): boolean {
  return invoiceBalance(context.ledger, invoiceId) <= 0 || context.actionsTaken.some((a) => a.invoice === invoiceId && a.step === "paymentOrder");
}

function allInvoicesDone(context: PaymentFollowUpContext): boolean {
  return context.invoices.every((i) => isInvoiceDone(context, i.id));
}

export function stepsDueToday(context: PaymentFollowUpContext): { invoice: FollowedInvoice; step: DunningAction }[] {
  return context.invoices.flatMap((invoice) => {
    if (context.decidedToday.includes(invoice.id) || isInvoiceDone(context, invoice.id)) return [];
    const step = stepDueNow(invoiceStatus(context, invoice.id));
    return step === null ? [] : [{ invoice, step }];
  });
}

/**
 * Why the clock cannot move today, in French, or null when it can. The panel shows it under the
 * clock's buttons; the guards of the clock's events ask the same function.
 */
export function clockHeldBy(context: PaymentFollowUpContext): string | null {
  if (context.pending.length > 0) return "Saisissez d'abord le courrier reçu\u00a0: l'horloge reprend ensuite.";
  // The message does not name the invoice: which step is due is the exercise's answer.
  if (stepsDueToday(context).length > 0) return "Une décision de relance est attendue aujourd'hui\u00a0: choisissez l'action du jour pour chaque facture («\u00a0Attendre\u00a0» est aussi une décision) avant d'avancer l'horloge.";
  if (allInvoicesDone(context)) return "Toutes les factures suivies sont soldées ou en injonction de payer\u00a0: il ne reste qu'à terminer le suivi.";
  if (compareDates(context.today, context.endsOn) >= 0) return `La période de suivi s'achève le ${formatDateFr(context.endsOn)}\u00a0: il ne reste qu'à terminer le suivi.`;
  return null;
}

/**
 * What the UI may show of the days ahead: the next scheduled event and the next date a step
 * falls due, as known today (a teacher may hide the latter, it is the exercise's answer).
 */
export function followUpTimeline(context: PaymentFollowUpContext): { nextEventDate: IsoDate | null; nextDueStepDate: IsoDate | null } {
  const open = context.invoices.filter((i) => !isInvoiceDone(context, i.id));
  return {
    nextEventDate: nextEventDate(context.events.slice(context.nextEvent), context.today),
    nextDueStepDate: nextDueStepDate(open.map((i) => invoiceStatus(context, i.id)), context.today),
  };
}

// ───────────────────────────── Trace entries ─────────────────────────────

/** Teachers' notes apply to the decision point, else to the whole invoice ("followUp.<facture>"). */
function invoicePoint(ref: string): string {
  return `followUp.${ref}`;
}

/** One entry of the trace, for the invoice `ref` as the scenario names it; each costs the hints asked on its own decision point. */
function followUpEntry(context: PaymentFollowUpContext, point: { decisionPoint: string; ref: string; scored?: boolean }, judgement: Judgement): TraceEntry {
  return traceEntry(
    context,
    { stage: "paymentFollowUp", notes: context.notes, broaderPoint: invoicePoint(point.ref), ...(point.scored !== undefined ? { scored: point.scored } : {}) },
    { decisionPoint: point.decisionPoint, ...judgement },
  );
}

// ───────────────────────────── Dunning decisions ─────────────────────────────

function dunningPointId(invoice: FollowedInvoice, date: IsoDate): string {
  return `followUp.${invoice.ref}.${date}`;
}

/** Who owes what on a followed invoice: penalties at its printed rate, or a consumer's legal interest. */
export function debtorTermsOf(context: Pick<PaymentFollowUpContext, "statedRates">, invoice: FollowedInvoice): DebtorTerms {
  // A game saved before docs/decisions/0081 kept one rate for the whole stage in its context: it
  // goes on with the rate it started with.
  const saved = (context as { latePenaltyRate?: number }).latePenaltyRate;
  const rate = (invoice as Partial<FollowedInvoice>).latePenaltyRate ?? saved;
  if (rate === undefined) throw new DomainError("followUp.rate.missing", `Facture ${invoice.number}\u00a0: taux de pénalités inconnu.`, "latePenaltyRate");
  return { professional: invoice.professional, latePenaltyRatePercent: rate, statedRates: context.statedRates ?? [] };
}

/** The PGI records the step due today on the engine's truth, whatever the learner chose (a step not due is not recorded). */
function decideDunning(context: PaymentFollowUpContext, invoice: FollowedInvoice, action: DunningChoice, missed: boolean): Partial<PaymentFollowUpContext> {
  const decision = judgeDunningAction(
    { ...dunningInput(context, invoice.id), action },
    { ledger: context.ledger, invoiceId: invoice.id, invoiceNumber: invoice.number, terms: debtorTermsOf(context, invoice), missed },
  );
  const entry = followUpEntry(context, { decisionPoint: dunningPointId(invoice, context.today), ref: invoice.ref, scored: decision.scored }, decision.judgement);
  const { taken } = decision;
  return {
    ...withDecisionRecorded(context, entry),
    decidedToday: [...context.decidedToday, invoice.id],
    actionsTaken: taken === null ? context.actionsTaken : [...context.actionsTaken, { invoice: invoice.id, step: taken, date: context.today }],
  };
}

/** The invoice an action is chosen on, when the day still awaits its decision and the choice is one the learner has. */
function choosableInvoice(context: PaymentFollowUpContext, event: { type: string }): FollowedInvoice | undefined {
  if (event.type !== "learner.actionChosen") return undefined;
  const chosen = event as Extract<PaymentFollowUpEvent, { type: "learner.actionChosen" }>;
  if (!LEARNER_CHOICES.includes(chosen.action)) return undefined;
  const invoice = followed(context, chosen.invoice);
  return invoice !== undefined && !context.decidedToday.includes(invoice.id) ? invoice : undefined;
}

/**
 * The second try is the same invoice's decision on the same day (docs/decisions/0130): only a
 * dunning decision is held; an entry of the mail (a payment, a dispute) is taken at once.
 */
const SECOND_TRY = secondTrySetup<PaymentFollowUpContext, PaymentFollowUpEvent>((context, event) => {
  const invoice = choosableInvoice(context, event);
  return invoice === undefined ? [] : entriesAdded(context, decideDunning(context, invoice, (event as Extract<PaymentFollowUpEvent, { type: "learner.actionChosen" }>).action, false));
});

// ───────────────────────────── Entries: payments and disputes ─────────────────────────────

function entryPointId(context: PaymentFollowUpContext, entry: PendingEntry): string {
  const ref = followed(context, entry.invoice)?.ref ?? entry.invoice;
  const kind = entry.kind === "payment" ? "payment" : entry.kind === "disputeOpened" ? "dispute" : "settlement";
  return `followUp.${ref}.${kind}.${entry.date}`;
}

function numberOf(context: PaymentFollowUpContext, invoiceId: string): string {
  return followed(context, invoiceId)?.number ?? invoiceId;
}

/** The invoices named by their numbers, as the judge and the hints name them. */
function numbersOf(context: PaymentFollowUpContext): (invoiceId: string) => string {
  return (invoiceId) => numberOf(context, invoiceId);
}

/** The ledger id of an invoice as the learner names it (id, scenario reference or number). */
function targetOf(context: PaymentFollowUpContext, invoice: string): string {
  return followed(context, invoice)?.id ?? invoice;
}

/** The decision point of an entry and the invoice it belongs to. */
function entryPoint(context: PaymentFollowUpContext, entry: PendingEntry): { decisionPoint: string; ref: string } {
  return { decisionPoint: entryPointId(context, entry), ref: followed(context, entry.invoice)?.ref ?? entry.invoice };
}

function withoutPending(context: PaymentFollowUpContext, entry: PendingEntry): PendingEntry[] {
  return context.pending.filter((p) => p.eventIndex !== entry.eventIndex);
}

/** The pending entry a learner's event answers: the exact one if any, else the first of its invoice, else the first of its kind. */
function matchPending<K extends PendingEntry["kind"]>(context: PaymentFollowUpContext, kind: K, invoice: string, exact: (entry: Extract<PendingEntry, { kind: K }>) => boolean): Extract<PendingEntry, { kind: K }> | undefined {
  const ofKind = context.pending.filter((p): p is Extract<PendingEntry, { kind: K }> => p.kind === kind);
  const id = followed(context, invoice)?.id ?? invoice;
  return ofKind.find((p) => p.invoice === id && exact(p)) ?? ofKind.find((p) => p.invoice === id) ?? ofKind[0];
}

/** The PGI records the payment the bank statement shows, whatever was typed. */
function recordPaymentEntry(context: PaymentFollowUpContext, event: Extract<PaymentFollowUpEvent, { type: "learner.paymentRecorded" }>): Partial<PaymentFollowUpContext> {
  const entry = matchPending(context, "payment", event.invoice, (p) => p.amountCents === event.amountCents && p.date === event.date);
  if (entry === undefined) return {};
  const recorded = recordPayment(context.ledger, { invoiceId: entry.invoice, date: entry.date, amountCents: entry.amountCents, method: entry.method, reference: "Relevé bancaire" });
  const ledger = recorded.ok ? recorded.ledger : context.ledger;
  const judgement = judgePaymentEntry(entry, { ...event, invoice: targetOf(context, event.invoice) }, numbersOf(context), recorded);
  return { ...withDecisionRecorded(context, followUpEntry(context, entryPoint(context, entry), judgement)), ledger, pending: withoutPending(context, entry), ...declaredCashedIn(context, ledger, entry) };
}

/** An invoice deposited on the platform and now paid in full: the seller declares it « Encaissée » there (docs/decisions/0091). */
function declaredCashedIn(context: PaymentFollowUpContext, ledger: Ledger, payment: { invoice: string; date: IsoDate }): Partial<PaymentFollowUpContext> {
  const outbox = context.carried.outbox;
  return outbox === undefined ? {} : { carried: { ...context.carried, outbox: withCashedIn(outbox, ledger, payment.invoice, payment.date) } };
}

function openDisputeEntry(context: PaymentFollowUpContext, event: Extract<PaymentFollowUpEvent, { type: "learner.disputeOpened" }>): Partial<PaymentFollowUpContext> {
  const entry = matchPending(context, "disputeOpened", event.invoice, () => true);
  if (entry === undefined) return {};
  const judgement = judgeDisputeOpened(entry, targetOf(context, event.invoice), numbersOf(context));
  return { ...withDecisionRecorded(context, followUpEntry(context, entryPoint(context, entry), judgement)), pending: withoutPending(context, entry) };
}

/** A settlement can only be recorded once the dispute is open in the PGI. */
function settlementOutOfOrder(context: PaymentFollowUpContext, invoice: string): boolean {
  const entry = matchPending(context, "disputeSettled", invoice, () => true);
  return entry !== undefined && context.pending.some((p) => p.kind === "disputeOpened" && p.invoice === entry.invoice);
}

function settleOutOfOrderEntry(context: PaymentFollowUpContext, event: Extract<PaymentFollowUpEvent, { type: "learner.disputeSettled" }>): Partial<PaymentFollowUpContext> {
  const entry = matchPending(context, "disputeSettled", event.invoice, () => true);
  if (entry === undefined) return {};
  const judgement = judgeSettlementOutOfOrder(entry, event, numbersOf(context));
  return withDecisionRecorded(context, followUpEntry(context, entryPoint(context, entry), judgement), "stillOpen");
}

/** The PGI settles the dispute as agreed (a credit note for the amount agreed), whatever was typed. */
function settleDisputeEntry(context: PaymentFollowUpContext, event: Extract<PaymentFollowUpEvent, { type: "learner.disputeSettled" }>): Partial<PaymentFollowUpContext> {
  const entry = matchPending(context, "disputeSettled", event.invoice, () => true);
  if (entry === undefined) return {};
  const settlement = agreedSettlement(entry, event.settlement);
  const creditNote =
    settlement !== "replacement" && entry.amountCents !== undefined
      ? settleDisputeByCreditNote(context.ledger, entry.invoice, { settlement, date: context.today, amountCents: entry.amountCents, reason: entry.resolution })
      : null;
  const ledger = creditNote?.ok ? creditNote.ledger : context.ledger;
  const documentIds = [...(context.carried.documentIds ?? []), ...(creditNote?.ok ? [creditNote.document.id] : [])];
  const judgement = judgeSettlement(entry, { ...event, invoice: targetOf(context, event.invoice) }, numbersOf(context), { ledger, creditNote });
  return { ...withDecisionRecorded(context, followUpEntry(context, entryPoint(context, entry), judgement)), ledger, carried: { ...context.carried, documentIds }, pending: withoutPending(context, entry) };
}

// ───────────────────────────── The clock ─────────────────────────────

/**
 * What a customer who « settles the balance » pays (docs/decisions/0146): the invoice's balance in
 * the PGI once every entry that reached the desk before is recorded as agreed — the payments
 * received, the credit notes promised — so that the sum is the same whether or not the learner
 * has recorded them yet. A scenario whose invoice is already settled that day is an error of the
 * file, named by the event.
 */
function balanceDue(context: PaymentFollowUpContext, pending: readonly PendingEntry[], event: ScheduledEvent): number {
  let ledger = context.ledger;
  for (const entry of pending.filter((p) => p.invoice === event.invoice)) {
    if (entry.kind === "payment") {
      const recorded = recordPayment(ledger, { invoiceId: entry.invoice, date: entry.date, amountCents: entry.amountCents, method: entry.method, reference: "Relevé bancaire" });
      if (recorded.ok) ledger = recorded.ledger;
    } else if (entry.kind === "disputeSettled" && entry.amountCents !== undefined && entry.settlement !== undefined && entry.settlement !== "replacement") {
      const settled = settleDisputeByCreditNote(ledger, entry.invoice, { settlement: entry.settlement, date: entry.date, amountCents: entry.amountCents, reason: entry.resolution });
      if (settled.ok) ledger = settled.ledger;
    }
  }
  const due = invoiceBalance(ledger, event.invoice);
  if (due <= 0) {
    const field = `events[${event.index}].balance`;
    throw new DomainError("followUp.balance.settled", `${field}\u00a0: le client règle le solde de la facture ${numberOf(context, event.invoice)} le ${formatDateFr(event.date)}, mais il ne reste rien à régler ce jour-là`, field);
  }
  return due;
}

/** An event as it reaches the desk: a payment of the balance with the sum it pays that day. */
type ArrivedEvent = Exclude<ScheduledEvent, { type: "payment" }> | (Extract<ScheduledEvent, { type: "payment" }> & { amount: number });

function arrivedEvent(context: PaymentFollowUpContext, pending: readonly PendingEntry[], event: ScheduledEvent): ArrivedEvent {
  return event.type === "payment" ? { ...event, amount: event.amount ?? balanceDue(context, pending, event) } : event;
}

/** Events dated today or earlier reach the PGI's desk: the journal, the world's disputes, the entries to make. */
function arrive(context: PaymentFollowUpContext): PaymentFollowUpContext {
  let next = context.nextEvent;
  let { pending, disputes, journal, events } = context;
  for (; next < events.length; next += 1) {
    const scheduled = events[next];
    if (scheduled === undefined || compareDates(scheduled.date, context.today) > 0) break;
    const event = arrivedEvent(context, pending, scheduled);
    // The balance is read when the payment arrives; the mail and the entry show that sum from then on.
    if (scheduled.type === "payment" && scheduled.amount === undefined) events = events.map((candidate, i) => (i === next ? event : candidate));
    journal = [...journal, { date: event.date, text: describeWorldEvent(event, numberOf(context, event.invoice)) }];
    const base = { eventIndex: event.index, invoice: event.invoice, date: event.date };
    switch (event.type) {
      case "payment":
        pending = [...pending, { ...base, kind: "payment", amountCents: event.amount, method: event.method }];
        break;
      case "disputeOpened":
        disputes = { ...disputes, [event.invoice]: { openedOn: event.date } };
        pending = [...pending, { ...base, kind: "disputeOpened", reason: event.reason }];
        break;
      case "disputeSettled": {
        const opened = disputes[event.invoice];
        if (opened !== undefined) disputes = { ...disputes, [event.invoice]: { openedOn: opened.openedOn, settledOn: event.date } };
        pending = [
          ...pending,
          {
            ...base,
            kind: "disputeSettled",
            resolution: event.resolution,
            ...(event.settlement !== undefined ? { settlement: event.settlement } : {}),
            ...(event.amount !== undefined ? { amountCents: event.amount } : {}),
          },
        ];
        break;
      }
      case "goodsDamaged":
        break;
    }
  }
  return { ...context, events, nextEvent: next, pending, disputes, journal };
}

/** A new day: decisions, hints and the hint count start afresh. */
function dayOf(context: PaymentFollowUpContext, date: IsoDate): PaymentFollowUpContext {
  return { ...context, today: date, decidedToday: [], hintsShown: [], hintsUsedOnCurrent: 0 };
}

function earliestDate(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((earliest, date) => (earliest === undefined || compareDates(date, earliest) < 0 ? date : earliest), undefined);
}

/**
 * The first day after today on which anything can happen (docs/decisions/0137): the next mail,
 * the next step of an invoice still open (a status asks for a step only from its `next.date`),
 * the end of the follow-up, or `stopOn`. The days between hold nothing to see or decide, so the
 * clock jumps over them instead of walking them one by one; never less than one day.
 */
function nextEventfulDay(context: PaymentFollowUpContext, stopOn: IsoDate | null): IsoDate {
  const steps = context.invoices.filter((i) => !isInvoiceDone(context, i.id)).flatMap((i) => invoiceStatus(context, i.id).next?.date ?? []);
  const mail = context.events[context.nextEvent]?.date;
  const earliest = earliestDate([context.endsOn, ...(stopOn === null ? [] : [stopOn]), ...(mail === undefined ? [] : [mail]), ...steps]);
  return maxDate(earliest ?? context.endsOn, addDays(context.today, 1));
}

/**
 * Whatever the move, the clock stops on the first day mail arrives or a step falls due for an
 * invoice (the learner is asked, docs/decisions/0092), and on endsOn; `stopOn` may stop it earlier
 * (a number of days). Each event is applied in order on its own day. The guards let the clock move
 * only from a day with no decision pending, so no day is left undecided on the way.
 */
function advanceClock(context: PaymentFollowUpContext, stopOn: IsoDate | null): PaymentFollowUpContext {
  let ctx = context;
  for (;;) {
    const before = ctx.nextEvent;
    ctx = arrive(dayOf(ctx, nextEventfulDay(ctx, stopOn)));
    if (ctx.nextEvent > before || stepsDueToday(ctx).length > 0 || compareDates(ctx.today, ctx.endsOn) >= 0 || (stopOn !== null && compareDates(ctx.today, stopOn) >= 0)) return ctx;
  }
}

/** Each step due today and not decided is counted as missed: the PGI records it on the engine's truth. */
function missDueSteps(context: PaymentFollowUpContext): PaymentFollowUpContext {
  return stepsDueToday(context).reduce((ctx, { invoice }) => ({ ...ctx, ...decideDunning(ctx, invoice, "wait", true) }), context);
}

/** Mail that arrives after the learner ended the follow-up is never entered: each entry counts as missed. */
function missEntries(context: PaymentFollowUpContext, entries: readonly PendingEntry[]): PaymentFollowUpContext {
  return entries.reduce((ctx, entry) => ({ ...ctx, ...withDecisionRecorded(ctx, followUpEntry(ctx, entryPoint(ctx, entry), judgeMissedEntry(entry, numbersOf(ctx)))) }), context);
}

/**
 * The learner ends the follow-up: today's steps not decided, then each day up to endsOn (the days
 * on which something happens: nothing is missed on the others), are
 * played on the engine's truth, and every decision not taken (a step due, mail to enter) counts
 * as missed, so that ending early never spares a decision.
 */
function endFollowUp(context: PaymentFollowUpContext): PaymentFollowUpContext {
  let ctx = missDueSteps(context);
  while (compareDates(ctx.today, ctx.endsOn) < 0 && !allInvoicesDone(ctx)) {
    const arrived = ctx.pending.length;
    ctx = arrive(dayOf(ctx, nextEventfulDay(ctx, null)));
    // The entries stay pending: the ladder reads the payments received but not recorded.
    ctx = missDueSteps(missEntries(ctx, ctx.pending.slice(arrived)));
  }
  return { ...ctx, ended: true };
}

// ───────────────────────────── Hints ─────────────────────────────

/** The point hints are about now: the first entry to make, else the first invoice not decided today. */
function currentPoint(context: PaymentFollowUpContext): HintedPoint | undefined {
  const entry = context.pending[0];
  if (entry !== undefined) {
    const { decisionPoint, ref } = entryPoint(context, entry);
    return { id: decisionPoint, hints: hintsAvailable(context.notes, decisionPoint, entryHints(entry, numbersOf(context)), invoicePoint(ref)) };
  }
  const invoice = context.invoices.find((i) => !context.decidedToday.includes(i.id) && !isInvoiceDone(context, i.id));
  if (invoice === undefined) return undefined;
  const id = dunningPointId(invoice, context.today);
  return { id, hints: hintsAvailable(context.notes, id, dunningHints(invoice.number, invoiceStatus(context, invoice.id)), invoicePoint(invoice.ref)) };
}

// ───────────────────────────── Input ─────────────────────────────

function followedInvoice(input: StageInput, ref: string): FollowedInvoice {
  const id = resolveInvoiceRef(ref, input.carried);
  const document = getDocument(input.ledger, id);
  const customer = document.buyer ?? findCustomer(input.ledger, document.customerId);
  return {
    id,
    ref,
    number: document.number ?? id,
    customerName: customer?.name ?? document.customerId,
    professional: customer?.professional ?? true,
    latePenaltyRate: latePenaltyRateOf(input.scenario, document.date),
  };
}

function initialContext(input: StageInput): PaymentFollowUpContext {
  const { scenario } = input;
  const followUp = scenario.followUp;
  if (followUp === undefined && input.carried.invoiceId === undefined) {
    throw new DomainError("followUp.missing", "followUp\u00a0: le scénario ne dit pas quelles factures suivre et aucune facture n'a été émise à l'étape de facturation.", "followUp");
  }
  // Without a followUp section, the invoice issued at the invoicing stage is followed for 90 days.
  const refs = followUp?.invoices ?? [STAGE_INVOICE_REF];
  const invoices = refs.map((ref) => followedInvoice(input, ref));
  const ids = invoices.map((i) => i.id);
  const actionsTaken = (followUp?.actionsTaken ?? []).map((a) => ({ invoice: resolveInvoiceRef(a.invoice, input.carried), step: a.step, date: a.date }));
  const context: PaymentFollowUpContext = {
    invoices,
    events: scheduleEvents(scenario.events, input.carried, ids),
    nextEvent: 0,
    pending: [],
    actionsTaken,
    disputes: {},
    decidedToday: [],
    policy: dunningPolicyOf(scenario),
    statedRates: statedRatesOf(scenario),
    endsOn: followUp?.endsOn ?? addDays(input.today, 90),
    ended: false,
    journal: [],
    notes: scenario.notes,
    ledger: input.ledger,
    today: input.today,
    carried: input.carried,
    ...noDecisionYet(input, "perPoint"),
  };
  return arrive(context);
}

// ───────────────────────────── Machine ─────────────────────────────

const LEARNER_CHOICES: readonly DunningChoice[] = ["wait", "preReminder", ...DUNNING_LADDER];

/** A typed amount the PGI can take: whole cents, above zero. */
function isAmount(cents: number): boolean {
  return Number.isSafeInteger(cents) && cents > 0;
}

export const paymentFollowUpMachine = setup({
  types: {} as {
    context: PaymentFollowUpContext;
    events: PaymentFollowUpEvent;
    input: StageInput;
    output: StageOutput;
  },
  guards: {
    hasEnded: ({ context }) => context.ended,
    canMoveClock: ({ context }) => clockHeldBy(context) === null,
    hasPendingEntries: ({ context }) => context.pending.length > 0,
    noPendingEntries: ({ context }) => context.pending.length === 0,
    canChooseAction: ({ context, event }) => choosableInvoice(context, event) !== undefined,
    hasPaymentToRecord: ({ context, event }) =>
      event.type === "learner.paymentRecorded" && isAmount(event.amountCents) && isIsoDate(event.date) && context.pending.some((p) => p.kind === "payment"),
    hasDisputeToOpen: ({ context, event }) => event.type === "learner.disputeOpened" && context.pending.some((p) => p.kind === "disputeOpened"),
    hasDisputeToSettle: ({ context, event }) =>
      event.type === "learner.disputeSettled" &&
      event.settlement in DISPUTE_SETTLEMENT_LABELS &&
      (event.amountCents === undefined || isAmount(event.amountCents)) &&
      context.pending.some((p) => p.kind === "disputeSettled"),
    isSettlementOutOfOrder: ({ context, event }) => event.type === "learner.disputeSettled" && event.settlement in DISPUTE_SETTLEMENT_LABELS && settlementOutOfOrder(context, event.invoice),
    hasHintLeft: ({ context }) => hasHintLeft(context, currentPoint(context)),
    canMoveClockByDays: ({ context, event }) => event.type === "clock.advanced" && Number.isSafeInteger(event.days) && event.days >= 1 && clockHeldBy(context) === null,
    ...SECOND_TRY.guards,
  },
  actions: {
    chooseAction: assign(({ context, event }) => {
      const invoice = choosableInvoice(context, event);
      return invoice === undefined || event.type !== "learner.actionChosen" ? {} : decideDunning(context, invoice, event.action, false);
    }),
    ...SECOND_TRY.actions,
    recordPayment: assign(({ context, event }) => (event.type === "learner.paymentRecorded" ? recordPaymentEntry(context, event) : {})),
    openDispute: assign(({ context, event }) => (event.type === "learner.disputeOpened" ? openDisputeEntry(context, event) : {})),
    recordSettlementOutOfOrder: assign(({ context, event }) => (event.type === "learner.disputeSettled" ? settleOutOfOrderEntry(context, event) : {})),
    settleDispute: assign(({ context, event }) => (event.type === "learner.disputeSettled" ? settleDisputeEntry(context, event) : {})),
    showHint: assign(({ context }) => withHintShown(context, currentPoint(context))),
    /** The hint count shown is the current decision point's (hints cost the point they were asked on). */
    syncHints: assign(({ context }) => withHintCountOf(context, currentPoint(context)?.id)),
    advanceDays: assign(({ context, event }) => (event.type === "clock.advanced" ? advanceClock(context, addDays(context.today, event.days)) : {})),
    advanceToNextStop: assign(({ context }) => advanceClock(context, null)),
    endFollowUp: assign(({ context }) => endFollowUp(context)),
  },
}).createMachine({
  id: "paymentFollowUp",
  context: ({ input }) => withFastCopies(initialContext(input)),
  initial: "open",
  states: {
    /** The day is open: the learner decides on each invoice, moves the clock, or ends the follow-up. */
    open: {
      always: [
        { guard: "hasEnded", target: "done" },
        { guard: "hasPendingEntries", target: "entriesPending" },
      ],
      on: withSecondTry(
        {
          "learner.actionChosen": { guard: "canChooseAction", actions: ["chooseAction", "syncHints"] },
          "learner.hintRequested": { guard: "hasHintLeft", actions: "showHint" },
          "clock.advanced": { guard: "canMoveClockByDays", actions: ["advanceDays", "syncHints"] },
          // Both moves stop on the next event and on the next due step: they are kept for replays.
          "clock.advancedToNextEvent": { guard: "canMoveClock", actions: ["advanceToNextStop", "syncHints"] },
          "clock.advancedToNextDueStep": { guard: "canMoveClock", actions: ["advanceToNextStop", "syncHints"] },
          "learner.followUpEnded": { actions: ["endFollowUp", "syncHints"] },
        } as const,
        { answers: ["learner.actionChosen"], otherPoints: true },
      ),
    },
    /** Mail has arrived (bank statement, customer's letter): enter it before the day can end. */
    entriesPending: {
      always: { guard: "noPendingEntries", target: "open" },
      on: withSecondTry(
        {
          "learner.paymentRecorded": { guard: "hasPaymentToRecord", actions: ["recordPayment", "syncHints"] },
          "learner.disputeOpened": { guard: "hasDisputeToOpen", actions: ["openDispute", "syncHints"] },
          "learner.disputeSettled": [
            { guard: "isSettlementOutOfOrder", actions: ["recordSettlementOutOfOrder", "syncHints"] },
            { guard: "hasDisputeToSettle", actions: ["settleDispute", "syncHints"] },
          ],
          "learner.actionChosen": { guard: "canChooseAction", actions: ["chooseAction", "syncHints"] },
          "learner.hintRequested": { guard: "hasHintLeft", actions: "showHint" },
        } as const,
        { answers: ["learner.actionChosen"], otherPoints: true },
      ),
    },
    done: { type: "final" },
  },
  output: ({ context }) =>
    stageOutput("paymentFollowUp", context, { today: context.today, carried: { ...context.carried, dunningActions: context.actionsTaken } }),
});
