import type { ChainDocument } from "@/domain";
import { ChainDocumentPdf } from "./ChainDocumentPdf";
import { pdfBlob, pdfBytes } from "./produce";

export { ChainDocumentPdf } from "./ChainDocumentPdf";

/** Node (tests, scripts): the PDF bytes of a quote, order, acknowledgement or delivery note. */
export function renderChainPdf(document: ChainDocument): Promise<Buffer> {
  return pdfBytes(<ChainDocumentPdf document={document} />, { pageNumbers: true });
}

/** Browser: the same PDF as a Blob (pdf/browser.ts). */
export function renderChainPdfBlob(document: ChainDocument): Promise<Blob> {
  return pdfBlob(<ChainDocumentPdf document={document} />, { pageNumbers: true });
}
