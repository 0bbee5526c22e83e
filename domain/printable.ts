/**
 * The characters the printed documents can show: the PDF fonts are cut down to exactly this set
 * (scripts/subsetFonts.ts, docs/decisions/0125), and a scenario's printed data is checked against
 * it (a warning, scenarioLoad.ts). French and the Latin names a teacher may type, the typographic
 * punctuation of a French text, and the spaces `Intl` writes in amounts and dates.
 */

/** Inclusive ranges of code points, in order; the reasons are in docs/decisions/0125. */
export const PRINTABLE_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0020, 0x007e], // Basic Latin (ASCII)
  [0x00a0, 0x00ff], // Latin-1: French accents, « », °, ×, NBSP (before € and %)
  [0x0100, 0x024f], // Latin Extended-A and -B: Polish, Czech, Hungarian, Turkish, Romanian (ș ț), Croatian names
  [0x02c6, 0x02c7], // ˆ ˇ (Windows-1252)
  [0x02dc, 0x02dc], // ˜ (Windows-1252)
  [0x0300, 0x034f], // combining accents (the ones DejaVu draws): text pasted decomposed (e + ◌́) from some systems
  [0x2002, 0x200a], // the typographic spaces (thin space U+2009…)
  [0x2010, 0x2015], // hyphens and dashes, non-breaking hyphen, – —
  [0x2018, 0x201e], // ‘ ’ ‚ “ ” „
  [0x2020, 0x2022], // † ‡ •
  [0x2026, 0x2026], // …
  [0x202f, 0x202f], // narrow no-break space: Intl's thousands separator in fr-FR
  [0x2030, 0x2030], // ‰
  [0x2039, 0x203a], // ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2212, 0x2212], // − (minus sign)
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2260], // ≠
  [0x2264, 0x2265], // ≤ ≥
  [0x25a1, 0x25a1], // □: MISSING_CHARACTER
];

/** What a document prints instead of a character its fonts lack: a visible box, never a wrong letter. */
export const MISSING_CHARACTER = "□";

/** Joiners, variation selectors, zero-width spaces: they change how a neighbour looks, and draw nothing. */
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}]/u;

/** Line breaks and tabs lay text out; they are never drawn, so no font needs them. */
const LAYOUT_CONTROLS = new Set(["\n", "\r", "\t"]);

export function isPrintableCodePoint(codePoint: number): boolean {
  return PRINTABLE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Every printable character, in code point order: the text the font subsetter keeps. */
export function printableCharacters(): string {
  return PRINTABLE_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i))).join("");
}

const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;

/**
 * A text made only of printable characters and layout controls, in one test: the scenario check
 * reads thousands of texts per file, nearly all of them printable (docs/decisions/0152).
 */
const ALL_PRINTABLE = new RegExp(`^[\\n\\r\\t${PRINTABLE_RANGES.map(([first, last]) => `${hex(first)}-${hex(last)}`).join("")}]*$`, "u");

/** The distinct characters of `text` that the documents cannot print (Greek, emoji…), in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  if (ALL_PRINTABLE.test(text)) return [];
  const found = new Set<string>();
  for (const character of text) {
    if (!LAYOUT_CONTROLS.has(character) && !isPrintableCodePoint(character.codePointAt(0) ?? 0)) found.add(character);
  }
  return [...found];
}

/**
 * The text as the documents print it: a character outside the fonts becomes MISSING_CHARACTER
 * (the font would otherwise draw nothing, or an unrelated glyph over its neighbours), an invisible
 * one is dropped. A teacher is warned beforehand, when the scenario is checked (scenarioLoad.ts).
 */
export function toPrintable(text: string): string {
  let printed = "";
  for (const character of text) {
    if (LAYOUT_CONTROLS.has(character) || isPrintableCodePoint(character.codePointAt(0) ?? 0)) printed += character;
    else if (!INVISIBLE.test(character)) printed += MISSING_CHARACTER;
  }
  return printed;
}

/** "« α » (U+03B1)": a character named so that a teacher can find it, even an invisible one. */
export function describeCharacter(character: string): string {
  const codePoint = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `«\u00a0${character}\u00a0» (U+${codePoint})`;
}
