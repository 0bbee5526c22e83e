// ───────────────────────────── Products and stock ─────────────────────────────

import type { Product } from "../documents";
import { DomainError } from "../money";
import type { LedgerError } from "../numbering";
import { fail, failWith, problem, type Failure, type Ledger, type LedgerResult, type SalesDocument, type StockReservation } from "./types";
import { findDocument } from "./chain";
import { remainingToDeliver } from "./orders";

export function findProduct(ledger: Ledger, reference: string): Product | undefined {
  const wanted = reference.trim();
  return ledger.products.find((p) => p.reference === wanted);
}

function reservationsOf(ledger: Ledger): StockReservation[] {
  return ledger.reservations ?? [];
}

/** Units reserved for accepted orders (all of them, or all but `exceptOrderId`). */
export function reservedStock(ledger: Ledger, reference: string, exceptOrderId?: string): number {
  return reservationsOf(ledger)
    .filter((r) => r.reference === reference && r.orderId !== exceptOrderId)
    .reduce((sum, r) => sum + r.quantity, 0);
}

/** Physical stock minus what is reserved for accepted orders: what a new order can still get. */
export function availableStock(ledger: Ledger, reference: string): number {
  const product = findProduct(ledger, reference);
  if (!product) throw new DomainError("product.unknown", `Référence «\u00a0${reference}\u00a0» inconnue au catalogue.`, "reference");
  return product.stock - reservedStock(ledger, reference);
}

function unknownProduct(reference: string, field: string): Failure {
  return fail("product.unknown", `${field}\u00a0: la référence «\u00a0${reference}\u00a0» est inconnue au catalogue\u00a0: vérifiez-la avec le client.`, field);
}

function checkQuantity(quantity: number, field: string): LedgerError | undefined {
  return Number.isSafeInteger(quantity) && quantity > 0
    ? undefined
    : problem("stock.quantity.invalid", `${field}\u00a0: la quantité doit être un nombre entier supérieur à 0 (reçu ${quantity}).`, field);
}

function setProductStock(ledger: Ledger, reference: string, stock: number): Ledger {
  return { ...ledger, products: ledger.products.map((p) => (p.reference === reference ? { ...p, stock } : p)) };
}

function setReservation(ledger: Ledger, orderId: string, reference: string, quantity: number): Ledger {
  const others = reservationsOf(ledger).filter((r) => !(r.orderId === orderId && r.reference === reference));
  return { ...ledger, reservations: quantity > 0 ? [...others, { orderId, reference, quantity }] : others };
}

function reservedFor(ledger: Ledger, orderId: string, reference: string): number {
  return reservationsOf(ledger).find((r) => r.orderId === orderId && r.reference === reference)?.quantity ?? 0;
}

export interface StockMovement {
  reference: string;
  quantity: number;
  /** The order the units are for. */
  orderId?: string;
}

/**
 * Sets units aside for an accepted order. Never more than is available (the rest is a
 * back-order, delivered when stock comes in) nor more than the order still awaits.
 */
export function reserveStock(ledger: Ledger, movement: StockMovement & { orderId: string }): LedgerResult<{ reserved: number }> {
  const { reference, quantity, orderId } = movement;
  const product = findProduct(ledger, reference);
  if (!product) return unknownProduct(reference, "reference");
  const quantityIssue = checkQuantity(quantity, "quantity");
  if (quantityIssue) return failWith(quantityIssue);
  const order = findDocument(ledger, orderId);
  if (!order || order.kind !== "purchaseOrder" || order.status !== "validated") {
    return fail("stock.reservation.order", `orderId\u00a0: «\u00a0${orderId}\u00a0» n'est pas une commande enregistrée en cours.`, "orderId");
  }
  const available = availableStock(ledger, reference);
  if (quantity > available) {
    return fail(
      "stock.insufficient",
      `quantity\u00a0: impossible de réserver ${quantity} «\u00a0${reference}\u00a0»\u00a0: ${available} disponible(s) (stock ${product.stock}, dont ${reservedStock(ledger, reference)} déjà réservé(s)).`,
      "quantity",
    );
  }
  const already = reservedFor(ledger, orderId, reference);
  const awaited = remainingToDeliver(ledger, orderId).filter((l) => l.reference === reference).reduce((s, l) => s + l.remaining, 0);
  if (already + quantity > awaited) {
    return fail(
      "stock.reservation.exceedsOrder",
      `quantity\u00a0: la commande ${order.number ?? orderId} attend encore ${awaited} «\u00a0${reference}\u00a0», dont ${already} déjà réservé(s)\u00a0: impossible d'en réserver ${quantity} de plus.`,
      "quantity",
    );
  }
  return { ok: true, ledger: setReservation(ledger, orderId, reference, already + quantity), reserved: already + quantity };
}

/**
 * Units leave the warehouse: the order's own reservation is used first, and units reserved for
 * other orders are never taken, so stock never goes below zero nor below others' reservations.
 */
export function shipStock(ledger: Ledger, movement: StockMovement, field = "quantity"): LedgerResult {
  const { reference, quantity, orderId } = movement;
  const product = findProduct(ledger, reference);
  if (!product) return unknownProduct(reference, "reference");
  const quantityIssue = checkQuantity(quantity, field);
  if (quantityIssue) return failWith(quantityIssue);
  const reservedForOthers = reservedStock(ledger, reference, orderId);
  const shippable = product.stock - reservedForOthers;
  if (quantity > shippable) {
    return fail(
      "stock.insufficient",
      `${field}\u00a0: stock insuffisant pour «\u00a0${reference}\u00a0»\u00a0: ${Math.max(0, shippable)} expédiable(s) (stock ${product.stock}, dont ${reservedForOthers} réservé(s) pour d'autres commandes), ${quantity} à livrer.`,
      field,
    );
  }
  const withStock = setProductStock(ledger, reference, product.stock - quantity);
  if (orderId === undefined) return { ok: true, ledger: withStock };
  const own = reservedFor(ledger, orderId, reference);
  return { ok: true, ledger: setReservation(withStock, orderId, reference, own - Math.min(own, quantity)) };
}

/** Goods come in (supplier delivery, return): physical stock rises. */
export function receiveStock(ledger: Ledger, movement: Omit<StockMovement, "orderId">): LedgerResult {
  const product = findProduct(ledger, movement.reference);
  if (!product) return unknownProduct(movement.reference, "reference");
  const quantityIssue = checkQuantity(movement.quantity, "quantity");
  if (quantityIssue) return failWith(quantityIssue);
  return { ok: true, ledger: setProductStock(ledger, product.reference, product.stock + movement.quantity) };
}

export function releaseReservations(ledger: Ledger, orderId: string): Ledger {
  return { ...ledger, reservations: reservationsOf(ledger).filter((r) => r.orderId !== orderId) };
}

/** Ships every catalogue line of a delivery note from stock, on behalf of its order. */
export function shipDeliveryNote(ledger: Ledger, note: SalesDocument, orderId: string): LedgerResult {
  let current = ledger;
  for (const [i, line] of note.lines.entries()) {
    if (line.reference === undefined) continue;
    if (!findProduct(current, line.reference)) return unknownProduct(line.reference, `lines[${i}].reference`);
    const shipped = shipStock(current, { reference: line.reference, quantity: line.quantity, orderId }, `lines[${i}].quantity`);
    if (!shipped.ok) return shipped;
    current = shipped.ledger;
  }
  return { ok: true, ledger: current };
}
