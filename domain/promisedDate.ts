/**
 * Whether a delivery date may be promised (docs/decisions/0094): "never promise a date the lead
 * time cannot meet" bounds it below by the earliest achievable date; the customer's requested date,
 * when it can be met, bounds it above (a later promise would break the customer's own limit).
 * Every date in between is accepted: the rules accept it, so the learner is never marked wrong for
 * it. Used by check 6 of order intake and by the order acknowledgement, so both judge alike.
 */
import { compareDates, formatDateFr, maxDate, type IsoDate } from "./dates";

export interface PromiseWindow {
  /** The earliest date the stock and lead times allow. */
  earliest: IsoDate;
  /** The date the customer asked for, if any. */
  requested?: IsoDate;
  /** What sets the earliest date, in French, as the subject of a sentence ("le délai de 20 jours"). */
  constraint: string;
}

export type PromisedDateJudgement =
  /** `note`: a remark when the date is tenable but not the nearest one (it costs nothing). */
  | { accepted: true; note?: string }
  /** `reason`: what the date breaks, in French. */
  | { accepted: false; reason: string };

/** The latest date accepted: the requested date when it can be met, else the earliest; none without a request. */
export function latestAcceptedDate(window: PromiseWindow): IsoDate | undefined {
  return window.requested !== undefined ? maxDate(window.earliest, window.requested) : undefined;
}

/** Accepted: from the earliest date to the latest accepted one (both included). */
export function judgePromisedDate(given: IsoDate, window: PromiseWindow): PromisedDateJudgement {
  const { earliest, requested, constraint } = window;
  if (compareDates(given, earliest) < 0) {
    return { accepted: false, reason: `le ${formatDateFr(given)} est une promesse intenable — ${constraint} ne permet pas de livrer avant le ${formatDateFr(earliest)}` };
  }
  const latest = latestAcceptedDate(window);
  if (latest !== undefined && requested !== undefined && compareDates(given, latest) > 0) {
    return {
      accepted: false,
      reason:
        compareDates(requested, earliest) >= 0
          ? `le ${formatDateFr(given)} dépasse la date demandée par le client (${formatDateFr(requested)}), que le stock et les délais permettent de tenir`
          : `le client demandait le ${formatDateFr(requested)}, intenable\u00a0: on lui promet la date la plus proche possible, le ${formatDateFr(earliest)}, et non le ${formatDateFr(given)}`,
    };
  }
  // The nearest date, or the date the customer asked for: nothing to remark.
  if (given === earliest || given === requested) return { accepted: true };
  return {
    accepted: true,
    note:
      requested !== undefined
        ? `le ${formatDateFr(given)} est tenable et respecte la date demandée par le client (${formatDateFr(requested)})`
        : `le ${formatDateFr(given)} est tenable\u00a0; la date la plus proche possible était le ${formatDateFr(earliest)}`,
  };
}
