/**
 * What the page and the PDF worker say to each other (docs/decisions/0164). Types only: the page
 * imports none of react-pdf through here.
 */
import type { renderChainPdfBlob } from "./chainRender";
import type { renderLetterPdfBlob } from "./letters/render";
import type { renderDocumentPdf } from "./render";

/** A document to print, with what its renderer takes: plain data, copied to the worker as it is. */
export type PdfJob =
  | { kind: "invoice"; args: Parameters<typeof renderDocumentPdf> }
  | { kind: "chain"; args: Parameters<typeof renderChainPdfBlob> }
  | { kind: "letter"; args: Parameters<typeof renderLetterPdfBlob> };

/** A job as the page posts it: its number tells which answer is its own. */
export type PdfRequest = PdfJob & { id: number };

/**
 * The worker's answers: ready once the fonts are decoded (or why not), then each PDF made, or why
 * it failed, under its request's number.
 */
export type PdfWorkerMessage =
  | { kind: "ready" }
  | { kind: "notReady"; message: string }
  | { kind: "made"; id: number; blob: Blob }
  | { kind: "failed"; id: number; message: string };
