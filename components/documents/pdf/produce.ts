import { pdf, renderToBuffer } from "@react-pdf/renderer";
import { cloneElement, createElement, isValidElement } from "react";
import { toPrintable } from "@/domain";
import { loadFonts } from "./fonts";
import { LINES_TRIED_ON_ONE_PAGE, pageCountOf, PageNumberingContext } from "./pageNumbering";

/** A document element as react-pdf takes it (`<InvoicePdf …/>`, `<ChainDocumentPdf …/>`, a letter). */
export type PdfElement = Parameters<typeof renderToBuffer>[0];

/** The data with every text as the fonts print it (`toPrintable`): a Greek letter or an emoji becomes « □ ». */
function printableData(value: unknown): unknown {
  if (typeof value === "string") return toPrintable(value);
  if (Array.isArray(value)) return value.map(printableData);
  if (typeof value === "object" && value !== null && !isValidElement(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableData(item)]));
  }
  return value;
}

/** The document, its data made printable: one place for every template, since any of their texts may come from a teacher. */
function printable(element: PdfElement): PdfElement {
  return cloneElement(element, printableData(element.props) as typeof element.props);
}

/** A template numbering its pages « page N / M » (LegalFooter) says how many lines its document has; the letters say nothing. */
export interface PdfOptions {
  pageNumbers?: { lines: number };
}

/**
 * A short document numbered « page N / M » is made as one page first, its number written as text:
 * react-pdf would otherwise lay each page out twice more for the number (docs/decisions/0155). Only
 * when the PDF made counts more than one page is it made again, numbered by react-pdf.
 */
async function made<Pdf>(element: PdfElement, { pageNumbers }: PdfOptions, render: (element: PdfElement) => Promise<Pdf>, textOf: (pdf: Pdf) => Promise<string>): Promise<Pdf> {
  await loadFonts();
  const document = printable(element);
  if (pageNumbers === undefined || pageNumbers.lines > LINES_TRIED_ON_ONE_PAGE) return render(document);
  const asOnePage = await render(createElement(PageNumberingContext.Provider, { value: "one page" }, document) as PdfElement);
  return pageCountOf(await textOf(asOnePage)) === 1 ? asOnePage : render(document);
}

/** Node (tests, scripts): the PDF bytes, with the embedded fonts. */
export function pdfBytes(element: PdfElement, options: PdfOptions = {}): Promise<Buffer> {
  return made(element, options, renderToBuffer, async (bytes) => bytes.toString("latin1"));
}

/** Browser: the PDF as a Blob, with the same fonts (loaded by import(), components/documents/download.ts). */
export function pdfBlob(element: PdfElement, options: PdfOptions = {}): Promise<Blob> {
  return made(element, options, (document) => pdf(document).toBlob(), (blob) => blob.text());
}
