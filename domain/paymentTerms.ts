/**
 * Payment terms, due dates, lateness, late penalties and the fixed recovery indemnity.
 * (Type contract written first; the rules below it are implemented in this file.)
 */
import { addDays, assertIsoDate, compareDates, daysBetween, endOfMonth, formatDateFr, type IsoDate } from "./dates";
import { assertCents, DomainError, formatEuros, formatPercent, prorataOfYear, type Cents } from "./money";

/**
 * How the due date is counted, as printed on the invoice.
 * - daysFromInvoice: "30 jours date de facture"
 * - daysEndOfMonth: "45 jours fin de mois"; `method` says which of the two counts the
 *   administration accepts is used: "endOfMonthThenDays" (end of the invoice's month, then + N
 *   days) or "daysThenEndOfMonth" (invoice date + N days, then end of that month).
 * - onReceipt: "paiement à réception" (due on the invoice date).
 */
export type PaymentTerms =
  | { kind: "daysFromInvoice"; days: number }
  | { kind: "daysEndOfMonth"; days: number; method: "endOfMonthThenDays" | "daysThenEndOfMonth" }
  | { kind: "onReceipt" };

// ---------------------------------------------------------------------------------------------
// Due date
// ---------------------------------------------------------------------------------------------

/** "1 jour", "30 jours" (French keeps the singular for 0 and 1). */
export function formatDayCount(days: number): string {
  return `${days} ${Math.abs(days) <= 1 ? "jour" : "jours"}`;
}

function assertTermDays(terms: PaymentTerms, field = "paymentTerms.days"): void {
  if (terms.kind === "onReceipt") return;
  if (!Number.isSafeInteger(terms.days) || terms.days < 0) {
    throw new DomainError(
      "paymentTerms.days.invalid",
      `${field}\u00a0: le délai de paiement doit être un nombre entier de jours positif ou nul (reçu ${terms.days}).`,
      field,
    );
  }
}

/**
 * The due date printed on the invoice. "Fin de mois" has two counts accepted by the
 * administration (DGCCRF); the terms say which one the company uses (docs/decisions/0010).
 */
export function dueDate(invoiceDate: IsoDate, terms: PaymentTerms): IsoDate {
  assertIsoDate(invoiceDate, "invoiceDate");
  assertTermDays(terms);
  switch (terms.kind) {
    case "onReceipt":
      return invoiceDate;
    case "daysFromInvoice":
      return addDays(invoiceDate, terms.days);
    case "daysEndOfMonth":
      return terms.method === "endOfMonthThenDays"
        ? addDays(endOfMonth(invoiceDate), terms.days)
        : endOfMonth(addDays(invoiceDate, terms.days));
  }
}

/** The terms as printed on an invoice: "30 jours date de facture", "45 jours fin de mois", "Paiement à réception". */
export function describePaymentTerms(terms: PaymentTerms): string {
  assertTermDays(terms);
  switch (terms.kind) {
    case "onReceipt":
      return "Paiement à réception";
    case "daysFromInvoice":
      return `${formatDayCount(terms.days)} date de facture`;
    case "daysEndOfMonth":
      return `${formatDayCount(terms.days)} fin de mois`;
  }
}

/**
 * How the due date was counted, for feedback: "fin du mois de facture (31/01/2026) + 45 jours
 * = 17/03/2026".
 */
export function explainDueDate(invoiceDate: IsoDate, terms: PaymentTerms): string {
  const due = formatDateFr(dueDate(invoiceDate, terms));
  const invoice = formatDateFr(invoiceDate);
  switch (terms.kind) {
    case "onReceipt":
      return `Paiement à réception\u00a0: échéance à la date de facture, le ${due}.`;
    case "daysFromInvoice":
      return `${describePaymentTerms(terms)}\u00a0: ${invoice} + ${formatDayCount(terms.days)} = ${due}.`;
    case "daysEndOfMonth":
      return terms.method === "endOfMonthThenDays"
        ? `${describePaymentTerms(terms)} (fin de mois d'abord)\u00a0: fin du mois de facture (${formatDateFr(endOfMonth(invoiceDate))}) + ${formatDayCount(terms.days)} = ${due}.`
        : `${describePaymentTerms(terms)} (jours d'abord)\u00a0: ${invoice} + ${formatDayCount(terms.days)} = ${formatDateFr(addDays(invoiceDate, terms.days))}, puis fin de ce mois = ${due}.`;
  }
}

// ---------------------------------------------------------------------------------------------
// Legal maximum (Code de commerce L441-10)
// ---------------------------------------------------------------------------------------------

export const LEGAL_MAXIMUM_DAYS_FROM_INVOICE = 60;
export const LEGAL_MAXIMUM_DAYS_END_OF_MONTH = 45;

export interface LegalMaximumCheck {
  compliant: boolean;
  explanation: string;
}

const L441_10 = "C. com. L441-10";

/**
 * Judges the terms themselves, not one due date: "N jours date de facture" is legal up to 60,
 * "N jours fin de mois" up to 45 (a derogation the contract must stipulate expressly), whatever
 * the invoice date (docs/decisions/0011).
 */
export function checkLegalMaximum(terms: PaymentTerms): LegalMaximumCheck {
  assertTermDays(terms);
  const printed = describePaymentTerms(terms);
  switch (terms.kind) {
    case "onReceipt":
      return { compliant: true, explanation: `${printed}\u00a0: conforme (aucun délai accordé).` };
    case "daysFromInvoice": {
      const excess = terms.days - LEGAL_MAXIMUM_DAYS_FROM_INVOICE;
      return excess <= 0
        ? { compliant: true, explanation: `${printed}\u00a0: conforme (maximum légal\u00a0: 60 jours à compter de la date de facture, ${L441_10}).` }
        : {
            compliant: false,
            explanation: `${printed}\u00a0: non conforme, ${formatDayCount(excess)} de plus que le maximum légal de 60 jours à compter de la date de facture (${L441_10}). Ramener le délai à 60 jours date de facture au plus, ou à 45 jours fin de mois si le contrat le stipule expressément.`,
          };
    }
    case "daysEndOfMonth": {
      const excess = terms.days - LEGAL_MAXIMUM_DAYS_END_OF_MONTH;
      return excess <= 0
        ? { compliant: true, explanation: `${printed}\u00a0: conforme (dérogation de 45 jours fin de mois au plus, à stipuler expressément dans le contrat, ${L441_10}).` }
        : {
            compliant: false,
            explanation: `${printed}\u00a0: non conforme, ${formatDayCount(excess)} de plus que le maximum légal de 45 jours fin de mois (${L441_10}). Ramener le délai à 45 jours fin de mois au plus, ou à 60 jours date de facture.`,
          };
    }
  }
}

export interface DueDateLegalCheck extends LegalMaximumCheck {
  /** The latest due date either legal count allows for this invoice date. */
  latestLegalDueDate: IsoDate;
}

/**
 * Judges a printed due date when the terms are not known: legal if it is no later than the
 * latest of invoice + 60 days and the two counts of "45 jours fin de mois".
 */
export function checkDueDateLegalMaximum(invoiceDate: IsoDate, printedDueDate: IsoDate): DueDateLegalCheck {
  assertIsoDate(invoiceDate, "invoiceDate");
  assertIsoDate(printedDueDate, "dueDate");
  const sixtyDays = dueDate(invoiceDate, { kind: "daysFromInvoice", days: LEGAL_MAXIMUM_DAYS_FROM_INVOICE });
  const endOfMonthCounts = (["endOfMonthThenDays", "daysThenEndOfMonth"] as const).map((method) =>
    dueDate(invoiceDate, { kind: "daysEndOfMonth", days: LEGAL_MAXIMUM_DAYS_END_OF_MONTH, method }),
  );
  const latestLegalDueDate = [sixtyDays, ...endOfMonthCounts].reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  const limits = `60 jours date de facture\u00a0: ${formatDateFr(sixtyDays)}\u00a0; 45 jours fin de mois\u00a0: ${endOfMonthCounts.map(formatDateFr).join(" ou ")}`;
  const invoice = formatDateFr(invoiceDate);
  const printed = formatDateFr(printedDueDate);
  if (compareDates(printedDueDate, invoiceDate) < 0) {
    return { compliant: false, latestLegalDueDate, explanation: `Échéance ${printed} antérieure à la date de facture ${invoice}\u00a0: date impossible.` };
  }
  const excess = daysBetween(latestLegalDueDate, printedDueDate);
  return excess <= 0
    ? { compliant: true, latestLegalDueDate, explanation: `Échéance ${printed} pour une facture du ${invoice}\u00a0: conforme (${limits}, ${L441_10}).` }
    : {
        compliant: false,
        latestLegalDueDate,
        explanation: `Échéance ${printed} pour une facture du ${invoice}\u00a0: non conforme, ${formatDayCount(excess)} après la limite légale la plus tardive, le ${formatDateFr(latestLegalDueDate)} (${limits}, ${L441_10}).`,
      };
}

// ---------------------------------------------------------------------------------------------
// Lateness and penalties
// ---------------------------------------------------------------------------------------------

/** Days late on `today`: penalties run from the day after the due date, so due + 1 is 1 day late. */
export function daysLate(dueDateValue: IsoDate, today: IsoDate): number {
  assertIsoDate(dueDateValue, "dueDate");
  assertIsoDate(today, "today");
  return Math.max(0, daysBetween(dueDateValue, today));
}

export interface LatePenaltyInput {
  /** The base of the penalty: the amount TTC left unpaid. */
  amountInclTaxCents: Cents;
  annualRatePercent: number;
  dueDate: IsoDate;
  /** Penalties stop on the payment date; without one they run to `today`. */
  paymentDate?: IsoDate;
  today?: IsoDate;
}

export interface LatePenalty {
  daysLate: number;
  penaltyCents: Cents;
  explanation: string;
}

/** Amount TTC × annual rate × days late / 365, rounded half-up once (domain.md, worked example 4). */
export function latePenalty(input: LatePenaltyInput): LatePenalty {
  const { amountInclTaxCents, annualRatePercent, dueDate: due } = input;
  assertCents(amountInclTaxCents, "amountInclTaxCents");
  if (amountInclTaxCents < 0) {
    throw new DomainError("latePenalty.amount.negative", `amountInclTaxCents\u00a0: le montant dû ne peut pas être négatif (reçu ${amountInclTaxCents} centimes).`, "amountInclTaxCents");
  }
  if (!Number.isFinite(annualRatePercent) || annualRatePercent < 0) {
    throw new DomainError("latePenalty.rate.invalid", `annualRatePercent\u00a0: le taux de pénalité doit être un pourcentage positif (reçu ${annualRatePercent}).`, "annualRatePercent");
  }
  const end = input.paymentDate ?? input.today;
  if (end === undefined) {
    throw new DomainError("latePenalty.endDate.missing", "paymentDate / today\u00a0: indiquez la date du règlement ou la date du jour pour compter les jours de retard.", "paymentDate");
  }
  const days = daysLate(due, end);
  const endWording = input.paymentDate !== undefined ? `réglée le ${formatDateFr(end)}` : `au ${formatDateFr(end)}`;
  if (days === 0) {
    return { daysLate: 0, penaltyCents: 0, explanation: `Échéance ${formatDateFr(due)}, ${endWording}\u00a0: pas de retard, aucune pénalité.` };
  }
  const penaltyCents = prorataOfYear(amountInclTaxCents, annualRatePercent, days, "pénalités de retard");
  return {
    daysLate: days,
    penaltyCents,
    explanation:
      `${formatEuros(amountInclTaxCents)} × ${formatPercent(annualRatePercent)} × ${days} / 365 = ${formatEuros(penaltyCents)} ` +
      `(${formatDayCount(days)} de retard, du ${formatDateFr(addDays(due, 1))} au ${formatDateFr(end)}).`,
  };
}

/** Fixed recovery indemnity per late invoice (C. com. L441-10, D441-5), outside VAT. */
export const RECOVERY_INDEMNITY_CENTS: Cents = 4000;

/** 40 € per late invoice, owed by professional debtors only. */
export function recoveryIndemnity({ professional, late }: { professional: boolean; late: boolean }): Cents {
  return professional && late ? RECOVERY_INDEMNITY_CENTS : 0;
}

// ---------------------------------------------------------------------------------------------
// Penalty rate
// ---------------------------------------------------------------------------------------------

/** Rates in percent; the ECB and legal rates change every half-year, so they are data (table by date: rates.ts). */
export interface LatePenaltyRateConfig {
  /** ECB main refinancing operations rate; needed when no contractual rate is agreed. */
  ecbRefinancingRatePercent?: number;
  /** Legal interest rate (creditor professional) of the half-year: the floor is 3 × this rate. */
  legalInterestRatePercent: number;
  /** Rate written in the CGV or the contract, if any. */
  contractualRatePercent?: number;
}

export interface EffectiveLatePenaltyRate {
  ratePercent: number;
  floorPercent: number;
  source: "default" | "contractual" | "raisedToFloor";
  explanation: string;
}

export const DEFAULT_RATE_MARGIN_POINTS = 10;
export const FLOOR_MULTIPLIER_OF_LEGAL_RATE = 3;

/**
 * The legal floor of the late-penalty rate, 3 × the legal interest rate of the half-year (7,86 % in
 * H1 2026). The rates of each half-year are in rates.ts (`latePenaltyRateFloorOn` chooses by date).
 */
export function latePenaltyRateFloor(legalInterestRatePercent: number): number {
  return (Math.round(legalInterestRatePercent * 10_000) * FLOOR_MULTIPLIER_OF_LEGAL_RATE) / 10_000;
}

const RATE_SCALE = 10_000;

/** Rates are exact to 1/10 000 of a percent; integer arithmetic avoids 3 × 2,62 = 7,859999…. */
function toScaledRate(percent: number, field: string, allowNegative: boolean): number {
  if (!Number.isFinite(percent) || (!allowNegative && percent < 0)) {
    throw new DomainError("latePenaltyRate.invalid", `${field}\u00a0: taux invalide (reçu ${percent}).`, field);
  }
  return Math.round(percent * RATE_SCALE);
}

/**
 * Default rate = ECB rate + 10 points. A contractual rate below 3 × the legal interest rate is
 * raised to that floor; the floor binds the contract only (docs/decisions/0012).
 */
export function effectiveLatePenaltyRate(config: LatePenaltyRateConfig): EffectiveLatePenaltyRate {
  const legal = toScaledRate(config.legalInterestRatePercent, "legalInterestRatePercent", false);
  const floor = legal * FLOOR_MULTIPLIER_OF_LEGAL_RATE;
  const floorPercent = floor / RATE_SCALE;
  const floorText = `plancher légal\u00a0: ${FLOOR_MULTIPLIER_OF_LEGAL_RATE} × taux d'intérêt légal ${formatPercent(config.legalInterestRatePercent)} = ${formatPercent(floorPercent)}`;
  if (config.contractualRatePercent !== undefined) {
    const contractual = toScaledRate(config.contractualRatePercent, "contractualRatePercent", false);
    if (contractual < floor) {
      return {
        ratePercent: floorPercent,
        floorPercent,
        source: "raisedToFloor",
        explanation: `Taux contractuel ${formatPercent(config.contractualRatePercent)} inférieur au ${floorText}\u00a0: il est porté à ${formatPercent(floorPercent)} (${L441_10}).`,
      };
    }
    return {
      ratePercent: contractual / RATE_SCALE,
      floorPercent,
      source: "contractual",
      explanation: `Taux contractuel ${formatPercent(config.contractualRatePercent)} (au moins égal au ${floorText}).`,
    };
  }
  if (config.ecbRefinancingRatePercent === undefined) {
    throw new DomainError(
      "latePenaltyRate.ecbMissing",
      "ecbRefinancingRatePercent\u00a0: sans taux contractuel, indiquez le taux de refinancement de la BCE du semestre (taux par défaut = BCE + 10 points).",
      "ecbRefinancingRatePercent",
    );
  }
  const ecb = toScaledRate(config.ecbRefinancingRatePercent, "ecbRefinancingRatePercent", true);
  const ratePercent = (ecb + DEFAULT_RATE_MARGIN_POINTS * RATE_SCALE) / RATE_SCALE;
  return {
    ratePercent,
    floorPercent,
    source: "default",
    explanation: `Taux par défaut\u00a0: taux de refinancement de la BCE ${formatPercent(config.ecbRefinancingRatePercent)} + ${DEFAULT_RATE_MARGIN_POINTS} points = ${formatPercent(ratePercent)} (${floorText}, ${L441_10}).`,
  };
}
