/**
 * French typography puts a no-break space before « : ; ? ! », after « « » and before « » ». With an
 * ordinary space there, a narrow column may break the line just before the mark, which then opens
 * the next line: a French reader sees a mistake. This finds those spaces in a text, for the test of
 * the bundled scenarios and quizzes and, later, a teacher's warning; the quiz generators write the
 * right spaces with `frenchSpacing` (quiz/generators/generator.ts).
 *
 * Only the ordinary space (U+0020) is at fault: the no-break space (U+00A0) and the narrow no-break
 * space (U+202F, which the quizzes put before « ; ? ») both hold the mark to its word. A colon
 * written without any space (a time « 08:52 », « https:// ») is not a French colon and is left alone.
 */

export type FrenchMark = ":" | ";" | "?" | "!" | "«" | "»";

export interface BreakableSpace {
  /** Where the ordinary space is in the text (UTF-16 index). */
  index: number;
  /** The mark it should hold: the one after it, or « « » before it. */
  mark: FrenchMark;
  /** The text around the space, on one line, for a message: « …dans le fichier : on ouvre… ». */
  excerpt: string;
}

/** An ordinary space before « : ; ? ! » or « » », or after « « » (one match for the single space of « »). */
const AT_FAULT = / (?=[:;?!»])|(?<=«) /gu;

const CLOSING_MARKS: ReadonlySet<string> = new Set([":", ";", "?", "!", "»"]);

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
  for (const { index } of text.matchAll(AT_FAULT)) {
    const next = text.charAt(index + 1);
    found.push({ index, mark: (CLOSING_MARKS.has(next) ? next : "«") as FrenchMark, excerpt: excerptAround(text, index) });
  }
  return found;
}
