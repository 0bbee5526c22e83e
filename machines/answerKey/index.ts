/**
 * The engine's answer key of every stage, by stage id, and the whole scenario played on it: the
 * proof that a scenario can be completed with full marks (../scenarioCheck.ts), the command line's
 * `solve`, and the tests' wrong answers. Kept out of ../stages.ts, which the player page imports:
 * a learner's page never carries the answers (docs/decisions/0101).
 */
import { STAGE_IDS, type Scenario, type StageId } from "@/domain";
import type { StageInput } from "../contract";
import { throwIfFailed } from "../observedActor";
import { currentStage, playResult, sendAll, stageInput, startPlayer, type PlayerActor, type PlayerEvent, type PlayResult } from "../player";
import type { StageEvent } from "../stages";
import { solveInvoiceControl, wrongAnswers as wrongControlAnswers } from "./invoiceControl";
import { solveInvoicing, wrongAnswers as wrongInvoicingAnswers } from "./invoicing";
import { solveOrderIntake, wrongAnswers as wrongIntakeAnswers } from "./orderIntake";
import { solveOrderProcessing, wrongAnswers as wrongProcessingAnswers } from "./orderProcessing";
import { solvePaymentFollowUp, wrongAnswers as wrongFollowUpAnswers } from "./paymentFollowUp";

export interface StageAnswerKey {
  solve: (input: StageInput) => StageEvent[];
  wrongAnswers: (input: StageInput, event: StageEvent) => StageEvent[];
}

// Each stage types its own events precisely; the registry only needs them as plain event objects.
function define(solve: (input: StageInput) => readonly object[], wrongAnswers: (input: StageInput, event: never) => readonly object[]): StageAnswerKey {
  return {
    solve: (input) => solve(input) as StageEvent[],
    wrongAnswers: (input, event) => (wrongAnswers as (i: StageInput, e: StageEvent) => readonly object[])(input, event) as StageEvent[],
  };
}

export const ANSWER_KEYS: Readonly<Record<StageId, StageAnswerKey>> = {
  orderIntake: define(solveOrderIntake, wrongIntakeAnswers),
  orderProcessing: define(solveOrderProcessing, wrongProcessingAnswers),
  invoicing: define(solveInvoicing, wrongInvoicingAnswers),
  invoiceControl: define(solveInvoiceControl, wrongControlAnswers),
  paymentFollowUp: define(solvePaymentFollowUp, wrongFollowUpAnswers),
};

export interface SolvedStep {
  stage: StageId;
  input: StageInput;
  event: PlayerEvent;
}

/** Plays the engine's key of the stage running now, from the state the previous stages left; false when no stage runs. */
function playRunningStage(actor: PlayerActor, steps: SolvedStep[], rejected: PlayResult["rejected"]): boolean {
  const snapshot = actor.getSnapshot();
  const stage = currentStage(snapshot);
  if (snapshot.status === "done" || stage === undefined) return false;
  const input = stageInput(snapshot.context);
  const events = ANSWER_KEYS[stage].solve(input);
  rejected.push(...sendAll(actor, events, steps.length));
  steps.push(...events.map((event) => ({ stage, input, event })));
  // The solver did not finish its stage: going on would replay it.
  return currentStage(actor.getSnapshot()) !== stage || actor.getSnapshot().status === "done";
}

/**
 * Plays the engine's own answer key, stage after stage: each stage's solver derives its events
 * from the data and the state the previous stages left. A scenario that this cannot finish with
 * full marks cannot be completed by a learner either.
 */
export function solveScenario(scenario: Scenario): { steps: SolvedStep[]; events: PlayerEvent[]; result: PlayResult } {
  const actor = startPlayer(scenario);
  throwIfFailed(actor);
  const steps: SolvedStep[] = [];
  const rejected: PlayResult["rejected"] = [];
  for (let guard = 0; guard < STAGE_IDS.length && playRunningStage(actor, steps, rejected); guard += 1);
  const solved = playResult(actor, rejected);
  actor.stop();
  return { steps, events: steps.map((s) => s.event), result: solved };
}

/**
 * Plays the engine's key on a running player until `stage` is the one running (or, if the key's
 * decisions skip it, the first one after it, or the end): a preview that starts at a later stage
 * finds the PGI as a learner with full marks would have left it (orders recorded, invoices issued).
 */
export function playKeyUntil(actor: PlayerActor, stage: StageId): SolvedStep[] {
  throwIfFailed(actor);
  const steps: SolvedStep[] = [];
  const rejected: PlayResult["rejected"] = [];
  const reached = () => {
    const running = currentStage(actor.getSnapshot());
    return running !== undefined && STAGE_IDS.indexOf(running) >= STAGE_IDS.indexOf(stage);
  };
  for (let guard = 0; guard < STAGE_IDS.length && !reached() && playRunningStage(actor, steps, rejected); guard += 1);
  return steps;
}

export function wrongAnswersFor(step: SolvedStep): PlayerEvent[] {
  return ANSWER_KEYS[step.stage].wrongAnswers(step.input, step.event);
}
