/**
 * Small text helpers shared by the domain's French messages and look-ups, so each rule module
 * does not keep its own copy.
 */
import { formatPercent } from "./money";

/** Capitalises the first letter, for a label or clause that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Case, accents and spacing ignored: how a learner's typing is matched to a name on file. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** « Dépassement d'encours ! » → « depassement-d-encours »: a part of a file name every system accepts. */
export function fileNameSlug(text: string): string {
  return normalizeName(text)
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
}

/** Successive rates as the course reads them: "10 % puis 5 %". */
export function percentList(rates: readonly number[]): string {
  return rates.map((r) => formatPercent(r)).join(" puis ");
}

/**
 * « de Dupont », « d'Imprimerie Touraine », « du Panier Provençal », « des Ateliers Martin »: the
 * preposition before a name, elided before a vowel and contracted with the article « Le » or
 * « Les » that starts it. A name starting with « h » keeps « de »: whether its h is mute cannot be
 * told from the spelling.
 */
export function ofName(name: string): string {
  const trimmed = name.trim();
  const article = /^(Les?)\s+(.*)$/u.exec(trimmed);
  if (article) return `${article[1] === "Le" ? "du" : "des"} ${article[2]}`;
  return /^[aeiouyàâäéèêëîïôöùûüÿæœ]/iu.test(trimmed) ? `d'${trimmed}` : `de ${trimmed}`;
}

/** "a", "a et b", "a, b et c". */
export function listFr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** The same numbers in the same order: successive remises compared. */
export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
