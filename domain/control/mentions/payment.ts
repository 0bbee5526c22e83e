/**
 * Items 12 to 15 of the legal list: the payment conditions — due date within the legal maximum,
 * escompte, late-penalty rate above its floor, the 40 € recovery indemnity.
 */
import { addDays, compareDates, daysBetween, formatDateFr, isIsoDate, type IsoDate } from "../../dates";
import type { InvoiceDocument } from "../../documents";
import { formatEuros, formatPercent, type Cents } from "../../money";
import { checkDueDateLegalMaximum, dueDate as computeDueDate, FLOOR_MULTIPLIER_OF_LEGAL_RATE, LEGAL_MAXIMUM_DAYS_FROM_INVOICE, RECOVERY_INDEMNITY_CENTS } from "../../paymentTerms";
import { formatHalfYear, latePenaltyRateFloorOn } from "../../rates";
import { DUE_DATE_MAXIMUM, L441_9, PAYABLE, PAYABLE_BY_PROFESSIONAL } from "../law";
import { isBlank, missing } from "../printed";
import { defineMention, type MentionIssue } from "../vocabulary";

/** The fixed recovery indemnity is 40 € (C. com. art. D441-5). */
const INDEMNITY_CENTS: Cents = RECOVERY_INDEMNITY_CENTS;

/**
 * The latest due date the law allows: 60 days after the issue date; or, when the printed terms
 * say "fin de mois" (the derogation must be stipulated expressly), 45 days end of month, counted
 * both ways the administration accepts, the latest of all kept (docs/decisions/0033).
 */
export function latestLegalDueDate(issueDate: IsoDate, paymentTermsText?: string): IsoDate {
  const sixtyDays = computeDueDate(issueDate, { kind: "daysFromInvoice", days: LEGAL_MAXIMUM_DAYS_FROM_INVOICE });
  if (!/fin\s+de\s+mois/iu.test(paymentTermsText ?? "")) return sixtyDays;
  return checkDueDateLegalMaximum(issueDate, sixtyDays).latestLegalDueDate;
}

/** A printed due date must be a date, not before the issue date, not beyond the legal maximum. */
export function dueDateIssues(doc: InvoiceDocument, dueDate: IsoDate): MentionIssue[] {
  if (!isIsoDate(dueDate)) {
    return [{ reason: "invalid", field: "dueDate", message: `Échéance «\u00a0${dueDate}\u00a0»\u00a0: l'échéance s'imprime sous forme d'une date réelle (JJ/MM/AAAA).`, found: dueDate }];
  }
  const issue = doc.issueDate;
  if (issue === undefined || !isIsoDate(issue)) return [];
  if (compareDates(dueDate, issue) < 0) {
    return [
      {
        reason: "beforeIssueDate",
        field: "dueDate",
        message: `Échéance du ${formatDateFr(dueDate)} antérieure à la date d'émission (${formatDateFr(issue)}).`,
        expected: `à partir du ${formatDateFr(issue)}`,
        found: formatDateFr(dueDate),
      },
    ];
  }
  const latest = latestLegalDueDate(issue, doc.paymentTermsText);
  if (compareDates(dueDate, latest) > 0) {
    const rule = compareDates(latest, addDays(issue, LEGAL_MAXIMUM_DAYS_FROM_INVOICE)) > 0 ? "45 jours fin de mois" : "60 jours après la date d'émission";
    return [
      {
        reason: "beyondLegalMaximum",
        field: "dueDate",
        message: `Échéance du ${formatDateFr(dueDate)}, ${daysBetween(issue, dueDate)} jours après la facture\u00a0: au-delà du délai maximal légal (${rule}, soit le ${formatDateFr(latest)}).`,
        expected: `au plus tard le ${formatDateFr(latest)}`,
        found: formatDateFr(dueDate),
        reference: DUE_DATE_MAXIMUM,
      },
    ];
  }
  return [];
}

export const PAYMENT_MENTIONS = [
  defineMention({
    code: "dueDate",
    label: "Date d'échéance du paiement",
    lists: ["legal"],
    reference: L441_9,
    legalItem: 12,
    area: "payment",
    applies: PAYABLE,
    fines: ["L441-9"],
    finesByReason: { beyondLegalMaximum: ["L441-16"] },
    check(doc) {
      if (isBlank(doc.dueDate) || doc.dueDate === undefined) {
        return [missing("dueDate", "Date d'échéance absente\u00a0: le délai de paiement s'imprime sous forme d'une date.")];
      }
      return dueDateIssues(doc, doc.dueDate);
    },
  }),
  defineMention({
    code: "cashDiscountCondition",
    label: "Conditions d'escompte, ou «\u00a0pas d'escompte pour paiement anticipé\u00a0»",
    lists: ["legal"],
    reference: L441_9,
    legalItem: 13,
    area: "payment",
    applies: PAYABLE,
    fines: ["L441-9"],
    check(doc) {
      return isBlank(doc.cashDiscountCondition)
        ? [missing("cashDiscountCondition", "Conditions d'escompte absentes\u00a0: indiquez le taux et le délai, ou «\u00a0Pas d'escompte pour paiement anticipé\u00a0».")]
        : [];
    },
  }),
  defineMention({
    code: "latePenaltyRate",
    label: "Taux des pénalités de retard",
    lists: ["legal"],
    reference: L441_9,
    legalItem: 14,
    area: "payment",
    applies: PAYABLE_BY_PROFESSIONAL,
    fines: ["L441-9", "L441-16"],
    finesByReason: { notPositive: ["L441-16"], belowFloor: ["L441-16"] },
    check(doc, ctx) {
      const rate = doc.latePenaltyRate;
      if (rate === undefined) return [missing("latePenaltyRate", "Taux des pénalités de retard absent.")];
      if (!Number.isFinite(rate) || rate <= 0) {
        return [{ reason: "notPositive", field: "latePenaltyRate", message: `Taux des pénalités de retard ${String(rate)}\u00a0%\u00a0: un taux de pénalités est positif.`, found: `${String(rate)}\u00a0%` }];
      }
      // The floor is 3 × the legal interest rate of the invoice's half-year (rates.ts); without a date, no floor can be named.
      if (ctx.referenceDate === undefined) return [];
      const { floorPercent: floor, legalInterestRatePercent, halfYear } = latePenaltyRateFloorOn(ctx.referenceDate, ctx.statedRates);
      if (rate < floor) {
        return [
          {
            reason: "belowFloor",
            field: "latePenaltyRate",
            message: `Taux des pénalités de retard ${formatPercent(rate)}\u00a0: inférieur au plancher légal de ${formatPercent(floor)} (${FLOOR_MULTIPLIER_OF_LEGAL_RATE} × le taux d'intérêt légal de ${formatPercent(legalInterestRatePercent)}, ${formatHalfYear(halfYear)}).`,
            expected: `au moins ${formatPercent(floor)}`,
            found: formatPercent(rate),
            reference: "C. com. L441-10",
          },
        ];
      }
      return [];
    },
  }),
  defineMention({
    code: "recoveryIndemnity",
    label: "Indemnité forfaitaire pour frais de recouvrement\u00a0: 40\u00a0€",
    lists: ["legal"],
    reference: `${L441_9}\u00a0; C. com. art. D441-5`,
    legalItem: 15,
    area: "payment",
    applies: PAYABLE_BY_PROFESSIONAL,
    fines: ["L441-9", "L441-16"],
    check(doc) {
      const printed = doc.recoveryIndemnityCents;
      if (printed === undefined) {
        return [missing("recoveryIndemnityCents", `Mention «\u00a0indemnité forfaitaire pour frais de recouvrement\u00a0: ${formatEuros(INDEMNITY_CENTS)}\u00a0» absente.`)];
      }
      if (printed !== INDEMNITY_CENTS) {
        return [
          {
            reason: "wrongAmount",
            field: "recoveryIndemnityCents",
            message: `Indemnité forfaitaire pour frais de recouvrement\u00a0: ${formatEuros(printed)} imprimé au lieu de ${formatEuros(INDEMNITY_CENTS)} (montant fixé par décret).`,
            expected: formatEuros(INDEMNITY_CENTS),
            found: formatEuros(printed),
            reference: "C. com. art. L441-10 et D441-5",
          },
        ];
      }
      return [];
    },
  }),
] as const;
