/**
 * The PDF side of the browser, one module loaded by import() (components/documents/download.ts):
 * react-pdf, the templates and the fonts (fontData.ts) arrive together, never in a page's first load.
 */
import { whenIdle } from "@/components/ui/whenIdle";
import { loadFonts } from "./fonts";
import { InvoicePdf } from "./InvoicePdf";
import { pdfBlob } from "./produce";
import { WARM_UP_INVOICE } from "./warmUpInvoice";

export { renderDocumentPdf } from "./render";
export { renderChainPdfBlob } from "./chainRender";
export { renderLetterPdfBlob } from "./letters/render";

/** How long a step of the warm-up waits for an idle moment at most (the 2 s of issue 16 hold both steps). */
const STEP_DEADLINE_MS = 500;

function nextIdleMoment(): Promise<void> {
  return new Promise((resolve) => whenIdle(resolve, STEP_DEADLINE_MS));
}

/**
 * Made while the browser is idle, in two steps so that the learner's input passes between them: the
 * fonts decoded and primed (fonts.ts), then a whole invoice laid out (warmUpInvoice.ts). A one-line
 * PDF left the learner's first invoice 2 to 3 times slower than the next ones: react-pdf's table,
 * border, pagination and page-number code not yet compiled, the fonts' layout tables not yet read
 * (issue 16, docs/decisions/0125 and 0140).
 */
export async function warmUp(): Promise<void> {
  await loadFonts();
  await nextIdleMoment();
  await pdfBlob(<InvoicePdf document={WARM_UP_INVOICE} copy="original" />);
}
