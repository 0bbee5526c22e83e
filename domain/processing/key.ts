/**
 * Stage 2's answer key, as the engine derives it from the PGI: the order recorded with the
 * customer's conditions, the delivery date an acknowledgement may promise, what a delivery note
 * can ship now and what stays back-ordered, the order status its documents imply. Pure functions
 * over the ledger; judge.ts compares a learner's answer with them. Decisions: docs/decisions/0050
 * to 0053.
 */
import { addDays, compareDates, formatDateFr, type IsoDate } from "../dates";
import type { DocumentLine } from "../documents";
import {
  childrenOf,
  findProduct,
  getDocument,
  isOrderAccepted,
  receiveStock,
  remainingToDeliver,
  reservedStock,
  requireCustomer,
  type DeliveryProgress,
  type Ledger,
} from "../ledger";
import type { Restock } from "../scenarioTypes";
import { sameNumbers } from "../text";
import { formatDiscounts, lineDifferences, lineName, typedLine, type OrderStatus, type TypedLine } from "./vocabulary";
import { formatDayCount } from "../paymentTerms";

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count > 1 ? pluralForm : singular;
}

// ───────────────────────────── Order status ─────────────────────────────

/**
 * The status the order's documents imply (docs/decisions/0050): a status is never typed freely,
 * it follows from the order, its acknowledgement and its delivery notes. Undefined for an order
 * not recorded (draft) or cancelled.
 */
export function impliedOrderStatus(ledger: Ledger, orderId: string): OrderStatus | undefined {
  const order = getDocument(ledger, orderId);
  if (order.kind !== "purchaseOrder" || order.status !== "validated") return undefined;
  const progress = remainingToDeliver(ledger, orderId);
  const delivered = progress.reduce((sum, p) => sum + p.delivered, 0);
  const remaining = progress.reduce((sum, p) => sum + p.remaining, 0);
  if (delivered > 0) return remaining === 0 ? "delivered" : "partiallyDelivered";
  if (childrenOf(ledger, orderId, "deliveryNote").some((d) => d.status === "draft")) return "inPreparation";
  return isOrderAccepted(ledger, orderId) ? "confirmed" : "recorded";
}

// ───────────────────────────── Recording the order ─────────────────────────────

export interface OrderRecord {
  lines: TypedLine[];
  /** Remises of the customer's account, in their order. */
  tradeDiscounts: number[];
}

/** The order as it must be recorded: its lines, and the remises of the customer's account (docs/decisions/0053). */
export function expectedOrderRecord(ledger: Ledger, orderId: string): OrderRecord {
  const order = getDocument(ledger, orderId);
  return { lines: order.lines.map(typedLine), tradeDiscounts: [...requireCustomer(ledger, order.customerId).conditions.tradeDiscounts] };
}

export function orderRecordDifferences(expected: OrderRecord, typed: OrderRecord): string[] {
  const differences = lineDifferences(expected.lines, typed.lines);
  if (!sameNumbers(expected.tradeDiscounts, typed.tradeDiscounts)) {
    differences.push(`remises saisies\u00a0: ${formatDiscounts(typed.tradeDiscounts)}\u00a0; prévues par le compte client\u00a0: ${formatDiscounts(expected.tradeDiscounts)}`);
  }
  return differences;
}

// ───────────────────────────── What can be delivered ─────────────────────────────

export interface DeliveryPlanLine extends DeliveryProgress {
  /** The name the line is delivered under (reference, or designation). */
  name: string;
  /** Units this order can take from stock now: stock minus what other orders reserved. */
  shippable: number;
  deliverNow: number;
  backOrder: number;
  leadTimeDays: number;
}

export interface DeliveryPlan {
  /** Lines still awaiting delivery. */
  lines: DeliveryPlanLine[];
  /** Every remaining unit can leave now. */
  complete: boolean;
  /** What a delivery note ships now (only lines with a quantity). */
  deliverNow: { reference: string; quantity: number }[];
}

/**
 * What the order still awaits and what can ship now: min(remaining, stock not reserved for
 * other orders) when the customer accepts a partial delivery, everything or nothing otherwise.
 * A line without a catalogue reference is not stock-managed: it can always ship.
 */
export function deliveryPlan(ledger: Ledger, orderId: string, acceptsPartialDelivery: boolean): DeliveryPlan {
  const progress = remainingToDeliver(ledger, orderId).filter((p) => p.remaining > 0);
  const measured = progress.map((p) => {
    const product = p.reference !== undefined ? findProduct(ledger, p.reference) : undefined;
    const shippable = product ? Math.max(0, product.stock - reservedStock(ledger, product.reference, orderId)) : p.remaining;
    return { ...p, name: p.reference ?? p.description, shippable, leadTimeDays: product?.leadTimeDays ?? 0 };
  });
  const complete = measured.every((p) => p.shippable >= p.remaining);
  const lines = measured.map((p) => {
    const deliverNow = acceptsPartialDelivery ? Math.min(p.remaining, p.shippable) : complete ? p.remaining : 0;
    return { ...p, deliverNow, backOrder: p.remaining - deliverNow };
  });
  return { lines, complete, deliverNow: lines.filter((l) => l.deliverNow > 0).map((l) => ({ reference: l.name, quantity: l.deliverNow })) };
}

/** The delivery-note lines for quantities typed by reference: the order's own lines (prices included). */
export function deliveryRequest(ledger: Ledger, orderId: string, typed: readonly { reference: string; quantity: number }[]): DocumentLine[] {
  const order = getDocument(ledger, orderId);
  return typed
    .filter((t) => t.quantity !== 0)
    .map((t) => {
      const source = order.lines.find((l) => lineName(l) === t.reference.trim());
      // An unknown reference is kept as typed: the ledger refuses it ("ne figure pas sur la commande").
      return source ? { ...source, quantity: t.quantity } : { reference: t.reference, description: t.reference, quantity: t.quantity, unitPriceCents: 0, vatRate: 20 };
    });
}

/** "6 × PF-300 (reliquat 4)" for each line of a plan. */
export function describePlan(plan: DeliveryPlan): string {
  return plan.lines
    .map((l) => `${l.name}\u00a0: ${l.remaining} à livrer, ${l.shippable} ${plural(l.shippable, "disponible")}${l.backOrder > 0 ? `, reliquat ${l.backOrder}` : ""}`)
    .join("\u00a0; ");
}

// ───────────────────────────── The promised delivery date ─────────────────────────────

export interface DeliveryPromise {
  /** The date the acknowledgement promises. */
  date: IsoDate;
  /** The earliest date the stock and lead times allow. */
  earliest: IsoDate;
  /** The earliest date waits for supplies (today + the longest lead time of the short lines). */
  waitsForSupply: boolean;
  explanation: string;
}

export interface PromiseOptions {
  acceptsPartialDelivery: boolean;
  requestedDeliveryDate?: IsoDate;
}

/**
 * The delivery date an acknowledgement may promise (domain.md, check 6): today when everything is
 * in stock, or when the customer accepts a partial delivery and something can ship; otherwise
 * today + the longest lead time of the articles short. A later date asked by the customer is kept.
 */
export function promisedDeliveryDate(ledger: Ledger, orderId: string, today: IsoDate, options: PromiseOptions): DeliveryPromise {
  const plan = deliveryPlan(ledger, orderId, options.acceptsPartialDelivery);
  const short = plan.lines.filter((l) => l.shippable < l.remaining);
  const stockText = plan.lines.map((l) => `${l.name}\u00a0: ${l.shippable} ${plural(l.shippable, "disponible")} pour ${l.remaining} commandé${l.remaining > 1 ? "s" : ""}`).join("\u00a0; ");
  let earliest = today;
  let reason: string;
  if (short.length === 0) {
    reason = `Tout est en stock (${stockText})\u00a0: livraison possible dès le ${formatDateFr(today)}.`;
  } else if (options.acceptsPartialDelivery && plan.deliverNow.length > 0) {
    const lead = Math.max(...short.map((l) => l.leadTimeDays));
    reason =
      `Stock insuffisant (${stockText})\u00a0; le client accepte une livraison partielle\u00a0: livraison de ce qui est disponible le ${formatDateFr(today)}, ` +
      `le reliquat suivra au réapprovisionnement (délai de ${formatDayCount(lead)}, soit au plus tard le ${formatDateFr(addDays(today, lead))}).`;
  } else {
    const lead = Math.max(...short.map((l) => l.leadTimeDays));
    earliest = addDays(today, lead);
    const why = options.acceptsPartialDelivery ? "rien ne peut partir aujourd'hui" : "le client refuse une livraison partielle";
    reason = `Stock insuffisant (${stockText}) et ${why}\u00a0: délai d'approvisionnement de ${formatDayCount(lead)} → livraison le ${formatDateFr(earliest)} (${formatDateFr(today)} + ${formatDayCount(lead)}).`;
  }
  const requested = options.requestedDeliveryDate;
  let date = earliest;
  if (requested !== undefined) {
    if (compareDates(requested, earliest) > 0) {
      date = requested;
      reason += ` Le client demande une livraison le ${formatDateFr(requested)}\u00a0: c'est la date promise.`;
    } else if (compareDates(requested, earliest) < 0) {
      reason += ` La date demandée par le client (${formatDateFr(requested)}) ne peut pas être tenue\u00a0: on ne promet jamais une date que le stock et les délais ne permettent pas.`;
    }
  }
  return { date, earliest, waitsForSupply: compareDates(earliest, today) > 0, explanation: reason };
}

/**
 * The supplies that let the back-order ship (docs/decisions/0051): the scenario's, sorted by date;
 * without them, only a promise that waits for supplies implies them (the missing units arrive on
 * the promised date, as the lead time says). A partial delivery's back-order otherwise stays open.
 */
export function restockSchedule(ledger: Ledger, orderId: string, promise: DeliveryPromise, options: PromiseOptions & { restockOn?: readonly Restock[] }): Restock[] {
  if (options.restockOn !== undefined) return [...options.restockOn].sort((a, b) => compareDates(a.date, b.date));
  if (!promise.waitsForSupply) return [];
  return deliveryPlan(ledger, orderId, options.acceptsPartialDelivery)
    .lines.filter((l) => l.reference !== undefined && l.shippable < l.remaining)
    .map((l) => ({ reference: l.reference ?? l.name, quantity: l.remaining - l.shippable, date: promise.earliest }));
}

/** Supplies dated on or before `date` come into stock; the others stay pending. */
export function receiveDueRestocks(ledger: Ledger, pending: readonly Restock[], date: IsoDate): { ledger: Ledger; received: Restock[]; pending: Restock[] } {
  let current = ledger;
  const received: Restock[] = [];
  const later: Restock[] = [];
  for (const restock of pending) {
    if (compareDates(restock.date, date) > 0) {
      later.push(restock);
      continue;
    }
    const result = receiveStock(current, { reference: restock.reference, quantity: restock.quantity });
    // An unknown reference is a scenario error the loader reports; the supply is then ignored.
    if (result.ok) current = result.ledger;
    received.push(restock);
  }
  return { ledger: current, received, pending: later };
}

