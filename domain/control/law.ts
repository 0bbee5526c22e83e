/**
 * What the law says and when: the references the findings cite, the reform calendar, and the
 * conditions under which a mention is due.
 */
import { compareDates, type IsoDate } from "../dates";
import type { CompanySize } from "../documents";
import { isBlank } from "./printed";
import type { MentionCondition } from "./vocabulary";

export const COURSE = "Cours C6 — contrôle de la facture";
export const L441_9 = "C. com. art. L441-9";
export const CGI_242 = "CGI ann. II art. 242 nonies A";
export const INVOICE_LAW = `${L441_9}\u00a0; ${CGI_242}`;
export const COMPANY_IDENTITY = "C. com. art. R123-237";
export const DUE_DATE_MAXIMUM = "C. com. art. L441-10";
export const REFORM = `${CGI_242} (mentions de la réforme de la facturation électronique)`;
export const ARITHMETIC = "Cours C6 — contrôle de la facture (calcul de la facture)";

/** The same mention on both lists: the course names it, the law says it. */
export function courseAnd(legal: string): string {
  return `${COURSE}\u00a0; ${legal}`;
}

/** First day on which the reform mentions are due, by seller size (domain.md, e-invoicing reform). */
export const REFORM_START_DATES: Readonly<Record<CompanySize, IsoDate>> = {
  large: "2026-09-01",
  midSize: "2026-09-01",
  small: "2027-09-01",
  micro: "2027-09-01",
};

/**
 * Whether the reform mentions are due on an invoice issued on `issueDate` by a seller of `size`.
 * An unknown size is treated as small: the later date, so that no learner is asked for a mention
 * the law may not yet require (docs/decisions/0031).
 */
export function isReformApplicable(size: CompanySize | undefined, issueDate: IsoDate): boolean {
  return compareDates(issueDate, reformStartDate(size)) >= 0;
}

/** The day the reform reaches a seller of `size` (unknown: the later date, as above). */
export function reformStartDate(size: CompanySize | undefined): IsoDate {
  return REFORM_START_DATES[size ?? "small"];
}


/** A credit note is refunded or set off, not paid by a due date: payment mentions concern invoices. */
export const PAYABLE: MentionCondition = { when: (doc) => doc.kind !== "creditNote", otherwise: "un avoir ne se règle pas à une échéance" };

/** L441-10 penalties and the 40 € indemnity are B2B mentions: not asked of an invoice to a known consumer. */
export const PAYABLE_BY_PROFESSIONAL: MentionCondition = {
  when: (doc, ctx) => PAYABLE.when(doc, ctx) && ctx.expected.buyerProfessional !== false,
  // The reason names what the learner missed: the buyer is a private person, not a payment date.
  otherwise: (doc, ctx) =>
    PAYABLE.when(doc, ctx)
      ? "l'acheteur est un particulier\u00a0: le taux des pénalités de l'article L441-10 et l'indemnité forfaitaire de 40\u00a0€ ne concernent que les factures entre professionnels"
      : "un avoir ne se règle pas à une échéance",
};

const REFORM_NOT_DUE = "les mentions de la réforme ne s'appliquent pas encore à ce vendeur à cette date, ou le cas ne se présente pas";

export const WHEN_REFORM: MentionCondition = { when: (_doc, ctx) => ctx.reformApplies, otherwise: REFORM_NOT_DUE };

export const DELIVERED_ELSEWHERE: MentionCondition = { when: (_doc, ctx) => ctx.reformApplies && ctx.expected.deliveryAddressDiffers === true, otherwise: REFORM_NOT_DUE };

/** Due with the reform; before it, a nature printed all the same must not contradict the lines. */
export const NATURE_DUE_OR_PRINTED: MentionCondition = {
  when: (doc, ctx) => ctx.reformApplies || (doc.operationNature !== undefined && ctx.expected.operationNature !== undefined),
  otherwise: REFORM_NOT_DUE,
};

export const VAT_ON_DEBITS_CHOSEN: MentionCondition = { when: (doc, ctx) => ctx.reformApplies && doc.seller.vatOnDebits === true, otherwise: REFORM_NOT_DUE };

export const CREDIT_NOTE: MentionCondition = { when: (doc) => doc.kind === "creditNote", otherwise: "ce n'est pas un avoir" };

const INDIVIDUAL_FORMS = /^(ei|eirl|entrepreneur individuel|entreprise individuelle|micro-entrepreneur|auto-entrepreneur)$/iu;

/** An individual entrepreneur has no share capital to print. */
export const WITH_SHARE_CAPITAL: MentionCondition = {
  when: (doc) => !INDIVIDUAL_FORMS.test((doc.seller.legalForm ?? "").trim()),
  otherwise: "un entrepreneur individuel n'a pas de capital social",
};

export const PURCHASE_ORDER_KNOWN: MentionCondition = {
  when: (_doc, ctx) => !isBlank(ctx.expected.purchaseOrderNumber),
  otherwise: "la commande de l'acheteur ne porte pas de numéro connu",
};

export const SALE_DATE_DIFFERS: MentionCondition = {
  when: (doc, ctx) => ctx.expected.saleDate !== undefined && ctx.expected.saleDate !== doc.issueDate,
  otherwise: "la livraison a eu lieu le jour de la facture, ou sa date n'est pas connue",
};
