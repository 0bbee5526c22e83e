// ───────────────────────────── Deposit invoices ─────────────────────────────

import { formatDateFr, type IsoDate } from "../dates";
import { depositShareByRate } from "../depositBlock";
import type { DocumentLine, PrintedDeposit } from "../documents";
import { computeInvoice } from "../invoice";
import { allocateProRata, divideRoundHalfUp, formatEuros, formatPercent, type Cents } from "../money";
import type { LedgerError } from "../numbering";
import { fail, failWith, problem, type Ledger, type LedgerResult, type SalesDocument } from "./types";
import { chainError, childrenOf, describeDocument, findDocument, inherit, missingDocument } from "./chain";
import { checkDate } from "./checks";
import { addDocument, totalsOf, ttcOf } from "./totals";
import { creditedAmount, invoicesOfOrder } from "./amounts";
import { orderOf } from "./orders";

/** TTC of one line of `exclTax` at `rate`, by the cascade itself. */
function inclTaxOfLine(exclTax: Cents, rate: number): Cents {
  return computeInvoice({ lines: [{ description: "acompte", quantity: 1, unitPriceCents: exclTax, vatRate: rate }] }).totalInclTaxCents;
}

/** The HT base whose TTC (VAT rounded half-up) is nearest to `target`, exact when one exists. */
function exclTaxFor(target: Cents, rate: number): { exclTax: Cents; inclTax: Cents } {
  const estimate = Number(divideRoundHalfUp(BigInt(target) * 1000n, BigInt(1000 + Math.round(rate * 10))));
  let best = { exclTax: estimate, inclTax: inclTaxOfLine(estimate, rate) };
  for (const candidate of [estimate - 1, estimate + 1, estimate - 2, estimate + 2]) {
    if (candidate < 0) continue;
    const inclTax = inclTaxOfLine(candidate, rate);
    if (Math.abs(inclTax - target) < Math.abs(best.inclTax - target)) best = { exclTax: candidate, inclTax };
  }
  return best;
}

interface DepositSplit {
  parts: { rate: number; exclTax: Cents }[];
  inclTax: Cents;
}

/** Splits a TTC deposit over the order's rates pro rata of each rate's TTC, then into HT + VAT. */
function splitDeposit(amount: Cents, weights: readonly { rate: number; weight: Cents }[]): DepositSplit {
  const shares = allocateProRata(amount, weights.map((w) => w.weight));
  let carry = 0;
  const parts: DepositSplit["parts"] = [];
  weights.forEach((w, i) => {
    const target = (shares[i] ?? 0) + carry;
    const { exclTax, inclTax } = exclTaxFor(target, w.rate);
    carry = target - inclTax;
    parts.push({ rate: w.rate, exclTax });
  });
  return { parts, inclTax: amount - carry };
}

function rateWeights(order: SalesDocument): { rate: number; weight: Cents }[] {
  return totalsOf({ ...order, depositCents: 0 })
    .vat.filter((v) => v.baseCents > 0)
    .map((v) => ({ rate: v.rate, weight: v.baseCents + v.amountCents }));
}

/** Nearest amounts below and above that split exactly, to suggest to the user. */
function nearestSplittable(amount: Cents, weights: readonly { rate: number; weight: Cents }[]): Cents[] {
  const found: Cents[] = [];
  for (const direction of [-1, 1]) {
    for (let step = 1; step <= 10; step++) {
      const candidate = amount + direction * step;
      if (candidate > 0 && splitDeposit(candidate, weights).inclTax === candidate) {
        found.push(candidate);
        break;
      }
    }
  }
  return found;
}

function depositsRequested(ledger: Ledger, orderId: string, validatedOnly: boolean, exceptId?: string): Cents {
  return childrenOf(ledger, orderId, "depositInvoice")
    .filter((d) => d.id !== exceptId && d.lines.length > 0 && (d.status === "validated" || (!validatedOnly && d.status === "draft")))
    .reduce((sum, d) => sum + ttcOf(d) - creditedAmount(ledger, d.id), 0);
}

export function checkDepositWithinOrder(ledger: Ledger, order: SalesDocument, amount: Cents, validatedOnly: boolean, exceptId?: string): LedgerError | undefined {
  const orderTotal = totalsOf({ ...order, depositCents: 0 }).totalInclTaxCents;
  const before = depositsRequested(ledger, order.id, validatedOnly, exceptId);
  if (before + amount > orderTotal) {
    return problem(
      "deposit.exceedsOrder",
      `amount\u00a0: un acompte de ${formatEuros(amount)} porterait les acomptes à ${formatEuros(before + amount)}, au-delà du total TTC de ${describeDocument(order)} (${formatEuros(orderTotal)}).`,
      "amount",
    );
  }
  return undefined;
}

/**
 * The deposit invoice of an order (stage 1, check 7). For goods VAT is due on the deposit: the
 * TTC amount is split into HT + VAT at the order's rate, pro rata of each rate's TTC when the
 * order mixes rates. An amount that no HT base reaches exactly (VAT being rounded to the cent)
 * is refused with the nearest amounts that do.
 */
export function createDepositInvoice(
  ledger: Ledger,
  orderId: string,
  amountInclTaxCents: Cents,
  date: IsoDate,
  options: { id?: string } = {},
): LedgerResult<{ document: SalesDocument }> {
  const order = findDocument(ledger, orderId);
  if (!order) return missingDocument(orderId, "orderId");
  const chain = chainError(order, "depositInvoice");
  if (chain) return failWith(chain);
  const dateIssue = checkDate(date);
  if (dateIssue) return failWith(dateIssue);
  if (!Number.isSafeInteger(amountInclTaxCents) || amountInclTaxCents <= 0) {
    return fail("deposit.amount.invalid", `amount\u00a0: le montant de l'acompte doit être un nombre entier de centimes supérieur à 0 (reçu ${amountInclTaxCents}).`, "amount");
  }
  const exceeds = checkDepositWithinOrder(ledger, order, amountInclTaxCents, false);
  if (exceeds) return failWith(exceeds);
  const weights = rateWeights(order);
  const split = splitDeposit(amountInclTaxCents, weights);
  if (split.inclTax !== amountInclTaxCents) {
    const nearest = nearestSplittable(amountInclTaxCents, weights).map((c) => formatEuros(c)).join(" ou ");
    return fail(
      "deposit.notSplittable",
      `amount\u00a0: un acompte de ${formatEuros(amountInclTaxCents)} TTC ne se décompose pas exactement en HT + TVA arrondie au centime\u00a0; montants possibles les plus proches\u00a0: ${nearest}.`,
      "amount",
    );
  }
  const several = split.parts.filter((p) => p.exclTax > 0).length > 1;
  const label = `Acompte sur commande ${order.number ?? order.id} du ${formatDateFr(order.date)}`;
  const lines: DocumentLine[] = split.parts
    .filter((p) => p.exclTax > 0)
    .map((p) => ({ description: several ? `${label} (part à ${formatPercent(p.rate)})` : label, quantity: 1, unitPriceCents: p.exclTax, vatRate: p.rate }));
  // The agreed delivery date is not a date of sale: a deposit invoice does not print it.
  const { deliveryDate: _agreed, ...inherited } = inherit(order, "depositInvoice", date);
  const draft: Omit<SalesDocument, "id" | "status"> = { ...inherited, lines, reductions: {}, shippingCents: 0 };
  return addDocument(ledger, draft, options.id);
}

// ───────────────────────────── Deposits deducted by a final invoice ─────────────────────────────

/** The order's validated deposit invoices, in the order they were issued, with what credit notes left of each. */
function depositInvoicesLeft(ledger: Ledger, orderId: string): { deposit: SalesDocument; leftCents: Cents }[] {
  return childrenOf(ledger, orderId, "depositInvoice")
    .filter((d) => d.status === "validated")
    .map((deposit) => ({ deposit, leftCents: ttcOf(deposit) - creditedAmount(ledger, deposit.id) }))
    .filter((d) => d.leftCents > 0);
}

/**
 * The deposit invoices a final invoice deducts, cited with their number, date, HT and VAT per rate
 * (docs/decisions/0089). The invoice keeps only the TTC it deducts (`depositCents`); the deposit
 * invoices are taken oldest first, after what the order's earlier validated invoices deducted, so
 * that two invoices never cite the same euro of deposit.
 */
export function depositsDeductedBy(ledger: Ledger, invoice: SalesDocument): PrintedDeposit[] {
  const order = orderOf(ledger, invoice);
  if (invoice.kind !== "invoice" || invoice.depositCents <= 0 || !order) return [];
  const earlier = invoicesOfOrder(ledger, order.id);
  let alreadyDeducted = earlier
    .slice(0, Math.max(0, earlier.findIndex((i) => i.id === invoice.id)))
    .filter((i) => i.status === "validated")
    .reduce((sum, i) => sum + i.depositCents, 0);
  let toDeduct = invoice.depositCents;
  const cited: PrintedDeposit[] = [];
  for (const { deposit, leftCents } of depositInvoicesLeft(ledger, order.id)) {
    const skipped = Math.min(alreadyDeducted, leftCents);
    alreadyDeducted -= skipped;
    const deducted = Math.min(toDeduct, leftCents - skipped);
    if (deducted <= 0) continue;
    toDeduct -= deducted;
    const vat = totalsOf(deposit).vat.filter((v) => v.baseCents > 0).map((v) => ({ rate: v.rate, baseCents: v.baseCents, amountCents: v.amountCents }));
    cited.push({ ...(deposit.number !== undefined ? { number: deposit.number } : {}), date: deposit.date, vat: depositShareByRate(vat, deducted), inclTaxCents: deducted });
  }
  return cited;
}
