/**
 * The decision after the seven checks: the most restrictive outcome of every ground wins (0046);
 * hold and refuse are written to the customer with their reason.
 */
import type { Judgement } from "../judgement";
import { formatEuros } from "../money";
import type { Scenario } from "../scenarioTypes";
import { capitalize } from "../text";
import type { CreditKey } from "./credit";
import type { DepositKey } from "./deposit";
import type { ElementsKey } from "./elements";
import { PROCEEDINGS_LABELS, type SolvencyKey } from "./solvency";
import type { StockKey } from "./stock";
import { defineStep, type KeyPart } from "./vocabulary";

export const DECISION_STEP = defineStep({
  step: "decision",
  label: "décision",
  title: "Décision sur la commande",
  glossary: ["orderAcknowledgement"],
  hints: [
    "Reprenez vos sept contrôles\u00a0: le plus défavorable l'emporte (refus, puis attente, puis acceptation sous conditions).",
    "Une anomalie sur la commande se règle avec le client avant d'accepter\u00a0: la commande est mise en attente.",
  ],
  policies: ["creditExceeded", "insolvency", "incidents", "deposit"],
  derive: (facts, earlier: { solvency: SolvencyKey; credit: CreditKey; elements: ElementsKey; stock: StockKey; deposit: DepositKey }) =>
    deriveDecision(facts.scenario, earlier.solvency, earlier.credit, earlier.elements, earlier.stock, earlier.deposit),
  answeredBy: ["learner.decided"],
  // Hold and refuse are written to the customer with their reason: an answer without one is incomplete.
  isComplete: (event: Decided) => isAccepted(event.decision) || (event.reason ?? "").trim() !== "",
  judge: (key, event: Decided) => ({ judgement: judgeDecision(key, event) }),
});

export type IntakeDecision = "accept" | "acceptWithConditions" | "hold" | "refuse";

export const INTAKE_DECISION_LABELS: Readonly<Record<IntakeDecision, string>> = {
  accept: "accepter",
  acceptWithConditions: "accepter sous conditions",
  hold: "mettre en attente",
  refuse: "refuser",
};

export interface DecisionAnswer {
  decision: IntakeDecision;
  reason?: string;
}

/** Hold and refuse are written with their reason (the guard refuses them without it). */
export interface Decided extends DecisionAnswer {
  type: "learner.decided";
}

export interface DecisionKey extends KeyPart<DecisionAnswer> {
  reasons: { outcome: IntakeDecision; text: string }[];
  /** The reason written to the customer (for hold and refuse), as the solver sends it. */
  reason: string;
}


/** The most restrictive outcome wins (0046). */
const SEVERITY: Readonly<Record<IntakeDecision, number>> = { accept: 0, acceptWithConditions: 1, hold: 2, refuse: 3 };

function deriveDecision(scenario: Scenario, solvency: SolvencyKey, credit: CreditKey, elements: ElementsKey, stock: StockKey, deposit: DepositKey): DecisionKey {
  const policies = scenario.company.policies;
  const reasons: DecisionKey["reasons"] = [];
  if (solvency.expected === "insolvent") {
    reasons.push(
      policies.insolvency === "refuse"
        ? { outcome: "refuse", text: `client insolvable (${PROCEEDINGS_LABELS[solvency.proceedings]})\u00a0: la politique impose le refus` }
        : { outcome: "acceptWithConditions", text: "client insolvable\u00a0: acceptation contre paiement intégral à la commande" },
    );
  }
  if (solvency.expected === "incidents") {
    reasons.push(
      policies.paymentIncidents === "hold"
        ? { outcome: "hold", text: "incidents de paiement\u00a0: attente de l'accord du responsable" }
        : { outcome: "acceptWithConditions", text: "incidents de paiement\u00a0: acceptation contre acompte" },
    );
  }
  if (!credit.check.passes) {
    const excess = formatEuros(credit.check.excessCents);
    reasons.push(
      policies.creditLimitExceeded === "refuse"
        ? { outcome: "refuse", text: `plafond d'encours dépassé de ${excess}\u00a0: la politique impose le refus` }
        : policies.creditLimitExceeded === "hold"
          ? { outcome: "hold", text: `plafond d'encours dépassé de ${excess}\u00a0: attente de l'accord du responsable` }
          : { outcome: "acceptWithConditions", text: `plafond d'encours dépassé de ${excess}\u00a0: acceptation contre acompte` },
    );
  }
  if (elements.details.length > 0) {
    reasons.push({ outcome: "hold", text: `commande à compléter avec le client (${elements.details.map((d) => d.text).join("\u00a0; ")})` });
  }
  if (deposit.expected.required) {
    reasons.push({ outcome: "acceptWithConditions", text: `acompte de ${formatEuros(deposit.amountCents)} TTC à verser` });
  }
  if (stock.partialDelivery) {
    reasons.push({ outcome: "acceptWithConditions", text: "livraison partielle et reliquat" });
  }
  const decision = reasons.reduce<IntakeDecision>((worst, r) => (SEVERITY[r.outcome] > SEVERITY[worst] ? r.outcome : worst), "accept");
  const decisive = reasons.filter((r) => r.outcome === decision);
  const reason = decisive.map((r) => r.text).join("\u00a0; ");
  const explanation =
    reasons.length === 0
      ? "Les sept contrôles sont satisfaisants\u00a0: la commande est acceptée."
      : `${capitalize(reasons.map((r) => `${r.text} → ${INTAKE_DECISION_LABELS[r.outcome]}`).join("\u00a0; "))}. Le plus défavorable l'emporte\u00a0: ${INTAKE_DECISION_LABELS[decision]}.`;
  return {
    expected: decision === "hold" || decision === "refuse" ? { decision, reason: capitalize(reason) } : { decision },
    expectedText: capitalize(INTAKE_DECISION_LABELS[decision]),
    explanation,
    glossary: DECISION_STEP.glossary,
    reasons,
    reason: capitalize(reason),
  };
}

export function judgeDecision(key: DecisionKey, answer: DecisionAnswer): Judgement {
  const correct = answer.decision === key.expected.decision;
  const reason = (answer.reason ?? "").trim();
  return {
    correct,
    answer: `${capitalize(INTAKE_DECISION_LABELS[answer.decision])}${reason !== "" ? ` — motif\u00a0: ${reason}` : ""}`,
    expected: key.expectedText,
    explanation: correct ? key.explanation : `Décision attendue\u00a0: ${INTAKE_DECISION_LABELS[key.expected.decision]}. ${key.explanation}`,
    glossary: key.glossary,
  };
}

export function isAccepted(decision: IntakeDecision): boolean {
  return decision === "accept" || decision === "acceptWithConditions";
}
