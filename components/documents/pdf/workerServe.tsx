/**
 * The PDF worker's work (docs/decisions/0164), apart from its entry (worker.ts) so that Node's tests
 * run it on a scope of their own: the fonts decoded first, then the sample invoice that compiles
 * react-pdf's code (docs/decisions/0140) unless a document is already asked for, then each document
 * in the order asked, one at a time.
 */
import { renderChainPdfBlob } from "./chainRender";
import { loadFonts } from "./fonts";
import { InvoicePdf } from "./InvoicePdf";
import { renderLetterPdfBlob } from "./letters/render";
import { pdfBlob } from "./produce";
import { renderDocumentPdf } from "./render";
import { WARM_UP_INVOICE } from "./warmUpInvoice";
import type { PdfJob, PdfRequest, PdfWorkerMessage } from "./workerMessages";

/** What the worker needs of its global scope. */
export interface PdfWorkerScope {
  postMessage: (message: PdfWorkerMessage) => void;
  addEventListener: (type: "message", listener: (event: { data: PdfRequest }) => void) => void;
}

/** The PDF of one job, by the same renderers as the page's own (pdf/browser.tsx). */
export function makePdf(job: PdfJob): Promise<Blob> {
  switch (job.kind) {
    case "invoice":
      return renderDocumentPdf(...job.args);
    case "chain":
      return renderChainPdfBlob(...job.args);
    case "letter":
      return renderLetterPdfBlob(...job.args);
  }
}

function sampleInvoice(): Promise<Blob> {
  return pdfBlob(<InvoicePdf document={WARM_UP_INVOICE} copy="original" />, { pageNumbers: { lines: WARM_UP_INVOICE.lines.length } });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function servePdfJobs(scope: PdfWorkerScope, sample: () => Promise<unknown> = sampleInvoice): void {
  let asked = 0;
  // One render at a time, in order: the sample first unless a document was asked while the fonts loaded.
  let queue: Promise<unknown> = loadFonts().then(
    () => {
      scope.postMessage({ kind: "ready" });
      return asked === 0 ? sample().catch(() => undefined) : undefined;
    },
    (error: unknown) => scope.postMessage({ kind: "notReady", message: messageOf(error) }),
  );
  scope.addEventListener("message", ({ data: request }) => {
    asked += 1;
    queue = queue
      .then(() => makePdf(request))
      .then(
        (blob) => scope.postMessage({ kind: "made", id: request.id, blob }),
        (error: unknown) => scope.postMessage({ kind: "failed", id: request.id, message: messageOf(error) }),
      );
  });
}
