/**
 * The escompte mention of an invoice (legal mention 13), derived from the terms and the dates so
 * that it never contradicts the due date printed beside it (docs/decisions/0090):
 * - granted (deducted in the cascade): only when the invoice is paid cash, due on its own date;
 * - offered "si paiement sous N jours": only when those N days end before the due date;
 * - a deposit invoice is due on receipt: nothing can be paid early, no escompte;
 * - otherwise "Pas d'escompte pour paiement anticipé".
 */
import { daysBetween, type IsoDate } from "./dates";
import { formatPercent } from "./money";
import { formatDayCount, type PaymentTerms } from "./paymentTerms";

export const NO_CASH_DISCOUNT = "Pas d'escompte pour paiement anticipé";

export interface CashDiscountSituation {
  /** A deposit invoice, due on receipt. */
  depositInvoice: boolean;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** Escompte granted and deducted in the cascade, in %. */
  granted?: number | undefined;
  /** Escompte offered by the customer's conditions, in %, and within how many days of the invoice. */
  offered?: number | undefined;
  offeredDays?: number | undefined;
}

export interface CashDiscountMention {
  /** What the invoice prints. */
  text: string;
  /** Why these data would print a contradiction (French, without the field): a check refuses them. */
  contradiction?: string;
}

/** "à 30 jours de la facture" or "le jour même de la facture": where the due date falls. */
function dueWhen(daysToDue: number): string {
  return daysToDue <= 0 ? "le jour même de la facture" : `à ${formatDayCount(daysToDue)} de la facture`;
}

function grantedMention(percent: number, daysToDue: number): CashDiscountMention {
  const text = `Escompte de ${formatPercent(percent)} déduit pour paiement comptant`;
  if (daysToDue <= 0) return { text };
  return {
    text,
    contradiction: `un escompte de ${formatPercent(percent)} est déduit pour paiement comptant, mais l'échéance tombe ${dueWhen(daysToDue)}\u00a0: un escompte ne se déduit que d'une facture payée comptant (échéance à la date de la facture)`,
  };
}

function offeredMention(percent: number, days: number | undefined, daysToDue: number): CashDiscountMention {
  if (days === undefined) {
    if (daysToDue > 0) return { text: `Escompte de ${formatPercent(percent)} pour paiement anticipé` };
    return {
      text: NO_CASH_DISCOUNT,
      contradiction: `un escompte de ${formatPercent(percent)} pour paiement anticipé est offert, mais l'échéance tombe le jour même de la facture\u00a0: aucun paiement ne peut la devancer`,
    };
  }
  if (days < daysToDue) return { text: `Escompte de ${formatPercent(percent)} si paiement sous ${formatDayCount(days)}` };
  return {
    text: NO_CASH_DISCOUNT,
    contradiction: `un escompte de ${formatPercent(percent)} si paiement sous ${formatDayCount(days)} est offert, mais l'échéance tombe ${dueWhen(daysToDue)}\u00a0: ce délai ne finit pas avant l'échéance, l'escompte ne récompenserait aucun paiement anticipé`,
  };
}

/** The escompte mention the invoice prints, and the contradiction its data would carry, if any. */
export function cashDiscountMention(situation: CashDiscountSituation): CashDiscountMention {
  // A deposit is asked for with the order and paid on receipt: there is nothing to pay early.
  if (situation.depositInvoice) {
    if ((situation.granted ?? 0) === 0) return { text: NO_CASH_DISCOUNT };
    return { text: NO_CASH_DISCOUNT, contradiction: `un escompte de ${formatPercent(situation.granted ?? 0)} est déduit d'une facture d'acompte\u00a0: payable à réception, elle n'en accorde aucun` };
  }
  const daysToDue = daysBetween(situation.issueDate, situation.dueDate);
  if ((situation.granted ?? 0) > 0) return grantedMention(situation.granted ?? 0, daysToDue);
  if ((situation.offered ?? 0) > 0) return offeredMention(situation.offered ?? 0, situation.offeredDays, daysToDue);
  return { text: NO_CASH_DISCOUNT };
}

/**
 * The fewest days between an invoice and its due date under these terms, whatever the invoice's
 * date: "fin de mois" never falls earlier than the same count of days from the invoice.
 */
export function fewestDaysToDue(terms: PaymentTerms): number {
  return terms.kind === "onReceipt" ? 0 : terms.days;
}
