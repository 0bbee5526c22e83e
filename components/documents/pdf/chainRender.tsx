import { pdf, renderToBuffer } from "@react-pdf/renderer";
import type { ChainDocument } from "@/domain";
import { ChainDocumentPdf } from "./ChainDocumentPdf";
import { fontsRegistered, registerFonts } from "./fonts";

export { registerFonts } from "./fonts";
export { ChainDocumentPdf } from "./ChainDocumentPdf";

/** Node (tests, scripts): the PDF bytes of a quote, order, acknowledgement or delivery note. Call `registerFonts(absolutePath)` first. */
export async function renderChainPdf(document: ChainDocument): Promise<Buffer> {
  if (!fontsRegistered()) throw new Error("registerFonts(base) doit être appelé avant de produire un PDF.");
  return renderToBuffer(<ChainDocumentPdf document={document} />);
}

/** Browser: the PDF as a Blob, fonts served from /fonts. Loaded with import() from a click handler. */
export async function renderChainPdfBlob(document: ChainDocument): Promise<Blob> {
  if (!fontsRegistered()) registerFonts("/fonts");
  return pdf(<ChainDocumentPdf document={document} />).toBlob();
}
