import { pdf, renderToBuffer } from "@react-pdf/renderer";
import { cloneElement, isValidElement } from "react";
import { toPrintable } from "@/domain";
import { loadFonts } from "./fonts";

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

/** Node (tests, scripts): the PDF bytes, with the embedded fonts. */
export async function pdfBytes(element: PdfElement): Promise<Buffer> {
  await loadFonts();
  return renderToBuffer(printable(element));
}

/** Browser: the PDF as a Blob, with the same fonts (loaded by import(), components/documents/download.ts). */
export async function pdfBlob(element: PdfElement): Promise<Blob> {
  await loadFonts();
  return pdf(printable(element)).toBlob();
}
