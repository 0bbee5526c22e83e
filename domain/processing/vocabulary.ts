/**
 * Stage 2's vocabulary: its decision points and how they are named in feedback, the order
 * statuses, and lines as a learner types them (stage 3's credit notes type lines the same way).
 */
import type { DocumentLine } from "../documents";
import { formatEuros, formatPercent, type Cents } from "../money";

// ───────────────────────────── Decision points ─────────────────────────────

export const PROCESSING_DECISION_POINT_IDS = {
  record: "processing.record",
  acknowledgement: "processing.acknowledgement",
  deliveryNote: "processing.deliveryNote",
  status: "processing.status",
} as const;
export type ProcessingDecisionPoint = (typeof PROCESSING_DECISION_POINT_IDS)[keyof typeof PROCESSING_DECISION_POINT_IDS];

/** The decision points in the course's order, with the label the checklist shows. */
export const PROCESSING_DECISION_POINTS: { id: string; label: string }[] = [
  { id: PROCESSING_DECISION_POINT_IDS.record, label: "1. Enregistrer la commande dans le PGI (lignes, prix, remises du compte)" },
  { id: PROCESSING_DECISION_POINT_IDS.acknowledgement, label: "2. Envoyer l'accusé de réception de commande (date de livraison, acompte)" },
  { id: PROCESSING_DECISION_POINT_IDS.deliveryNote, label: "3. Établir le bon de livraison (quantités livrées, reliquat)" },
  { id: PROCESSING_DECISION_POINT_IDS.status, label: "4. Suivre la commande\u00a0: mettre à jour son statut" },
];

/** Each decision point inside a sentence: « il faut établir le bon de livraison ». */
export const PROCESSING_STEP_LABELS: Readonly<Record<ProcessingDecisionPoint, string>> = {
  "processing.record": "enregistrer la commande",
  "processing.acknowledgement": "envoyer l'accusé de réception",
  "processing.deliveryNote": "établir le bon de livraison",
  "processing.status": "mettre à jour le statut de la commande",
};

export const PROCESSING_GLOSSARY: Readonly<Record<ProcessingDecisionPoint, string[]>> = {
  "processing.record": ["purchaseOrder", "tradeDiscount", "erp"],
  "processing.acknowledgement": ["orderAcknowledgement", "deposit"],
  "processing.deliveryNote": ["deliveryNote", "backOrder"],
  "processing.status": ["backOrder", "deliveryNote"],
};

export const PROCESSING_COURSE_ORDER =
  "Le traitement suit l'ordre du cours\u00a0: 1. enregistrer la commande, 2. envoyer l'accusé de réception, 3. établir le bon de livraison, 4. suivre la commande (statut).";

// ───────────────────────────── Small French formats ─────────────────────────────

/** "aucune", "10 %", "10 % puis 5 %": successive remises are written in their order. */
export function formatDiscounts(discounts: readonly number[]): string {
  return discounts.length === 0 ? "aucune" : discounts.map(formatPercent).join(" puis ");
}

// ───────────────────────────── Order status ─────────────────────────────

export const ORDER_STATUSES = ["recorded", "confirmed", "inPreparation", "partiallyDelivered", "delivered"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  recorded: "Enregistrée",
  confirmed: "Confirmée (accusé de réception envoyé)",
  inPreparation: "En préparation",
  partiallyDelivered: "Livrée partiellement (reliquat en attente)",
  delivered: "Livrée",
};

// ───────────────────────────── Lines as a learner types them ─────────────────────────────

/** A line as typed in a form: the reference, the quantity, the unit price HT. */
export interface TypedLine {
  reference: string;
  quantity: number;
  unitPriceCents: Cents;
}

/** Lines are named by reference, or by designation when the line has none. */
export function lineName(line: Pick<DocumentLine, "reference" | "description">): string {
  return line.reference ?? line.description;
}

export function typedLine(line: DocumentLine): TypedLine {
  return { reference: lineName(line), quantity: line.quantity, unitPriceCents: line.unitPriceCents };
}

/** "10 × PF-200 à 45,00 € HT" for each line, joined. */
export function describeLines(lines: readonly TypedLine[]): string {
  return lines.map((l) => `${l.quantity} × ${l.reference} à ${formatEuros(l.unitPriceCents)} HT`).join(", ");
}

/**
 * What differs between the expected lines and the typed ones, in French, line by line: a missing
 * line, a wrong quantity or price, a line that should not be there. Empty when they agree.
 */
export function lineDifferences(expected: readonly TypedLine[], typed: readonly TypedLine[]): string[] {
  // Indexed by reference so that an order of many lines is compared in one pass (issue 10).
  const typedByReference = new Map<string, TypedLine[]>();
  for (const t of typed) {
    const reference = t.reference.trim();
    const same = typedByReference.get(reference);
    if (same) same.push(t);
    else typedByReference.set(reference, [t]);
  }
  const expectedReferences = new Set(expected.map((line) => line.reference));
  const differences: string[] = [];
  for (const line of expected) {
    const answer = typedByReference.get(line.reference) ?? [];
    const [first] = answer;
    if (!first) {
      differences.push(`${line.reference}\u00a0: ligne absente (attendu ${line.quantity} à ${formatEuros(line.unitPriceCents)} HT)`);
      continue;
    }
    const quantity = answer.reduce((sum, t) => sum + t.quantity, 0);
    if (quantity !== line.quantity) differences.push(`${line.reference}\u00a0: quantité ${quantity} saisie, ${line.quantity} attendue`);
    if (first.unitPriceCents !== line.unitPriceCents) {
      differences.push(`${line.reference}\u00a0: prix unitaire ${formatEuros(first.unitPriceCents)} HT saisi, ${formatEuros(line.unitPriceCents)} HT attendu`);
    }
  }
  for (const t of typed) {
    if (!expectedReferences.has(t.reference.trim())) differences.push(`${t.reference}\u00a0: ligne en trop`);
  }
  return differences;
}

