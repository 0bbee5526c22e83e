import { pdf, renderToBuffer } from "@react-pdf/renderer";
import type { DunningLetter, PaymentOrderSummary } from "@/domain";
import { fontsRegistered, registerFonts } from "../fonts";
import { DunningLetterPdf } from "./DunningLetterPdf";
import { PaymentOrderSummaryPdf } from "./PaymentOrderSummaryPdf";

export { registerFonts } from "../fonts";
export { DunningLetterPdf } from "./DunningLetterPdf";
export { PaymentOrderSummaryPdf } from "./PaymentOrderSummaryPdf";
export { LetterLayout } from "./LetterLayout";

/** What can be printed as a letter: a dunning letter, or the summary of an injonction de payer. */
export type LetterDocument = DunningLetter | PaymentOrderSummary;

function isDunningLetter(doc: LetterDocument): doc is DunningLetter {
  return "step" in doc;
}

function letterElement(doc: LetterDocument) {
  return isDunningLetter(doc) ? <DunningLetterPdf letter={doc} /> : <PaymentOrderSummaryPdf summary={doc} />;
}

/** Node (tests, scripts): the PDF bytes. Call `registerFonts(absolutePath)` first. */
export async function renderLetterPdf(doc: LetterDocument): Promise<Buffer> {
  if (!fontsRegistered()) throw new Error("registerFonts(base) doit être appelé avant de produire un PDF.");
  return renderToBuffer(letterElement(doc));
}

/** Browser: the PDF as a Blob, fonts served from /fonts. Loaded with import() from a click handler. */
export async function renderLetterPdfBlob(doc: LetterDocument): Promise<Blob> {
  if (!fontsRegistered()) registerFonts("/fonts");
  return pdf(letterElement(doc)).toBlob();
}
