/**
 * What a learner types in a numeric or a date question, read as French writes it (« 1 005,48 »,
 * « 12,5 % », « 30/11/2026 »), by the same rules as the simulator's fields (money.ts, dates.ts).
 * A refusal names what is wrong, so that a typing slip is never judged as a wrong answer.
 */
import { daysInMonth, type IsoDate } from "../dates";
import { parseAmount, parsePercent } from "../money";
import type { NumericQuestion } from "./vocabulary";

export type ParsedAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

type NumericUnit = NumericQuestion["unit"];

const EXAMPLES: Readonly<Record<NumericUnit, string>> = {
  "€": "1 005,48",
  "%": "12,5",
  jours: "45",
};

/** A sign of another unit than the one asked: « 12 % » typed where euros are expected. */
function otherUnit(text: string, unit: NumericUnit): string | undefined {
  const signs: Readonly<Record<NumericUnit, RegExp>> = { "€": /€|eur/iu, "%": /%/u, jours: /j(?:ours?)?\s*$/iu };
  const names: Readonly<Record<NumericUnit, string>> = { "€": "en euros", "%": "en pourcentage", jours: "en jours" };
  const found = (Object.keys(signs) as NumericUnit[]).find((other) => other !== unit && signs[other].test(text));
  return found === undefined ? undefined : `«\u00a0${text.trim()}\u00a0»\u00a0: la réponse attendue est ${names[unit]}, pas ${names[found]} (par exemple ${EXAMPLES[unit]})`;
}

function parseDays(text: string): ParsedAnswer<number> {
  const digits = text.trim().replace(/\s*(?:jours?|j)$/iu, "");
  if (/^\d+$/u.test(digits)) return { ok: true, value: Number(digits) };
  if (/^\d+[,.]\d+$/u.test(digits)) return { ok: false, message: `«\u00a0${text.trim()}\u00a0»\u00a0: un nombre de jours est entier (par exemple ${EXAMPLES.jours})` };
  return { ok: false, message: `«\u00a0${text.trim()}\u00a0» n'est pas un nombre de jours\u00a0: écrivez des chiffres, par exemple ${EXAMPLES.jours}` };
}

/** « 1 005,48 », « 1005.48 € » (euros, to the cent), « 12,5 % », « 45 jours » → the number. */
export function parseNumberAnswer(text: string, unit: NumericUnit): ParsedAnswer<number> {
  if (text.trim() === "") return { ok: false, message: `La réponse est vide\u00a0: écrivez un nombre, par exemple ${EXAMPLES[unit]}.` };
  const mismatch = otherUnit(text, unit);
  if (mismatch !== undefined) return { ok: false, message: mismatch };
  if (unit === "jours") return parseDays(text);
  if (unit === "%") {
    const parsed = parsePercent(text);
    return parsed.ok ? { ok: true, value: parsed.percent } : { ok: false, message: parsed.reason };
  }
  // An answer may be a credit (an avoir), written with a minus sign.
  const parsed = parseAmount(text, { allowNegative: true });
  return parsed.ok ? { ok: true, value: parsed.cents / 100 } : { ok: false, message: parsed.reason };
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const DATE_EXAMPLE = "écrivez JJ/MM/AAAA, par exemple 30/11/2026";

/** The day, month and year typed, in French order (30/11/2026, 30-11-2026, 30.11.2026) or ISO (2026-11-30, a date field's value). */
function dateParts(text: string): { day: string; month: string; year: string } | undefined {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/u.exec(text);
  if (french !== null) return { day: french[1] ?? "", month: french[2] ?? "", year: french[3] ?? "" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text);
  return iso === null ? undefined : { day: iso[3] ?? "", month: iso[2] ?? "", year: iso[1] ?? "" };
}

/** « 30/11/2026 » → "2026-11-30"; a day or a month that does not exist is named. */
export function parseDateAnswer(text: string): ParsedAnswer<IsoDate> {
  const typed = text.trim();
  if (typed === "") return { ok: false, message: `La date est vide\u00a0: ${DATE_EXAMPLE}.` };
  const parts = dateParts(typed.replace(/\s+/gu, ""));
  if (parts === undefined) {
    const withoutYear = /^\d{1,2}[/.-]\d{1,2}$/u.test(typed);
    return { ok: false, message: withoutYear ? `«\u00a0${typed}\u00a0»\u00a0: il manque l'année\u00a0; ${DATE_EXAMPLE}.` : `«\u00a0${typed}\u00a0» n'est pas une date\u00a0: ${DATE_EXAMPLE}.` };
  }
  if (parts.year.length !== 4) return { ok: false, message: `«\u00a0${typed}\u00a0»\u00a0: écrivez l'année avec ses quatre chiffres, par exemple 30/11/2026.` };
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (month < 1 || month > 12) return { ok: false, message: `«\u00a0${typed}\u00a0»\u00a0: le mois ${month} n'existe pas (de 1 à 12).` };
  const monthName = MONTHS[month - 1] ?? "";
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) return { ok: false, message: `«\u00a0${typed}\u00a0»\u00a0: le ${day} ${monthName} ${year} n'existe pas, ${monthName} ${year} a ${length} jours.` };
  return { ok: true, value: `${parts.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}
