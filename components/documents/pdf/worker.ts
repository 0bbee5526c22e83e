/**
 * The entry of the PDF worker (docs/decisions/0164), started by components/documents/pdfWorker.ts:
 * react-pdf, the templates and the fonts are compiled, decoded and run here, off the page's thread.
 */
import { servePdfJobs, type PdfWorkerScope } from "./workerServe";

servePdfJobs(self as unknown as PdfWorkerScope);
