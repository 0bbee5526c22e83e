/**
 * The worked examples of the course pages, each computed by the engine the simulator judges with
 * (the cascade by `computeInvoice`, the penalty by `latePenalty` at the rate of the latest
 * half-year the rates table knows, the credit check by `checkCredit`): a figure on the page can
 * never differ from the one a scenario expects, and a rule corrected in the domain corrects the
 * course. Only the situations (quantities, prices, percentages, dates) are written here.
 */
import {
  addDays,
  checkCredit,
  computeInvoice,
  effectiveLatePenaltyRate,
  KNOWN_HALF_YEAR_RATES,
  latePenalty,
  RECOVERY_INDEMNITY_CENTS,
  type HalfYearRates,
  type InvoiceInput,
  type IsoDate,
} from "@/domain";

/** Office furniture with two successive remises, an escompte for cash payment and port: the whole cascade at one rate. */
export const CASCADE_INPUT: InvoiceInput = {
  lines: [
    { description: "Fauteuil de bureau ergonomique", quantity: 4, unitPriceCents: 25_000, vatRate: 20 },
    { description: "Lampe de bureau à LED", quantity: 5, unitPriceCents: 4_000, vatRate: 20 },
  ],
  tradeDiscounts: [10, 5],
  cashDiscount: 2,
  shippingCents: 3_000,
};

export const CASCADE_EXAMPLE = computeInvoice(CASCADE_INPUT);

/** The same invoice with the two remises wrongly added (15 %) instead of applied one after the other. */
export const ADDED_DISCOUNTS_EXAMPLE = computeInvoice({ ...CASCADE_INPUT, tradeDiscounts: [(CASCADE_INPUT.tradeDiscounts ?? []).reduce((sum, percent) => sum + percent, 0)] });

/** Food wholesale at two VAT rates, with a remise: the cascade on the totals, then the VAT base of each rate. */
export const TWO_RATES_INPUT: InvoiceInput = {
  lines: [
    { description: "Café en grains (sac de 1\u00a0kg)", quantity: 20, unitPriceCents: 1_800, vatRate: 5.5 },
    { description: "Machine à café professionnelle", quantity: 1, unitPriceCents: 64_000, vatRate: 20 },
  ],
  tradeDiscounts: [5],
};

export const TWO_RATES_EXAMPLE = computeInvoice(TWO_RATES_INPUT);

/** A customer near their limit: unpaid invoices and an accepted order, then a new order over the limit. */
export const CREDIT_EXAMPLE = checkCredit({
  unpaidInvoicesCents: [420_000, 180_000],
  acceptedOrdersNotInvoicedCents: [90_000],
  orderTotalInclTaxCents: 216_000,
  creditLimitCents: 800_000,
});

/** The latest half-year whose rates the engine knows (domain/rates.ts): the course teaches today's rate. */
export const LATEST_RATES: HalfYearRates = KNOWN_HALF_YEAR_RATES[KNOWN_HALF_YEAR_RATES.length - 1] as HalfYearRates;

export const LATEST_PENALTY_RATE = effectiveLatePenaltyRate(LATEST_RATES);

/** A due date inside the latest half-year (31 March or 30 September), and the day the invoice is paid, 30 days later. */
function penaltyDates(rates: HalfYearRates): { dueDate: IsoDate; paymentDate: IsoDate } {
  const [year, half] = rates.halfYear.split("-S");
  const dueDate = (half === "1" ? `${year}-03-31` : `${year}-09-30`) as IsoDate;
  return { dueDate, paymentDate: addDays(dueDate, 30) };
}

const PENALTY_AMOUNT_CENTS = 500_000;
const PENALTY_DATES = penaltyDates(LATEST_RATES);

/** An invoice of 5 000 € TTC paid 30 days late: the penalty at the default rate, and the fixed indemnity. */
export const PENALTY_EXAMPLE = {
  amountInclTaxCents: PENALTY_AMOUNT_CENTS,
  ...PENALTY_DATES,
  penalty: latePenalty({ amountInclTaxCents: PENALTY_AMOUNT_CENTS, annualRatePercent: LATEST_PENALTY_RATE.ratePercent, ...PENALTY_DATES }),
  indemnityCents: RECOVERY_INDEMNITY_CENTS,
};
