/**
 * Document numbering: one continuous, chronological series per document kind, with a distinct
 * prefix and the year ("FA-2026-00042"). A number is taken only when a document is validated, so
 * a deleted draft consumes none and the series never has a gap (see docs/decisions/0020).
 */
import { compareDates, formatDateFr, isIsoDate, type IsoDate } from "./dates";
import type { SalesDocumentKind } from "./documents";

/** A refusal, in the shape a state machine uses as a guard and a UI prints. */
export interface LedgerError {
  /** Stable dotted code, e.g. "invoice.immutable". */
  code: string;
  /** French, naming the field and the figures. */
  message: string;
  field?: string;
  /** Every problem found when several fields are checked at once (customer form). */
  issues?: { code: string; message: string; field?: string }[];
}

/** The state of one series: the last number given and the date it was given on. */
export interface NumberingSeries {
  kind: SalesDocumentKind;
  prefix: string;
  /** The year of the numbers currently given; a later year restarts the sequence at 1. */
  year: number;
  /** The last sequence number given in `year` (0 when none yet). */
  lastSequence: number;
  /** The date of the last validation, which the next one may not precede. */
  lastDate?: IsoDate;
}

/** Distinct prefixes so that every series is recognisable on paper. */
export const DEFAULT_PREFIXES: Readonly<Record<SalesDocumentKind, string>> = {
  quote: "DV",
  purchaseOrder: "CM",
  orderAcknowledgement: "AR",
  deliveryNote: "BL",
  depositInvoice: "AC",
  invoice: "FA",
  creditNote: "AV",
};

/** Digits of the sequence part; longer sequences are printed in full, never truncated. */
export const SEQUENCE_DIGITS = 5;

export function formatNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, "0")}`;
}

/** "FA-2026-00042" → { prefix: "FA", year: 2026, sequence: 42 }; undefined if not of that shape. */
export function parseNumber(number: string): { prefix: string; year: number; sequence: number } | undefined {
  const match = /^([A-Z]+)-(\d{4})-(\d+)$/.exec(number);
  if (!match) return undefined;
  return { prefix: match[1] ?? "", year: Number(match[2]), sequence: Number(match[3]) };
}

/** A fresh series for a kind, before its first number. */
export function emptySeries(kind: SalesDocumentKind, year: number, prefix = DEFAULT_PREFIXES[kind]): NumberingSeries {
  return { kind, prefix, year, lastSequence: 0 };
}

export type NextNumberResult =
  | { ok: true; number: string; sequence: number; series: NumberingSeries }
  | { ok: false; error: LedgerError };

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The number a validation on `date` takes, and the series after it. Refused when the date is
 * earlier than the last validation of the series (or in an earlier year): a series is
 * chronological, so number order and date order never disagree. On the first validation of a
 * new year the sequence restarts at 1; the year in the number keeps it unique.
 */
export function nextNumber(series: NumberingSeries, date: IsoDate): NextNumberResult {
  if (!isIsoDate(date)) {
    return {
      ok: false,
      error: { code: "numbering.date.invalid", message: `date\u00a0: «\u00a0${date}\u00a0» n'est pas une date valide (format attendu AAAA-MM-JJ).`, field: "date" },
    };
  }
  const year = yearOf(date);
  const before = series.lastDate !== undefined && compareDates(date, series.lastDate) < 0;
  if (before || year < series.year) {
    const last = series.lastDate !== undefined ? `du ${formatDateFr(series.lastDate)}` : `de l'année ${series.year}`;
    const lastNumber =
      series.lastSequence > 0 ? ` (${formatNumber(series.prefix, series.year, series.lastSequence)})` : "";
    return {
      ok: false,
      error: {
        code: "numbering.notChronological",
        message:
          `date\u00a0: la date du ${formatDateFr(date)} est antérieure à la dernière pièce validée de la série ${series.prefix}` +
          `${lastNumber}, ${last}. La numérotation est chronologique\u00a0: validez à une date égale ou postérieure.`,
        field: "date",
      },
    };
  }
  const sequence = year > series.year ? 1 : series.lastSequence + 1;
  return {
    ok: true,
    number: formatNumber(series.prefix, year, sequence),
    sequence,
    series: { ...series, year, lastSequence: sequence, lastDate: date },
  };
}

/** The series of a kind among a ledger's series, or a fresh one for the date's year. */
export function seriesFor(all: readonly NumberingSeries[], kind: SalesDocumentKind, date: IsoDate): NumberingSeries {
  return all.find((s) => s.kind === kind) ?? emptySeries(kind, yearOf(date));
}

/** The list with the series of `updated.kind` replaced (or added). */
export function replaceSeries(all: readonly NumberingSeries[], updated: NumberingSeries): NumberingSeries[] {
  const exists = all.some((s) => s.kind === updated.kind);
  return exists ? all.map((s) => (s.kind === updated.kind ? updated : s)) : [...all, updated];
}

// ---------------------------------------------------------------------------------------------
// Any series, as printed on an invoice to control: uniqueness and continuity, not form
// (docs/decisions/0086). The law asks for a unique number in a continuous chronological series;
// a letter prefix is customary, not required ("2026-00042", "000123" are series numbers too).
// ---------------------------------------------------------------------------------------------

/** A printed number read as its series (everything before the final digits) and its order number. */
export interface SeriesNumber {
  /** "FA-2026-" for "FA-2026-00042", "2026-" for "2026-00042", "" for "000123"; compared without case. */
  stem: string;
  sequence: number;
  /** Digits printed for the order number (5 in "00042"), to write the expected neighbour alike. */
  width: number;
}

/** "2026-00042" → { stem: "2026-", sequence: 42, width: 5 }; undefined when it does not end with digits. */
export function readSeriesNumber(number: string): SeriesNumber | undefined {
  const match = /^(.*?)(\d+)$/u.exec(number.trim());
  if (!match) return undefined;
  const digits = match[2] ?? "";
  return { stem: (match[1] ?? "").toUpperCase(), sequence: Number(digits), width: digits.length };
}

function sameNumber(a: string, b: string): boolean {
  const norm = (n: string) => n.replace(/\s/gu, "").toUpperCase();
  return norm(a) === norm(b);
}

function writeSeriesNumber(series: SeriesNumber, sequence: number): string {
  return `${series.stem}${String(sequence).padStart(series.width, "0")}`;
}

/**
 * Where a number falls among the numbers already issued (any series, oldest first):
 * - `next`: it follows the last number of its series, or starts a new series at 1;
 * - `duplicate`: the number was already given;
 * - `gap`: it is not the next one (a hole, or a step back); `expected` is the next one, `previous`
 *   the last number of its series (absent for a new series, which starts at 1);
 * - `noSequence`: it does not end with an order number, so it cannot follow any series.
 */
export type SeriesPlace =
  | { kind: "next" }
  | { kind: "duplicate" }
  | { kind: "gap"; expected: string; previous?: string }
  | { kind: "noSequence" };

export function placeInSeries(number: string, issued: readonly string[]): SeriesPlace {
  if (issued.some((other) => sameNumber(other, number))) return { kind: "duplicate" };
  const read = readSeriesNumber(number);
  if (read === undefined) return { kind: "noSequence" };
  const sameSeries = issued
    .map((other) => ({ other, parsed: readSeriesNumber(other) }))
    .filter((entry): entry is { other: string; parsed: SeriesNumber } => entry.parsed !== undefined && entry.parsed.stem === read.stem);
  const last = sameSeries.reduce<{ other: string; parsed: SeriesNumber } | undefined>((best, entry) => (best === undefined || entry.parsed.sequence > best.parsed.sequence ? entry : best), undefined);
  const expectedSequence = last === undefined ? 1 : last.parsed.sequence + 1;
  if (read.sequence === expectedSequence) return { kind: "next" };
  const expected = writeSeriesNumber(last?.parsed ?? read, expectedSequence);
  return last === undefined ? { kind: "gap", expected } : { kind: "gap", expected, previous: last.other };
}
