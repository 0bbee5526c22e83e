/**
 * The due date printed on an invoice, from its date and the terms: « N jours date de facture »,
 * « N jours fin de mois » by either count the administration accepts (docs/decisions/0010),
 * « à réception ». Answer and explanation from `dueDate` and `explainDueDate`.
 */
import { daysInMonth, formatDateFr, type IsoDate } from "../../dates";
import { checkLegalMaximum, describePaymentTerms, dueDate, explainDueDate, type PaymentTerms } from "../../paymentTerms";
import { CUSTOMERS, SINGLE_RATE_SELLERS, TWO_RATE_SELLERS } from "./catalogue";
import { defineGenerator, type Difficulty } from "./generator";
import type { Random } from "./random";

export interface DueDateInputs {
  invoiceDate: IsoDate;
  terms: PaymentTerms;
}

const END_OF_MONTH_METHODS = ["endOfMonthThenDays", "daysThenEndOfMonth"] as const;

const METHOD_TEXT: Readonly<Record<(typeof END_OF_MONTH_METHODS)[number], string>> = {
  endOfMonthThenDays: "l'entreprise compte d'abord la fin du mois de la facture, puis ajoute les jours",
  daysThenEndOfMonth: "l'entreprise ajoute d'abord les jours à la date de facture, puis va à la fin du mois atteint",
};

function drawTerms(random: Random, difficulty: Difficulty): PaymentTerms {
  if (difficulty === 1) {
    return random.chance(0.2) ? { kind: "onReceipt" } : { kind: "daysFromInvoice", days: random.pick([30, 45, 60]) };
  }
  if (difficulty === 3 && random.chance(0.25)) return { kind: "daysFromInvoice", days: 60 };
  return { kind: "daysEndOfMonth", days: random.pick([30, 45]), method: random.pick(END_OF_MONTH_METHODS) };
}

/** Any day of 2025–2027; at the top difficulty, the last days of a month around February or the new year. */
function drawInvoiceDate(random: Random, difficulty: Difficulty): IsoDate {
  if (difficulty < 3) return random.date("2025-01-01", "2027-12-31");
  const year = random.int(2025, 2027);
  const month = random.pick([1, 2, 11, 12]);
  const last = daysInMonth(year, month);
  return `${year}-${String(month).padStart(2, "0")}-${String(random.int(last - 6, last)).padStart(2, "0")}`;
}

export const dueDateGenerator = defineGenerator<DueDateInputs>({
  id: "echeance",
  label: "Date d'échéance\u00a0: jours date de facture, jours fin de mois (deux décomptes), paiement à réception",
  stage: "paymentFollowUp",
  notion: "dueDate",
  draw(random, difficulty) {
    const seller = random.pick([...SINGLE_RATE_SELLERS, ...TWO_RATE_SELLERS]);
    const terms = drawTerms(random, difficulty);
    const invoiceDate = drawInvoiceDate(random, difficulty);
    const method = terms.kind === "daysEndOfMonth" ? `\u00a0; pour la fin de mois, ${METHOD_TEXT[terms.method]}` : "";
    return {
      inputs: { invoiceDate, terms },
      question: {
        type: "date",
        answer: dueDate(invoiceDate, terms),
        prompt:
          `${seller.name} établit le ${formatDateFr(invoiceDate)} une facture à ${random.pick(CUSTOMERS)}. ` +
          `Conditions de paiement\u00a0: «\u00a0${describePaymentTerms(terms)}\u00a0»${method}. Quelle date d'échéance la facture doit-elle porter\u00a0?`,
        explanation: [explainDueDate(invoiceDate, terms), checkLegalMaximum(terms).explanation, "L'échéance s'imprime sur la facture en date réelle, pas seulement en conditions."].join("\n"),
      },
    };
  },
});
