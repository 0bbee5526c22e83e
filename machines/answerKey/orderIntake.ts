/**
 * Stage 1's answer key played as learner events: the solver (every check and the decision, full marks)
 * and plausible wrong answers for each, which must lose the point and say why. Each step's record
 * (domain/intake/) says how its key part is answered and how it is answered wrong (docs/decisions/0103);
 * these are the loops over the records the command line, the check of a scenario and the tests call.
 */
import { deriveIntakeKey, solveIntake, wrongIntakeAnswers } from "@/domain";
import type { StageInput } from "../contract";
import type { OrderIntakeEvent } from "../orderIntake";

/** The learner events the engine's own key derives: from the first check to the decision, full marks. */
export function solveOrderIntake(input: StageInput): OrderIntakeEvent[] {
  return solveIntake(deriveIntakeKey(input));
}

/**
 * For a solver event, plausible wrong variants (a wrong verdict, a wrong figure, a missed anomaly,
 * a duplicate account...): each must lose the point and say why.
 */
export function wrongAnswers(input: StageInput, event: OrderIntakeEvent): OrderIntakeEvent[] {
  return event.type === "learner.hintRequested" ? [] : wrongIntakeAnswers(input, deriveIntakeKey(input), event);
}
