/**
 * The PDF worker's work (docs/decisions/0164), apart from its entry (worker.ts) so that Node's tests
 * run it on a scope of their own: the fonts decoded first, then the sample invoice that compiles
 * react-pdf's code (docs/decisions/0140), laid out a few times so that V8 optimises it (0166), until
 * a document is asked for, then each document in the order asked, one at a time.
 */
import { renderChainPdfBlob } from "./chainRender";
import { loadFonts } from "./fonts";
import { InvoicePdf } from "./InvoicePdf";
import { renderLetterPdfBlob } from "./letters/render";
import { isShortDocument } from "./pageNumbering";
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
  return pdfBlob(<InvoicePdf document={WARM_UP_INVOICE} copy="original" />, { onePageFirst: isShortDocument(WARM_UP_INVOICE.lines.length) });
}

/**
 * How many times the sample is laid out while nothing is asked: the first one compiles react-pdf's
 * code, the next three let V8 optimise it, which the learner's first PDF would otherwise pay for
 * (docs/decisions/0166: more did not make it faster, and a click may come before they are done).
 */
export const SAMPLE_RENDERS = 4;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The sample laid out again and again until a document is asked, `SAMPLE_RENDERS` times at most; a failure ends it. */
async function layOutSamples(sample: () => Promise<unknown>, nothingAsked: () => boolean): Promise<void> {
  for (let made = 0; made < SAMPLE_RENDERS && nothingAsked(); made += 1) {
    if (!(await sample().then(() => true, () => false))) return;
  }
}

export function servePdfJobs(scope: PdfWorkerScope, sample: () => Promise<unknown> = sampleInvoice): void {
  let asked = 0;
  // One render at a time, in order: the sample first unless a document was asked while the fonts loaded.
  let queue: Promise<unknown> = loadFonts().then(
    () => {
      scope.postMessage({ kind: "ready" });
      return layOutSamples(sample, () => asked === 0);
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
