/**
 * Stage 5's diagnoses (issue 15, docs/decisions/0131): a step of the dunning ladder skipped — a
 * formal notice chosen while a reminder is due, relance 3 before relance 2 — named in one sentence.
 */
import { listFr } from "../text";
import { DUNNING_LADDER, STEP_NOUNS, type DunningAssessment, type DunningChoice, type LadderStep } from "./ladder";

function isLadderStep(step: DunningChoice): step is LadderStep {
  return (DUNNING_LADDER as readonly string[]).includes(step);
}

/** The rungs between the first one not yet climbed and the one chosen, in the ladder's order. */
export function skippedRungs(action: DunningChoice, assessed: Pick<DunningAssessment, "status">): LadderStep[] {
  if (!isLadderStep(action)) return [];
  const chosen = DUNNING_LADDER.indexOf(action);
  const last = assessed.status.lastStepTaken;
  const climbed = last === null || !isLadderStep(last.step) ? -1 : DUNNING_LADDER.indexOf(last.step);
  return DUNNING_LADDER.slice(climbed + 1, chosen);
}

/**
 * The ladder's diagnosis: rungs skipped by a step taken too early. Not when the dossier is closed
 * or suspended (the mistake is then to send anything at all, which the explanation says), nor on
 * a step already sent or overtaken.
 */
export function diagnoseDunningChoice(action: DunningChoice, assessed: Pick<DunningAssessment, "status" | "verdict">): string | undefined {
  if (assessed.verdict !== "tooEarly" || assessed.status.closed || assessed.status.suspended) return undefined;
  const skipped = skippedRungs(action, assessed);
  if (skipped.length === 0 || !isLadderStep(action)) return undefined;
  return `Vous avez sauté ${listFr(skipped.map((step) => STEP_NOUNS[step]))}\u00a0: l'échelle de relance se monte une étape à la fois, ${STEP_NOUNS[action]} ne vient qu'après.`;
}
