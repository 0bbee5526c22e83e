/**
 * French typography puts a no-break space before « : ; ? ! », after « « » and before « » », and
 * between a number and what it counts: « 5 % », « 120 € », « 6 bouteilles de 1 L ». With an
 * ordinary space there, a narrow column may break the line just before the mark or the unit, which
 * then opens the next line: a French reader sees a mistake. This finds those spaces in a text, for
 * the test of the bundled scenarios and quizzes, of the engine's and the interface's texts and,
 * later, a teacher's warning; the quiz generators write the right spaces with `frenchSpacing`
 * (quiz/generators/generator.ts).
 *
 * Only the ordinary space (U+0020) is at fault: the no-break space (U+00A0) and the narrow no-break
 * space (U+202F, which the quizzes put before « ; ? » and `formatEuros` between thousands) both
 * hold the mark to its word. A colon written without any space (a time « 08:52 », « https:// ») is
 * not a French colon and is left alone. A unit is one of a closed list (MEASURE_UNITS), after a
 * digit: « art. L. 441-10 » has no number before its « L » (docs/decisions/0156).
 */

/** The abbreviated units of measure held to their number: volumes, masses, lengths, areas, hours and minutes, tonnes. */
export const MEASURE_UNITS = ["L", "cl", "ml", "kg", "g", "m", "m²", "m³", "cm", "mm", "km", "h", "min", "t"] as const;

export type MeasureUnit = (typeof MEASURE_UNITS)[number];

export type FrenchMark = ":" | ";" | "?" | "!" | "«" | "»" | "€" | "%" | MeasureUnit;

export interface BreakableSpace {
  /** Where the ordinary space is in the text (UTF-16 index). */
  index: number;
  /** The mark it should hold: the one after it, « « » before it, or the sign or unit after a number. */
  mark: FrenchMark;
  /** The text around the space, on one line, for a message: « …dans le fichier : on ouvre… ». */
  excerpt: string;
}

/** Longest first, so that « mm » and « min » are not read as « m »; a unit ends where no letter or digit follows (« 3 m² », not « 3 mois »). */
const UNIT = `(?:${[...MEASURE_UNITS].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}_])`;

/**
 * An ordinary space before « : ; ? ! » or « » », or after « « » (one match for the single space of
 * « »), or between a digit and « € », « % » or a unit (`sign`).
 */
const AT_FAULT = new RegExp(` (?=(?<mark>[:;?!»]))|(?<=«) |(?<=\\d) (?=(?<sign>[€%]|${UNIT}))`, "gu");

/** How much of the text a message shows on each side of the space. */
const EXCERPT_SIDE = 20;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function excerptAround(text: string, index: number): string {
  let start = Math.max(0, index - EXCERPT_SIDE);
  let end = Math.min(text.length, index + 1 + EXCERPT_SIDE);
  // Never half of an emoji: a lone surrogate in a message shows as garbage.
  if (isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
  const around = text.slice(start, end).replace(/\s*\n\s*/gu, " ");
  return `${start > 0 ? "…" : ""}${around}${end < text.length ? "…" : ""}`;
}

/** The ordinary spaces of `text` where French typography wants a no-break space, in order; [] when none. */
export function breakableFrenchSpaces(text: string): BreakableSpace[] {
  const found: BreakableSpace[] = [];
  for (const { index, groups } of text.matchAll(AT_FAULT)) {
    found.push({ index, mark: (groups?.mark ?? groups?.sign ?? "«") as FrenchMark, excerpt: excerptAround(text, index) });
  }
  return found;
}

/**
 * `text` without the label that opens it (« Facture FA-2026-00319 : », « document : ») when the
 * interface already shows that label. The engine writes a no-break space before the colon; it
 * wrote an ordinary one before, and learners' saved games keep the answers it wrote then: both are
 * taken. Unchanged when `text` does not open with the label.
 */
export function withoutLabel(text: string, label: string): string {
  for (const space of ["\u00a0", " "]) {
    const prefix = `${label}${space}: `;
    if (text.startsWith(prefix)) return text.slice(prefix.length);
  }
  return text;
}
