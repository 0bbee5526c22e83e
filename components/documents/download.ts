/**
 * Downloads of the printed documents from the player. The PDF library (react-pdf, ≈ 440 kB gz) is
 * loaded with import() inside each function, on the learner's click: never import `./pdf/*` statically
 * from anything a page imports.
 */
import type { ChainDocument, DunningLetter, InvoiceDocument, PaymentOrderSummary } from "@/domain";
import { saveBlob } from "@/components/ui/saveFile";

export type PdfCopy = "original" | "duplicate";

/** "FA-2026-00042.pdf", "FA-2026-00042-duplicata.pdf", "Relance 1 FA-2026-00042" → "Relance-1-FA-2026-00042.pdf". */
export function pdfFileName(name: string, copy: PdfCopy = "original"): string {
  const safe = name.replace(/\.pdf$/iu, "").replace(/[^\p{L}\p{N}._-]+/gu, "-");
  return `${safe}${copy === "duplicate" ? "-duplicata" : ""}.pdf`;
}

/** Renders the invoice, deposit invoice or credit note and downloads it under its number. */
export async function downloadInvoicePdf(invoice: InvoiceDocument, copy: PdfCopy = "original", reason?: string): Promise<void> {
  const { renderDocumentPdf } = await import("./pdf/render");
  const blob = await renderDocumentPdf(invoice, copy, reason);
  // An invoice given to control may lack its number: that is one of the anomalies to find.
  saveBlob(blob, pdfFileName(invoice.number ?? "facture-sans-numero", copy));
}

/** Renders a quote, a customer's order, an acknowledgement or a delivery note and downloads it. */
export async function downloadChainPdf(document: ChainDocument, fileName: string): Promise<void> {
  const { renderChainPdfBlob } = await import("./pdf/chainRender");
  const blob = await renderChainPdfBlob(document);
  saveBlob(blob, pdfFileName(fileName));
}

/** Renders a dunning letter or the summary of an injonction de payer and downloads it. */
export async function downloadLetterPdf(letter: DunningLetter | PaymentOrderSummary, fileName: string): Promise<void> {
  const { renderLetterPdfBlob } = await import("./pdf/letters/render");
  const blob = await renderLetterPdfBlob(letter);
  saveBlob(blob, pdfFileName(fileName));
}
