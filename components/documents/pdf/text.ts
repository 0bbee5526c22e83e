/** Text helpers of the printed documents: pure, no react-pdf. */
import { companyIdentityLine, formatDateFr, formatPercent, formatWholeEuros, type InvoiceDocument, OPERATION_NATURE_LABELS, type PostalAddress, sirenText } from "@/domain";

export type Copy = "original" | "duplicate";

export const COPY_LABELS: Readonly<Record<Copy, string>> = { original: "ORIGINAL", duplicate: "DUPLICATA" };

export const DOCUMENT_TITLES: Readonly<Record<InvoiceDocument["kind"], string>> = {
  invoice: "FACTURE",
  depositInvoice: "FACTURE D'ACOMPTE",
  creditNote: "FACTURE D'AVOIR",
};

export const VAT_ON_DEBITS_MENTION = "Option pour le paiement de la taxe d'après les débits";

export function addressLines(address: PostalAddress | undefined): string[] {
  if (!address) return [];
  return [address.street, address.complement, `${address.postalCode} ${address.city}`, address.country].filter(
    (line): line is string => line !== undefined && line !== "",
  );
}

/** The seller's identity block under its name, one line each, as both renderers print it. */
export function sellerLines(seller: InvoiceDocument["seller"]): string[] {
  return [
    ...addressLines(seller.address),
    companyIdentityLine(seller),
    seller.vatNumber ? `N° TVA intracommunautaire\u00a0: ${seller.vatNumber}` : undefined,
    seller.phone ? `Tél.\u00a0: ${seller.phone}` : undefined,
    seller.email,
  ].filter((line): line is string => line !== undefined);
}

/** The buyer's SIREN and VAT number under its address on an invoice. */
export function buyerIdentityLines(buyer: InvoiceDocument["buyer"]): string[] {
  return [buyer.siren ? sirenText(buyer.siren) : undefined, buyer.vatNumber ? `N° TVA\u00a0: ${buyer.vatNumber}` : undefined].filter(
    (line): line is string => line !== undefined,
  );
}


/** "Avoir sur facture FA-2026-00042 du 12/11/2026". */
export function creditNoteReference(original: InvoiceDocument["originalInvoice"]): string | undefined {
  if (!original?.number) return undefined;
  return `Avoir sur facture ${original.number}${original.date ? ` du ${formatDateFr(original.date)}` : ""}`;
}

/** The company's legal identity in one line, for the footer: its name, the identity line of domain/, its VAT number. */
export function legalIdentityLine(seller: InvoiceDocument["seller"]): string {
  return [seller.name, companyIdentityLine(seller), seller.vatNumber ? `TVA ${seller.vatNumber}` : undefined]
    .filter(Boolean)
    .join(" — ");
}

/**
 * The payment block of an invoice, as printed: the due date (printed in bold, so given apart), terms,
 * escompte, penalty rate, the 40 € indemnity, and the reform mentions the document carries.
 */
export function paymentLines(document: InvoiceDocument): { due: string | undefined; lines: string[] } {
  const due = document.dueDate ? `Date d'échéance\u00a0: ${formatDateFr(document.dueDate)}` : undefined;
  const lines = [
    due,
    document.paymentTermsText ? `Conditions de paiement\u00a0: ${document.paymentTermsText}` : undefined,
    document.cashDiscountCondition,
    document.latePenaltyRate !== undefined ? `Pénalités de retard\u00a0: ${formatPercent(document.latePenaltyRate)} par an, exigibles dès le lendemain de l'échéance` : undefined,
    document.recoveryIndemnityCents !== undefined ? `Indemnité forfaitaire pour frais de recouvrement\u00a0: ${formatWholeEuros(document.recoveryIndemnityCents)}` : undefined,
    transferLine(document),
    document.operationNature ? `Nature de l'opération\u00a0: ${OPERATION_NATURE_LABELS[document.operationNature]}` : undefined,
    document.vatOnDebitsMention ? VAT_ON_DEBITS_MENTION : undefined,
  ].filter((line): line is string => line !== undefined);
  return { due, lines };
}

/** Where to pay by transfer, when the seller gave its IBAN; a credit note is refunded or set off, not paid. */
function transferLine(document: InvoiceDocument): string | undefined {
  const iban = document.seller.iban;
  return iban && document.kind !== "creditNote" ? `Règlement par virement — IBAN\u00a0: ${iban}` : undefined;
}

/** A credit note has no payment to settle: its block carries the mentions only. */
export function paymentBlockTitle(document: InvoiceDocument): string {
  return document.kind === "creditNote" ? "Mentions" : "Conditions de règlement";
}
