/**
 * Check 2, solvency: proceedings published at the BODACC and payment incidents, read against the
 * company's policies.
 */
import { formatDateFr, type IsoDate } from "../dates";
import type { Judgement } from "../judgement";
import type { ScenarioPolicies } from "../scenarioTypes";
import { capitalize } from "../text";
import type { AccountDerivation } from "./account";
import { defineStep, type KeyPart } from "./vocabulary";

export const SOLVENCY_STEP = defineStep({
  step: "solvency",
  label: "solvabilité",
  title: "2. Solvabilité du client",
  glossary: ["solvency"],
  hints: [
    "Consultez le dossier de solvabilité de la fiche client\u00a0: procédures publiées au BODACC et incidents de paiement enregistrés.",
    "Redressement ou liquidation judiciaire\u00a0: client insolvable. Chèques rejetés, retards répétés\u00a0: incidents de paiement.",
  ],
  policies: ["insolvency", "incidents"],
  derive: (facts) => deriveSolvency(facts.account.solvency, facts.policies),
  answeredBy: ["learner.solvencyChecked"],
  judge: (key, event: SolvencyChecked) => ({ judgement: judgeSolvency(key, event.verdict) }),
});

export type SolvencyVerdict = "sound" | "incidents" | "insolvent";

export interface SolvencyChecked {
  type: "learner.solvencyChecked";
  verdict: SolvencyVerdict;
}

export const SOLVENCY_VERDICT_LABELS: Readonly<Record<SolvencyVerdict, string>> = {
  sound: "solvabilité saine",
  incidents: "incidents de paiement",
  insolvent: "client insolvable",
};

export interface SolvencyKey extends KeyPart<SolvencyVerdict> {
  proceedings: "none" | "safeguard" | "receivership" | "liquidation";
  incidents: { date: IsoDate; description: string }[];
}

export const PROCEEDINGS_LABELS = {
  none: "aucune procédure",
  safeguard: "procédure de sauvegarde",
  receivership: "redressement judiciaire",
  liquidation: "liquidation judiciaire",
} as const;

function deriveSolvency(solvency: AccountDerivation["solvency"], policies: ScenarioPolicies): SolvencyKey {
  const { proceedings, incidents } = solvency;
  const incidentText = incidents.map((i) => `${formatDateFr(i.date)} ${i.description}`).join("\u00a0; ");
  let expected: SolvencyVerdict;
  let explanation: string;
  if (proceedings === "receivership" || proceedings === "liquidation") {
    expected = "insolvent";
    explanation =
      `Procédure de ${PROCEEDINGS_LABELS[proceedings]} publiée au BODACC\u00a0: client insolvable. ` +
      (policies.insolvency === "refuse" ? "Politique de l'entreprise\u00a0: refuser la commande." : "Politique de l'entreprise\u00a0: n'accepter que contre paiement intégral à la commande.");
  } else if (proceedings === "safeguard" || incidents.length > 0) {
    expected = "incidents";
    const parts = [
      ...(proceedings === "safeguard"
        ? ["Procédure de sauvegarde publiée au BODACC\u00a0: l'entreprise n'est pas en cessation des paiements, mais c'est un signal de risque traité comme un incident"]
        : []),
      ...(incidents.length > 0 ? [`${incidents.length} incident${incidents.length > 1 ? "s" : ""} de paiement\u00a0: ${incidentText}`] : []),
    ];
    explanation =
      `${parts.join(". ")}. ` +
      (policies.paymentIncidents === "hold" ? "Politique de l'entreprise\u00a0: mettre en attente pour accord." : "Politique de l'entreprise\u00a0: exiger un acompte.");
  } else {
    expected = "sound";
    explanation = "Aucune procédure publiée au BODACC, aucun incident de paiement enregistré\u00a0: solvabilité saine.";
  }
  return {
    expected,
    expectedText: capitalize(SOLVENCY_VERDICT_LABELS[expected]),
    explanation,
    glossary: SOLVENCY_STEP.glossary,
    proceedings,
    incidents: incidents.map((i) => ({ date: i.date, description: i.description })),
  };
}

export function judgeSolvency(key: SolvencyKey, verdict: SolvencyVerdict): Judgement {
  const correct = verdict === key.expected;
  return {
    correct,
    answer: capitalize(SOLVENCY_VERDICT_LABELS[verdict]),
    expected: key.expectedText,
    explanation: correct ? key.explanation : `Réponse attendue\u00a0: ${SOLVENCY_VERDICT_LABELS[key.expected]}. ${key.explanation}`,
    glossary: key.glossary,
  };
}
