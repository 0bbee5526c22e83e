import type { DunningLetter, PaymentOrderSummary } from "@/domain";
import { pdfBlob, pdfBytes } from "../produce";
import { DunningLetterPdf } from "./DunningLetterPdf";
import { PaymentOrderSummaryPdf } from "./PaymentOrderSummaryPdf";

export { DunningLetterPdf } from "./DunningLetterPdf";
export { PaymentOrderSummaryPdf } from "./PaymentOrderSummaryPdf";
export { LetterLayout } from "./LetterLayout";

/** What can be printed as a letter: a dunning letter, or the summary of an injonction de payer. */
export type LetterDocument = DunningLetter | PaymentOrderSummary;

function isDunningLetter(doc: LetterDocument): doc is DunningLetter {
  return "step" in doc;
}

/** A letter nearly always holds on one page: made that way first (docs/decisions/0168). */
const LETTER_OPTIONS = { onePageFirst: true };

function letterElement(doc: LetterDocument) {
  return isDunningLetter(doc) ? <DunningLetterPdf letter={doc} /> : <PaymentOrderSummaryPdf summary={doc} />;
}

/** Node (tests, scripts): the PDF bytes of a letter. */
export function renderLetterPdf(doc: LetterDocument): Promise<Buffer> {
  return pdfBytes(letterElement(doc), LETTER_OPTIONS);
}

/** Browser: the same PDF as a Blob (pdf/browser.ts). */
export function renderLetterPdfBlob(doc: LetterDocument): Promise<Blob> {
  return pdfBlob(letterElement(doc), LETTER_OPTIONS);
}
