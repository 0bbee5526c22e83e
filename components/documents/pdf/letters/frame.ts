/**
 * What frames a letter — its title, the parties, place and date, subject, signature, legal footer —
 * drawn alike by the PDF (LetterLayout) and the screen (LetterView). Pure data: no react-pdf here,
 * the screen views import it.
 */
import type { DunningLetter, LetterParty, PaymentOrderSummary } from "@/domain";

export interface LetterFrameData {
  /** The document's title (PDF metadata) and the view's accessible name. */
  title: string;
  sender: LetterParty;
  recipient: LetterParty;
  placeAndDate: string;
  /** "Lettre recommandée avec accusé de réception", printed above the subject. */
  registeredMail?: string | null;
  subject: string;
  /** The signature block, one line each: name and title, or the department. */
  signature: readonly string[];
  /** The seller's legal identity, at the foot of every page. */
  legalFooter: string;
  /** Printed small after the signature ("Ne pas tenir compte de ce courrier…"). */
  postscript?: string | null;
}

/** A reminder, the registered reminder or the formal notice. */
export function dunningLetterFrame(letter: DunningLetter): LetterFrameData {
  return {
    title: `${letter.title} — ${letter.invoiceReferences[0]?.value ?? ""}`,
    sender: letter.sender,
    recipient: letter.recipient,
    placeAndDate: letter.placeAndDate,
    registeredMail: letter.registeredMail,
    subject: letter.subject,
    signature: letter.signature,
    legalFooter: letter.legalFooter,
    postscript: letter.alreadyPaidNotice,
  };
}

/** The summary of an injonction de payer request, addressed to the court's clerk. */
export function paymentOrderFrame(summary: PaymentOrderSummary): LetterFrameData {
  return {
    title: summary.title,
    sender: summary.creditor,
    recipient: { name: summary.court, lines: ["Service des injonctions de payer", summary.form] },
    placeAndDate: summary.placeAndDate,
    subject: `Objet\u00a0: ${summary.title}`,
    signature: summary.signature,
    legalFooter: summary.legalFooter,
  };
}
