/**
 * Check 6, stock and lead times: available, partial delivery with a back-order (when the customer
 * accepts it), or a date the lead time allows (0044); any date the rules accept is right (0094).
 */
import { addDays, compareDates, formatDateFr, maxDate, type IsoDate } from "../dates";
import type { Judgement } from "../judgement";
import { availableStock, findProduct, type Ledger } from "../ledger";
import { judgePromisedDate, type PromiseWindow } from "../promisedDate";
import type { IncomingOrder } from "../scenarioTypes";
import { allPartsRight, FIGURE_WEIGHT, partsIfSeveral, POINTS_PER_DECISION, remarkPart, scoredPart, verdictWeight, withFeedback, type ScoredPart } from "../scoring";
import type { PricedLine } from "./order";
import { defineStep, type KeyPart } from "./vocabulary";
import { formatDayCount } from "../paymentTerms";

export const STOCK_STEP = defineStep({
  step: "stock",
  label: "stock et délais",
  title: "6. Stock et délais de livraison",
  glossary: ["backOrder"],
  hints: [
    "Comparez, pour chaque référence, la quantité commandée au stock disponible (stock moins les réservations).",
    "Stock insuffisant\u00a0: livraison partielle et reliquat si le client l'accepte, sinon une date = aujourd'hui + délai d'approvisionnement.",
  ],
  policies: [],
  derive: (facts) => deriveStock(facts.account.ledger, facts.order, facts.priced, facts.today),
  answeredBy: ["learner.stockChecked"],
  judge: (key, event: StockChecked) => ({ judgement: judgeStock(key, event.lines) }),
});

export type StockVerdict = "available" | "partial" | "leadTime";

export const STOCK_VERDICT_LABELS: Readonly<Record<StockVerdict, string>> = {
  available: "disponible",
  partial: "livraison partielle et reliquat",
  leadTime: "livraison après délai",
};

export interface StockAnswerLine {
  reference: string;
  verdict: StockVerdict;
  /** Leadtime: the promised date (required); partial: the date of the back-order (optional). */
  deliveryDate?: IsoDate;
}

export interface StockChecked {
  type: "learner.stockChecked";
  lines: StockAnswerLine[];
}

export interface StockLineKey {
  reference: string;
  description: string;
  quantity: number;
  available: number;
  leadTimeDays: number;
  verdict: StockVerdict;
  /** Units that can leave now. */
  deliverNow: number;
  backOrder: number;
  /** Available: delivery date; partial: the back-order's date; leadTime: the promised date. */
  deliveryDate: IsoDate;
  /** The earliest date the lead time allows. */
  earliestDate: IsoDate;
  explanation: string;
}

export interface StockKey extends KeyPart<StockAnswerLine[]> {
  lines: StockLineKey[];
  /** The delivery date the customer asked for, if any: a limit to the dates promised (0094). */
  requestedDate?: IsoDate;
  partialDelivery: boolean;
  /** The day the whole order can be delivered. */
  completeBy: IsoDate;
}

function deriveStock(ledger: Ledger, order: IncomingOrder, priced: readonly PricedLine[], today: IsoDate): StockKey {
  const byReference = new Map<string, { description: string; quantity: number }>();
  for (const line of priced) {
    const current = byReference.get(line.reference);
    byReference.set(line.reference, { description: line.description, quantity: (current?.quantity ?? 0) + line.quantity });
  }
  const requested = order.requestedDeliveryDate;
  const lines: StockLineKey[] = [...byReference.entries()].map(([reference, { description, quantity }]) => {
    const product = findProduct(ledger, reference);
    const leadTimeDays = product?.leadTimeDays ?? 0;
    const available = Math.max(0, availableStock(ledger, reference));
    const enough = available >= quantity;
    // Partial only when something can leave now and the customer accepts it (0044).
    const verdict: StockVerdict = enough ? "available" : available > 0 && order.acceptsPartialDelivery ? "partial" : "leadTime";
    const earliestDate = enough ? today : addDays(today, leadTimeDays);
    const deliveryDate = requested !== undefined ? maxDate(earliestDate, requested) : earliestDate;
    const deliverNow = verdict === "available" ? quantity : verdict === "partial" ? available : 0;
    const backOrder = quantity - deliverNow;
    const tooEarly = requested !== undefined && compareDates(requested, earliestDate) < 0 && !enough;
    const explanation =
      `«\u00a0${reference}\u00a0»\u00a0: ${quantity} commandé${quantity > 1 ? "s" : ""}, ${available} disponible${available > 1 ? "s" : ""}` +
      (verdict === "available"
        ? ` → livrable${requested !== undefined && deliveryDate !== today ? ` le ${formatDateFr(deliveryDate)} (date demandée)` : " maintenant"}`
        : verdict === "partial"
          ? ` → livraison partielle de ${deliverNow} maintenant, reliquat de ${backOrder} le ${formatDateFr(deliveryDate)} (délai ${formatDayCount(leadTimeDays)})`
          : ` → ${available > 0 ? "le client refuse la livraison partielle, donc " : ""}livraison de ${quantity} le ${formatDateFr(deliveryDate)} (aujourd'hui + délai de ${formatDayCount(leadTimeDays)})`) +
      (tooEarly ? `\u00a0; la date demandée (${formatDateFr(requested ?? today)}) ne peut pas être tenue, on ne la promet pas` : "");
    return { reference, description, quantity, available, leadTimeDays, verdict, deliverNow, backOrder, deliveryDate, earliestDate, explanation };
  });
  const expected: StockAnswerLine[] = lines.map((l) => ({ reference: l.reference, verdict: l.verdict, ...(l.verdict === "available" ? {} : { deliveryDate: l.deliveryDate }) }));
  const completeBy = lines.reduce((latest, l) => maxDate(latest, l.deliveryDate), requested !== undefined ? maxDate(today, requested) : today);
  const partialDelivery = lines.some((l) => l.verdict === "partial");
  return {
    expected,
    expectedText: lines.length === 0 ? "Aucune ligne à contrôler" : lines.map((l) => `${l.reference}\u00a0: ${STOCK_VERDICT_LABELS[l.verdict]}${l.verdict === "available" ? "" : ` (${formatDateFr(l.deliveryDate)})`}`).join("\u00a0; "),
    explanation: lines.length === 0 ? "Aucune référence connue du catalogue\u00a0: rien à contrôler en stock." : `${lines.map((l) => l.explanation).join(". ")}.`,
    glossary: STOCK_STEP.glossary,
    lines,
    ...(requested !== undefined ? { requestedDate: requested } : {}),
    partialDelivery,
    completeBy,
  };
}

function describeStockAnswer(lines: readonly StockAnswerLine[]): string {
  if (lines.length === 0) return "Aucune ligne";
  return lines.map((l) => `${l.reference}\u00a0: ${STOCK_VERDICT_LABELS[l.verdict]}${l.deliveryDate !== undefined ? ` (${formatDateFr(l.deliveryDate)})` : ""}`).join("\u00a0; ");
}

/** The dates a line may promise: from its earliest date to the customer's requested date, if any (0094). */
function stockWindow(key: StockKey, line: StockLineKey): PromiseWindow {
  return {
    earliest: line.earliestDate,
    ...(key.requestedDate !== undefined ? { requested: key.requestedDate } : {}),
    constraint: line.verdict === "available" ? "le stock" : `le délai de ${formatDayCount(line.leadTimeDays)}`,
  };
}

/**
 * Check 6 (0094): the verdicts of the references, and the promised dates when one is required
 * (a line delivered after the lead time): verdicts 1,5 point, dates 0,5 point. Any date the rules
 * accept is right. The back-order date of a partial delivery is optional: it never costs, and a
 * date the lead time cannot meet is named as a remark.
 */
export function judgeStock(key: StockKey, answer: readonly StockAnswerLine[]): Judgement {
  const verdictErrors: string[] = [];
  const dateErrors: string[] = [];
  const remarks: ScoredPart[] = [];
  const datesRequired = key.lines.some((line) => line.verdict === "leadTime");
  for (const line of key.lines) {
    const given = answer.find((a) => a.reference.trim() === line.reference);
    const dateRequired = line.verdict === "leadTime";
    if (!given) {
      verdictErrors.push(`«\u00a0${line.reference}\u00a0» non contrôlée.`);
      if (dateRequired) dateErrors.push(`«\u00a0${line.reference}\u00a0»\u00a0: aucune date promise (au plus tôt le ${formatDateFr(line.earliestDate)}).`);
      continue;
    }
    if (given.verdict !== line.verdict) verdictErrors.push(`«\u00a0${line.reference}\u00a0»\u00a0: ${STOCK_VERDICT_LABELS[line.verdict]} et non ${STOCK_VERDICT_LABELS[given.verdict]}.`);
    if (given.deliveryDate === undefined) {
      if (dateRequired) dateErrors.push(`«\u00a0${line.reference}\u00a0»\u00a0: indiquez la date de livraison promise (au plus tôt le ${formatDateFr(line.earliestDate)}).`);
      continue;
    }
    const judged = judgePromisedDate(given.deliveryDate, stockWindow(key, line));
    const label = `${dateRequired ? "Date promise" : "Date du reliquat"}, ${line.reference}`;
    if (judged.accepted) {
      if (judged.note !== undefined) remarks.push(remarkPart(label, true, judged.note));
    } else if (dateRequired) {
      dateErrors.push(`«\u00a0${line.reference}\u00a0»\u00a0: ${judged.reason}.`);
    } else {
      remarks.push(remarkPart(label, false, judged.reason));
    }
  }
  for (const extra of answer.filter((a) => !key.lines.some((l) => l.reference === a.reference.trim()))) {
    verdictErrors.push(`«\u00a0${extra.reference}\u00a0» n'est pas une référence du catalogue commandée ici.`);
  }
  const parts = [
    scoredPart("Verdicts de stock", verdictErrors.length === 0, datesRequired ? verdictWeight(1) : POINTS_PER_DECISION, verdictErrors.length > 0 ? verdictErrors.join(" ") : undefined),
    ...(datesRequired ? [scoredPart("Dates promises", dateErrors.length === 0, FIGURE_WEIGHT, dateErrors.length > 0 ? dateErrors.join(" ") : undefined)] : []),
    ...remarks,
  ];
  return {
    correct: allPartsRight(parts),
    answer: describeStockAnswer(answer),
    expected: key.expectedText,
    explanation: withFeedback(parts, key.explanation),
    glossary: key.glossary,
    ...partsIfSeveral(parts),
  };
}
