/**
 * Money in integer cents. Every amount of the engine is a safe integer number of cents;
 * percentages are applied with exact integer arithmetic and rounded half-up (away from zero)
 * once, where a student would round when writing the figure down (see docs/decisions/0002).
 */
import { remembered } from "./remembered";

/** An amount in euro cents (a safe integer). */
export type Cents = number;

export class DomainError extends Error {
  /** Stable machine-readable code, e.g. "invoice.validated.immutable". */
  readonly code: string;
  /** The field or path concerned, when there is one ("lines[2].vatRate"). */
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.field = field;
  }
}

/** The largest amount the engine computes with: every figure is a safe integer of cents. */
export const MAX_CENTS: Cents = Number.MAX_SAFE_INTEGER;

/** Percentages are exact to 1/10 000 of a percent (5,5 %, 2,1 %, 12,15 %, 7,86 %...). */
const PERCENT_SCALE = 10_000n;
const HUNDRED_PERCENT = 100n * PERCENT_SCALE;

/** A finite rate the engine can apply exactly: at most four decimals. */
export function isPrecisePercent(percent: number): boolean {
  return Number.isFinite(percent) && Math.abs(Math.round(percent * Number(PERCENT_SCALE)) - percent * Number(PERCENT_SCALE)) <= 1e-6;
}

export function assertCents(value: number, field = "montant"): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError("money.notCents", `${field}\u00a0: le montant doit être un nombre entier de centimes (reçu ${value}).`, field);
  }
  return value;
}

/** The percentage as an exact integer count of 1/10 000 %; refuses finer or non-finite rates. */
function percentToScaled(percent: number, field: string): number {
  if (!Number.isFinite(percent)) {
    throw new DomainError("money.percent.invalid", `${field}\u00a0: le taux doit être un nombre (reçu ${percent}).`, field);
  }
  if (!isPrecisePercent(percent)) {
    throw new DomainError("money.percent.tooPrecise", `${field}\u00a0: le taux ${percent}\u00a0% a plus de quatre décimales.`, field);
  }
  return Math.round(percent * Number(PERCENT_SCALE));
}

/** numerator / denominator rounded half-up, away from zero for negative values. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new DomainError("money.division", "Division par un nombre négatif ou nul.");
  const negative = numerator < 0n;
  const absolute = negative ? -numerator : numerator;
  const quotient = absolute / denominator;
  const remainder = absolute % denominator;
  const rounded = remainder * 2n >= denominator ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

function toSafeCents(value: bigint | number, field: string): Cents {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new DomainError("money.overflow", `${field}\u00a0: montant hors limites.`, field);
  }
  return n;
}

/** A safe integer divided by a positive integer, rounded half-up (away from zero): divideRoundHalfUp in numbers. */
function safeQuotientRoundHalfUp(numerator: number, denominator: number): number {
  const negative = numerator < 0;
  const absolute = negative ? -numerator : numerator;
  const remainder = absolute % denominator;
  const quotient = (absolute - remainder) / denominator;
  const rounded = remainder * 2 >= denominator ? quotient + 1 : quotient;
  // A bigint has no negative zero; neither has this result.
  return negative && rounded !== 0 ? -rounded : rounded;
}

/**
 * factor × multiplier / denominator rounded half-up, for integers: in numbers while the product is
 * a safe integer (every figure of a classroom invoice, and exact there), in bigint beyond: a
 * bigint allocated for each small figure cost more than the arithmetic (docs/decisions/0154).
 * The result may lie beyond the safe integers: the caller says which amount overflows.
 */
export function productRoundHalfUp(factor: number, multiplier: number, denominator: number): number {
  const product = factor * multiplier;
  if (Number.isSafeInteger(product)) return safeQuotientRoundHalfUp(product, denominator);
  return Number(divideRoundHalfUp(BigInt(factor) * BigInt(multiplier), BigInt(denominator)));
}

/** percent % of an amount, rounded half-up to the cent: percentOf(100050, 10) = 10005. */
export function percentOf(cents: Cents, percent: number, field = "taux"): Cents {
  assertCents(cents, field);
  return toSafeCents(productRoundHalfUp(cents, percentToScaled(percent, field), Number(HUNDRED_PERCENT)), field);
}

/**
 * amount × annual rate × days / 365, rounded half-up to the cent: the late-penalty formula.
 * 15 000,00 € at 15 % for 30 days = 184,93 €.
 */
export function prorataOfYear(cents: Cents, annualPercent: number, days: number, field = "pénalités"): Cents {
  assertCents(cents, field);
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new DomainError("money.days.invalid", `${field}\u00a0: le nombre de jours doit être un entier positif (reçu ${days}).`, field);
  }
  const scaled = BigInt(percentToScaled(annualPercent, field));
  return toSafeCents(divideRoundHalfUp(BigInt(cents) * scaled * BigInt(days), HUNDRED_PERCENT * 365n), field);
}

/**
 * Split an amount in proportion to weights (largest-remainder method): each share is the floor of
 * its exact part, and the cents left over go to the largest fractional parts first (ties: the
 * earlier share), so the shares always sum exactly to the amount. A negative amount is split as
 * its absolute value, then negated, so that rounding is symmetric (a credit note mirrors its invoice).
 */
export function allocateProRata(cents: Cents, weights: readonly Cents[], field = "répartition"): Cents[] {
  assertCents(cents, field);
  weights.forEach((w, i) => {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new DomainError("money.allocation.weight", `${field}\u00a0: le poids n° ${i + 1} doit être un entier positif ou nul (reçu ${w}).`, field);
    }
  });
  if (weights.length === 0) {
    if (cents === 0) return [];
    throw new DomainError("money.allocation.empty", `${field}\u00a0: aucune part entre lesquelles répartir ${cents} centimes.`, field);
  }
  if (cents < 0) return allocateProRata(-cents, weights, field).map((share) => (share === 0 ? 0 : -share));
  return allocateSafely(cents, weights) ?? allocateExactly(cents, weights, field);
}

/** The shares that get one of the `leftOver` cents: the largest fractional parts first (ties: the earlier share). */
function sharesRoundedUp<T extends number | bigint>(fractions: readonly T[], leftOver: number): ReadonlySet<number> {
  const order = fractions.map((fraction, i) => ({ i, fraction })).sort((a, b) => (a.fraction === b.fraction ? a.i - b.i : a.fraction > b.fraction ? -1 : 1));
  return new Set(order.slice(0, Math.max(leftOver, 0)).map(({ i }) => i));
}

/**
 * allocateProRata in numbers, when every product amount × weight and the total of the weights
 * are safe integers (exact there); undefined beyond, where bigint takes over.
 */
function allocateSafely(cents: Cents, weights: readonly Cents[]): Cents[] | undefined {
  let total = 0;
  let largest = 0;
  for (const w of weights) {
    total += w;
    if (w > largest) largest = w;
  }
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(cents * largest)) return undefined;
  // Nothing to weigh by: the whole amount goes to the first share.
  if (total === 0) return weights.map((_, i) => (i === 0 ? cents : 0));
  const fractions = weights.map((w) => (cents * w) % total);
  const floors = weights.map((w, i) => (cents * w - (fractions[i] ?? 0)) / total);
  const roundedUp = sharesRoundedUp(fractions, cents - floors.reduce((s, f) => s + f, 0));
  return floors.map((floor, i) => (roundedUp.has(i) ? floor + 1 : floor));
}

/** allocateProRata in bigint, beyond the safe integers (a nil total never comes here: allocateSafely took it). */
function allocateExactly(cents: Cents, weights: readonly Cents[], field: string): Cents[] {
  const total = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  const exact = weights.map((w) => BigInt(cents) * BigInt(w));
  const floors = exact.map((e) => e / total);
  const roundedUp = sharesRoundedUp(exact.map((e) => e % total), Number(BigInt(cents) - floors.reduce((s, f) => s + f, 0n)));
  const shares = floors.map((floor, i) => (roundedUp.has(i) ? floor + 1n : floor));
  return shares.map((s) => toSafeCents(s, field));
}

export type ParseAmountResult = { ok: true; cents: Cents } | { ok: false; reason: string };

export interface ParseAmountOptions {
  /** Accept a leading minus sign (credit amounts). Default false. */
  allowNegative?: boolean;
}

const SPACES = /[\s\u00a0\u202f]/gu;
const HAS_SPACE = /[\s\u00a0\u202f]/u;

/**
 * Parses what a learner or a teacher types: "1 234,50", "1234.50", "1234,5", "12", "1 234,50 €".
 * Refuses, with the reason in French, anything ambiguous or invalid: "1.234" (thousands or
 * decimals?), "1,234.50" (mixed separators), more than two decimals, letters, empty input.
 */
export function parseAmount(input: string, options: ParseAmountOptions = {}): ParseAmountResult {
  const trimmed = input.trim().replace(/€$/u, "").trim();
  if (trimmed === "") return { ok: false, reason: "Le montant est vide." };
  let text = trimmed;
  let negative = false;
  if (text.startsWith("-") || text.startsWith("\u2212")) {
    if (!options.allowNegative) return { ok: false, reason: "Le montant ne peut pas être négatif." };
    negative = true;
    text = text.slice(1).trim();
  }
  const hasComma = text.includes(",");
  const hasDot = text.includes(".");
  if (hasComma && hasDot) {
    return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» mélange la virgule et le point\u00a0: écrivez par exemple 1 234,50.` };
  }
  const separator = hasComma ? "," : hasDot ? "." : null;
  const groupedDigits = /^\d{1,3}([\s\u00a0\u202f]\d{3})+$/u;
  const [integerPartRaw = "", decimalPart = "", ...rest] = separator ? text.split(separator) : [text];
  if (rest.length > 0) {
    return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» contient plusieurs séparateurs décimaux.` };
  }
  // Letters first: "12 EUR" is not a montant, whatever its spaces.
  const integerPart = integerPartRaw.replace(SPACES, "");
  if (!/^\d+$/.test(integerPart)) {
    return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» n'est pas un montant\u00a0: seuls des chiffres, une virgule (ou un point) pour les centimes et des espaces entre les milliers sont permis.` };
  }
  const hasSpaces = HAS_SPACE.test(integerPartRaw);
  if (hasSpaces && !groupedDigits.test(integerPartRaw)) {
    return { ok: false, reason: `«\u00a0${input.trim()}\u00a0»\u00a0: les espaces ne peuvent séparer que des groupes de trois chiffres.` };
  }
  if (separator !== null) {
    if (!/^\d+$/.test(decimalPart)) {
      return { ok: false, reason: `«\u00a0${input.trim()}\u00a0»\u00a0: il manque les chiffres après la virgule.` };
    }
    if (decimalPart.length === 3 && separator === "." && !hasSpaces) {
      return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» est ambigu\u00a0: 1.234 veut-il dire mille deux cent trente-quatre ou un virgule deux\u00a0? Écrivez 1 234 (avec une espace) ou 1,23 (au plus deux décimales).` };
    }
    if (decimalPart.length > 2) {
      return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» a plus de deux décimales\u00a0: un montant s'écrit au centime près.` };
    }
  }
  const cents = Number(integerPart) * 100 + Number(decimalPart.padEnd(2, "0") || "0");
  if (!Number.isSafeInteger(cents)) {
    return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» est trop grand\u00a0: un montant va au plus jusqu'à ${formatEuros(MAX_CENTS)}.` };
  }
  // "-0" is zero, not negative zero (which Intl would print "-0,00 €").
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** parseAmount for trusted data (scenario files): throws a DomainError naming the field. */
export function parseAmountOrThrow(input: string, field: string, options: ParseAmountOptions = {}): Cents {
  const result = parseAmount(input, options);
  if (!result.ok) throw new DomainError("money.parse", `${field}\u00a0: ${result.reason}`, field);
  return result.cents;
}

const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const plainFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Built once like the others: a formatter costs some 40 µs to build, and a worked solution prints dozens of rates.
const percentFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });
const wholeEuroFormat = new Intl.NumberFormat("fr-FR");

/**
 * The exact decimal text of an amount ("-1234.05"). cents / 100 as a float is off by up to a cent
 * above about 3,5 × 10^15 cents and keeps the sign of -0; Intl formats a decimal string exactly.
 */
function centsToDecimal(cents: Cents): `${number}` {
  assertCents(cents);
  // In numbers, exact for a safe integer: no bigint for every amount printed.
  const absolute = Math.abs(cents);
  const hundredths = absolute % 100;
  const sign = cents < 0 ? "-" : "";
  return `${sign}${(absolute - hundredths) / 100}.${String(hundredths).padStart(2, "0")}` as `${number}`;
}

/** "1 234,50 €" as Intl writes it in fr-FR (U+202F between thousands, U+00A0 before €). */
export const formatEuros: (cents: Cents) => string = remembered((cents: Cents) => euroFormat.format(centsToDecimal(cents)));

/** "40 €", "75 000 €" for whole euros (a fixed indemnity, a legal maximum), "40,50 €" otherwise. */
export function formatWholeEuros(cents: Cents): string {
  return cents % 100 === 0 ? `${wholeEuroFormat.format(cents / 100)}\u00a0€` : formatEuros(cents);
}

/** "1 234,50" without the currency sign, for tables whose column says €. */
export const formatAmount: (cents: Cents) => string = remembered((cents: Cents) => plainFormat.format(centsToDecimal(cents)));

/** "10 %", "5,5 %", "12,15 %". */
export const formatPercent: (percent: number) => string = remembered((percent: number) => `${percentFormat.format(percent)}\u00a0%`);

export type ParsePercentResult = { ok: true; percent: number } | { ok: false; reason: string };

/** Parses a rate typed by a learner: "10", "5,5", "2.1", "12,15 %". Between 0 and 100, at most four decimals. */
export function parsePercent(input: string): ParsePercentResult {
  const text = input.trim().replace(/%$/u, "").trim().replace(",", ".");
  if (text === "") return { ok: false, reason: "Le taux est vide." };
  if (!/^\d+(\.\d{1,4})?$/.test(text)) {
    return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» n'est pas un taux\u00a0: écrivez par exemple 10 ou 5,5.` };
  }
  const percent = Number(text);
  if (percent > 100) return { ok: false, reason: `«\u00a0${input.trim()}\u00a0» dépasse 100\u00a0%.` };
  return { ok: true, percent };
}

export type ParsePercentListResult = { ok: true; percents: number[] } | { ok: false; reason: string };

/** "10 ; 5 ; 2" → [10, 5, 2] (successive reductions); empty input → []. */
export function parsePercentList(input: string): ParsePercentListResult {
  const items = input.split(";").map((item) => item.trim());
  if (items.every((item) => item === "")) return { ok: true, percents: [] };
  const percents: number[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = parsePercent(item);
    if (!parsed.ok) return { ok: false, reason: `Taux n° ${index + 1}\u00a0: ${parsed.reason}` };
    percents.push(parsed.percent);
  }
  return { ok: true, percents };
}
