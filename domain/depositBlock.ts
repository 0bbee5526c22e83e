/**
 * The deposits a final invoice deducts, as printed after its Total TTC (docs/decisions/0089): each
 * deposit invoice cited by number and date, its TTC then the HT and the VAT per rate it takes off,
 * then the VAT still due per rate. One home for the PDF, the screen view and the invoice check.
 */
import { formatDateFr } from "./dates";
import type { PrintedDeposit, PrintedVatLine } from "./documents";
import type { InvoiceStep, InvoiceStepKind } from "./invoice";
import { allocateProRata, divideRoundHalfUp, formatPercent, type Cents } from "./money";

/**
 * The part of a deposit invoice deducted, per rate. All of it: its own HT and VAT. Part of it (the
 * final invoice is smaller, or an earlier invoice took the rest): the TTC shared pro rata of each
 * rate's TTC, and in each share the VAT in the deposit's own proportion, rounded half-up, so that
 * HT + VAT is exactly the share.
 */
export function depositShareByRate(depositVat: readonly PrintedVatLine[], deductedInclTaxCents: Cents): PrintedVatLine[] {
  const inclTaxPerRate = depositVat.map((v) => v.baseCents + v.amountCents);
  const whole = inclTaxPerRate.reduce((sum, c) => sum + c, 0);
  if (deductedInclTaxCents === whole) return depositVat.map((v) => ({ ...v }));
  const shares = allocateProRata(deductedInclTaxCents, inclTaxPerRate, "deposits");
  return depositVat.map((v, i) => {
    const share = shares[i] ?? 0;
    const rateInclTax = inclTaxPerRate[i] ?? 0;
    const vat = rateInclTax === 0 ? 0 : Number(divideRoundHalfUp(BigInt(share) * BigInt(v.amountCents), BigInt(rateInclTax)));
    return { rate: v.rate, baseCents: share - vat, amountCents: vat };
  });
}

/** "AC-2026-00001 du 12/11/2026": the deposit invoice as the final invoice cites it. */
export function depositReference(deposit: Pick<PrintedDeposit, "number" | "date">): string {
  return [deposit.number, deposit.date !== undefined ? `du ${formatDateFr(deposit.date)}` : undefined].filter(Boolean).join(" ");
}

function sum(values: readonly Cents[]): Cents {
  return values.reduce((total, c) => total + c, 0);
}

/**
 * The invoice's VAT per rate minus the VAT of the deposits deducted at that rate: what the
 * customer still owes the Treasury through this invoice (the deposits' VAT was due on receipt).
 */
export function vatStillDue(invoiceVat: readonly PrintedVatLine[], deposits: readonly PrintedDeposit[]): PrintedVatLine[] {
  const rates = [...new Set([...invoiceVat, ...deposits.flatMap((d) => d.vat)].map((v) => v.rate))].sort((a, b) => b - a);
  return rates.map((rate) => {
    const atRate = (lines: readonly PrintedVatLine[]) => lines.filter((v) => v.rate === rate);
    const deducted = deposits.flatMap((d) => atRate(d.vat));
    return {
      rate,
      baseCents: sum(atRate(invoiceVat).map((v) => v.baseCents)) - sum(deducted.map((v) => v.baseCents)),
      amountCents: sum(atRate(invoiceVat).map((v) => v.amountCents)) - sum(deducted.map((v) => v.amountCents)),
    };
  });
}

function step(kind: InvoiceStepKind, label: string, amountCents: Cents): InvoiceStep {
  return { kind, label, amountCents: amountCents === 0 ? 0 : amountCents };
}

/** One deposit: its TTC taken off, then "dont HT" and "dont TVA" per rate, negative like every deduction. */
function depositLines(deposit: PrintedDeposit): InvoiceStep[] {
  return [
    step("deposit", `Acompte ${depositReference(deposit)}`.trim(), -deposit.inclTaxCents),
    step("depositExclTax", "dont HT", -sum(deposit.vat.map((v) => v.baseCents))),
    ...deposit.vat.map((v) => step("depositVat", `dont TVA ${formatPercent(v.rate)}`, -v.amountCents)),
  ];
}

/**
 * The printed lines between Total TTC and Net à payer: each deposit deducted, then the VAT still
 * due per rate. Nothing when the invoice cites no deposit invoice.
 */
export function depositSteps(invoiceVat: readonly PrintedVatLine[], deposits: readonly PrintedDeposit[]): InvoiceStep[] {
  if (deposits.length === 0) return [];
  return [
    ...deposits.flatMap(depositLines),
    ...vatStillDue(invoiceVat, deposits).map((v) => step("vatStillDue", `TVA ${formatPercent(v.rate)} restant due`, v.amountCents)),
  ];
}
