/**
 * The text of a fill-in-the-blank question, written « Le [[net]] se calcule… »: read one way by the
 * loader (every blank declared, once) and by the page that draws it.
 */

export type FillBlankSegment = { kind: "text"; text: string } | { kind: "blank"; id: string };

const BLANK = /\[\[([^[\]]*)\]\]/gu;

/** The text cut into its words and its blanks, in reading order. */
export function fillBlankSegments(text: string): FillBlankSegment[] {
  const segments: FillBlankSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(BLANK)) {
    if (match.index > from) segments.push({ kind: "text", text: text.slice(from, match.index) });
    segments.push({ kind: "blank", id: (match[1] ?? "").trim() });
    from = match.index + match[0].length;
  }
  if (from < text.length) segments.push({ kind: "text", text: text.slice(from) });
  return segments;
}

/** The blank ids of a text, in order, repeated as often as they appear. */
export function blankIdsOf(text: string): string[] {
  return fillBlankSegments(text).flatMap((segment) => (segment.kind === "blank" ? [segment.id] : []));
}
