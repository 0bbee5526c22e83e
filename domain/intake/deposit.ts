/**
 * Check 7, the deposit: every ground the company's policy gives (new customer, amount, made to
 * order, credit excess, incidents, insolvency), the larger amount covering them all (0045).
 */
import { withDiagnosis } from "../diagnosis";
import type { Judgement } from "../judgement";
import { formatEuros, formatPercent, percentOf, type Cents } from "../money";
import type { Scenario } from "../scenarioTypes";
import { listFr } from "../text";
import { allPartsRight, amountPart, FIGURE_WEIGHT, partsIfSeveral, POINTS_PER_DECISION, scoredPart, verdictWeight, withFeedback, type KnownSlip } from "../scoring";
import type { AccountKey } from "./account";
import type { CreditKey } from "./credit";
import type { PricedLine } from "./order";
import type { SolvencyKey } from "./solvency";
import { defineStep, isTypedAmount, type KeyPart } from "./vocabulary";

export const DEPOSIT_STEP = defineStep({
  step: "deposit",
  label: "acompte",
  title: "7. Acompte",
  glossary: ["deposit"],
  hints: [
    "Relisez la politique d'acompte de l'entreprise\u00a0: nouveau client, montant élevé, fabrication sur commande, dépassement du plafond.",
    "Plusieurs motifs d'acompte\u00a0: on retient le montant le plus élevé\u00a0; un dépassement du plafond se couvre par un acompte au moins égal au dépassement.",
  ],
  policies: ["creditExceeded", "insolvency", "incidents", "deposit", "severalDeposits"],
  derive: (facts, earlier: { account: AccountKey; solvency: SolvencyKey; credit: CreditKey }) => deriveDeposit(earlier.account, earlier.solvency, earlier.credit, facts.priced, facts.scenario),
  answeredBy: ["learner.depositChecked"],
  isComplete: (event: DepositChecked) => !event.required || isTypedAmount(event.amountCents),
  judge: (key, event: DepositChecked) => ({ judgement: judgeDeposit(key, event) }),
});

export interface DepositAnswer {
  required: boolean;
  amountCents?: Cents;
}

/** A required deposit is answered with its amount (the guard refuses one without it). */
export interface DepositChecked extends DepositAnswer {
  type: "learner.depositChecked";
}

export type DepositSource = "newCustomer" | "aboveAmount" | "madeToOrder" | "creditExcess" | "paymentIncidents" | "prepayment";

export interface DepositKey extends KeyPart<DepositAnswer> {
  reasons: { source: DepositSource; amountCents: Cents; text: string }[];
  amountCents: Cents;
}

/** Without a deposit policy, an incidents-driven deposit is this share of the order TTC (0045). */
export const DEFAULT_DEPOSIT_PERCENT = 30;

function deriveDeposit(
  account: AccountKey,
  solvency: SolvencyKey,
  credit: CreditKey,
  priced: readonly PricedLine[],
  scenario: Scenario,
): DepositKey {
  const policies = scenario.company.policies;
  const orderTotal = credit.orderTotalCents;
  const policy = policies.deposit;
  const percent = policy?.percent ?? DEFAULT_DEPOSIT_PERCENT;
  const share = percentOf(orderTotal, percent);
  const shareText = `${formatPercent(percent)} de ${formatEuros(orderTotal)} = ${formatEuros(share)}`;
  const reasons: DepositKey["reasons"] = [];
  if (solvency.expected === "insolvent" && policies.insolvency === "prepayment") {
    reasons.push({ source: "prepayment", amountCents: orderTotal, text: `client insolvable et politique de paiement intégral à la commande (${formatEuros(orderTotal)})` });
  }
  if (solvency.expected === "incidents" && policies.paymentIncidents === "deposit") {
    reasons.push({ source: "paymentIncidents", amountCents: share, text: `incidents de paiement et politique d'acompte (${shareText})` });
  }
  if (policy?.newCustomers && account.isNew) {
    reasons.push({ source: "newCustomer", amountCents: share, text: `nouveau client (${shareText})` });
  }
  if (policy?.aboveAmount !== undefined && orderTotal > policy.aboveAmount) {
    reasons.push({ source: "aboveAmount", amountCents: share, text: `commande de ${formatEuros(orderTotal)} TTC au-delà du seuil de ${formatEuros(policy.aboveAmount)} (${shareText})` });
  }
  const madeToOrder = priced.filter((l) => scenario.products.find((p) => p.reference === l.reference)?.madeToOrder);
  if (policy?.madeToOrder && madeToOrder.length > 0) {
    reasons.push({ source: "madeToOrder", amountCents: share, text: `fabrication sur commande de ${listFr(madeToOrder.map((l) => l.reference))} (${shareText})` });
  }
  if (!credit.check.passes && policies.creditLimitExceeded === "deposit") {
    reasons.push({
      source: "creditExcess",
      amountCents: credit.check.depositToFitCents,
      text: `dépassement du plafond de ${formatEuros(credit.check.creditLimitCents)} (au moins le dépassement, ${formatEuros(credit.check.depositToFitCents)}, pour revenir sous le plafond)`,
    });
  }
  // Several grounds: the larger amount covers them all (0045); never more than the order.
  const amountCents = Math.min(orderTotal, reasons.reduce((max, r) => Math.max(max, r.amountCents), 0));
  const required = reasons.length > 0 && amountCents > 0;
  const explanation = !required
    ? "Aucun motif d'acompte selon la politique de l'entreprise (nouveau client, seuil de montant, fabrication sur commande, dépassement du plafond, incidents)\u00a0: pas d'acompte."
    : `${reasons.length > 1 ? "Motifs" : "Motif"} d'acompte\u00a0: ${reasons.map((r) => r.text).join("\u00a0; ")}.` +
      (reasons.length > 1 ? ` Plusieurs motifs\u00a0: on retient le montant le plus élevé, ${formatEuros(amountCents)} TTC.` : ` Montant\u00a0: ${formatEuros(amountCents)} TTC.`) +
      " La commande est acceptée une fois l'acompte versé.";
  return {
    expected: required ? { required: true, amountCents } : { required: false },
    expectedText: required ? depositRequiredText(amountCents) : "Pas d'acompte",
    explanation,
    glossary: DEPOSIT_STEP.glossary,
    reasons,
    amountCents: required ? amountCents : 0,
  };
}

/**
 * « Acompte de 340,00 € TTC exigé »: the amount inside the phrase, so that a screen writing
 * « Réponse attendue : » before it never shows two colons in a row (issue 15).
 */
function depositRequiredText(amountCents: Cents | undefined): string {
  return amountCents === undefined ? "Acompte exigé" : `Acompte de ${formatEuros(amountCents)} TTC exigé`;
}

/**
 * Check 7 (0094): whether a deposit is required (1,5 point) and, when it is, its amount TTC
 * (0,5 point), a wrong amount named when it is the amount of one ground only.
 */
/** A deposit required for nothing: the answer contradicts itself, whatever the order needs. */
function depositAgainstItself(answer: DepositAnswer): string | undefined {
  return answer.required && answer.amountCents === 0
    ? "Vous exigez un acompte de 0,00\u00a0€\u00a0: un acompte exigé a un montant\u00a0; s'il n'en faut pas, répondez qu'aucun acompte n'est exigé."
    : undefined;
}

export function judgeDeposit(key: DepositKey, answer: DepositAnswer): Judgement {
  const expectedRequired = key.expected.required;
  const verdictRight = answer.required === expectedRequired;
  const verdictNote = verdictRight ? undefined : expectedRequired ? "un acompte est exigé" : "aucun acompte n'est exigé ici";
  const slips: KnownSlip[] = key.reasons
    .filter((r) => r.amountCents !== key.amountCents)
    .map((r) => ({ cents: r.amountCents, confused: `c'est le montant d'un seul motif, ${r.text}\u00a0; plusieurs motifs\u00a0: on retient le plus élevé` }));
  const parts = expectedRequired
    ? [
        scoredPart("Acompte exigé ou non", verdictRight, verdictWeight(1), verdictNote),
        amountPart("Montant de l'acompte TTC", answer.required ? answer.amountCents : undefined, key.amountCents, FIGURE_WEIGHT, slips),
      ]
    : [scoredPart("Acompte exigé ou non", verdictRight, POINTS_PER_DECISION, verdictNote)];
  const correct = allPartsRight(parts);
  return {
    correct,
    ...withDiagnosis(correct ? undefined : depositAgainstItself(answer)),
    answer: answer.required ? depositRequiredText(answer.amountCents) : "Pas d'acompte",
    expected: key.expectedText,
    explanation: withFeedback(parts, key.explanation),
    glossary: key.glossary,
    ...partsIfSeveral(parts),
  };
}
