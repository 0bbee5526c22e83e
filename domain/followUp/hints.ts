/**
 * The engine's hints of stage 5: for mail to enter, what to enter and from which document; for a
 * decision on the ladder, the dates to compare and the company's policy. The teacher's come first.
 */
import { formatDateFr } from "../dates";
import { formatEuros } from "../money";
import { formatDayCount } from "../paymentTerms";
import type { InvoiceNumberOf } from "./judge";
import { DISPUTE_SETTLEMENT_LABELS } from "./key";
import { DUNNING_STEP_LABELS, type DunningStatus } from "./ladder";
import type { PendingEntry } from "./vocabulary";

function describePolicy(status: DunningStatus): string {
  const p = status.policy;
  return `relance 1 à l'échéance + ${formatDayCount(p.reminder1AfterDueDays)}, relance 2 ${formatDayCount(p.reminder2AfterReminder1Days)} après, LRAR ${formatDayCount(p.reminder3AfterReminder2Days)} après, mise en demeure ${formatDayCount(p.formalNoticeAfterReminder3Days)} après, injonction de payer ${formatDayCount(p.paymentOrderAfterFormalNoticeDays)} après`;
}

export function entryHints(entry: PendingEntry, numberOf: InvoiceNumberOf): string[] {
  const number = numberOf(entry.invoice);
  switch (entry.kind) {
    case "payment":
      return ["Saisissez le règlement tel que le relevé bancaire l'indique\u00a0: la facture concernée, le montant et la date.", `${formatEuros(entry.amountCents)} reçus le ${formatDateFr(entry.date)} pour la facture ${number}.`];
    case "disputeOpened":
      return ["Un client conteste\u00a0: ouvrez le litige sur la facture concernée, ce qui suspend les relances.", `Litige sur la facture ${number}\u00a0: ${entry.reason}`];
    case "disputeSettled":
      return [
        "Le litige est réglé\u00a0: enregistrez son mode de règlement (avoir, rabais ou remplacement) sur la facture concernée.",
        `Facture ${number}\u00a0: ${entry.resolution}${entry.settlement !== undefined ? ` (${DISPUTE_SETTLEMENT_LABELS[entry.settlement]}${entry.amountCents !== undefined ? ` de ${formatEuros(entry.amountCents)} HT` : ""})` : ""}.`,
      ];
  }
}

/** The dates to compare on the invoice `invoiceNumber` today, and the policy; then the ladder's own reading. */
export function dunningHints(invoiceNumber: string, status: DunningStatus): string[] {
  const sent = status.lastStepTaken === null ? "aucune relance envoyée" : `dernière étape\u00a0: ${DUNNING_STEP_LABELS[status.lastStepTaken.step].toLowerCase()} le ${formatDateFr(status.lastStepTaken.date)}`;
  return [
    `Facture ${invoiceNumber}\u00a0: comparez la date du jour (${formatDateFr(status.today)}) à l'échéance (${formatDateFr(status.dueDate)})\u00a0; ${sent}. Politique de l'entreprise\u00a0: ${describePolicy(status)}.`,
    status.explanation,
  ];
}
