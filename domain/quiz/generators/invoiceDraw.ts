/**
 * Invoices and orders drawn from a catalogue, as the prompt shows them, and the cascade as a
 * worked solution: every figure read from `computeInvoice`, the engine the simulator prints with,
 * each step written with its operation (docs/decisions/0106).
 */
import { computeInvoice, type InvoiceComputation, type InvoiceInput, type InvoiceLineInput } from "../../invoice";
import { formatEuros, formatPercent, type Cents } from "../../money";
import { percentList } from "../../text";
import type { Wholesaler } from "./catalogue";
import type { Random } from "./random";

const TRADE_DISCOUNTS = [2, 3, 4, 5, 8, 10, 12, 15];
const CASH_DISCOUNTS = [1, 1.5, 2, 3];
const SHIPPING_CENTS = [1250, 1500, 1890, 2500, 3500, 4990];

/** `count` lines of different products, each with a quantity the customer might order. */
export function drawLines(random: Random, seller: Wholesaler, count: number): InvoiceLineInput[] {
  return random.sample(seller.products, count).map(({ description, unitPriceCents, vatRate, maxQuantity }) => ({
    description,
    quantity: random.int(1, maxQuantity),
    unitPriceCents,
    vatRate,
  }));
}

/** `count` lines (at least two) with both VAT rates of the seller: one line of each, then any. */
export function drawTwoRateLines(random: Random, seller: Wholesaler, count: number): InvoiceLineInput[] {
  const rates = [...new Set(seller.products.map((p) => p.vatRate))];
  const firsts = rates.map((rate) => random.pick(seller.products.filter((p) => p.vatRate === rate)));
  const others = random.sample(seller.products.filter((p) => !firsts.includes(p)), Math.max(0, count - firsts.length));
  const chosen = seller.products.filter((p) => firsts.includes(p) || others.includes(p));
  return drawLines(random, { ...seller, products: chosen }, chosen.length);
}

export interface ConditionsWanted {
  tradeDiscounts: number;
  cashDiscount: boolean;
  shipping: boolean;
}

/** Successive remises (different rates), an escompte granted for cash payment, a port. */
export function drawConditions(random: Random, wanted: ConditionsWanted): Omit<InvoiceInput, "lines"> {
  const tradeDiscounts = random.sample(TRADE_DISCOUNTS, wanted.tradeDiscounts).sort((a, b) => b - a);
  return {
    ...(tradeDiscounts.length > 0 ? { tradeDiscounts } : {}),
    ...(wanted.cashDiscount ? { cashDiscount: random.pick(CASH_DISCOUNTS) } : {}),
    ...(wanted.shipping ? { shippingCents: random.pick(SHIPPING_CENTS) } : {}),
  };
}

/** "12 × Ramette papier A4 80 g (500 feuilles) à 4,35 € HT (TVA 20 %)". */
function describeLines(lines: readonly InvoiceLineInput[], withRates: boolean): string {
  return lines
    .map((l) => `${l.quantity} × ${l.description} à ${formatEuros(l.unitPriceCents)} HT${withRates ? ` (TVA ${formatPercent(l.vatRate)})` : ""}`)
    .join("\u00a0; ");
}

/** "remises de 10 % puis 5 %, escompte de 2 % pour paiement comptant, port 15,00 € HT". */
function describeConditions(input: InvoiceInput): string {
  const discounts = input.tradeDiscounts ?? [];
  const parts = [
    discounts.length === 0 ? "aucune remise" : discounts.length === 1 ? `remise de ${formatPercent(discounts[0] ?? 0)}` : `remises successives de ${percentList(discounts)}`,
    ...(input.cashDiscount !== undefined ? [`escompte de ${formatPercent(input.cashDiscount)} pour paiement comptant`] : []),
    input.shippingCents !== undefined ? `port ${formatEuros(input.shippingCents)} HT` : "franco de port",
  ];
  return parts.join(", ");
}

/** The lines and the conditions as a prompt gives them: one VAT rate with the conditions, several line by line. */
export function describeInvoice(input: InvoiceInput): string {
  const rates = [...new Set(input.lines.map((l) => l.vatRate))];
  const singleRate = rates.length === 1 ? `, TVA ${formatPercent(rates[0] ?? 0)}` : "";
  return `${describeLines(input.lines, rates.length > 1)}. Conditions\u00a0: ${describeConditions(input)}${singleRate}.`;
}

/** The figures a cascade question asks, named as the course names them. */
export type CascadeFigure = "netCommercialCents" | "netFinancialCents" | "totalVatCents" | "totalInclTaxCents" | "amountDueCents";

export const CASCADE_FIGURE_NAMES: Readonly<Record<CascadeFigure, string>> = {
  netCommercialCents: "le net commercial",
  netFinancialCents: "le net financier",
  totalVatCents: "le montant total de la TVA",
  totalInclTaxCents: "le total TTC",
  amountDueCents: "le net à payer",
};

interface WorkedStep {
  /** The figure this step ends on, when a question may ask it. */
  figure?: CascadeFigure;
  text: string;
}

function sumText(amounts: readonly Cents[]): string {
  return amounts.map(formatEuros).join(" + ");
}

function grossStep(input: InvoiceInput, computed: InvoiceComputation): WorkedStep {
  const products = input.lines.map((l) => `${l.quantity} × ${formatEuros(l.unitPriceCents)}`).join(" + ");
  const totals = computed.lineTotalsCents ?? [];
  const detail = totals.length > 1 ? ` = ${sumText(totals)}` : "";
  return { text: `Montant brut HT\u00a0: ${products}${detail} = ${formatEuros(computed.grossCents)}.` };
}

function reductionSteps(computed: InvoiceComputation): WorkedStep[] {
  const reductions = computed.reductions ?? [];
  if (reductions.length === 0) return [{ figure: "netCommercialCents", text: `Aucune remise\u00a0: net commercial = montant brut = ${formatEuros(computed.netCommercialCents)}.` }];
  let before = computed.grossCents;
  const rule = reductions.length > 1 ? [{ text: "Les remises successives s'appliquent chacune sur le net précédent\u00a0: elles ne s'additionnent pas." }] : [];
  return [...rule, ...reductions.map((r, i) => {
    const last = i === reductions.length - 1;
    const text = `Remise ${formatPercent(r.percent)}\u00a0: ${formatEuros(before)} × ${formatPercent(r.percent)} = ${formatEuros(r.amountCents)}\u00a0; ${last ? "net commercial" : "net après cette remise"}\u00a0: ${formatEuros(before)} − ${formatEuros(r.amountCents)} = ${formatEuros(r.netAfterCents)}.`;
    before = r.netAfterCents;
    return last ? { figure: "netCommercialCents" as const, text } : { text };
  })];
}

function cashDiscountSteps(input: InvoiceInput, computed: InvoiceComputation): WorkedStep[] {
  if (input.cashDiscount === undefined) return [];
  const percent = formatPercent(input.cashDiscount);
  return [
    {
      figure: "netFinancialCents",
      text: `Escompte ${percent}\u00a0: ${formatEuros(computed.netCommercialCents)} × ${percent} = ${formatEuros(computed.cashDiscountCents)}\u00a0; net financier\u00a0: ${formatEuros(computed.netCommercialCents)} − ${formatEuros(computed.cashDiscountCents)} = ${formatEuros(computed.netFinancialCents)}.`,
    },
  ];
}

function shippingSteps(computed: InvoiceComputation): WorkedStep[] {
  if (computed.shippingCents === 0) return [];
  return [{ text: `Port\u00a0: total HT = ${formatEuros(computed.netFinancialCents)} + ${formatEuros(computed.shippingCents)} = ${formatEuros(computed.totalExclTaxCents)}.` }];
}

/** One rate: VAT on the total HT. Several: the net financier and the port shared pro rata of the gross amounts, then VAT per rate. */
function vatSteps(computed: InvoiceComputation): WorkedStep[] {
  const byRate = computed.byRate ?? [];
  if (byRate.length <= 1) {
    const vat = computed.vat[0];
    if (vat === undefined) return [];
    return [{ figure: "totalVatCents", text: `TVA ${formatPercent(vat.rate)}\u00a0: ${formatEuros(vat.baseCents)} × ${formatPercent(vat.rate)} = ${formatEuros(vat.amountCents)}.` }];
  }
  const gross = byRate.map((r) => `${formatEuros(r.grossCents)} à ${formatPercent(r.rate)}`).join(", ");
  const shares = (pick: (r: (typeof byRate)[number]) => Cents) => byRate.map((r) => `${formatEuros(pick(r))} à ${formatPercent(r.rate)}`).join(" et ");
  const split =
    `Répartition entre les taux au prorata des montants bruts (${gross})\u00a0: net financier ${formatEuros(computed.netFinancialCents)} → ${shares((r) => r.netFinancialCents)}` +
    (computed.shippingCents > 0 ? `\u00a0; port ${formatEuros(computed.shippingCents)} → ${shares((r) => r.shippingCents)}` : "") +
    ".";
  const perRate = byRate.map((r) => {
    const base = r.shippingCents > 0 ? `base ${formatEuros(r.netFinancialCents)} + ${formatEuros(r.shippingCents)} = ${formatEuros(r.baseCents)}\u00a0; ` : "";
    return { text: `TVA ${formatPercent(r.rate)}\u00a0: ${base}${formatEuros(r.baseCents)} × ${formatPercent(r.rate)} = ${formatEuros(r.vatCents)}.` };
  });
  return [{ text: split }, ...perRate, { figure: "totalVatCents", text: `Total TVA\u00a0: ${sumText(byRate.map((r) => r.vatCents))} = ${formatEuros(computed.totalVatCents)}.` }];
}

function closingSteps(computed: InvoiceComputation): WorkedStep[] {
  const steps: WorkedStep[] = [
    { figure: "totalInclTaxCents", text: `Total TTC\u00a0: ${formatEuros(computed.totalExclTaxCents)} + ${formatEuros(computed.totalVatCents)} = ${formatEuros(computed.totalInclTaxCents)}.` },
  ];
  if (computed.depositCents > 0) {
    steps.push({
      figure: "amountDueCents",
      text: `Acompte déjà versé, déduit\u00a0: net à payer = ${formatEuros(computed.totalInclTaxCents)} − ${formatEuros(computed.depositCents)} = ${formatEuros(computed.amountDueCents)}.`,
    });
  }
  return steps;
}

/**
 * The cascade written out up to `figure`, one step a line: gross, each remise on the previous
 * net, escompte, port, VAT (per rate when there are several), TTC, deposit.
 */
export function workedCascade(input: InvoiceInput, upTo: CascadeFigure): { computed: InvoiceComputation; lines: string[] } {
  const computed = computeInvoice(input);
  const steps = [grossStep(input, computed), ...reductionSteps(computed), ...cashDiscountSteps(input, computed), ...shippingSteps(computed), ...vatSteps(computed), ...closingSteps(computed)];
  const end = steps.findIndex((s) => s.figure === upTo);
  return { computed, lines: steps.slice(0, end < 0 ? steps.length : end + 1).map((s) => s.text) };
}
