import { pdf, renderToBuffer } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain";
import { fontsRegistered, registerFonts } from "./fonts";
import { InvoicePdf } from "./InvoicePdf";
import type { Copy } from "./text";

export { registerFonts } from "./fonts";
export { InvoicePdf } from "./InvoicePdf";
export type { Copy } from "./text";

/** Node (tests, scripts): the PDF bytes. Call `registerFonts(absolutePath)` first. */
export async function renderInvoicePdf(document: InvoiceDocument, copy: Copy = "original", reason?: string): Promise<Buffer> {
  if (!fontsRegistered()) throw new Error("registerFonts(base) doit être appelé avant de produire un PDF.");
  return renderToBuffer(<InvoicePdf document={document} copy={copy} reason={reason} />);
}

/** Browser: the PDF as a Blob, fonts served from /fonts. Loaded with import() from a click handler. */
export async function renderDocumentPdf(document: InvoiceDocument, copy: Copy = "original", reason?: string): Promise<Blob> {
  if (!fontsRegistered()) registerFonts("/fonts");
  return pdf(<InvoicePdf document={document} copy={copy} reason={reason} />).toBlob();
}
