/**
 * The administrative fines of the Code de commerce a faulty invoice exposes the seller to, beside
 * the tax fine of 15 € per mention (CGI art. 1737, `fineEstimateCents` in control/check.ts):
 * - L441-9: the invoicing rules (the mentions that article lists: parties, addresses, date of sale,
 *   quantity, precise description, unit price HT, reductions, purchase-order number, due date,
 *   escompte, late-penalty rate, recovery indemnity);
 * - L441-16: payment terms (a due date beyond the legal maximum, a late-penalty rate or indemnity
 *   missing from the payment conditions, a penalty rate below the legal floor).
 * Maxima, not amounts: the administration (DGCCRF) sets the fine. Which mention falls under which
 * article is said by each mention's record (domain/control/mentions/). Decisions: docs/decisions/0088.
 */
import { formatWholeEuros, type Cents } from "./money";

export type AdministrativeFineArticle = "L441-9" | "L441-16";

export interface AdministrativeFine {
  article: AdministrativeFineArticle;
  /** "C. com. art. L441-9". */
  reference: string;
  /** What the article sanctions, in the course's words. */
  subject: string;
  naturalPersonMaxCents: Cents;
  legalPersonMaxCents: Cents;
  /** Both maxima are doubled on a repeat within two years of a final sanction. */
  repeatMultiplier: number;
  /** The glossary entry that explains it. */
  glossaryId: string;
}

export const ADMINISTRATIVE_FINES: Readonly<Record<AdministrativeFineArticle, AdministrativeFine>> = {
  "L441-9": {
    article: "L441-9",
    reference: "C. com. art. L441-9",
    subject: "manquement aux règles de facturation",
    naturalPersonMaxCents: 7_500_000,
    legalPersonMaxCents: 37_500_000,
    repeatMultiplier: 2,
    glossaryId: "invoicingFine",
  },
  "L441-16": {
    article: "L441-16",
    reference: "C. com. art. L441-16",
    subject: "manquement aux délais et conditions de paiement",
    naturalPersonMaxCents: 7_500_000,
    legalPersonMaxCents: 200_000_000,
    repeatMultiplier: 2,
    glossaryId: "paymentTermsFine",
  },
};

/** "jusqu'à 75 000 € pour une personne physique et 375 000 € pour une personne morale, le double (150 000 € et 750 000 €) en cas de réitération dans les deux ans". */
export function fineMaximaText(article: AdministrativeFineArticle): string {
  const fine = ADMINISTRATIVE_FINES[article];
  const repeat = `${formatWholeEuros(fine.naturalPersonMaxCents * fine.repeatMultiplier)} et ${formatWholeEuros(fine.legalPersonMaxCents * fine.repeatMultiplier)}`;
  return (
    `jusqu'à ${formatWholeEuros(fine.naturalPersonMaxCents)} pour une personne physique et ${formatWholeEuros(fine.legalPersonMaxCents)} pour une personne morale, ` +
    `le double (${repeat}) en cas de réitération dans les deux ans`
  );
}

/** The sentence the control feedback adds to an anomaly: which article, what it sanctions, the maxima. */
export function administrativeFineText(article: AdministrativeFineArticle): string {
  const fine = ADMINISTRATIVE_FINES[article];
  return `Amende administrative encourue (${fine.reference}, ${fine.subject})\u00a0: ${fineMaximaText(article)}.`;
}
