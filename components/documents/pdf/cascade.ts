/**
 * The cascade as printed: the labels of `computeInvoice(...).steps`, the figures the document
 * carries (print what the document says), computeInvoice's figures only where the document is silent.
 */
import { computeInvoice, depositSteps, formatAmount, formatPercent, type InvoiceDocument, type InvoiceStep, type InvoiceStepKind } from "@/domain";

function computedSteps(doc: InvoiceDocument): InvoiceStep[] | undefined {
  const lines = doc.lines.map((line) =>
    line.quantity !== undefined && line.unitPriceCents !== undefined && line.vatRate !== undefined
      ? { description: line.description ?? "", quantity: line.quantity, unitPriceCents: line.unitPriceCents, vatRate: line.vatRate }
      : undefined,
  );
  if (lines.some((line) => line === undefined)) return undefined;
  try {
    return computeInvoice({
      lines: lines.filter((line) => line !== undefined),
      ...doc.reductions,
      ...(doc.shippingCents !== undefined ? { shippingCents: doc.shippingCents } : {}),
      ...(doc.depositCents !== undefined ? { depositCents: doc.depositCents } : {}),
    }).steps;
  } catch {
    return undefined;
  }
}

const negate = (cents: number | undefined) => (cents === undefined ? undefined : -cents);

function printedFigures(doc: InvoiceDocument): Partial<Record<InvoiceStepKind, number>> {
  const t = doc.totals;
  const figures: Partial<Record<InvoiceStepKind, number | undefined>> = {
    gross: t.grossCents,
    netCommercial: t.netCommercialCents,
    cashDiscount: negate(t.cashDiscountCents),
    netFinancial: t.netFinancialCents,
    shipping: t.shippingCents,
    totalExclTax: t.totalExclTaxCents,
    totalVat: t.totalVatCents,
    totalInclTax: t.totalInclTaxCents,
    deposit: negate(t.depositCents),
    amountDue: t.amountDueCents,
  };
  return Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== undefined));
}

const FALLBACK_LABELS: readonly [InvoiceStepKind, string][] = [
  ["gross", "Montant brut HT"],
  ["netCommercial", "Net commercial HT"],
  ["cashDiscount", "Escompte"],
  ["netFinancial", "Net financier HT"],
  ["shipping", "Port HT"],
  ["totalExclTax", "Total HT"],
  ["totalVat", "Total TVA"],
  ["totalInclTax", "Total TTC"],
  ["deposit", "Acompte versé"],
  ["amountDue", "Net à payer"],
];

function vatSteps(doc: InvoiceDocument): InvoiceStep[] | undefined {
  return doc.totals.vat?.map((v) => ({ kind: "vat", label: `TVA ${formatPercent(v.rate)} sur ${formatAmount(v.baseCents)}`, amountCents: v.amountCents }));
}

/** Optional lines that print nothing when zero. */
const SKIPPED_WHEN_ZERO: ReadonlySet<InvoiceStepKind> = new Set(["cashDiscount", "shipping", "deposit"]);

/** A credit note owes nothing: its last line is what it credits. */
function relabel(doc: InvoiceDocument, steps: InvoiceStep[]): InvoiceStep[] {
  if (doc.kind !== "creditNote") return steps;
  return steps.map((step) => (step.kind === "amountDue" ? { ...step, label: "Net à déduire" } : step));
}

/** The "dont HT" and "dont TVA" lines under a deposit: printed indented, as the detail of the line above. */
export function isDepositDetail(step: InvoiceStep): boolean {
  return step.kind === "depositExclTax" || step.kind === "depositVat";
}

/** A final invoice that cites its deposit invoices prints each with its HT and VAT, then the VAT still due, instead of one TTC line. */
function withDepositBlock(doc: InvoiceDocument, steps: InvoiceStep[]): InvoiceStep[] {
  const block = depositSteps(doc.totals.vat ?? [], doc.deposits ?? []);
  if (block.length === 0) return steps;
  return steps.flatMap((step) => (step.kind === "deposit" ? block : [step]));
}

export function printedSteps(doc: InvoiceDocument): InvoiceStep[] {
  return relabel(doc, withDepositBlock(doc, cascadeSteps(doc)));
}

function cascadeSteps(doc: InvoiceDocument): InvoiceStep[] {
  const figures = printedFigures(doc);
  const printedVat = vatSteps(doc);
  const computed = computedSteps(doc);
  if (computed === undefined) {
    const steps: InvoiceStep[] = [];
    for (const [kind, label] of FALLBACK_LABELS) {
      const amountCents = figures[kind];
      if (amountCents === undefined || (SKIPPED_WHEN_ZERO.has(kind) && amountCents === 0)) continue;
      if (kind === "totalVat" && printedVat) steps.push(...printedVat);
      steps.push({ kind, label, amountCents });
    }
    return steps;
  }
  const steps: InvoiceStep[] = [];
  let vatPrinted = false;
  for (const step of computed) {
    if (step.kind === "vat" && printedVat) {
      if (!vatPrinted) steps.push(...printedVat);
      vatPrinted = true;
      continue;
    }
    const printed = step.kind !== undefined ? figures[step.kind] : undefined;
    steps.push({ ...step, amountCents: printed ?? step.amountCents });
  }
  return steps;
}
