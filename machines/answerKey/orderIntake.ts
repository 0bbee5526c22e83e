/**
 * Stage 1's answer key played as learner events: the solver (every check and the decision, full marks)
 * and plausible wrong answers for each, which must lose the point and say why. Each step's file
 * (domain/intake/) says, beside its record, how its key part is answered and how it is answered
 * wrong (`INTAKE_STEP_ANSWERS`, docs/decisions/0103); these are the loops over the steps the command
 * line, the check of a scenario and the tests call. Only this folder reads those answers, so that
 * no learner page carries them (docs/decisions/0101).
 */
import { deriveIntakeKey, INTAKE_STEPS, STEP_OF_ANSWER, type IntakeAnswerEvent, type IntakeKey, type IntakeStep, type IntakeStepAnswers } from "@/domain";
import { INTAKE_STEP_ANSWERS } from "@/domain/intake/answers";
import type { StageInput } from "../contract";
import type { OrderIntakeContext, OrderIntakeEvent } from "../orderIntake";
import type { StageDriver } from "./walk";

/**
 * The steps' answers read as one kind: each is only called with its own part of the key and its
 * own events (its step found by the event's type), which their method signatures allow.
 */
const ANSWERS: Readonly<Record<IntakeStep, IntakeStepAnswers<unknown, unknown, IntakeAnswerEvent>>> = INTAKE_STEP_ANSWERS;

/** The learner events the engine's own key derives: from the first check to the decision, full marks. */
export function solveOrderIntake(input: StageInput): OrderIntakeEvent[] {
  return solvedFrom(deriveIntakeKey(input));
}

function solvedFrom(key: IntakeKey): OrderIntakeEvent[] {
  return INTAKE_STEPS.map((step) => ANSWERS[step].solve(key[step]));
}

/**
 * The same key played on a stage already running (the player's, when a whole scenario is solved):
 * the machine derived it from the same input when it started (`context.key`), so it is not derived twice.
 */
export function playOrderIntakeKey(driver: StageDriver<{ context: Pick<OrderIntakeContext, "key"> }, OrderIntakeEvent>): void {
  solvedFrom(driver.snapshot().context.key).forEach((event) => driver.send(event));
}

/**
 * For a solver event, plausible wrong variants (a wrong verdict, a wrong figure, a missed anomaly,
 * a duplicate account...): each must lose the point and say why.
 */
export function wrongAnswers(input: StageInput, event: OrderIntakeEvent): OrderIntakeEvent[] {
  if (event.type === "learner.hintRequested" || event.type === "learner.secondTryDeclined") return [];
  const key = deriveIntakeKey(input);
  const step = STEP_OF_ANSWER[event.type];
  return ANSWERS[step].wrongAnswers(event, { key: key[step], earlier: key, input });
}
