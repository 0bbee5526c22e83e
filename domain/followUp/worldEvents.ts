/**
 * Stage 5's world events as the PGI shows them: invoice references resolved, the events in date
 * order, each as a line of the journal. Apart from key.ts (the dunning timeline, the letters), so
 * that the PGI's mail, on screen when a game opens, does not bring the whole follow-up with the
 * page (docs/decisions/0148).
 */
import { compareDates, formatDateFr, type IsoDate } from "../dates";
import { PAYMENT_METHOD_LABELS } from "../ledger";
import { DomainError, formatEuros } from "../money";
import { STAGE_INVOICE_REF, type WorldEvent } from "../scenarioTypes";

/** A scenario's invoice reference as a ledger id: numbers of the opening ledger are ids; "@stage" is the invoicing stage's. */
export function resolveInvoiceRef(ref: string, carried: { invoiceId?: string }): string {
  if (ref !== STAGE_INVOICE_REF) return ref;
  if (carried.invoiceId === undefined) {
    throw new DomainError("followUp.stageInvoice.missing", `«\u00a0${STAGE_INVOICE_REF}\u00a0» désigne la facture émise à l'étape de facturation, mais aucune facture n'a été émise.`, "followUp.invoices");
  }
  return carried.invoiceId;
}

/** A world event with its invoice as a ledger id, its scenario reference and its place in the scenario. */
export type ScheduledEvent = WorldEvent & {
  /** Position in scenario.events: a stable id. */
  index: number;
  /** The invoice reference as the scenario writes it (number or "@stage"). */
  ref: string;
};

/** The scenario's events on the followed invoices, invoice refs resolved, in date order (ties: scenario order). */
export function scheduleEvents(events: readonly WorldEvent[], carried: { invoiceId?: string }, followed?: readonly string[]): ScheduledEvent[] {
  return events
    .map((event, index) => ({ ...event, invoice: resolveInvoiceRef(event.invoice, carried), ref: event.invoice, index }))
    .filter((event) => followed === undefined || followed.includes(event.invoice))
    .sort((a, b) => compareDates(a.date, b.date) || a.index - b.index);
}

/** Events that happen after `from` and on or before `to`: what a clock moving from `from` to `to` reaches. */
export function eventsDueBetween<E extends { date: IsoDate }>(events: readonly E[], from: IsoDate, to: IsoDate): E[] {
  return events.filter((event) => compareDates(event.date, from) > 0 && compareDates(event.date, to) <= 0);
}

/** The earliest of `dates` strictly after `after`, or null: what the clock reaches next. */
export function firstDateAfter(dates: readonly IsoDate[], after: IsoDate): IsoDate | null {
  const ahead = dates.filter((date) => compareDates(date, after) > 0);
  return ahead.length === 0 ? null : ahead.reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
}

/** The date of the first event after `after`, or null when none remains. */
export function nextEventDate(events: readonly { date: IsoDate }[], after: IsoDate): IsoDate | null {
  return firstDateAfter(events.map((e) => e.date), after);
}

/** The event as a line of the journal, in French ("12/11/2026 — Relevé bancaire : virement de…"). */
export function describeWorldEvent(event: WorldEvent, invoiceNumber: string): string {
  const day = formatDateFr(event.date);
  switch (event.type) {
    case "payment":
      // A payment of the balance has its sum once it has arrived (machines/paymentFollowUp.ts).
      return `${day} — Relevé bancaire\u00a0: ${PAYMENT_METHOD_LABELS[event.method]} ${event.amount === undefined ? "du solde dû" : `de ${formatEuros(event.amount)}`} reçu pour la facture ${invoiceNumber}.`;
    case "disputeOpened":
      return `${day} — Le client conteste la facture ${invoiceNumber}\u00a0: ${event.reason}`;
    case "disputeSettled":
      return `${day} — Litige sur la facture ${invoiceNumber} réglé\u00a0: ${event.resolution}`;
    case "goodsDamaged":
      return `${day} — Marchandises de la facture ${invoiceNumber} arrivées endommagées\u00a0: ${event.description} (réserves et protestation auprès du transporteur sous 3 jours, C. com. art. L133-3).`;
  }
}
