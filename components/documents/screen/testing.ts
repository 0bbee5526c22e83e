/** Helpers of the on-screen documents' tests: text as read, U+202F / U+00A0 as a plain space. */
export const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u202f\u00a0]/gu, " ");

/** Every table row as its cells joined by one space. */
export function rowTexts(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll("tr")).map((row) =>
    Array.from(row.querySelectorAll("th, td"))
      .map((cell) => plain(cell.textContent).trim())
      .join(" "),
  );
}

/** Every paragraph-like text (p, span, dt+dd pairs, headings) of the view, one per entry. */
export function textLines(root: HTMLElement): string[] {
  const blocks = Array.from(root.querySelectorAll("p, span, h2, h3, dl > div, strong, li"));
  return blocks.map((block) => plain(block.textContent).replace(/\s+/gu, " ").trim());
}
