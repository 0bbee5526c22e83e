/**
 * The arithmetic of a printed invoice: recompute with computeInvoice from what is printed, compare
 * every printed figure (docs/decisions/0034).
 */
import { depositReference } from "../depositBlock";
import type { DocumentReductions, InvoiceDocument, PrintedLine } from "../documents";
import { cascadeMethodNote, checkCascadeFigure, computeInvoice, lineAmountCents, type InvoiceComputation, type InvoiceFigures, type InvoiceInput, type InvoiceLineInput } from "../invoice";
import { DomainError, formatEuros, formatPercent, percentOf, type Cents } from "../money";
import { diagnosePrintedFigure } from "./diagnoses";
import type { Finding } from "./findings";
import { ARITHMETIC } from "./law";
import { citedDepositsCents, groupRates, lineLabel, quantityFormat, type ReductionGroup } from "./printed";

function arithmeticFinding(code: string, field: string, message: string, expected: Cents, found: Cents): Finding {
  return { code: `arithmetic.${code}`, category: "arithmetic", field, message, reference: ARITHMETIC, expected: formatEuros(expected), found: formatEuros(found) };
}

function notComputable(field: string, message: string): Finding {
  return { code: "arithmetic.notComputable", category: "arithmetic", field, message, reference: ARITHMETIC };
}

/** computeInvoice's paths ("tradeDiscounts[0]") as paths of the printed document ("reductions.tradeDiscounts[0]"). */
function documentPath(field: string | undefined): string {
  if (field === undefined) return "lines";
  return /^(tradeDiscounts|allowances|rebates|cashDiscount)/u.test(field) ? `reductions.${field}` : field;
}

/**
 * The rates the printed figures were computed with: the printed ones, or — for a group the
 * invoice leaves out while the context knows it — the agreed ones, so that a missing reduction
 * is one missing mention and not a cascade of arithmetic errors (docs/decisions/0032).
 */
function reductionsForArithmetic(doc: InvoiceDocument, agreed: DocumentReductions | undefined): Pick<InvoiceInput, "tradeDiscounts" | "allowances" | "rebates" | "cashDiscount"> {
  const pick = (key: ReductionGroup): number[] => {
    const printed = groupRates(doc.reductions, key);
    return printed.length > 0 ? printed : groupRates(agreed, key);
  };
  const cashDiscount = pick("cashDiscount")[0];
  return {
    tradeDiscounts: pick("tradeDiscounts"),
    allowances: pick("allowances"),
    rebates: pick("rebates"),
    ...(cashDiscount !== undefined ? { cashDiscount } : {}),
  };
}

interface UsableLines {
  lines: InvoiceLineInput[];
  /** One entry per missing value that prevents the recomputation. */
  gaps: { field: string; message: string }[];
}

const LINE_VALUES: readonly { key: "quantity" | "unitPriceCents" | "vatRate"; label: string }[] = [
  { key: "quantity", label: "quantité absente" },
  { key: "unitPriceCents", label: "prix unitaire HT absent" },
  { key: "vatRate", label: "taux de TVA absent" },
];

function usableLines(printed: readonly PrintedLine[]): UsableLines {
  const gaps = printed.flatMap((line, i) =>
    LINE_VALUES.filter(({ key }) => line[key] === undefined).map(({ key, label }) => ({
      field: `lines[${i}].${key}`,
      message: `${lineLabel(i)}\u00a0: ${label}, les totaux imprimés ne peuvent pas être recalculés.`,
    })),
  );
  const lines = printed.map((line, i) => ({
    description: line.description ?? lineLabel(i),
    quantity: line.quantity ?? 0,
    unitPriceCents: line.unitPriceCents ?? 0,
    vatRate: line.vatRate ?? 0,
  }));
  return { lines, gaps };
}

/**
 * The VAT rate a line's amount was checked with when it was computed as a one-line invoice: the
 * rate plays no part in quantity × unit price, and a line with an unknown rate still has its total
 * checked.
 */
const STAND_IN_VAT_RATE = 20;

/**
 * quantity × unit price of one line, rounded as the cascade rounds it (lineAmountCents: the
 * same checks as computeInvoice, without a whole invoice per line). Undefined when the line
 * cannot be computed (its problem is reported with the line's mentions or as not computable), and,
 * as when it was a one-line invoice at the stand-in rate, when that invoice's TTC would leave the
 * safe integers.
 */
function lineAmount(line: PrintedLine): Cents | undefined {
  if (line.quantity === undefined || line.unitPriceCents === undefined) return undefined;
  try {
    const amount = lineAmountCents({ quantity: line.quantity, unitPriceCents: line.unitPriceCents });
    return Number.isSafeInteger(amount + percentOf(amount, STAND_IN_VAT_RATE)) ? amount : undefined;
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

function checkLineTotals(doc: InvoiceDocument): Finding[] {
  return doc.lines.flatMap((line, i) => {
    const expected = lineAmount(line);
    const found = line.lineTotalCents;
    if (expected === undefined || found === undefined || found === expected || line.quantity === undefined || line.unitPriceCents === undefined) return [];
    const message = `${lineLabel(i)}\u00a0: ${quantityFormat.format(line.quantity)} × ${formatEuros(line.unitPriceCents)} = ${formatEuros(expected)} et non ${formatEuros(found)}.`;
    return [arithmeticFinding("lineTotal", `lines[${i}].lineTotalCents`, message, expected, found)];
  });
}

interface PrintedFigure {
  code: string;
  field: string;
  found: Cents | undefined;
  /** The figure in a set of cascade figures: the invoice's, or the per-rate method's (docs/decisions/0079). */
  pick: (figures: InvoiceFigures) => Cents | undefined;
  /** "Total TTC : 224,34 € HT + 41,60 € de TVA = 265,94 €" — the figure as it should be, explained. */
  explanation: string;
}

/**
 * A printed figure is right when it follows either accepted method (the invoice's totals, or
 * rate by rate); a finding names the method of the expected figure when the two differ.
 */
function compareFigure(computed: InvoiceComputation, input?: InvoiceInput): (figure: PrintedFigure) => Finding[] {
  return ({ code, field, found, pick, explanation }) => {
    if (found === undefined) return [];
    const check = checkCascadeFigure(computed, pick, found);
    if (check.acceptedBy !== undefined) return [];
    const finding = arithmeticFinding(code, field, `${explanation}${cascadeMethodNote(check)} et non ${formatEuros(found)}.`, check.expectedCents, found);
    const diagnosis = input === undefined ? undefined : diagnosePrintedFigure(code, found, input, computed);
    return [diagnosis === undefined ? finding : { ...finding, diagnosis }];
  };
}

function reductionsText(input: Pick<InvoiceInput, "tradeDiscounts" | "allowances" | "rebates">): string {
  const parts = [
    ...(input.tradeDiscounts ?? []).map((rate) => `remise ${formatPercent(rate)}`),
    ...(input.allowances ?? []).map((rate) => `rabais ${formatPercent(rate)}`),
    ...(input.rebates ?? []).map((rate) => `ristourne ${formatPercent(rate)}`),
  ];
  return parts.length === 0 ? "sans réduction" : `après ${parts.join(", ")}`;
}

/** The printed figures above the VAT lines, in cascade order. */
function headFigures(doc: InvoiceDocument, computed: InvoiceComputation, input: InvoiceInput): PrintedFigure[] {
  const t = doc.totals;
  const cashRate = input.cashDiscount ?? 0;
  return [
    { code: "gross", field: "totals.grossCents", found: t.grossCents, pick: (f) => f.grossCents, explanation: `Montant brut HT\u00a0: la somme des lignes donne ${formatEuros(computed.grossCents)}` },
    {
      code: "netCommercial",
      field: "totals.netCommercialCents",
      found: t.netCommercialCents,
      pick: (f) => f.netCommercialCents,
      explanation: `Net commercial HT\u00a0: ${formatEuros(computed.grossCents)} ${reductionsText(input)} = ${formatEuros(computed.netCommercialCents)}`,
    },
    {
      code: "cashDiscount",
      field: "totals.cashDiscountCents",
      found: t.cashDiscountCents,
      pick: (f) => f.cashDiscountCents,
      explanation:
        cashRate > 0
          ? `Escompte\u00a0: ${formatPercent(cashRate)} × ${formatEuros(computed.netCommercialCents)} = ${formatEuros(computed.cashDiscountCents)}`
          : `Escompte\u00a0: aucun escompte n'est accordé, ${formatEuros(0)}`,
    },
    {
      code: "netFinancial",
      field: "totals.netFinancialCents",
      found: t.netFinancialCents,
      pick: (f) => f.netFinancialCents,
      explanation: `Net financier HT\u00a0: ${formatEuros(computed.netCommercialCents)} − ${formatEuros(computed.cashDiscountCents)} d'escompte = ${formatEuros(computed.netFinancialCents)}`,
    },
    {
      code: "shipping",
      field: "totals.shippingCents",
      // Printed twice (charge line and totals): the charge line is the one the cascade used.
      found: doc.shippingCents !== undefined ? t.shippingCents : undefined,
      pick: (f) => f.shippingCents,
      explanation: `Port HT\u00a0: la ligne de port indique ${formatEuros(computed.shippingCents)}`,
    },
    {
      code: "totalExclTax",
      field: "totals.totalExclTaxCents",
      found: t.totalExclTaxCents,
      pick: (f) => f.totalExclTaxCents,
      explanation: `Total HT\u00a0: ${formatEuros(computed.netFinancialCents)} + ${formatEuros(computed.shippingCents)} de port = ${formatEuros(computed.totalExclTaxCents)}`,
    },
  ];
}

function vatAt(figures: InvoiceFigures, rate: number): InvoiceFigures["vat"][number] | undefined {
  return figures.vat.find((vat) => vat.rate === rate);
}

function vatFigures(doc: InvoiceDocument, computed: InvoiceComputation): Finding[] {
  const printed = doc.totals.vat ?? [];
  return printed.flatMap((line, k): Finding[] => {
    const path = `totals.vat[${k}]`;
    const firstAtRate = printed.findIndex((other) => other.rate === line.rate) === k;
    const match = computed.vat.find((vat) => vat.rate === line.rate);
    if (match === undefined || !firstAtRate) {
      const why = match === undefined ? "aucune ligne de la facture n'est à ce taux" : "ce taux figure déjà plus haut dans le récapitulatif";
      return [arithmeticFinding("vatRateUnexpected", `${path}.amountCents`, `TVA ${formatPercent(line.rate)}\u00a0: ${why}, le montant attendu est ${formatEuros(0)} et non ${formatEuros(line.amountCents)}.`, 0, line.amountCents)];
    }
    const share = computed.byRate?.find((r) => r.rate === line.rate);
    // With several rates the net financier and the port are shared pro rata of the gross amounts (docs/decisions/0079).
    const prorata = computed.vat.length > 1 ? " au prorata du montant brut à ce taux" : "";
    const baseExplanation =
      share !== undefined
        ? `Base TVA ${formatPercent(line.rate)}\u00a0: ${formatEuros(share.netFinancialCents)} + ${formatEuros(share.shippingCents)} de port${prorata} = ${formatEuros(match.baseCents)}`
        : `Base TVA ${formatPercent(line.rate)}\u00a0: ${formatEuros(match.baseCents)}`;
    return [
      ...compareFigure(computed)({ code: "vatBase", field: `${path}.baseCents`, found: line.baseCents, pick: (f) => vatAt(f, line.rate)?.baseCents, explanation: baseExplanation }),
      ...compareFigure(computed)({
        code: "vatAmount",
        field: `${path}.amountCents`,
        found: line.amountCents,
        pick: (f) => vatAt(f, line.rate)?.amountCents,
        explanation: `TVA ${formatPercent(line.rate)}\u00a0: ${formatPercent(line.rate)} × ${formatEuros(match.baseCents)} = ${formatEuros(match.amountCents)}`,
      }),
    ];
  });
}

function tailFigures(doc: InvoiceDocument, computed: InvoiceComputation): PrintedFigure[] {
  const t = doc.totals;
  return [
    {
      code: "totalVat",
      field: "totals.totalVatCents",
      found: t.totalVatCents,
      pick: (f) => f.totalVatCents,
      explanation: `Total TVA\u00a0: ${computed.vat.map((v) => formatEuros(v.amountCents)).join(" + ")} = ${formatEuros(computed.totalVatCents)}`,
    },
    {
      code: "totalInclTax",
      field: "totals.totalInclTaxCents",
      found: t.totalInclTaxCents,
      pick: (f) => f.totalInclTaxCents,
      explanation: `Total TTC\u00a0: ${formatEuros(computed.totalExclTaxCents)} HT + ${formatEuros(computed.totalVatCents)} de TVA = ${formatEuros(computed.totalInclTaxCents)}`,
    },
    {
      code: "deposit",
      field: "totals.depositCents",
      found: doc.depositCents !== undefined ? t.depositCents : undefined,
      pick: (f) => f.depositCents,
      explanation: `Acompte\u00a0: la ligne d'acompte indique ${formatEuros(computed.depositCents)}`,
    },
    {
      code: "amountDue",
      field: "totals.amountDueCents",
      found: t.amountDueCents,
      pick: (f) => f.amountDueCents,
      explanation: `Net à payer\u00a0: ${formatEuros(computed.totalInclTaxCents)} TTC − ${formatEuros(computed.depositCents)} d'acompte = ${formatEuros(computed.amountDueCents)}`,
    },
  ];
}

/** Each deposit cited: its HT and VAT add up to its TTC; together, they are the deposit deducted. */
function depositFigures(doc: InvoiceDocument, computed: InvoiceComputation): PrintedFigure[] {
  const deposits = doc.deposits ?? [];
  if (deposits.length === 0) return [];
  const each = deposits.map((deposit, i): PrintedFigure => {
    const exclTax = deposit.vat.reduce((sum, v) => sum + v.baseCents, 0);
    const vat = deposit.vat.reduce((sum, v) => sum + v.amountCents, 0);
    return {
      code: "depositInclTax",
      field: `deposits[${i}].inclTaxCents`,
      found: deposit.inclTaxCents,
      pick: () => exclTax + vat,
      explanation: `Acompte ${depositReference(deposit)}\u00a0: ${formatEuros(exclTax)} HT + ${formatEuros(vat)} de TVA = ${formatEuros(exclTax + vat)} TTC`,
    };
  });
  const cited = citedDepositsCents(doc);
  const total: PrintedFigure = {
    code: "depositsCited",
    field: "deposits",
    found: cited,
    pick: (figures) => figures.depositCents,
    explanation: `Acomptes cités\u00a0: leur total TTC est l'acompte déduit, ${formatEuros(computed.depositCents)}`,
  };
  return [...each, total];
}

export interface ArithmeticResult {
  findings: Finding[];
  computed?: InvoiceComputation;
}

/**
 * Line totals are checked one by one; the other figures need the whole cascade, so when a line
 * or an amount cannot be used they are skipped and the reason is given once — unless a mention
 * finding already names that field.
 */
export function checkArithmetic(doc: InvoiceDocument, agreed: DocumentReductions | undefined, reportedFields: ReadonlySet<string>): ArithmeticResult {
  const lineFindings = checkLineTotals(doc);
  const unreported = (field: string): boolean => !reportedFields.has(field);
  const { lines, gaps } = usableLines(doc.lines);
  if (gaps.length > 0) {
    return { findings: [...lineFindings, ...gaps.filter((gap) => unreported(gap.field)).map((gap) => notComputable(gap.field, gap.message))] };
  }
  const shippingCents = doc.shippingCents ?? doc.totals.shippingCents;
  const depositCents = doc.depositCents ?? doc.totals.depositCents ?? (doc.deposits !== undefined ? citedDepositsCents(doc) : undefined);
  const input: InvoiceInput = {
    lines,
    ...reductionsForArithmetic(doc, agreed),
    ...(shippingCents !== undefined ? { shippingCents } : {}),
    ...(depositCents !== undefined ? { depositCents } : {}),
  };
  let computed: InvoiceComputation;
  try {
    computed = computeInvoice(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const field = documentPath(error.field);
    const reason = error.message.replace(/\.$/u, "");
    const findings = unreported(field) ? [notComputable(field, `Calcul impossible — ${reason}\u00a0: les totaux imprimés ne sont pas vérifiés.`)] : [];
    return { findings: [...lineFindings, ...findings] };
  }
  return {
    computed,
    findings: [
      ...lineFindings,
      ...headFigures(doc, computed, input).flatMap(compareFigure(computed, input)),
      ...vatFigures(doc, computed),
      ...tailFigures(doc, computed).flatMap(compareFigure(computed, input)),
      ...depositFigures(doc, computed).flatMap(compareFigure(computed)),
    ],
  };
}

