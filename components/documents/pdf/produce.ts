import { pdf, type renderToBuffer } from "@react-pdf/renderer";
import { cloneElement, createElement, isValidElement } from "react";
import { toPrintable } from "@/domain";
import { loadFonts } from "./fonts";
import { isOneA4Page, PageNumberingContext } from "./pageNumbering";

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

export interface PdfOptions {
  /**
   * Made as one page first (DocumentPage, docs/decisions/0155, 0168): a letter, or a numbered
   * document short enough (`isShortDocument`); kept only if it is one A4 page.
   */
  onePageFirst?: boolean;
}

/**
 * The PDF's bytes, gathered from react-pdf's stream, in Node and in the browser alike. The browser
 * used to take react-pdf's Blob and read it back for its page count (`blob.text()`): an
 * asynchronous trip through the browser's blob store, 10 to 40 ms of a click's wait
 * (docs/decisions/0159). The bytes are at hand here; the Blob is made once, from them.
 */
async function renderedBytes(document: PdfElement): Promise<Uint8Array<ArrayBuffer>> {
  const stream = await pdf(document).toBuffer();
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    stream.on("data", (chunk: Uint8Array | ArrayBuffer) => chunks.push(chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk)));
    stream.on("end", () => resolve(joined(chunks)));
    stream.on("error", reject);
  });
}

function joined(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * A letter or a short numbered document is made as one page first, its page not paginated and its
 * number « page 1 / 1 » written as text: react-pdf would otherwise lay the page out once more to
 * paginate it, and twice more for the number (docs/decisions/0155, 0168). Only when the PDF made is
 * not one A4 page is it made again, paginated (and numbered) by react-pdf.
 */
async function made(element: PdfElement, { onePageFirst = false }: PdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  await loadFonts();
  const document = printable(element);
  if (!onePageFirst) return renderedBytes(document);
  const asOnePage = await renderedBytes(createElement(PageNumberingContext.Provider, { value: "one page" }, document) as PdfElement);
  return isOneA4Page(new TextDecoder("latin1").decode(asOnePage)) ? asOnePage : renderedBytes(document);
}

/** Node (tests, scripts): the PDF bytes, with the embedded fonts. */
export async function pdfBytes(element: PdfElement, options: PdfOptions = {}): Promise<Buffer> {
  const bytes = await made(element, options);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Browser: the PDF as a Blob, with the same fonts (loaded by import(), components/documents/download.ts). */
export async function pdfBlob(element: PdfElement, options: PdfOptions = {}): Promise<Blob> {
  return new Blob([await made(element, options)], { type: "application/pdf" });
}
