/**
 * Stage 2's judge: a learner's answer against the answer key (key.ts) → one Judgement, with the
 * figures of the documents the PGI now holds. The machine applies the ledger operations (the
 * engine's truth) first and hands their results here: judging never moves the PGI.
 */
import { formatDateFr, type IsoDate } from "../dates";
import type { Customer } from "../documents";
import type { InvoiceComputation } from "../invoice";
import type { SalesDocument } from "../ledger";
import { formatEuros, type Cents } from "../money";
import { judgePromisedDate } from "../promisedDate";
import type { Restock } from "../scenarioTypes";
import { allPartsRight, amountPart, FIGURE_WEIGHT, scoredPart, verdictWeight, withFeedback } from "../scoring";
import type { Judgement } from "../judgement";
import { orderRecordDifferences, type DeliveryPlan, type DeliveryPromise, type OrderRecord } from "./key";
import {
  describeLines,
  formatDiscounts,
  ORDER_STATUS_LABELS,
  PROCESSING_COURSE_ORDER,
  PROCESSING_GLOSSARY,
  PROCESSING_STEP_LABELS,
  type OrderStatus,
  type ProcessingDecisionPoint,
} from "./vocabulary";

/** "10 × PF-300 le 20/11/2026" for each supply expected. */
export function describeRestocks(pending: readonly Restock[]): string {
  return pending.map((r) => `${r.quantity} × ${r.reference} le ${formatDateFr(r.date)}`).join(", ");
}

// ───────────────────────────── Recording the order ─────────────────────────────

/** The order as the PGI now records it: the document, its customer, its totals. */
export interface RecordedOrder {
  order: SalesDocument;
  customer: Customer;
  totals: InvoiceComputation;
}

export function judgeOrderRecord(expected: OrderRecord, typed: OrderRecord, recorded: RecordedOrder): Judgement {
  const differences = orderRecordDifferences(expected, typed);
  const { order, customer, totals } = recorded;
  const facts =
    `Commande ${order.number ?? order.id} du ${formatDateFr(order.date)}, client ${customer.name}${order.customerOrderNumber !== undefined ? ` (bon de commande ${order.customerOrderNumber})` : ""}\u00a0: ` +
    `${describeLines(expected.lines)}\u00a0; remises du compte ${customer.id}\u00a0: ${formatDiscounts(expected.tradeDiscounts)}. ` +
    `Montant brut ${formatEuros(totals.grossCents)}, net commercial ${formatEuros(totals.netCommercialCents)} HT, total TTC ${formatEuros(totals.totalInclTaxCents)}.`;
  return {
    answer: `${describeLines(typed.lines)}\u00a0; remises ${formatDiscounts(typed.tradeDiscounts)}`,
    expected: `${describeLines(expected.lines)}\u00a0; remises ${formatDiscounts(expected.tradeDiscounts)}`,
    correct: differences.length === 0,
    explanation:
      differences.length === 0
        ? `Commande enregistrée conforme. ${facts}`
        : `Écarts avec la commande et le compte client\u00a0: ${differences.join("\u00a0; ")}. Le PGI enregistre la commande telle qu'elle doit être\u00a0: ${facts}`,
  };
}

// ───────────────────────────── The acknowledgement ─────────────────────────────

export interface AcknowledgementAnswer {
  deliveryDate: IsoDate;
  depositRequestedCents?: number;
}

export interface AcknowledgementKey {
  promise: DeliveryPromise;
  /** The date the customer asked for, if any. */
  requestedDeliveryDate?: IsoDate;
  /** The deposit fixed at intake, TTC (0: none). */
  depositCents: Cents;
}

/** The acknowledgement as the PGI validated it, and the supplies its promise waits for. */
export interface IssuedAcknowledgement {
  number: string | undefined;
  pendingRestocks: readonly Restock[];
}

/**
 * The acknowledgement in two parts (docs/decisions/0094): the promised date (1,5 point: any date
 * from the earliest the stock allows to the customer's requested date is right) and the deposit
 * (0,5 point). The PGI keeps the engine's date, so that the rest of the scenario stays as written.
 */
export function judgeAcknowledgement(answer: AcknowledgementAnswer, key: AcknowledgementKey, issued: IssuedAcknowledgement): Judgement {
  const { promise, depositCents: deposit } = key;
  const typedDeposit = answer.depositRequestedCents ?? 0;
  const dateJudged = judgePromisedDate(answer.deliveryDate, {
    earliest: promise.earliest,
    ...(key.requestedDeliveryDate !== undefined ? { requested: key.requestedDeliveryDate } : {}),
    constraint: "l'état du stock et des approvisionnements",
  });
  const parts = [
    scoredPart("Date de livraison promise", dateJudged.accepted, verdictWeight(1), dateJudged.accepted ? dateJudged.note : dateJudged.reason),
    amountPart("Acompte demandé TTC", typedDeposit, deposit, FIGURE_WEIGHT),
  ];
  const depositText = deposit > 0 ? `Acompte demandé\u00a0: ${formatEuros(deposit)} TTC, fixé au contrôle de la commande.` : "Aucun acompte n'est exigé pour cette commande.";
  return {
    answer: `Livraison le ${formatDateFr(answer.deliveryDate)}\u00a0; acompte ${formatEuros(typedDeposit)}`,
    expected: `Livraison le ${formatDateFr(promise.date)}\u00a0; acompte ${formatEuros(deposit)}`,
    correct: allPartsRight(parts),
    parts,
    explanation: withFeedback(
      parts,
      `${promise.explanation} ${depositText} ` +
        `Accusé de réception ${issued.number} validé\u00a0: il reprend les références, quantités, prix et remises de la commande, la date de livraison convenue (${formatDateFr(promise.date)}) et l'adresse de livraison.` +
        (issued.pendingRestocks.length > 0 ? ` Réapprovisionnement attendu\u00a0: ${describeRestocks(issued.pendingRestocks)}.` : "") +
        (dateJudged.accepted && answer.deliveryDate !== promise.date ? ` Votre date est acceptée\u00a0; pour que la suite du scénario reste celle prévue, le PGI retient le ${formatDateFr(promise.date)}.` : ""),
    ),
  };
}

// ───────────────────────────── The delivery note ─────────────────────────────

type Quantities = readonly { reference: string; quantity: number }[];

/** Quantities by reference, zero lines dropped, so that the order of lines does not matter. */
function quantities(lines: Quantities): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of lines) if (line.quantity !== 0) map.set(line.reference.trim(), (map.get(line.reference.trim()) ?? 0) + line.quantity);
  return map;
}

function sameQuantities(a: Quantities, b: Quantities): boolean {
  const left = quantities(a);
  const right = quantities(b);
  return left.size === right.size && [...left].every(([reference, quantity]) => right.get(reference) === quantity);
}

function describeQuantities(lines: Quantities): string {
  const kept = lines.filter((l) => l.quantity !== 0);
  return kept.length === 0 ? "rien" : kept.map((l) => `${l.quantity} × ${l.reference}`).join(", ");
}

/** The quantities typed against the plan before the delivery; `note`: the delivery note the PGI validated on `date`. */
export function judgeDeliveryNote(typed: Quantities, plan: DeliveryPlan, note: { number: string | undefined; date: IsoDate }): Judgement {
  const expected = plan.deliverNow;
  const lineFacts = plan.lines
    .map((l) => `${l.name}\u00a0: reste à livrer ${l.remaining}, disponible ${l.shippable} → livré ${l.deliverNow}${l.backOrder > 0 ? `, reliquat ${l.backOrder}` : ""}`)
    .join("\u00a0; ");
  const backOrder = plan.lines.filter((l) => l.backOrder > 0);
  const correct = sameQuantities(typed, expected);
  return {
    answer: describeQuantities(typed),
    expected: describeQuantities(expected),
    correct,
    explanation:
      `${correct ? "" : `Votre bon de livraison\u00a0: ${describeQuantities(typed)}\u00a0; on livre tout ce que le stock permet, ni plus ni moins. `}` +
      `${lineFacts}. Bon de livraison ${note.number} du ${formatDateFr(note.date)}\u00a0: ${describeQuantities(expected)}.` +
      (backOrder.length > 0 ? ` Reliquat à livrer plus tard\u00a0: ${backOrder.map((l) => `${l.backOrder} × ${l.name}`).join(", ")}.` : " La commande est entièrement livrée."),
  };
}

// ───────────────────────────── The order status ─────────────────────────────

/** The status typed against the one the documents imply, after `deliveryNotes` delivery notes; `plan`: what remains. */
export function judgeOrderStatus(status: OrderStatus, expected: OrderStatus, deliveryNotes: number, plan: DeliveryPlan): Judgement {
  const delivered = `${deliveryNotes} bon${deliveryNotes > 1 ? "s" : ""} de livraison validé${deliveryNotes > 1 ? "s" : ""}`;
  const remaining = plan.lines.reduce((sum, l) => sum + l.remaining, 0);
  const facts =
    remaining === 0
      ? `${delivered}\u00a0: toutes les quantités commandées sont livrées.`
      : `${delivered}\u00a0; il reste à livrer ${plan.lines.map((l) => `${l.remaining} × ${l.name}`).join(", ")} (reliquat).`;
  return {
    answer: ORDER_STATUS_LABELS[status],
    expected: ORDER_STATUS_LABELS[expected],
    correct: status === expected,
    explanation: `${facts} Le statut que les documents impliquent est «\u00a0${ORDER_STATUS_LABELS[expected]}\u00a0»${status === expected ? "." : ` et non «\u00a0${ORDER_STATUS_LABELS[status]}\u00a0»\u00a0: le PGI affiche «\u00a0${ORDER_STATUS_LABELS[expected]}\u00a0».`}`,
  };
}

// ───────────────────────────── A step out of the course's order ─────────────────────────────

/** A step taken while another is awaited (none while waiting for supplies): 0 point, and why. */
export function judgeProcessingOutOfOrder(attempted: ProcessingDecisionPoint, awaiting: ProcessingDecisionPoint | null, pendingRestocks: readonly Restock[]): Judgement {
  const waitingForSupply = awaiting === null && pendingRestocks.length > 0;
  const expected = awaiting !== null ? PROCESSING_STEP_LABELS[awaiting] : waitingForSupply ? `attendre le réapprovisionnement (${describeRestocks(pendingRestocks)})` : "aucune action";
  const waiting = waitingForSupply ? ` Le stock ne permet pas encore de livrer\u00a0: réapprovisionnement attendu (${describeRestocks(pendingRestocks)}).` : "";
  return {
    answer: `${PROCESSING_STEP_LABELS[attempted]} (hors séquence)`,
    expected,
    correct: false,
    verdict: "outOfOrder",
    explanation: `«\u00a0${PROCESSING_STEP_LABELS[attempted]}\u00a0» n'est pas l'étape attendue maintenant\u00a0: il faut ${expected}.${waiting} ${PROCESSING_COURSE_ORDER}`,
    glossary: PROCESSING_GLOSSARY[attempted],
  };
}
