import type { ChainDocument } from "@/domain";
import { ChainDocumentPdf } from "./ChainDocumentPdf";
import { isShortDocument } from "./pageNumbering";
import { pdfBlob, pdfBytes } from "./produce";

export { ChainDocumentPdf } from "./ChainDocumentPdf";

/** The printed lines: priced (quote, order, acknowledgement) or delivered (delivery note). */
function chainLineCount(document: ChainDocument): number {
  return document.pricing?.lines.length ?? document.deliveredLines?.length ?? 0;
}

/** Node (tests, scripts): the PDF bytes of a quote, order, acknowledgement or delivery note. */
export function renderChainPdf(document: ChainDocument): Promise<Buffer> {
  return pdfBytes(<ChainDocumentPdf document={document} />, { onePageFirst: isShortDocument(chainLineCount(document)) });
}

/** Browser: the same PDF as a Blob (pdf/browser.ts). */
export function renderChainPdfBlob(document: ChainDocument): Promise<Blob> {
  return pdfBlob(<ChainDocumentPdf document={document} />, { onePageFirst: isShortDocument(chainLineCount(document)) });
}
