/**
 * The PDF side of the browser, one module loaded by import() (components/documents/download.ts):
 * react-pdf, the templates and the fonts (fontData.ts) arrive together, never in a page's first load.
 */
import { whenIdle } from "@/store/whenIdle";
import { renderChainPdfBlob as renderChain } from "./chainRender";
import { loadFonts } from "./fonts";
import { idleWarmUp } from "./idleWarmUp";
import { InvoicePdf } from "./InvoicePdf";
import { renderLetterPdfBlob as renderLetter } from "./letters/render";
import { isShortDocument } from "./pageNumbering";
import { pdfBlob } from "./produce";
import { renderDocumentPdf as renderInvoice } from "./render";
import { WARM_UP_INVOICE } from "./warmUpInvoice";

/** How long the sample invoice waits for an idle moment at most (issue 16: ready 2 s after the screen). */
const SAMPLE_DEADLINE_MS = 500;

/**
 * A whole invoice laid out while the browser is idle (warmUpInvoice.ts): after a one-line PDF only,
 * the learner's first invoice took twice the main thread's time of the next ones (react-pdf's
 * table, border, pagination and page-number code not yet compiled, the fonts' layout tables not yet
 * read). Dropped if the learner asks for a PDF first (idleWarmUp.ts).
 */
const sampleInvoice = idleWarmUp(
  () => pdfBlob(<InvoicePdf document={WARM_UP_INVOICE} copy="original" />, { onePageFirst: isShortDocument(WARM_UP_INVOICE.lines.length) }),
  (run) => whenIdle(run, SAMPLE_DEADLINE_MS),
);

/**
 * What a click waits for, made while the browser is idle: the fonts decoded and primed (fonts.ts).
 * The sample invoice follows at the next idle moment, so that the learner's input passes between
 * the two (issue 16, docs/decisions/0125 and 0140).
 */
export async function warmUp(): Promise<void> {
  await loadFonts();
  sampleInvoice.schedule();
}

/** A renderer of the browser that waits for the sample invoice if it has started, and drops it otherwise. */
function afterSample<Args extends unknown[]>(render: (...args: Args) => Promise<Blob>): (...args: Args) => Promise<Blob> {
  return (...args) => sampleInvoice.before(() => render(...args));
}

export const renderDocumentPdf = afterSample(renderInvoice);
export const renderChainPdfBlob = afterSample(renderChain);
export const renderLetterPdfBlob = afterSample(renderLetter);
