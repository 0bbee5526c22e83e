/**
 * Check 5, the elements of the order: references, prices (valid quote, else catalogue), delivery
 * address, signature, quote validity (0042). Each anomaly is named; missed and false alarms too.
 */
import { formatDateFr } from "../dates";
import type { Customer } from "../documents";
import type { Judgement } from "../judgement";
import { formatEuros } from "../money";
import type { IncomingOrder } from "../scenarioTypes";
import { capitalize } from "../text";
import { hasDeliveryAddress, lineNumber, quoteIsValid, type PricedLine } from "./order";
import { defineStep, type KeyPart } from "./vocabulary";

export const ELEMENTS_STEP = defineStep({
  step: "elements",
  label: "éléments de la commande",
  title: "5. Éléments de la commande",
  glossary: ["purchaseOrder", "quote"],
  hints: [
    "Vérifiez chaque ligne\u00a0: la référence existe-t-elle au catalogue\u00a0? le prix est-il celui du catalogue, ou du devis encore valable\u00a0?",
    "Vérifiez aussi l'adresse de livraison, la signature du bon de commande et la date de validité du devis.",
  ],
  policies: [],
  derive: (facts) => deriveElements(facts.order, facts.account.customer, facts.priced),
  answeredBy: ["learner.elementsChecked"],
  judge: (key, event: ElementsChecked) => ({ judgement: judgeElements(key, event.anomalies) }),
});

export type ElementAnomalyCode = "unknownReference" | "priceDiffers" | "missingDeliveryAddress" | "unsigned" | "quoteExpired";

export const ELEMENT_ANOMALY_LABELS: Readonly<Record<ElementAnomalyCode, string>> = {
  unknownReference: "référence inconnue",
  priceDiffers: "prix différent",
  missingDeliveryAddress: "adresse de livraison manquante",
  unsigned: "bon de commande non signé",
  quoteExpired: "devis expiré",
};
/** Anomalies that concern one line of the order (the others concern the whole order). */
const LINE_ANOMALIES: readonly ElementAnomalyCode[] = ["unknownReference", "priceDiffers"];

/** `line` is the 0-based index in the order's lines, for line anomalies only. */
export interface ElementAnomaly {
  code: ElementAnomalyCode;
  line?: number;
}

export interface ElementsChecked {
  type: "learner.elementsChecked";
  anomalies: ElementAnomaly[];
}

export interface ElementsKey extends KeyPart<ElementAnomaly[]> {
  /** Each anomaly with its description and figures. */
  details: { anomaly: ElementAnomaly; text: string }[];
  quoteValid: boolean;
}

function anomalyKey(anomaly: ElementAnomaly): string {
  return LINE_ANOMALIES.includes(anomaly.code) ? `${anomaly.code}:${anomaly.line ?? -1}` : anomaly.code;
}

/** Line anomalies keep their line; order anomalies drop it (a learner may send one). */
function normalizeAnomaly(anomaly: ElementAnomaly): ElementAnomaly {
  return LINE_ANOMALIES.includes(anomaly.code) && anomaly.line !== undefined ? { code: anomaly.code, line: anomaly.line } : { code: anomaly.code };
}

function describeAnomaly(anomaly: ElementAnomaly): string {
  const label = ELEMENT_ANOMALY_LABELS[anomaly.code];
  return LINE_ANOMALIES.includes(anomaly.code) && anomaly.line !== undefined ? `${lineNumber(anomaly.line)}\u00a0: ${label}` : label;
}


function deriveElements(order: IncomingOrder, customer: Customer, priced: readonly PricedLine[]): ElementsKey {
  const details: ElementsKey["details"] = [];
  const quoteValid = quoteIsValid(order);
  // Indexed once: a long order is checked in one pass (issue 10).
  const pricedByIndex = new Map(priced.map((p) => [p.index, p]));
  order.lines.forEach((line, index) => {
    const known = pricedByIndex.get(index);
    if (!known) {
      details.push({ anomaly: { code: "unknownReference", line: index }, text: `${lineNumber(index)}\u00a0: référence «\u00a0${line.reference}\u00a0» inconnue au catalogue` });
      return;
    }
    if (known.writtenPriceCents !== undefined && known.writtenPriceCents !== known.unitPriceCents) {
      const source = known.priceSource === "quote" ? `prix du devis ${order.quote?.number ?? ""} encore valable` : "prix du catalogue";
      details.push({
        anomaly: { code: "priceDiffers", line: index },
        text: `${lineNumber(index)}\u00a0: «\u00a0${known.reference}\u00a0» à ${formatEuros(known.writtenPriceCents)} HT au lieu de ${formatEuros(known.unitPriceCents)} HT (${source})`,
      });
    }
  });
  if (!hasDeliveryAddress(order, customer)) {
    details.push({ anomaly: { code: "missingDeliveryAddress" }, text: "adresse de livraison absente de la commande et du compte client" });
  }
  if (!order.signed && order.support !== "message") {
    details.push({ anomaly: { code: "unsigned" }, text: `${order.support === "quote" ? "devis retourné" : "bon de commande"} non signé\u00a0: il n'engage pas le client` });
  }
  if (order.quote !== undefined && !quoteValid) {
    details.push({
      anomaly: { code: "quoteExpired" },
      text: `devis ${order.quote.number} valable jusqu'au ${formatDateFr(order.quote.validUntil)}, commande du ${formatDateFr(order.orderDate)}\u00a0: devis expiré, les prix du catalogue s'appliquent`,
    });
  }
  const expected = details.map((d) => d.anomaly);
  const explanation =
    details.length === 0
      ? "Références connues, prix conformes, adresse de livraison connue" + (order.support !== "message" ? ", commande signée" : "") + (order.quote ? ", devis valable" : "") + "\u00a0: aucune anomalie."
      : `Anomalie${details.length > 1 ? "s" : ""} à régler avec le client avant d'accepter\u00a0: ${details.map((d) => d.text).join("\u00a0; ")}.`;
  return {
    expected,
    expectedText: details.length === 0 ? "Aucune anomalie" : capitalize(expected.map(describeAnomaly).join("\u00a0; ")),
    explanation,
    glossary: ELEMENTS_STEP.glossary,
    details,
    quoteValid,
  };
}

export function judgeElements(key: ElementsKey, anomalies: readonly ElementAnomaly[]): Judgement {
  const given = new Map(anomalies.map(normalizeAnomaly).map((a) => [anomalyKey(a), a]));
  const expected = new Map(key.details.map((d) => [anomalyKey(d.anomaly), d]));
  const missed = [...expected.entries()].filter(([k]) => !given.has(k)).map(([, d]) => d.text);
  const falseAlarms = [...given.entries()].filter(([k]) => !expected.has(k)).map(([, a]) => describeAnomaly(a));
  const correct = missed.length === 0 && falseAlarms.length === 0;
  const errors = [
    ...(missed.length > 0 ? [`Anomalie${missed.length > 1 ? "s" : ""} manquée${missed.length > 1 ? "s" : ""}\u00a0: ${missed.join("\u00a0; ")}.`] : []),
    ...(falseAlarms.length > 0 ? [`Fausse${falseAlarms.length > 1 ? "s" : ""} alerte${falseAlarms.length > 1 ? "s" : ""}\u00a0: ${falseAlarms.join("\u00a0; ")}.`] : []),
  ];
  return {
    correct,
    answer: given.size === 0 ? "Aucune anomalie" : capitalize([...given.values()].map(describeAnomaly).join("\u00a0; ")),
    expected: key.expectedText,
    explanation: correct ? key.explanation : `${errors.join(" ")} ${key.explanation}`,
    glossary: key.glossary,
  };
}
