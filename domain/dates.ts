/**
 * Calendar dates as ISO strings ("2026-11-28"), computed on day numbers in UTC so that no time
 * zone or wall clock ever enters the engine: "today" is always passed in (the simulated clock).
 */
import { DomainError } from "./money";
import { remembered } from "./remembered";

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

/** The parts of a valid date, null for any other text; read once per date (dates.ts is the engine's clock). */
const validParts = remembered((date: IsoDate): Readonly<DateParts> | null => {
  const match = ISO_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return Object.freeze({ year, month, day });
  }
  return null;
});

function parts(date: IsoDate, field: string): Readonly<DateParts> {
  const valid = validParts(date);
  if (valid !== null) return valid;
  throw new DomainError("date.invalid", `${field}\u00a0: «\u00a0${date}\u00a0» n'est pas une date valide (format attendu AAAA-MM-JJ).`, field);
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
    throw new DomainError("date.outOfRange", `date\u00a0: l'année ${year} est hors de la plage 0000–9999.`, "date");
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
    throw new DomainError("date.count.invalid", `${field}\u00a0: un nombre entier est attendu (reçu ${value}).`, field);
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
export const formatDateFr: (date: IsoDate) => string = remembered((date: IsoDate) => {
  const { year, month, day } = parts(date, "date");
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year).padStart(4, "0")}`;
});

const longFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "28 novembre 2026", for letters; the first of the month is written "1er" ("1er mars 2026"). */
export const formatDateLongFr: (date: IsoDate) => string = remembered((date: IsoDate) => {
  const text = longFormat.format(new Date(toDayNumber(date) * MS_PER_DAY));
  return text.replace(/^1 /u, "1er ");
});

/** "4 novembre 2026" that never breaks across lines inside a paragraph (a letter's sentence, a line of the library). */
export function formatDateLongInText(date: IsoDate): string {
  return formatDateLongFr(date).replace(/ /gu, "\u00a0");
}

// ---------------------------------------------------------------------------------------------
// Sundays and French public holidays (docs/decisions/0085)
// ---------------------------------------------------------------------------------------------

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher): the
 * three movable public holidays hang on it.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts({ year, month, day });
}

/** The national public holidays (jours fériés, Code du travail L3133-1), Alsace-Moselle's two extra days aside. */
export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

const FIXED_HOLIDAYS: readonly { month: number; day: number; name: string }[] = [
  { month: 1, day: 1, name: "jour de l'An" },
  { month: 5, day: 1, name: "fête du Travail" },
  { month: 5, day: 8, name: "Victoire 1945" },
  { month: 7, day: 14, name: "fête nationale" },
  { month: 8, day: 15, name: "Assomption" },
  { month: 11, day: 1, name: "Toussaint" },
  { month: 11, day: 11, name: "Armistice 1918" },
  { month: 12, day: 25, name: "Noël" },
];

/** The eleven French public holidays of a year, in date order. */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const movable = [
    { date: addDays(easter, 1), name: "lundi de Pâques" },
    { date: addDays(easter, 39), name: "Ascension" },
    { date: addDays(easter, 50), name: "lundi de Pentecôte" },
  ];
  const fixed = FIXED_HOLIDAYS.map(({ month, day, name }) => ({ date: fromParts({ year, month, day }), name }));
  return [...fixed, ...movable].sort((x, y) => compareDates(x.date, y.date));
}

/** Holidays by date, per year: the ladder asks for every day it counts, so each year is computed once. */
const holidaysByYear = new Map<number, ReadonlyMap<IsoDate, PublicHoliday>>();

/** The holiday that falls on `date`, or null. */
export function publicHolidayOn(date: IsoDate): PublicHoliday | null {
  const { year } = parts(date, "date");
  let holidays = holidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = new Map(frenchPublicHolidays(year).map((holiday) => [holiday.date, holiday]));
    holidaysByYear.set(year, holidays);
  }
  return holidays.get(date) ?? null;
}

/** Neither a Sunday nor a public holiday: a day on which a deadline can fall (Saturday is a jour ouvrable). */
export function isWorkingDay(date: IsoDate): boolean {
  return dayOfWeek(date) !== 0 && publicHolidayOn(date) === null;
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Why a deadline moved off `date`: "un dimanche", "un jour férié (Toussaint)", "un dimanche et un jour férié (Toussaint)"; null on a working day. */
export function nonWorkingDayReason(date: IsoDate): string | null {
  const holiday = publicHolidayOn(date);
  const sunday = dayOfWeek(date) === 0;
  if (holiday === null) return sunday ? "un dimanche" : null;
  return `${sunday ? "un dimanche et " : ""}un jour férié (${holiday.name})`;
}
