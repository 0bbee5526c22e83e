/**
 * Late penalties on an invoice paid late or still unpaid: the rate (contractual, raised to its
 * floor, or ECB + 10 points of the invoice's half-year, docs/decisions/0081), amount TTC × rate ×
 * days / 365, and the 40 € indemnity; figures from `effectiveLatePenaltyRate` and `penaltiesToDate`.
 */
import { addDays, daysBetween, formatDateFr, type IsoDate } from "../../dates";
import { penaltiesToDate, type MoneyMovement, type PenaltiesToDateInput } from "../../followUp/ladder";
import { formatEuros, formatPercent, formatWholeEuros, type Cents } from "../../money";
import { describePaymentTerms, dueDate, effectiveLatePenaltyRate, type LatePenaltyRateConfig, type PaymentTerms } from "../../paymentTerms";
import { formatHalfYear, halfYearOf, KNOWN_HALF_YEAR_RATES, ratesOn } from "../../rates";
import { CUSTOMERS, SINGLE_RATE_SELLERS, TWO_RATE_SELLERS } from "./catalogue";
import { defineGenerator, euroQuestion, type Difficulty } from "./generator";
import type { Random } from "./random";

export interface PenaltyInputs {
  /** What sets the rate: `effectiveLatePenaltyRate(rateConfig)`. */
  rateConfig: LatePenaltyRateConfig;
  /** The invoice, its payments and the day, without the rate. */
  penalties: Omit<PenaltiesToDateInput, "annualRatePercent">;
  asked: "penaltyCents" | "totalCents";
}

/** Rates a contract may print: above every floor the table knows. */
const CONTRACTUAL_RATES = [12, 12.5, 15];
/** Rates below every floor: a contract printing them is raised to 3 × the legal interest rate. */
const LOW_CONTRACTUAL_RATES = [3, 4, 5, 6];

type RateCase = "contractual" | "default" | "belowFloor";

/** An invoice date in a half-year whose rates the table knows (the rate is the one of the invoice's half-year). */
function drawInvoiceDate(random: Random): IsoDate {
  const first = KNOWN_HALF_YEAR_RATES[0]?.halfYear ?? "2025-S1";
  const last = KNOWN_HALF_YEAR_RATES.at(-1)?.halfYear ?? first;
  const start = `${first.slice(0, 4)}-${first.endsWith("1") ? "01-01" : "07-01"}`;
  const end = `${last.slice(0, 4)}-${last.endsWith("1") ? "06-30" : "12-31"}`;
  return random.date(start, end);
}

function rateConfigFor(rateCase: RateCase, invoiceDate: IsoDate, random: Random): LatePenaltyRateConfig {
  const rates = ratesOn(invoiceDate);
  switch (rateCase) {
    case "contractual":
      return { legalInterestRatePercent: rates.legalInterestRatePercent, contractualRatePercent: random.pick(CONTRACTUAL_RATES) };
    case "belowFloor":
      return { legalInterestRatePercent: rates.legalInterestRatePercent, contractualRatePercent: random.pick(LOW_CONTRACTUAL_RATES) };
    case "default":
      return { legalInterestRatePercent: rates.legalInterestRatePercent, ecbRefinancingRatePercent: rates.ecbRefinancingRatePercent };
  }
}

/** What the prompt tells of the rate: the contract's, or the reference rates the learner applies. */
function rateStatement(config: LatePenaltyRateConfig, invoiceDate: IsoDate): string {
  const halfYear = formatHalfYear(halfYearOf(invoiceDate));
  if (config.contractualRatePercent === undefined) {
    return `Les conditions générales ne fixent pas de taux de pénalités\u00a0; taux de refinancement de la BCE applicable au ${halfYear} (semestre de la facture)\u00a0: ${formatPercent(config.ecbRefinancingRatePercent ?? 0)}.`;
  }
  const floor = `taux de l'intérêt légal du ${halfYear}\u00a0: ${formatPercent(config.legalInterestRatePercent)}`;
  return `Taux des pénalités prévu aux conditions générales\u00a0: ${formatPercent(config.contractualRatePercent)} (${floor}).`;
}

function drawCase(random: Random, difficulty: Difficulty): { rateCase: RateCase; partialPayment: boolean; paid: boolean } {
  if (difficulty === 1) return { rateCase: "contractual", partialPayment: false, paid: random.chance(0.5) };
  if (difficulty === 2) return { rateCase: random.pick<RateCase>(["default", "contractual"]), partialPayment: false, paid: random.chance(0.5) };
  return random.chance(0.5) ? { rateCase: "belowFloor", partialPayment: false, paid: random.chance(0.5) } : { rateCase: "default", partialPayment: true, paid: false };
}

/** A round sum paid some days after the due date, a third to a half of the invoice. */
function drawPartialPayment(random: Random, amountCents: Cents, due: IsoDate, end: IsoDate): MoneyMovement {
  const date = addDays(due, random.int(1, Math.max(1, daysBetween(due, end) - 1)));
  return { date, amountCents: Math.round((amountCents * random.pick([30, 40, 50])) / 10_000) * 100 };
}

export const latePenaltiesGenerator = defineGenerator<PenaltyInputs>({
  id: "penalites-retard",
  label: "Pénalités de retard (taux du semestre, plancher légal, règlement partiel) et indemnité forfaitaire de 40\u00a0€",
  stage: "paymentFollowUp",
  notion: "latePenalties",
  draw(random, difficulty) {
    const seller = random.pick([...SINGLE_RATE_SELLERS, ...TWO_RATE_SELLERS]);
    const customer = random.pick(CUSTOMERS);
    const { rateCase, partialPayment, paid } = drawCase(random, difficulty);
    const invoiceDate = drawInvoiceDate(random);
    const terms: PaymentTerms = { kind: "daysFromInvoice", days: random.pick([30, 45, 60]) };
    const due = dueDate(invoiceDate, terms);
    const amountInclTaxCents = random.cents(800, 25_000);
    const rateConfig = rateConfigFor(rateCase, invoiceDate, random);
    const end = addDays(due, random.int(5, 90));
    const payments = paid ? [{ date: end, amountCents: amountInclTaxCents }] : partialPayment ? [drawPartialPayment(random, amountInclTaxCents, due, end)] : [];
    const penalties: PenaltyInputs["penalties"] = { invoice: { amountInclTaxCents, dueDate: due }, payments, today: end, professionalDebtor: true };
    const asked = difficulty === 1 ? "penaltyCents" : "totalCents";

    const rate = effectiveLatePenaltyRate(rateConfig);
    const result = penaltiesToDate({ ...penalties, annualRatePercent: rate.ratePercent });
    const settlement = paid
      ? `${customer} l'a réglée le ${formatDateFr(end)}.`
      : payments[0] !== undefined
        ? `${customer} a versé ${formatEuros(payments[0].amountCents)} le ${formatDateFr(payments[0].date)}\u00a0; le solde n'est toujours pas réglé le ${formatDateFr(end)}.`
        : `Elle n'est toujours pas réglée le ${formatDateFr(end)}.`;
    const question =
      asked === "penaltyCents"
        ? "Calculez les pénalités de retard dues, en euros, au centime près."
        : "Calculez le total à réclamer au client\u00a0: pénalités de retard et indemnité forfaitaire pour frais de recouvrement, en euros, au centime près.";
    const answerCents = result[asked];
    const totalLine =
      asked === "totalCents"
        ? `Total à réclamer\u00a0: ${formatEuros(result.penaltyCents)} + ${formatEuros(result.indemnityCents)} = ${formatEuros(result.totalCents)}.`
        : `Pénalités\u00a0: ${formatEuros(result.penaltyCents)}\u00a0; s'y ajoute l'indemnité forfaitaire de ${formatWholeEuros(result.indemnityCents)} (débiteur professionnel).`;
    return {
      inputs: { rateConfig, penalties, asked },
      question: euroQuestion(
        answerCents,
        `${seller.name} a facturé ${formatEuros(amountInclTaxCents)} TTC à ${customer} le ${formatDateFr(invoiceDate)}, ` +
          `payable à «\u00a0${describePaymentTerms(terms)}\u00a0»\u00a0: échéance le ${formatDateFr(due)}. ${settlement} ${rateStatement(rateConfig, invoiceDate)} ${question}`,
        [
          rate.explanation,
          "Les pénalités courent dès le lendemain de l'échéance, sans relance\u00a0: montant TTC × taux annuel × jours de retard / 365.",
          ...result.periods.map((p) => p.explanation),
          `Indemnité forfaitaire pour frais de recouvrement\u00a0: ${formatWholeEuros(result.indemnityCents)} par facture payée en retard, hors TVA, due par un débiteur professionnel.`,
          totalLine,
          `Réponse\u00a0: ${formatEuros(answerCents)}.`,
        ],
      ),
    };
  },
});
