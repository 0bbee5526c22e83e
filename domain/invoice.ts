/**
 * The classroom invoice cascade (see ../shared/domain.md, "Invoice arithmetic").
 * PUBLIC CONTRACT used by the app and by tools outside it: extend only with optional fields.
 */
import { VAT_RATES } from "./documents";
import { allocateProRata, divideRoundHalfUp, DomainError, formatAmount, formatEuros, formatPercent, percentOf } from "./money";
import type { Cents } from "./money";

export interface InvoiceLineInput {
  description: string;
  quantity: number;
  unitPriceCents: Cents;
  /** VAT rate in %: 20, 10, 5.5 or 2.1. */
  vatRate: number;
}

export interface InvoiceInput {
  lines: InvoiceLineInput[];
  /** Remises in %, applied successively. */
  tradeDiscounts?: number[];
  /** Rabais in %, applied successively after the remises. */
  allowances?: number[];
  /** Ristournes in %, applied successively after the rabais. */
  rebates?: number[];
  /** Escompte granted (deducted), in %. */
  cashDiscount?: number;
  /** Port, excl. tax. */
  shippingCents?: Cents;
  /** Acompte already paid, incl. tax. */
  depositCents?: Cents;
}

export interface InvoiceVatLine {
  rate: number;
  baseCents: Cents;
  amountCents: Cents;
}

/** What a printed line of the cascade is, so that a view can style it without parsing labels. */
export type InvoiceStepKind =
  | "gross"
  | "tradeDiscount"
  | "allowance"
  | "rebate"
  | "intermediateNet"
  | "netCommercial"
  | "cashDiscount"
  | "netFinancial"
  | "shipping"
  | "totalExclTax"
  | "vat"
  | "totalVat"
  | "totalInclTax"
  | "deposit"
  /** The HT and the VAT of a deposit invoice deducted, and the VAT still due per rate (docs/decisions/0089). */
  | "depositExclTax"
  | "depositVat"
  | "vatStillDue"
  | "amountDue";

export interface InvoiceStep {
  label: string;
  amountCents: Cents;
  /** Added after the first contract: optional so that printed steps built elsewhere still type-check. */
  kind?: InvoiceStepKind;
}

export type CommercialReductionKind = "tradeDiscount" | "allowance" | "rebate";

export interface AppliedReduction {
  kind: CommercialReductionKind;
  percent: number;
  /** The reduction, positive, rounded half-up on the previous rounded net. */
  amountCents: Cents;
  netAfterCents: Cents;
}

/** The cascade run on the base of one VAT rate (docs/decisions/0003). */
export interface InvoiceRateBreakdown {
  rate: number;
  grossCents: Cents;
  reductions: AppliedReduction[];
  netCommercialCents: Cents;
  cashDiscountCents: Cents;
  netFinancialCents: Cents;
  /** This rate's share of the port, pro rata of the net financial bases. */
  shippingCents: Cents;
  baseCents: Cents;
  vatCents: Cents;
}

export interface InvoiceComputation {
  grossCents: Cents;
  netCommercialCents: Cents;
  cashDiscountCents: Cents;
  netFinancialCents: Cents;
  shippingCents: Cents;
  totalExclTaxCents: Cents;
  vat: InvoiceVatLine[];
  totalVatCents: Cents;
  totalInclTaxCents: Cents;
  depositCents: Cents;
  amountDueCents: Cents;
  steps: InvoiceStep[];
  /** quantity × unit price HT of each line, rounded half-up, in input order. */
  lineTotalsCents?: Cents[];
  /** The cascade per VAT rate, rate descending; every total above is the sum of these figures. */
  byRate?: InvoiceRateBreakdown[];
}

// ---------------------------------------------------------------------------------------------
// Validation. Every error names the field with its path as in the input ("lines[2].vatRate",
// 0-based like a zod path) and, for lines, the line number as a learner counts it ("ligne 3").
// ---------------------------------------------------------------------------------------------

/** Quantities are exact to the thousandth (2,5 kg; 0,125 t): see docs/decisions/0005. */
const QUANTITY_SCALE = 1000;

function received(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value).replace(".", ",") : String(value);
}

function fail(code: string, field: string, message: string): never {
  throw new DomainError(code, `${field} : ${message}`, field);
}

function linePath(index: number, key: keyof InvoiceLineInput): string {
  return `lines[${index}].${key}`;
}

/** The quantity as an integer number of thousandths; refuses zero, negatives and finer quantities. */
function quantityInThousandths(quantity: number, index: number): bigint {
  const field = linePath(index, "quantity");
  if (typeof quantity !== "number" || !Number.isFinite(quantity) || quantity <= 0) {
    fail("invoice.line.quantity", field, `ligne ${index + 1}, la quantité doit être un nombre strictement positif (reçu ${received(quantity)}).`);
  }
  const scaled = Math.round(quantity * QUANTITY_SCALE);
  if (!Number.isSafeInteger(scaled) || Math.abs(scaled - quantity * QUANTITY_SCALE) > 1e-6) {
    fail("invoice.line.quantity", field, `ligne ${index + 1}, la quantité ${received(quantity)} a plus de trois décimales (une quantité s'exprime au millième près).`);
  }
  return BigInt(scaled);
}

function assertNonNegativeCents(value: unknown, field: string, code: string, what: string): Cents {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail(code, field, `${what} doit être un nombre entier de centimes positif ou nul (reçu ${received(value)}).`);
  }
  return value;
}

function percentText(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? formatPercent(value) : `${String(value)}\u00a0%`;
}

function assertKnownVatRate(rate: number, index: number): void {
  if (!(VAT_RATES as readonly number[]).includes(rate)) {
    const allowed = VAT_RATES.map(formatPercent).join(", ");
    const shown = percentText(rate);
    fail("invoice.line.vatRate", linePath(index, "vatRate"), `ligne ${index + 1}, taux de TVA ${shown} inconnu (taux permis : ${allowed}).`);
  }
}

/** subject: "la remise n° 2", "le rabais n° 1", "l'escompte"; the participle agrees with it. */
function assertPercent(percent: number, field: string, subject: string, feminine: boolean): void {
  if (typeof percent !== "number" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    const between = feminine ? "comprise" : "compris";
    fail("invoice.reduction.percent", field, `${subject} doit être ${between} entre ${formatPercent(0)} et ${formatPercent(100)} (reçu ${percentText(percent)}).`);
  }
}

interface CommercialReduction {
  kind: CommercialReductionKind;
  percent: number;
  field: string;
}

const REDUCTION_NAMES: Record<CommercialReductionKind, { noun: string; feminine: boolean; label: string }> = {
  tradeDiscount: { noun: "la remise", feminine: true, label: "Remise" },
  allowance: { noun: "le rabais", feminine: false, label: "Rabais" },
  rebate: { noun: "la ristourne", feminine: true, label: "Ristourne" },
};

/**
 * Remises, then rabais, then ristournes, in the order given: the classroom order. A 0 % reduction
 * changes nothing and is dropped (it would print a line "Remise 0 %" of 0,00).
 */
function commercialReductions(input: InvoiceInput): CommercialReduction[] {
  const groups: [CommercialReductionKind, string, number[] | undefined][] = [
    ["tradeDiscount", "tradeDiscounts", input.tradeDiscounts],
    ["allowance", "allowances", input.allowances],
    ["rebate", "rebates", input.rebates],
  ];
  return groups.flatMap(([kind, key, percents]) =>
    (percents ?? []).map((percent, i) => {
      const field = `${key}[${i}]`;
      const { noun, feminine } = REDUCTION_NAMES[kind];
      assertPercent(percent, field, `${noun} n° ${i + 1}`, feminine);
      return { kind, percent, field };
    }),
  ).filter((reduction) => reduction.percent !== 0);
}

function validateLines(lines: readonly InvoiceLineInput[]): void {
  if (!Array.isArray(lines) || lines.length === 0) {
    fail("invoice.lines.empty", "lines", "une facture doit comporter au moins une ligne.");
  }
  lines.forEach((line, i) => {
    quantityInThousandths(line.quantity, i);
    assertNonNegativeCents(line.unitPriceCents, linePath(i, "unitPriceCents"), "invoice.line.unitPrice", `ligne ${i + 1}, le prix unitaire HT`);
    assertKnownVatRate(line.vatRate, i);
  });
}

// ---------------------------------------------------------------------------------------------
// Arithmetic. Integer cents throughout; each figure rounded half-up when it is computed and the
// next step starts from the rounded figure (docs/decisions/0002).
// ---------------------------------------------------------------------------------------------

/** Sums in bigint so that an overflow is reported instead of silently losing cents. */
function sumCents(values: readonly Cents[], field: string): Cents {
  const total = values.reduce((sum, v) => sum + BigInt(v), 0n);
  const n = Number(total);
  if (!Number.isSafeInteger(n)) fail("money.overflow", field, "montant hors limites.");
  return n;
}

/** quantity × unit price HT, rounded half-up to the cent (2,5 kg × 3,99 € = 9,975 → 9,98 €). */
function lineTotalCents(line: InvoiceLineInput, index: number): Cents {
  const total = divideRoundHalfUp(quantityInThousandths(line.quantity, index) * BigInt(line.unitPriceCents), BigInt(QUANTITY_SCALE));
  const n = Number(total);
  if (!Number.isSafeInteger(n)) fail("money.overflow", `lines[${index}]`, `ligne ${index + 1}, montant hors limites.`);
  return n;
}

/** Gross amount per VAT rate, highest rate first (the order of the printed VAT lines). */
function grossByRate(lines: readonly InvoiceLineInput[], lineTotals: readonly Cents[]): { rate: number; grossCents: Cents }[] {
  const byRate = new Map<number, Cents[]>();
  lines.forEach((line, i) => {
    byRate.set(line.vatRate, [...(byRate.get(line.vatRate) ?? []), lineTotals[i] ?? 0]);
  });
  return [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, totals]) => ({ rate, grossCents: sumCents(totals, "grossCents") }));
}

function applyCommercialReductions(grossCents: Cents, reductions: readonly CommercialReduction[]): AppliedReduction[] {
  const applied: AppliedReduction[] = [];
  let net = grossCents;
  for (const { kind, percent, field } of reductions) {
    const amountCents = percentOf(net, percent, field);
    net -= amountCents;
    applied.push({ kind, percent, amountCents, netAfterCents: net });
  }
  return applied;
}

/** The cascade of one rate down to the net financier; port and VAT come once port is shared out. */
function cascadeToNetFinancial(
  rate: number,
  grossCents: Cents,
  reductions: readonly CommercialReduction[],
  cashDiscount: number,
): Omit<InvoiceRateBreakdown, "shippingCents" | "baseCents" | "vatCents"> {
  const applied = applyCommercialReductions(grossCents, reductions);
  const netCommercialCents = applied.at(-1)?.netAfterCents ?? grossCents;
  const cashDiscountCents = percentOf(netCommercialCents, cashDiscount, "cashDiscount");
  return {
    rate,
    grossCents,
    reductions: applied,
    netCommercialCents,
    cashDiscountCents,
    netFinancialCents: netCommercialCents - cashDiscountCents,
  };
}

/**
 * Port takes the goods' rate: with mixed rates it is shared pro rata of the net financial bases.
 * When every base is nil (100 % reductions) it follows the gross amounts instead, and when those
 * are nil too allocateProRata gives it all to the first, i.e. the highest, rate.
 */
function shareShipping(shippingCents: Cents, rates: readonly { grossCents: Cents; netFinancialCents: Cents }[]): Cents[] {
  const netWeights = rates.map((r) => r.netFinancialCents);
  const weights = netWeights.some((w) => w > 0) ? netWeights : rates.map((r) => r.grossCents);
  return allocateProRata(shippingCents, weights, "shippingCents");
}

// ---------------------------------------------------------------------------------------------
// The printed cascade (docs/decisions/0004): deductions are printed as negative amounts, every
// other line as a positive amount; lines that do not apply are left out.
// ---------------------------------------------------------------------------------------------

function step(kind: InvoiceStepKind, label: string, amountCents: Cents): InvoiceStep {
  // 0 - 0 is -0 in JavaScript; a printed amount is never "negative zero".
  return { kind, label, amountCents: amountCents === 0 ? 0 : amountCents };
}

function sumAcrossRates(rates: readonly InvoiceRateBreakdown[], pick: (r: InvoiceRateBreakdown) => Cents, field: string): Cents {
  return sumCents(rates.map(pick), field);
}

function commercialSteps(rates: readonly InvoiceRateBreakdown[], reductions: readonly CommercialReduction[], netCommercialCents: Cents): InvoiceStep[] {
  return reductions.flatMap(({ kind, percent }, i) => {
    const { label } = REDUCTION_NAMES[kind];
    const amount = sumAcrossRates(rates, (r) => r.reductions[i]?.amountCents ?? 0, "reductions");
    const reductionStep = step(kind, `${label} ${formatPercent(percent)}`, -amount);
    if (i === reductions.length - 1) return [reductionStep, step("netCommercial", "Net commercial HT", netCommercialCents)];
    const netAfter = sumAcrossRates(rates, (r) => r.reductions[i]?.netAfterCents ?? 0, "reductions");
    return [reductionStep, step("intermediateNet", `Net après ${label.toLowerCase()} ${formatPercent(percent)}`, netAfter)];
  });
}

function buildSteps(totals: Omit<InvoiceComputation, "steps">, rates: readonly InvoiceRateBreakdown[], reductions: readonly CommercialReduction[], cashDiscount: number): InvoiceStep[] {
  const steps: InvoiceStep[] = [step("gross", "Montant brut HT", totals.grossCents)];
  if (reductions.length === 0) steps.push(step("netCommercial", "Net commercial HT", totals.netCommercialCents));
  else steps.push(...commercialSteps(rates, reductions, totals.netCommercialCents));
  if (cashDiscount > 0) {
    steps.push(step("cashDiscount", `Escompte ${formatPercent(cashDiscount)}`, -totals.cashDiscountCents));
    steps.push(step("netFinancial", "Net financier HT", totals.netFinancialCents));
  }
  if (totals.shippingCents > 0) steps.push(step("shipping", "Port HT", totals.shippingCents));
  steps.push(step("totalExclTax", "Total HT", totals.totalExclTaxCents));
  for (const vat of totals.vat) {
    steps.push(step("vat", `TVA ${formatPercent(vat.rate)} sur ${formatAmount(vat.baseCents)}`, vat.amountCents));
  }
  steps.push(step("totalVat", "Total TVA", totals.totalVatCents));
  steps.push(step("totalInclTax", "Total TTC", totals.totalInclTaxCents));
  if (totals.depositCents > 0) steps.push(step("deposit", "Acompte versé", -totals.depositCents));
  steps.push(step("amountDue", "Net à payer", totals.amountDueCents));
  return steps;
}

/**
 * The classroom invoice cascade: gross → remises → rabais → ristournes = net commercial →
 * escompte granted = net financier → + port = total HT → + VAT per rate = total TTC → − deposit
 * TTC = net à payer. With several VAT rates the cascade runs on each rate's base and every total
 * is the sum of the per-rate figures (docs/decisions/0003). Throws DomainError naming the field.
 */
export function computeInvoice(input: InvoiceInput): InvoiceComputation {
  validateLines(input.lines);
  const reductions = commercialReductions(input);
  const cashDiscount = input.cashDiscount ?? 0;
  assertPercent(cashDiscount, "cashDiscount", "l'escompte", false);
  const shippingCents = assertNonNegativeCents(input.shippingCents ?? 0, "shippingCents", "invoice.shipping.invalid", "le port HT");
  const depositCents = assertNonNegativeCents(input.depositCents ?? 0, "depositCents", "invoice.deposit.invalid", "l'acompte versé");

  const lineTotalsCents = input.lines.map(lineTotalCents);
  const partial = grossByRate(input.lines, lineTotalsCents).map(({ rate, grossCents }) =>
    cascadeToNetFinancial(rate, grossCents, reductions, cashDiscount),
  );
  const shippingShares = shareShipping(shippingCents, partial);
  const byRate: InvoiceRateBreakdown[] = partial.map((r, i) => {
    const rateShipping = shippingShares[i] ?? 0;
    const baseCents = sumCents([r.netFinancialCents, rateShipping], "totalExclTaxCents");
    return { ...r, shippingCents: rateShipping, baseCents, vatCents: percentOf(baseCents, r.rate, "vat") };
  });

  const totalExclTaxCents = sumAcrossRates(byRate, (r) => r.baseCents, "totalExclTaxCents");
  const totalVatCents = sumAcrossRates(byRate, (r) => r.vatCents, "totalVatCents");
  const totalInclTaxCents = sumCents([totalExclTaxCents, totalVatCents], "totalInclTaxCents");
  if (depositCents > totalInclTaxCents) {
    fail("invoice.deposit.exceedsTotal", "depositCents", `l'acompte versé ${formatEuros(depositCents)} dépasse le total TTC ${formatEuros(totalInclTaxCents)}.`);
  }
  const totals: Omit<InvoiceComputation, "steps"> = {
    grossCents: sumAcrossRates(byRate, (r) => r.grossCents, "grossCents"),
    netCommercialCents: sumAcrossRates(byRate, (r) => r.netCommercialCents, "netCommercialCents"),
    cashDiscountCents: sumAcrossRates(byRate, (r) => r.cashDiscountCents, "cashDiscountCents"),
    netFinancialCents: sumAcrossRates(byRate, (r) => r.netFinancialCents, "netFinancialCents"),
    shippingCents,
    totalExclTaxCents,
    vat: byRate.map((r) => ({ rate: r.rate, baseCents: r.baseCents, amountCents: r.vatCents })),
    totalVatCents,
    totalInclTaxCents,
    depositCents,
    amountDueCents: totalInclTaxCents - depositCents,
    lineTotalsCents,
    byRate,
  };
  return { ...totals, steps: buildSteps(totals, byRate, reductions, cashDiscount) };
}
