/**
 * Which court receives a request for an injonction de payer, and on which form: the one home of
 * the rule, read by the request's summary, the formal notice and the follow-up stage's feedback.
 * Rules: domain.md, "Recovery ladder and disputes"; choices: docs/decisions/0083.
 */
import type { Customer } from "./documents";

/** What the engine needs to know about the debtor to choose the court. */
export type CourtDebtor = Pick<Customer, "legalForm" | "professional" | "trader" | "competentCourt">;

export interface CompetentCourt {
  /** "Tribunal de commerce d'Angers" when the scenario names it; else the rule, never an invented town. */
  name: string;
  /** True when the scenario named the court; false when `name` is the rule. */
  named: boolean;
  /** The debtor is a trader: a commercial court and Cerfa 12946; otherwise the tribunal judiciaire and Cerfa 12948. */
  trader: boolean;
  /** "Cerfa n° 12946". */
  form: string;
  /** Why this court, in a sentence. */
  note: string;
}

/**
 * Companies commercial by their form, whatever they do (Code de commerce L210-1): SNC, SCS, SARL
 * (and EURL, its one-member form), SA, SAS (and SASU), SCA. A SELARL or a SCP is not: their object
 * is a liberal profession, a civil activity.
 */
export const COMMERCIAL_FORMS: readonly string[] = ["SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCS", "SCA"];

/** "S.A.R.L." and "sarl" are "SARL". */
function normalizedForm(legalForm: string): string {
  return legalForm.replace(/[.\s\u00a0]/gu, "").toUpperCase();
}

/**
 * Whether the debtor is a trader (commerçant), which decides the court: what the scenario says
 * (`trader`), else never for a consumer, else yes for a company commercial by its form. A sole
 * trader or any other form is not presumed a trader: the scenario says so.
 */
export function isTrader(debtor: CourtDebtor): boolean {
  if (debtor.trader !== undefined) return debtor.trader;
  if (!debtor.professional) return false;
  return debtor.legalForm !== undefined && COMMERCIAL_FORMS.includes(normalizedForm(debtor.legalForm));
}

export const TRADER_PAYMENT_ORDER_FORM = "Cerfa n° 12946";
export const NON_TRADER_PAYMENT_ORDER_FORM = "Cerfa n° 12948";

/** The court printed when the scenario names none: the rule, for the learner to look up. */
function courtRule(trader: boolean, professional: boolean): string {
  if (trader) return "Tribunal de commerce dont dépend le siège du débiteur";
  return `Tribunal judiciaire dont dépend ${professional ? "le siège" : "le domicile"} du débiteur`;
}

const TRADER_NOTE =
  "Créance entre commerçants\u00a0: juridiction commerciale du siège du débiteur (tribunal des activités économiques dans les 12 villes de l'expérimentation 2025-2028\u00a0; en Alsace-Moselle, chambre commerciale du tribunal judiciaire).";
const NON_TRADER_NOTE = "Le débiteur n'est pas commerçant\u00a0: la requête va au tribunal judiciaire dont dépend son siège ou son domicile.";

/** The court competent for a request for an injonction de payer against `debtor`, and its form. */
export function competentCourt(debtor: CourtDebtor): CompetentCourt {
  const trader = isTrader(debtor);
  const named = debtor.competentCourt !== undefined && debtor.competentCourt.trim() !== "";
  return {
    name: named ? (debtor.competentCourt ?? "").trim() : courtRule(trader, debtor.professional),
    named,
    trader,
    form: trader ? TRADER_PAYMENT_ORDER_FORM : NON_TRADER_PAYMENT_ORDER_FORM,
    note: trader ? TRADER_NOTE : NON_TRADER_NOTE,
  };
}

/** The rule in a sentence, for guidance that does not know the debtor yet. */
export const PAYMENT_ORDER_COURT_RULE =
  "au tribunal dont dépend le siège du débiteur (son domicile pour un particulier)\u00a0: entre commerçants, le tribunal de commerce (ou des activités économiques), Cerfa 12946\u00a0; sinon, le tribunal judiciaire, Cerfa 12948";

/** "Tribunal de commerce d'Angers (Cerfa n° 12946)": the court in a sentence of feedback or guidance. */
export function describeCourt(court: CompetentCourt): string {
  return `${court.name} (${court.form})`;
}
