/**
 * The seller's legal identity (C. com. art. R123-237: legal form, share capital, SIREN, RCS and
 * the registry's city), written one way on every document the PGI prints: invoice, chain
 * documents, letters, on paper and on screen (docs/decisions/0087).
 */
import type { SellerIdentity } from "./documents";
import { formatEuros } from "./money";

/** "842 157 638": a SIREN as printed, in three groups; anything else is printed as given. */
export function formatSiren(siren: string): string {
  return /^\d{9}$/u.test(siren) ? `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` : siren;
}

/** "SIREN 842 157 638": any company's SIREN (seller, buyer, debtor), printed one way. */
export function sirenText(siren: string): string {
  return `SIREN ${formatSiren(siren)}`;
}

/** What the identity line is made of; a document to control may lack any of it. */
export type CompanyIdentityParts = Partial<Pick<SellerIdentity, "legalForm" | "shareCapitalCents" | "siren" | "rcsCity">>;

/**
 * "SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lille". Only what the seller holds is
 * printed: an invoice to control that lacks its SIREN shows « RCS Lille » alone, for the learner
 * to notice. Undefined when there is nothing to print.
 */
export function companyIdentityLine(seller: Pick<SellerIdentity, "legalForm" | "shareCapitalCents" | "siren" | "rcsCity">): string;
export function companyIdentityLine(seller: CompanyIdentityParts): string | undefined;
export function companyIdentityLine(seller: CompanyIdentityParts): string | undefined {
  const capital = seller.shareCapitalCents !== undefined ? `au capital de ${formatEuros(seller.shareCapitalCents)}` : undefined;
  const form = [seller.legalForm, capital].filter((part) => part !== undefined && part !== "").join(" ");
  const parts = [
    form === "" ? undefined : form,
    seller.siren !== undefined && seller.siren !== "" ? sirenText(seller.siren) : undefined,
    seller.rcsCity !== undefined && seller.rcsCity !== "" ? `RCS ${seller.rcsCity}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(" — ");
}
