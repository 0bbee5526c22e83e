/**
 * The classroom invoice cascade (see ../shared/domain.md, "Invoice arithmetic").
 * PUBLIC CONTRACT used by the app and by tools outside it: extend only with optional fields.
 */
import { VAT_RATES } from "./documents";
import { allocateProRata, DomainError, formatAmount, formatEuros, formatPercent, percentOf, productRoundHalfUp } from "./money";
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

/**
 * One VAT rate's part of the invoice (docs/decisions/0079). The cascade is printed on the invoice's
 * totals; each net of it (after each reduction, net commercial, net financier) and the port are
 * split between the rates pro rata to their gross amounts, largest remainder, so that every total
 * is exactly the sum of these shares. A reduction's share is the difference of two net shares,
 * each allocated on its own: on amounts of a few cents it can be −1 (a largest-remainder quirk),
 * while the bases and VAT always follow the gross amounts as the course asks.
 */
export interface InvoiceRateBreakdown {
  rate: number;
  grossCents: Cents;
  reductions: AppliedReduction[];
  netCommercialCents: Cents;
  cashDiscountCents: Cents;
  netFinancialCents: Cents;
  /** This rate's share of the port, pro rata of the gross amounts. */
  shippingCents: Cents;
  baseCents: Cents;
  vatCents: Cents;
}

/**
 * The figures of a cascade as a learner writes them down, without the printed labels: those of
 * the invoice, or those of the other accepted method (docs/decisions/0079).
 */
export interface InvoiceFigures {
  grossCents: Cents;
  /** Each commercial reduction in cascade order, with the net after it (sums over rates for the per-rate method). */
  reductions: AppliedReduction[];
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
}

/** The printed figures (the fields of the first contract), with the printed steps. */
export interface InvoiceComputation extends Omit<InvoiceFigures, "reductions"> {
  steps: InvoiceStep[];
  /** quantity × unit price HT of each line, rounded half-up, in input order. */
  lineTotalsCents?: Cents[];
  /** Each rate's share of the cascade, rate descending; every total above is the sum of these figures. */
  byRate?: InvoiceRateBreakdown[];
  /** The commercial reductions as printed, in cascade order, each with the net after it. */
  reductions?: AppliedReduction[];
  /**
   * The same invoice computed rate by rate (each rate's own cascade, then the sums): the other
   * method a judge accepts. Equal to the printed figures with a single rate (docs/decisions/0079).
   */
  perRateMethod?: InvoiceFigures;
  /** The escompte granted, in %, when one is: what a diagnosis recomputes a learner's cascade with (docs/decisions/0131). */
  cashDiscount?: number;
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
  throw new DomainError(code, `${field}\u00a0: ${message}`, field);
}

function linePath(index: number, key: keyof InvoiceLineInput): string {
  return `lines[${index}].${key}`;
}

/** The quantity as an integer number of thousandths; refuses zero, negatives and finer quantities. */
function quantityInThousandths(quantity: number, index: number): number {
  const field = linePath(index, "quantity");
  if (typeof quantity !== "number" || !Number.isFinite(quantity) || quantity <= 0) {
    fail("invoice.line.quantity", field, `ligne ${index + 1}, la quantité doit être un nombre strictement positif (reçu ${received(quantity)}).`);
  }
  const scaled = Math.round(quantity * QUANTITY_SCALE);
  if (!Number.isSafeInteger(scaled)) {
    fail("invoice.line.quantity", field, `ligne ${index + 1}, la quantité ${received(quantity)} est trop grande pour être comptée au millième près (limite\u00a0: environ 9 000 milliards).`);
  }
  if (Math.abs(scaled - quantity * QUANTITY_SCALE) > 1e-6) {
    fail("invoice.line.quantity", field, `ligne ${index + 1}, la quantité ${received(quantity)} a plus de trois décimales (une quantité s'exprime au millième près).`);
  }
  return scaled;
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
    fail("invoice.line.vatRate", linePath(index, "vatRate"), `ligne ${index + 1}, taux de TVA ${shown} inconnu (taux permis\u00a0: ${allowed}).`);
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

/**
 * Sums so that an overflow is reported instead of silently losing cents: in numbers while every
 * value and every partial sum is a safe integer (each addition is then exact), else in bigint.
 */
function sumCents(values: readonly Cents[], field: string): Cents {
  let sum = 0;
  for (const value of values) {
    sum += value;
    if (!Number.isSafeInteger(value) || !Number.isSafeInteger(sum)) return sumCentsExactly(values, field);
  }
  return sum;
}

function sumCentsExactly(values: readonly Cents[], field: string): Cents {
  const total = values.reduce((sum, v) => sum + BigInt(v), 0n);
  const n = Number(total);
  if (!Number.isSafeInteger(n)) fail("money.overflow", field, "montant hors limites.");
  return n;
}

/** quantity × unit price HT, rounded half-up to the cent (2,5 kg × 3,99 € = 9,975 → 9,98 €). */
function lineTotalCents(line: Pick<InvoiceLineInput, "quantity" | "unitPriceCents">, index: number): Cents {
  const n = productRoundHalfUp(quantityInThousandths(line.quantity, index), line.unitPriceCents, QUANTITY_SCALE);
  if (!Number.isSafeInteger(n)) fail("money.overflow", `lines[${index}]`, `ligne ${index + 1}, montant hors limites.`);
  return n;
}

/**
 * One line's quantity × unit price HT with computeInvoice's checks and rounding, without the rest
 * of the cascade: what a printed line's total is checked against. Throws DomainError naming the line.
 */
export function lineAmountCents(line: Pick<InvoiceLineInput, "quantity" | "unitPriceCents">, index = 0): Cents {
  quantityInThousandths(line.quantity, index);
  assertNonNegativeCents(line.unitPriceCents, linePath(index, "unitPriceCents"), "invoice.line.unitPrice", `ligne ${index + 1}, le prix unitaire HT`);
  return lineTotalCents(line, index);
}

/** Gross amount per VAT rate, highest rate first (the order of the printed VAT lines). */
function grossByRate(lines: readonly InvoiceLineInput[], lineTotals: readonly Cents[]): { rate: number; grossCents: Cents }[] {
  const byRate = new Map<number, Cents[]>();
  lines.forEach((line, i) => {
    // Pushed, not copied: a copy per line made 50 000 lines quadratic (issue 10).
    const totals = byRate.get(line.vatRate) ?? [];
    totals.push(lineTotals[i] ?? 0);
    byRate.set(line.vatRate, totals);
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

/** The cascade down to the net financier, on one amount: the invoice's gross, or one rate's. */
interface CascadeToNetFinancial {
  reductions: AppliedReduction[];
  netCommercialCents: Cents;
  cashDiscountCents: Cents;
  netFinancialCents: Cents;
}

function cascadeToNetFinancial(grossCents: Cents, reductions: readonly CommercialReduction[], cashDiscount: number): CascadeToNetFinancial {
  const applied = applyCommercialReductions(grossCents, reductions);
  const netCommercialCents = applied.at(-1)?.netAfterCents ?? grossCents;
  const cashDiscountCents = percentOf(netCommercialCents, cashDiscount, "cashDiscount");
  return { reductions: applied, netCommercialCents, cashDiscountCents, netFinancialCents: netCommercialCents - cashDiscountCents };
}

interface RateGross {
  rate: number;
  grossCents: Cents;
}

/** VAT per rate on its base, and the totals that follow; the deposit is checked by computeInvoice. */
function closeCascade(
  head: CascadeToNetFinancial & { grossCents: Cents; shippingCents: Cents },
  bases: readonly { rate: number; baseCents: Cents }[],
  depositCents: Cents,
): InvoiceFigures {
  const vat = bases.map(({ rate, baseCents }) => ({ rate, baseCents, amountCents: percentOf(baseCents, rate, "vat") }));
  const totalExclTaxCents = sumCents(bases.map((b) => b.baseCents), "totalExclTaxCents");
  const totalVatCents = sumCents(vat.map((v) => v.amountCents), "totalVatCents");
  const totalInclTaxCents = sumCents([totalExclTaxCents, totalVatCents], "totalInclTaxCents");
  // Written out rather than spread from `head`: the two methods' heads are built differently, and
  // spreading them was a fifth of the cascade's time (docs/decisions/0154). Same fields, same order.
  return {
    grossCents: head.grossCents,
    shippingCents: head.shippingCents,
    reductions: head.reductions,
    netCommercialCents: head.netCommercialCents,
    cashDiscountCents: head.cashDiscountCents,
    netFinancialCents: head.netFinancialCents,
    totalExclTaxCents,
    vat,
    totalVatCents,
    totalInclTaxCents,
    depositCents,
    amountDueCents: totalInclTaxCents - depositCents,
  };
}

/**
 * The printed method (docs/decisions/0079): the cascade on the invoice's totals, as a learner does
 * it with a calculator; then every net and the port are split between the rates pro rata to their
 * gross amounts (largest remainder), and VAT is computed per rate on its share. When every gross
 * amount is nil (free lines), allocateProRata gives everything — in practice the port alone — to
 * the first share, i.e. the highest rate.
 */
function cascadeOnTotals(rates: readonly RateGross[], reductions: readonly CommercialReduction[], cashDiscount: number, shippingCents: Cents, depositCents: Cents) {
  const grossCents = sumCents(rates.map((r) => r.grossCents), "grossCents");
  const head = cascadeToNetFinancial(grossCents, reductions, cashDiscount);
  const weights = rates.map((r) => r.grossCents);
  const share = (cents: Cents, field: string): Cents[] => allocateProRata(cents, weights, field);
  const netAfterShares = head.reductions.map((r) => share(r.netAfterCents, "reductions"));
  const netCommercialShares = share(head.netCommercialCents, "netCommercialCents");
  const netFinancialShares = share(head.netFinancialCents, "netFinancialCents");
  const shippingShares = share(shippingCents, "shippingCents");
  const byRate: InvoiceRateBreakdown[] = rates.map(({ rate, grossCents: rateGross }, i) => {
    const netShare = (k: number): Cents => (k < 0 ? rateGross : (netAfterShares[k]?.[i] ?? 0));
    const netCommercialCents = netCommercialShares[i] ?? 0;
    const netFinancialCents = netFinancialShares[i] ?? 0;
    const rateShipping = shippingShares[i] ?? 0;
    const baseCents = sumCents([netFinancialCents, rateShipping], "totalExclTaxCents");
    return {
      rate,
      grossCents: rateGross,
      reductions: head.reductions.map(({ kind, percent }, k) => ({ kind, percent, amountCents: netShare(k - 1) - netShare(k), netAfterCents: netShare(k) })),
      netCommercialCents,
      cashDiscountCents: netCommercialCents - netFinancialCents,
      netFinancialCents,
      shippingCents: rateShipping,
      baseCents,
      vatCents: percentOf(baseCents, rate, "vat"),
    };
  });
  const figures = closeCascade({ grossCents, shippingCents, ...head }, byRate, depositCents);
  return { figures, byRate };
}

/**
 * Port takes the goods' rate: in the per-rate method it is shared pro rata of the net financial
 * bases. When every base is nil (100 % reductions) it follows the gross amounts instead, and when
 * those are nil too allocateProRata gives it all to the first, i.e. the highest, rate.
 */
function shareShipping(shippingCents: Cents, rates: readonly { grossCents: Cents; netFinancialCents: Cents }[]): Cents[] {
  const netWeights = rates.map((r) => r.netFinancialCents);
  const weights = netWeights.some((w) => w > 0) ? netWeights : rates.map((r) => r.grossCents);
  return allocateProRata(shippingCents, weights, "shippingCents");
}

/**
 * The other accepted method (the engine's method until docs/decisions/0079): the whole cascade
 * on each rate's gross, each reduction rounded on that rate's net, and every total the sum of the
 * rates' figures. It may differ from the printed figures by about a cent per rate.
 */
function cascadeRateByRate(rates: readonly RateGross[], reductions: readonly CommercialReduction[], cashDiscount: number, shippingCents: Cents, depositCents: Cents): InvoiceFigures {
  const perRate = rates.map(({ rate, grossCents }) => {
    const { reductions: applied, netCommercialCents, cashDiscountCents, netFinancialCents } = cascadeToNetFinancial(grossCents, reductions, cashDiscount);
    return { rate, grossCents, reductions: applied, netCommercialCents, cashDiscountCents, netFinancialCents };
  });
  const shippingShares = shareShipping(shippingCents, perRate);
  const total = (pick: (r: (typeof perRate)[number]) => Cents, field: string): Cents => sumCents(perRate.map(pick), field);
  const head = {
    grossCents: total((r) => r.grossCents, "grossCents"),
    shippingCents,
    reductions: reductions.map(({ kind, percent }, k) => ({
      kind,
      percent,
      amountCents: total((r) => r.reductions[k]?.amountCents ?? 0, "reductions"),
      netAfterCents: total((r) => r.reductions[k]?.netAfterCents ?? 0, "reductions"),
    })),
    netCommercialCents: total((r) => r.netCommercialCents, "netCommercialCents"),
    cashDiscountCents: total((r) => r.cashDiscountCents, "cashDiscountCents"),
    netFinancialCents: total((r) => r.netFinancialCents, "netFinancialCents"),
  };
  const bases = perRate.map((r, i) => ({ rate: r.rate, baseCents: sumCents([r.netFinancialCents, shippingShares[i] ?? 0], "totalExclTaxCents") }));
  return closeCascade(head, bases, depositCents);
}

// ---------------------------------------------------------------------------------------------
// The printed cascade (docs/decisions/0004): deductions are printed as negative amounts, every
// other line as a positive amount; lines that do not apply are left out.
// ---------------------------------------------------------------------------------------------

function step(kind: InvoiceStepKind, label: string, amountCents: Cents): InvoiceStep {
  // 0 - 0 is -0 in JavaScript; a printed amount is never "negative zero".
  return { kind, label, amountCents: amountCents === 0 ? 0 : amountCents };
}

function commercialSteps(applied: readonly AppliedReduction[], netCommercialCents: Cents): InvoiceStep[] {
  return applied.flatMap(({ kind, percent, amountCents, netAfterCents }, i) => {
    const { label } = REDUCTION_NAMES[kind];
    const reductionStep = step(kind, `${label} ${formatPercent(percent)}`, -amountCents);
    if (i === applied.length - 1) return [reductionStep, step("netCommercial", "Net commercial HT", netCommercialCents)];
    return [reductionStep, step("intermediateNet", `Net après ${label.toLowerCase()} ${formatPercent(percent)}`, netAfterCents)];
  });
}

function buildSteps(totals: InvoiceFigures, cashDiscount: number): InvoiceStep[] {
  const steps: InvoiceStep[] = [step("gross", "Montant brut HT", totals.grossCents)];
  if (totals.reductions.length === 0) steps.push(step("netCommercial", "Net commercial HT", totals.netCommercialCents));
  else steps.push(...commercialSteps(totals.reductions, totals.netCommercialCents));
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
 * TTC = net à payer. With several VAT rates the cascade runs on the invoice's totals and the net
 * financier and port are split between the rates pro rata to their gross amounts; the figures
 * of the per-rate method come along in `perRateMethod` (docs/decisions/0079). Throws DomainError
 * naming the field.
 */
export function computeInvoice(input: InvoiceInput): InvoiceComputation {
  validateLines(input.lines);
  const reductions = commercialReductions(input);
  const cashDiscount = input.cashDiscount ?? 0;
  assertPercent(cashDiscount, "cashDiscount", "l'escompte", false);
  const shippingCents = assertNonNegativeCents(input.shippingCents ?? 0, "shippingCents", "invoice.shipping.invalid", "le port HT");
  const depositCents = assertNonNegativeCents(input.depositCents ?? 0, "depositCents", "invoice.deposit.invalid", "l'acompte versé");

  const lineTotalsCents = input.lines.map(lineTotalCents);
  const rates = grossByRate(input.lines, lineTotalsCents);
  const { figures, byRate } = cascadeOnTotals(rates, reductions, cashDiscount, shippingCents, depositCents);
  if (depositCents > figures.totalInclTaxCents) {
    fail("invoice.deposit.exceedsTotal", "depositCents", `l'acompte versé ${formatEuros(depositCents)} dépasse le total TTC ${formatEuros(figures.totalInclTaxCents)}.`);
  }
  // The printed figures written out, in the order of InvoiceFigures, rather than spread (see closeCascade).
  const computation: InvoiceComputation = {
    grossCents: figures.grossCents,
    shippingCents: figures.shippingCents,
    netCommercialCents: figures.netCommercialCents,
    cashDiscountCents: figures.cashDiscountCents,
    netFinancialCents: figures.netFinancialCents,
    totalExclTaxCents: figures.totalExclTaxCents,
    vat: figures.vat,
    totalVatCents: figures.totalVatCents,
    totalInclTaxCents: figures.totalInclTaxCents,
    depositCents: figures.depositCents,
    amountDueCents: figures.amountDueCents,
    steps: buildSteps(figures, cashDiscount),
    lineTotalsCents,
    byRate,
    reductions: figures.reductions,
    perRateMethod: cascadeRateByRate(rates, reductions, cashDiscount, shippingCents, depositCents),
  };
  if (cashDiscount > 0) computation.cashDiscount = cashDiscount;
  return computation;
}

// ---------------------------------------------------------------------------------------------
// Judging a learner's or a printed figure: the two accepted methods (docs/decisions/0079).
// ---------------------------------------------------------------------------------------------

export type CascadeMethod = "invoiceTotals" | "perRate";

/** How each method is named in feedback. */
export const CASCADE_METHOD_TEXT: Readonly<Record<CascadeMethod, string>> = {
  invoiceTotals: "calculé sur le total de la facture, comme à la calculatrice",
  perRate: "calculé taux par taux, puis additionné",
};

export interface CascadeFigureCheck {
  /** The figure of the invoice (the totals method). */
  expectedCents: Cents;
  /** The same figure computed rate by rate, when it differs from the expected one. */
  perRateCents?: Cents;
  /** The method the figure found follows; undefined when it follows neither (a wrong figure). */
  acceptedBy?: CascadeMethod;
}

/**
 * One figure judged against both methods: right when it equals the invoice's figure or the
 * per-rate one (which differ by about a cent per rate, and not at all with one rate). An exact
 * match and not a blind tolerance: a cent slipped into a printed invoice must still be found.
 */
export function checkCascadeFigure(computed: InvoiceComputation, pick: (figures: InvoiceFigures) => Cents | undefined, found: Cents): CascadeFigureCheck {
  const expectedCents = pick(figuresOf(computed)) ?? 0;
  return judgeByEitherMethod(expectedCents, computed.perRateMethod !== undefined ? pick(computed.perRateMethod) : undefined, found);
}

/**
 * A computation read as figures: itself when it carries its reductions (every computation of
 * computeInvoice), else a copy with none. Not a copy each time: a printed invoice's check reads
 * some twenty figures of the same computation.
 */
function figuresOf(computed: InvoiceComputation): InvoiceFigures {
  return carriesReductions(computed) ? computed : { ...computed, reductions: [] };
}

function carriesReductions(computed: InvoiceComputation): computed is InvoiceComputation & Pick<InvoiceFigures, "reductions"> {
  return computed.reductions !== undefined;
}

/** The same judgement for a figure a key kept without its cascade (an order's TTC at intake). */
export function judgeByEitherMethod(expectedCents: Cents, perRate: Cents | undefined, found: Cents): CascadeFigureCheck {
  const perRateCents = perRate !== undefined && perRate !== expectedCents ? perRate : undefined;
  const acceptedBy = found === expectedCents ? "invoiceTotals" : found === perRateCents ? "perRate" : undefined;
  return { expectedCents, ...(perRateCents !== undefined ? { perRateCents } : {}), ...(acceptedBy !== undefined ? { acceptedBy } : {}) };
}

/**
 * What feedback adds about the methods, empty when both give the same figure: which method the
 * expected figure follows, and the other figure that would be accepted.
 */
export function cascadeMethodNote(check: CascadeFigureCheck): string {
  if (check.perRateCents === undefined) return "";
  if (check.acceptedBy === "perRate") {
    return ` (chiffre ${CASCADE_METHOD_TEXT.perRate}\u00a0: accepté\u00a0; chiffre attendu ${formatEuros(check.expectedCents)}, ${CASCADE_METHOD_TEXT.invoiceTotals})`;
  }
  return ` (${CASCADE_METHOD_TEXT.invoiceTotals}\u00a0; ${CASCADE_METHOD_TEXT.perRate}\u00a0: ${formatEuros(check.perRateCents)}, accepté aussi)`;
}
