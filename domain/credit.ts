/**
 * The credit check at order acceptance (stage 1, check 3): encours + new order TTC ≤ plafond.
 * The check only measures; what to do over the limit (refuse, hold, ask for a deposit) is the
 * scenario's policy, decided elsewhere (docs/decisions/0006).
 */
import { DomainError, formatEuros } from "./money";
import type { Cents } from "./money";

export interface CreditCheckInput {
  /** Unpaid invoices, TTC (what remains due on each). */
  unpaidInvoicesCents: Cents[];
  /** Orders already accepted and not yet invoiced, TTC. */
  acceptedOrdersNotInvoicedCents: Cents[];
  /** The order being accepted, TTC. */
  orderTotalInclTaxCents: Cents;
  creditLimitCents: Cents;
}

export interface CreditCheck {
  /** Encours: unpaid invoices + accepted orders not yet invoiced. */
  outstandingCents: Cents;
  unpaidInvoicesTotalCents: Cents;
  acceptedOrdersTotalCents: Cents;
  /** Outstanding + the new order. */
  projectedCents: Cents;
  creditLimitCents: Cents;
  /** Limit − outstanding, never below 0: what the customer may still order. */
  availableCents: Cents;
  /** Projected − limit, 0 when within the limit. */
  excessCents: Cents;
  /** projected ≤ limit (reaching the limit exactly passes). */
  passes: boolean;
  /** The deposit that brings the order within the limit: the excess, 0 when the check passes. */
  depositToFitCents: Cents;
  /** The reasoning in French, with the figures, as a learner would write it. */
  explanation: string;
}

function assertAmount(value: unknown, field: string): Cents {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new DomainError(
      "credit.amount.invalid",
      `${field}\u00a0: le montant doit être un nombre entier de centimes positif ou nul (reçu ${String(value)}).`,
      field,
    );
  }
  return value;
}

/** Sums in bigint so that an overflow is reported instead of silently losing cents. */
function sum(values: readonly Cents[], field: string): Cents {
  const total = Number(values.reduce((acc, v) => acc + BigInt(v), 0n));
  if (!Number.isSafeInteger(total)) {
    throw new DomainError("money.overflow", `${field}\u00a0: montant hors limites.`, field);
  }
  return total;
}

function assertAmounts(values: unknown, field: string): Cents[] {
  if (!Array.isArray(values)) {
    throw new DomainError("credit.amount.invalid", `${field}\u00a0: une liste de montants est attendue.`, field);
  }
  return values.map((v, i) => assertAmount(v, `${field}[${i}]`));
}

function explain(check: Omit<CreditCheck, "explanation">, orderCents: Cents): string {
  const detail =
    `Encours ${formatEuros(check.outstandingCents)} ` +
    `(factures non réglées ${formatEuros(check.unpaidInvoicesTotalCents)} + ` +
    `commandes acceptées non facturées ${formatEuros(check.acceptedOrdersTotalCents)}) ` +
    `+ commande ${formatEuros(orderCents)} = ${formatEuros(check.projectedCents)}`;
  if (!check.passes) {
    return `${detail} > plafond ${formatEuros(check.creditLimitCents)}\u00a0: dépassement de ${formatEuros(check.excessCents)}.`;
  }
  const margin = check.creditLimitCents - check.projectedCents;
  return `${detail} ≤ plafond ${formatEuros(check.creditLimitCents)}\u00a0: plafond respecté (marge restante ${formatEuros(margin)}).`;
}

export function checkCredit(input: CreditCheckInput): CreditCheck {
  const unpaid = assertAmounts(input.unpaidInvoicesCents, "unpaidInvoicesCents");
  const accepted = assertAmounts(input.acceptedOrdersNotInvoicedCents, "acceptedOrdersNotInvoicedCents");
  const orderCents = assertAmount(input.orderTotalInclTaxCents, "orderTotalInclTaxCents");
  const creditLimitCents = assertAmount(input.creditLimitCents, "creditLimitCents");

  const unpaidInvoicesTotalCents = sum(unpaid, "unpaidInvoicesCents");
  const acceptedOrdersTotalCents = sum(accepted, "acceptedOrdersNotInvoicedCents");
  const outstandingCents = sum([unpaidInvoicesTotalCents, acceptedOrdersTotalCents], "outstandingCents");
  const projectedCents = sum([outstandingCents, orderCents], "projectedCents");
  const excessCents = Math.max(0, projectedCents - creditLimitCents);
  const check: Omit<CreditCheck, "explanation"> = {
    outstandingCents,
    unpaidInvoicesTotalCents,
    acceptedOrdersTotalCents,
    projectedCents,
    creditLimitCents,
    availableCents: Math.max(0, creditLimitCents - outstandingCents),
    excessCents,
    passes: excessCents === 0,
    depositToFitCents: excessCents,
  };
  return { ...check, explanation: explain(check, orderCents) };
}
