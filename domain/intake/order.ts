/**
 * The order received, as every check reads it: the order of the scenario, its lines priced at the
 * price that applies (valid quote, else catalogue), and its totals through the cascade.
 */
import { compareDates } from "../dates";
import type { Customer, CustomerConditions, DocumentLine, PostalAddress } from "../documents";
import { checkCascadeFigure, computeInvoice } from "../invoice";
import { findProduct, type Ledger } from "../ledger";
import { DomainError, type Cents } from "../money";
import type { IncomingOrder, Scenario } from "../scenarioTypes";

export interface PricedLine {
  /** Index in the order's lines. */
  index: number;
  reference: string;
  description: string;
  quantity: number;
  /** The price that applies: the valid quote's, else the catalogue's. */
  unitPriceCents: Cents;
  vatRate: number;
  priceSource: "quote" | "catalogue";
  /** What the customer wrote, if anything. */
  writtenPriceCents?: Cents;
}

export function lineNumber(index: number): string {
  return `ligne ${index + 1}`;
}

export function orderOf(scenario: Scenario): IncomingOrder {
  if (!scenario.order) {
    throw new DomainError("intake.noOrder", "order\u00a0: le scénario ne contient pas de commande à contrôler (étape 1).", "order");
  }
  return scenario.order;
}

export function quoteIsValid(order: IncomingOrder): boolean {
  return order.quote !== undefined && compareDates(order.orderDate, order.quote.validUntil) <= 0;
}

/** Each line known to the catalogue, at the price that applies (0042). */
export function priceLines(ledger: Ledger, order: IncomingOrder): PricedLine[] {
  const validQuote = quoteIsValid(order) ? order.quote : undefined;
  const priced: PricedLine[] = [];
  order.lines.forEach((line, index) => {
    const product = findProduct(ledger, line.reference);
    if (!product) return;
    const quoted = validQuote?.prices.find((p) => p.reference === product.reference);
    priced.push({
      index,
      reference: product.reference,
      description: product.description,
      quantity: line.quantity,
      unitPriceCents: quoted?.unitPrice ?? product.unitPriceCents,
      vatRate: product.vatRate,
      priceSource: quoted ? "quote" : "catalogue",
      ...(line.unitPrice !== undefined ? { writtenPriceCents: line.unitPrice } : {}),
    });
  });
  return priced;
}

export function documentLines(priced: readonly PricedLine[]): DocumentLine[] {
  return priced.map((l) => ({ reference: l.reference, description: l.description, quantity: l.quantity, unitPriceCents: l.unitPriceCents, vatRate: l.vatRate }));
}

export interface OrderTotals {
  grossCents: Cents;
  netCommercialCents: Cents;
  totalExclTaxCents: Cents;
  totalInclTaxCents: Cents;
  /** The TTC a learner computing rate by rate finds (docs/decisions/0079). */
  perRateInclTaxCents?: Cents;
}

/** The order through the cascade: the customer's remises, the port; the escompte is only offered (0043). */
export function orderTotals(priced: readonly PricedLine[], conditions: CustomerConditions, shippingCents: Cents): OrderTotals {
  if (priced.length === 0) return { grossCents: 0, netCommercialCents: 0, totalExclTaxCents: 0, totalInclTaxCents: 0 };
  const totals = computeInvoice({ lines: documentLines(priced), tradeDiscounts: conditions.tradeDiscounts, shippingCents });
  const perRate = checkCascadeFigure(totals, (f) => f.totalInclTaxCents, totals.totalInclTaxCents).perRateCents;
  return { grossCents: totals.grossCents, netCommercialCents: totals.netCommercialCents, totalExclTaxCents: totals.totalExclTaxCents, totalInclTaxCents: totals.totalInclTaxCents, ...(perRate !== undefined ? { perRateInclTaxCents: perRate } : {}) };
}

export function hasDeliveryAddress(order: IncomingOrder, customer: Customer): PostalAddress | undefined {
  return order.deliveryAddress ?? customer.deliveryAddress;
}
