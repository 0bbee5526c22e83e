import type { InvoiceDocument } from "@/domain";
import { InvoicePdf } from "./InvoicePdf";
import { isShortDocument } from "./pageNumbering";
import { pdfBlob, pdfBytes } from "./produce";
import type { Copy } from "./text";

export { InvoicePdf } from "./InvoicePdf";
export type { Copy } from "./text";

/** Node (tests, scripts): the PDF bytes of an invoice, deposit invoice or credit note. */
export function renderInvoicePdf(document: InvoiceDocument, copy: Copy = "original", reason?: string): Promise<Buffer> {
  return pdfBytes(<InvoicePdf document={document} copy={copy} reason={reason} />, { onePageFirst: isShortDocument(document.lines.length) });
}

/** Browser: the same PDF as a Blob (pdf/browser.ts). */
export function renderDocumentPdf(document: InvoiceDocument, copy: Copy = "original", reason?: string): Promise<Blob> {
  return pdfBlob(<InvoicePdf document={document} copy={copy} reason={reason} />, { onePageFirst: isShortDocument(document.lines.length) });
}
