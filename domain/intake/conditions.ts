/**
 * Check 4, the special conditions: the remises and the escompte negotiated on the customer's
 * account, neither fewer nor more (0043).
 */
import type { Customer } from "../documents";
import type { Judgement } from "../judgement";
import { formatEuros, formatPercent, type Cents } from "../money";
import { capitalize, percentList } from "../text";
import type { OrderTotals } from "./order";
import { defineStep, type KeyPart } from "./vocabulary";
import { formatDayCount } from "../paymentTerms";

export const CONDITIONS_STEP = defineStep({
  step: "conditions",
  label: "conditions particulières",
  title: "4. Conditions particulières (remises, escompte)",
  glossary: ["tradeDiscount", "cashDiscount", "netCommercial"],
  hints: [
    "Reprenez les conditions négociées inscrites sur le compte du client\u00a0: ni moins, ni plus.",
    "Les remises successives s'appliquent l'une après l'autre\u00a0; l'escompte est une réduction financière offerte pour paiement anticipé.",
  ],
  policies: [],
  derive: (facts) => deriveConditions(facts.account.customer, facts.totals),
  answeredBy: ["learner.conditionsApplied"],
  judge: (key, event: ConditionsApplied) => ({ judgement: judgeConditions(key, event) }),
});

export interface ConditionsAnswer {
  tradeDiscounts: number[];
  cashDiscount?: number;
}

export interface ConditionsApplied extends ConditionsAnswer {
  type: "learner.conditionsApplied";
}

export interface ConditionsKey extends KeyPart<ConditionsAnswer> {
  grossCents: Cents;
  netCommercialCents: Cents;
  cashDiscountDays?: number;
}

function sameRates(a: readonly number[], b: readonly number[]): boolean {
  const nonZero = (rates: readonly number[]) => rates.filter((r) => r !== 0);
  const x = nonZero(a);
  const y = nonZero(b);
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

function describeConditions(conditions: ConditionsAnswer, days?: number): string {
  const remises = conditions.tradeDiscounts.filter((r) => r !== 0);
  const parts = [
    remises.length > 0 ? `remise${remises.length > 1 ? "s" : ""} ${percentList(remises)}` : "aucune remise",
    (conditions.cashDiscount ?? 0) > 0
      ? `escompte ${formatPercent(conditions.cashDiscount ?? 0)}${days !== undefined ? ` pour paiement sous ${formatDayCount(days)}` : ""}`
      : "pas d'escompte",
  ];
  return capitalize(parts.join("\u00a0; "));
}

function deriveConditions(customer: Customer, totals: OrderTotals): ConditionsKey {
  const { tradeDiscounts, cashDiscount, cashDiscountDays } = customer.conditions;
  const expected: ConditionsAnswer = { tradeDiscounts: [...tradeDiscounts], ...(cashDiscount !== undefined ? { cashDiscount } : {}) };
  const text = describeConditions(expected, cashDiscountDays);
  const none = tradeDiscounts.every((r) => r === 0) && (cashDiscount ?? 0) === 0;
  const explanation = none
    ? `Le compte ${customer.id} ne porte aucune condition négociée\u00a0: la commande est au tarif, sans remise ni escompte.`
    : `Conditions négociées inscrites au compte ${customer.id}\u00a0: ${text.charAt(0).toLowerCase()}${text.slice(1)}. ` +
      `Appliquées à la commande\u00a0: brut ${formatEuros(totals.grossCents)} → net commercial ${formatEuros(totals.netCommercialCents)}` +
      ((cashDiscount ?? 0) > 0 ? `\u00a0; l'escompte est offert pour paiement anticipé\u00a0: imprimé comme condition, il n'est déduit que s'il est pris.` : ".");
  return {
    expected,
    expectedText: text,
    explanation,
    glossary: CONDITIONS_STEP.glossary,
    grossCents: totals.grossCents,
    netCommercialCents: totals.netCommercialCents,
    ...(cashDiscountDays !== undefined ? { cashDiscountDays } : {}),
  };
}

export function judgeConditions(key: ConditionsKey, answer: ConditionsAnswer): Judgement {
  const errors: string[] = [];
  const agreed = key.expected.tradeDiscounts.filter((r) => r !== 0);
  const given = answer.tradeDiscounts.filter((r) => r !== 0);
  if (!sameRates(given, agreed)) {
    const missing = agreed.filter((r) => !given.includes(r));
    const extra = given.filter((r) => !agreed.includes(r));
    if (missing.length > 0) errors.push(`Remise${missing.length > 1 ? "s" : ""} oubliée${missing.length > 1 ? "s" : ""}\u00a0: ${percentList(missing)} — la commande serait chiffrée sans les conditions négociées.`);
    if (extra.length > 0) errors.push(`Remise${extra.length > 1 ? "s" : ""} non convenue${extra.length > 1 ? "s" : ""}\u00a0: ${percentList(extra)} — on n'accorde que ce qui est négocié.`);
    if (missing.length === 0 && extra.length === 0) errors.push(`Remises ${percentList(given)} au lieu de ${percentList(agreed)} (nombre ou ordre des remises successives).`);
  }
  const expectedCash = key.expected.cashDiscount ?? 0;
  const givenCash = answer.cashDiscount ?? 0;
  if (givenCash !== expectedCash) {
    errors.push(
      expectedCash === 0
        ? `Escompte ${formatPercent(givenCash)} non convenu.`
        : givenCash === 0
          ? `Escompte de ${formatPercent(expectedCash)} oublié.`
          : `Escompte ${formatPercent(givenCash)} au lieu de ${formatPercent(expectedCash)}.`,
    );
  }
  const correct = errors.length === 0;
  return {
    correct,
    answer: describeConditions(answer),
    expected: key.expectedText,
    explanation: correct ? key.explanation : `${errors.join(" ")} ${key.explanation} La commande est corrigée avec les conditions du compte.`,
    glossary: key.glossary,
  };
}
