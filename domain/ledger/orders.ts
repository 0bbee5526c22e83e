// ───────────────────────────── Orders and deliveries ─────────────────────────────

import type { DocumentLine } from "../documents";
import type { LedgerError } from "../numbering";
import { problem, type Ledger, type SalesDocument } from "./types";
import { childrenOf, findDocument, getDocument } from "./chain";
import { lineKey, mergeLines, quantitiesByKey } from "./totals";

/** The purchase order a document belongs to, following the chain upwards. */
export function orderOf(ledger: Ledger, doc: SalesDocument): SalesDocument | undefined {
  if (doc.kind === "purchaseOrder") return doc;
  if (doc.kind === "quote" || doc.parentId === undefined) return undefined;
  const parent = findDocument(ledger, doc.parentId);
  return parent ? orderOf(ledger, parent) : undefined;
}

export function isOrderAccepted(ledger: Ledger, orderId: string): boolean {
  const order = findDocument(ledger, orderId);
  return (
    order !== undefined &&
    order.kind === "purchaseOrder" &&
    order.status === "validated" &&
    childrenOf(ledger, orderId, "orderAcknowledgement").some((a) => a.status === "validated")
  );
}

export interface DeliveryProgress {
  reference?: string;
  description: string;
  ordered: number;
  delivered: number;
  remaining: number;
}

/** Per article of the order: ordered, delivered by validated delivery notes, and the back-order. */
export function remainingToDeliver(ledger: Ledger, orderId: string): DeliveryProgress[] {
  const order = getDocument(ledger, orderId);
  const delivered = quantitiesByKey(
    childrenOf(ledger, orderId, "deliveryNote")
      .filter((d) => d.status === "validated")
      .flatMap((d) => d.lines),
  );
  const ordered = quantitiesByKey(order.lines);
  const seen = new Set<string>();
  const progress: DeliveryProgress[] = [];
  for (const line of order.lines) {
    const key = lineKey(line);
    if (seen.has(key)) continue;
    seen.add(key);
    progress.push(progressOf(line, ordered.get(key) ?? 0, delivered.get(key) ?? 0));
  }
  return progress;
}

/**
 * One article's progress, its fields written out rather than spread in: every question about an
 * order (the plan, the guards, the stock) asks for it, and the spread was most of its time on the
 * profile (docs/decisions/0154).
 */
function progressOf(line: DocumentLine, ordered: number, delivered: number): DeliveryProgress {
  const remaining = Math.max(0, ordered - delivered);
  return line.reference !== undefined
    ? { reference: line.reference, description: line.description, ordered, delivered, remaining }
    : { description: line.description, ordered, delivered, remaining };
}

/** Delivery-note lines are the order's lines with the quantities shipped (prices come from the order). */
export function deliveryLines(order: SalesDocument, requested: readonly DocumentLine[] | undefined, progress: DeliveryProgress[]): DocumentLine[] {
  const remainingByKey = new Map(progress.map((p) => [lineKey(p), p.remaining]));
  if (requested === undefined) {
    return mergeLines(order.lines)
      .map((l) => ({ ...l, quantity: remainingByKey.get(lineKey(l)) ?? 0 }))
      .filter((l) => l.quantity > 0);
  }
  return requested.map((r) => {
    const source = order.lines.find((l) => lineKey(l) === lineKey(r));
    return source ? { ...source, quantity: r.quantity } : r;
  });
}

export function checkDeliveryQuantities(ledger: Ledger, order: SalesDocument, lines: readonly DocumentLine[]): LedgerError | undefined {
  const progress = remainingToDeliver(ledger, order.id);
  const asked = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const key = lineKey(line);
    const item = progress.find((p) => lineKey(p) === key);
    if (!item) {
      return problem(
        "deliveryNote.lineNotOrdered",
        `lines[${i}]\u00a0: «\u00a0${line.reference ?? line.description}\u00a0» ne figure pas sur la commande ${order.number ?? order.id}.`,
        `lines[${i}]`,
      );
    }
    const total = (asked.get(key) ?? 0) + line.quantity;
    asked.set(key, total);
    if (total > item.remaining) {
      return problem(
        "deliveryNote.exceedsRemaining",
        `lines[${i}].quantity\u00a0: ${total} «\u00a0${line.reference ?? line.description}\u00a0» à livrer, mais il n'en reste que ${item.remaining} à livrer sur la commande ${order.number ?? order.id} (commandé ${item.ordered}, déjà livré ${item.delivered}).`,
        `lines[${i}].quantity`,
      );
    }
  }
  return undefined;
}
