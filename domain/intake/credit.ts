/**
 * Check 3, outstanding and credit limit: the outstanding (unpaid invoices and accepted orders not
 * yet invoiced) plus the order TTC against the limit, judged in three parts (0094).
 */
import { checkCredit, type CreditCheck } from "../credit";
import type { Customer } from "../documents";
import { cascadeMethodNote, judgeByEitherMethod } from "../invoice";
import type { Judgement } from "../judgement";
import { customerOutstanding, type Ledger } from "../ledger";
import { formatEuros, type Cents } from "../money";
import type { IncomingOrder, ScenarioPolicies } from "../scenarioTypes";
import { withDiagnosis } from "../diagnosis";
import { allPartsRight, amountPart, FIGURE_WEIGHT, scoredPart, verdictWeight, withFeedback, type KnownSlip, type ScoredPart } from "../scoring";
import { capitalize, percentList } from "../text";
import { diagnoseCredit, orderTotalSlips, outstandingSlips } from "./diagnoses";
import { lineNumber, type OrderTotals, type PricedLine } from "./order";
import { defineStep, isTypedAmount, type KeyPart } from "./vocabulary";

export const CREDIT_STEP = defineStep({
  step: "credit",
  label: "encours et plafond",
  title: "3. Encours et plafond",
  glossary: ["outstanding", "creditLimit"],
  hints: [
    "L'encours comprend les factures non réglées ET les commandes acceptées non encore facturées.",
    "Comparez encours + montant TTC de la commande (remises du client et port compris) au plafond du compte.",
  ],
  policies: ["creditExceeded"],
  derive: (facts) => deriveCredit(facts.account.ledger, facts.account.customer, facts.order, facts.priced, facts.totals, facts.policies),
  answeredBy: ["learner.creditChecked"],
  // The verdict follows from the two figures: both are required (docs/decisions/0094).
  isComplete: (event: CreditChecked) => isTypedAmount(event.outstandingCents) && isTypedAmount(event.orderTotalCents),
  judge: (key, event: CreditChecked) => ({ judgement: judgeCredit(key, event) }),
});

export type CreditVerdict = "withinLimit" | "overLimit";

export const CREDIT_VERDICT_LABELS: Readonly<Record<CreditVerdict, string>> = {
  withinLimit: "plafond respecté",
  overLimit: "plafond dépassé",
};

export interface CreditAnswer {
  verdict: CreditVerdict;
  outstandingCents?: Cents;
  orderTotalCents?: Cents;
}

/** Both figures are required (the guard refuses an answer without them); optional in the type for recorded games. */
export interface CreditChecked extends CreditAnswer {
  type: "learner.creditChecked";
}

export interface CreditKey extends KeyPart<CreditVerdict> {
  check: CreditCheck;
  orderTotalCents: Cents;
  /** The order's TTC computed rate by rate, when it differs (several VAT rates): accepted too (docs/decisions/0079). */
  orderTotalPerRateCents?: Cents;
  /** The same order HT: the figure a learner confuses with the TTC. */
  orderTotalExclTaxCents: Cents;
  /** Lines left out of the total: references unknown to the catalogue cannot be priced. */
  unpricedLines: number[];
}

function deriveCredit(
  ledger: Ledger,
  customer: Customer,
  order: IncomingOrder,
  priced: readonly PricedLine[],
  totals: OrderTotals,
  policies: ScenarioPolicies,
): CreditKey {
  const outstanding = customerOutstanding(ledger, customer.id);
  const check = checkCredit({ ...outstanding, orderTotalInclTaxCents: totals.totalInclTaxCents, creditLimitCents: customer.creditLimitCents });
  const unpricedLines = order.lines.map((_, i) => i).filter((i) => !priced.some((p) => p.index === i));
  const sources = new Set(priced.map((p) => p.priceSource));
  const prices = sources.has("quote") ? (sources.has("catalogue") ? `prix du devis ${order.quote?.number ?? ""} et du catalogue` : `prix du devis ${order.quote?.number ?? ""}`) : "prix du catalogue";
  const reductions = customer.conditions.tradeDiscounts.filter((r) => r !== 0);
  const pricing =
    `Commande TTC chiffrée aux ${prices}` +
    (reductions.length > 0 ? `, remise${reductions.length > 1 ? "s" : ""} du client ${percentList(reductions)}` : "") +
    ((order.shipping ?? 0) > 0 ? `, port ${formatEuros(order.shipping ?? 0)} HT compris` : "") +
    (unpricedLines.length > 0 ? `\u00a0; ${unpricedLines.map(lineNumber).join(", ")} non chiffrée${unpricedLines.length > 1 ? "s" : ""} (référence inconnue)` : "") +
    ".";
  const policy =
    check.passes
      ? ""
      : ` Politique en cas de dépassement\u00a0: ${policies.creditLimitExceeded === "refuse" ? "refuser la commande" : policies.creditLimitExceeded === "hold" ? "mettre en attente pour accord" : `exiger un acompte d'au moins ${formatEuros(check.depositToFitCents)} (le dépassement)`}.`;
  const expected: CreditVerdict = check.passes ? "withinLimit" : "overLimit";
  return {
    expected,
    expectedText: `${capitalize(CREDIT_VERDICT_LABELS[expected])} (encours ${formatEuros(check.outstandingCents)}, commande ${formatEuros(totals.totalInclTaxCents)})`,
    explanation: `${check.explanation} ${pricing}${policy}`,
    glossary: CREDIT_STEP.glossary,
    check,
    orderTotalCents: totals.totalInclTaxCents,
    ...(totals.perRateInclTaxCents !== undefined ? { orderTotalPerRateCents: totals.perRateInclTaxCents } : {}),
    orderTotalExclTaxCents: totals.totalExclTaxCents,
    unpricedLines,
  };
}

function describeCreditAnswer(answer: CreditAnswer): string {
  const figures = [
    ...(answer.outstandingCents !== undefined ? [`encours ${formatEuros(answer.outstandingCents)}`] : []),
    ...(answer.orderTotalCents !== undefined ? [`commande ${formatEuros(answer.orderTotalCents)}`] : []),
  ];
  return `${capitalize(CREDIT_VERDICT_LABELS[answer.verdict])}${figures.length > 0 ? ` (${figures.join(", ")})` : ""}`;
}

/**
 * The order TTC, right by either accepted method (docs/decisions/0079): a figure computed rate by
 * rate is accepted and says so; a wrong one says which method the expected figure follows.
 */
function orderTotalPart(key: CreditKey, given: Cents | undefined, slips: readonly KnownSlip[]): ScoredPart {
  const label = "Montant TTC de la commande";
  const part = amountPart(label, given, key.orderTotalCents, FIGURE_WEIGHT, slips);
  if (given === undefined || part.correct) return part;
  const check = judgeByEitherMethod(key.orderTotalCents, key.orderTotalPerRateCents, given);
  if (check.acceptedBy === "perRate") return scoredPart(label, true, FIGURE_WEIGHT, `${formatEuros(given)}${cascadeMethodNote(check)}`);
  return { ...part, note: `${part.note ?? ""}${cascadeMethodNote(check)}` };
}

/**
 * Check 3 in three parts (0094): the verdict (1 point), the outstanding and the order TTC (half a
 * point each). The figures are required: the verdict follows from them.
 */
export function judgeCredit(key: CreditKey, answer: CreditAnswer): Judgement {
  const { check } = key;
  const verdictRight = answer.verdict === key.expected;
  const sum = `encours ${formatEuros(check.outstandingCents)} + commande ${formatEuros(key.orderTotalCents)} = ${formatEuros(check.projectedCents)} ${check.passes ? "≤" : ">"} plafond ${formatEuros(check.creditLimitCents)}`;
  const parts = [
    scoredPart("Verdict", verdictRight, verdictWeight(2), verdictRight ? undefined : `le plafond est ${key.expected === "overLimit" ? "dépassé" : "respecté"} (${sum})`),
    amountPart("Encours du client", answer.outstandingCents, check.outstandingCents, FIGURE_WEIGHT, outstandingSlips(key)),
    orderTotalPart(key, answer.orderTotalCents, orderTotalSlips(key)),
  ];
  const correct = allPartsRight(parts);
  return {
    correct,
    ...withDiagnosis(correct ? undefined : diagnoseCredit(key, answer)),
    answer: describeCreditAnswer(answer),
    expected: key.expectedText,
    explanation: withFeedback(parts, key.explanation),
    glossary: key.glossary,
    parts,
  };
}
