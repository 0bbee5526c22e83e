/**
 * Calendar dates as ISO strings ("2026-11-28"), computed on day numbers in UTC so that no time
 * zone or wall clock ever enters the engine: "today" is always passed in (the simulated clock).
 */
import { DomainError } from "./money";

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(date: IsoDate, field: string): DateParts {
  const match = ISO_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new DomainError("date.invalid", `${field} : « ${date} » n'est pas une date valide (format attendu AAAA-MM-JJ).`, field);
}

export function isIsoDate(value: string): boolean {
  try {
    parts(value, "date");
    return true;
  } catch {
    return false;
  }
}

export function assertIsoDate(value: string, field = "date"): IsoDate {
  parts(value, field);
  return value;
}

function fromParts({ year, month, day }: DateParts): IsoDate {
  if (year < 0 || year > 9999) {
    throw new DomainError("date.outOfRange", `date : l'année ${year} est hors de la plage 0000–9999.`, "date");
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Days since 1970-01-01, by integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil). Not Date.UTC: it maps the years 0–99 to 1900–1999.
 */
export function toDayNumber(date: IsoDate, field = "date"): number {
  const { year, month, day } = parts(date, field);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of toDayNumber; refuses what an "AAAA-MM-JJ" string cannot hold (years 0000–9999). */
export function fromDayNumber(dayNumber: number): IsoDate {
  assertWholeDays(dayNumber, "numéro de jour");
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return fromParts({ year, month, day });
}

/** A count of days or months must be a whole number: 1,5 jour would silently be truncated. */
function assertWholeDays(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError("date.count.invalid", `${field} : un nombre entier est attendu (reçu ${value}).`, field);
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertWholeDays(days, "nombre de jours");
  return fromDayNumber(toDayNumber(date) + days);
}

/** Signed number of days from `from` to `to` (to − from). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date, "date");
  return fromParts({ year, month, day: daysInMonth(year, month) });
}

/** Same day N months later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertWholeDays(months, "nombre de mois");
  const { year, month, day } = parts(date, "date");
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return fromParts({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** "28/11/2026", as printed on French documents. */
export function formatDateFr(date: IsoDate): string {
  const { year, month, day } = parts(date, "date");
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

const longFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "28 novembre 2026", for letters; the first of the month is written "1er" ("1er mars 2026"). */
export function formatDateLongFr(date: IsoDate): string {
  const text = longFormat.format(new Date(toDayNumber(date) * MS_PER_DAY));
  return text.replace(/^1 /u, "1er ");
}
