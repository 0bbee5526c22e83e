import { createContext } from "react";
import { A4 } from "./styles";

/**
 * How a document is paged. "counted": paginated by react-pdf, the foot of each page says
 * « page N / M » by react-pdf's `render` (LegalFooter), which lays the whole page out again for each
 * page once the count is known (3 layouts of a one-page invoice instead of 1: ≈ 18 % of its making,
 * docs/decisions/0155). "one page": the text « page 1 / 1 » written as it is and the page not
 * paginated (DocumentPage, docs/decisions/0168; a letter has no number, only the page), right only
 * when the document fits on one A4 page: produce.ts makes it that way first, and again counted when
 * the PDF it made is not one A4 page.
 */
export type PageNumbering = "counted" | "one page";

export const PageNumberingContext = createContext<PageNumbering>("counted");

/**
 * Up to this many lines, a numbered document is made as one page first. Beyond, it is numbered by
 * react-pdf at once: made twice, a 25-line quote would cost ≈ 70 % more. The first template to need
 * a second page is the invoice, from 14 lines of short designations (seller's IBAN, two VAT rates);
 * a longer text on fewer lines is still made again, only slower.
 */
export const LINES_TRIED_ON_ONE_PAGE = 10;

/** Whether a numbered document of so many lines is made as one page first (produce.ts). */
export const isShortDocument = (lines: number) => lines <= LINES_TRIED_ON_ONE_PAGE;

/** The PDF's difference from A4 that still counts as A4: react-pdf's own margin before it splits a page. */
const A4_TOLERANCE = 0.001;

/**
 * Whether the PDF is one A4 page, read from its page tree and its page's MediaBox (« /MediaBox [0 0
 * 595.280029 841.890015] »: yoga's single precision): a document made as one page that did not fit
 * comes out taller (DocumentPage).
 */
export function isOneA4Page(pdfText: string): boolean {
  const boxes = [...pdfText.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/gu)];
  if (pageCountOf(pdfText) !== 1 || boxes.length !== 1) return false;
  const [, width, height] = boxes[0] ?? [];
  return isNear(Number(width), A4.width) && isNear(Number(height), A4.height);
}

const isNear = (points: number, expected: number) => Math.abs(points - expected) <= A4_TOLERANCE;

/** The pages of a PDF as its page tree counts them (« /Type /Pages /Count N »), or undefined if not found. */
export function pageCountOf(pdfText: string): number | undefined {
  const count = /\/Type \/Pages\s+\/Count (\d+)/u.exec(pdfText)?.[1];
  return count === undefined ? undefined : Number(count);
}
