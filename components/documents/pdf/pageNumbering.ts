import { createContext } from "react";

/**
 * How the foot of a page says « page N / M » (LegalFooter). "counted": react-pdf's `render`, which
 * lays the whole page out again for each page once the count is known (3 layouts of a one-page
 * invoice instead of 1: ≈ 18 % of its making, docs/decisions/0155). "one page": the text
 * « page 1 / 1 » written as it is, right only when the document has one page: produce.ts makes it
 * that way first, and again counted when the PDF it made has more than one page.
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

/** The pages of a PDF as its page tree counts them (« /Type /Pages /Count N »), or undefined if not found. */
export function pageCountOf(pdfText: string): number | undefined {
  const count = /\/Type \/Pages\s+\/Count (\d+)/u.exec(pdfText)?.[1];
  return count === undefined ? undefined : Number(count);
}
