/** Small readers of the values an invoice prints, shared by the mentions and the arithmetic. */
import { VAT_RATES, type DocumentReductions, type PostalAddress, type InvoiceDocument } from "../documents";
import type { Cents } from "../money";
import type { MentionIssue } from "./vocabulary";

/** Printed blank: absent or spaces only. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** Printed identifiers often carry spaces ("842 157 638", "FR 62 842157638"). */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/gu, "").toUpperCase();
}

export const quantityFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });

export function lineLabel(index: number): string {
  return `Ligne ${index + 1}`;
}

export const ADDRESS_PARTS: readonly { key: "street" | "postalCode" | "city"; label: string }[] = [
  { key: "street", label: "rue" },
  { key: "postalCode", label: "code postal" },
  { key: "city", label: "ville" },
];

/** The parts of an address that are blank ("rue", "code postal", "ville"). */
export function missingAddressParts(address: PostalAddress): { key: string; label: string }[] {
  return ADDRESS_PARTS.filter(({ key }) => isBlank(address[key]));
}


const MISSING = "missing";

export function missing(field: string, message: string): MentionIssue {
  return { reason: MISSING, field, message };
}

export function isMissing(issue: Pick<MentionIssue, "reason">): boolean {
  return issue.reason === MISSING;
}

export function isKnownVatRate(rate: number): boolean {
  return (VAT_RATES as readonly number[]).includes(rate);
}

type CommercialGroup = "tradeDiscounts" | "allowances" | "rebates";
export type ReductionGroup = CommercialGroup | "cashDiscount";

/** The non-zero rates of a group: a 0 % reduction is no reduction. */
export function groupRates(reductions: DocumentReductions | undefined, key: ReductionGroup): number[] {
  if (reductions === undefined) return [];
  const raw = key === "cashDiscount" ? (reductions.cashDiscount === undefined ? [] : [reductions.cashDiscount]) : (reductions[key] ?? []);
  return raw.filter((rate) => rate !== 0);
}

/** The TTC of the deposit invoices the invoice cites (docs/decisions/0089). */
export function citedDepositsCents(doc: InvoiceDocument): Cents {
  return (doc.deposits ?? []).reduce((sum, d) => sum + d.inclTaxCents, 0);
}
