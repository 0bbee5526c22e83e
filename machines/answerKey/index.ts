/**
 * The engine's answer key of every stage, by stage id, and the whole scenario played on it: the
 * proof that a scenario can be completed with full marks (../scenarioCheck.ts), the command line's
 * `solve`, and the tests' wrong answers. Kept out of ../stages.ts, which the player page imports:
 * a learner's page never carries the answers (docs/decisions/0101).
 */
import type { AnyActorRef } from "xstate";
import { STAGE_IDS, type Scenario, type StageId } from "@/domain";
import type { StageInput } from "../contract";
import { throwIfFailed } from "../observedActor";
import { currentStage, playResult, runningStage, sendAll, stageInput, startPlayer, type PlayerActor, type PlayerEvent, type PlayResult } from "../player";
import type { StageEvent } from "../stages";
import { playInvoiceControlKey, solveInvoiceControl, wrongAnswers as wrongControlAnswers } from "./invoiceControl";
import { playInvoicingKey, solveInvoicing, wrongAnswers as wrongInvoicingAnswers } from "./invoicing";
import { playOrderIntakeKey, solveOrderIntake, wrongAnswers as wrongIntakeAnswers } from "./orderIntake";
import { playOrderProcessingKey, solveOrderProcessing, wrongAnswers as wrongProcessingAnswers } from "./orderProcessing";
import { playPaymentFollowUpKey, solvePaymentFollowUp, wrongAnswers as wrongFollowUpAnswers } from "./paymentFollowUp";
import type { StageDriver } from "./walk";

/** A running stage as a key drives it: the stage machine's snapshot, whatever the stage. */
type AnyStageDriver = StageDriver<ReturnType<AnyActorRef["getSnapshot"]>, StageEvent>;

export interface StageAnswerKey {
  solve: (input: StageInput) => StageEvent[];
  /**
   * The same events, sent one by one to a stage already running from that input: what `solve`
   * returns, without a machine of the solver's own (docs/decisions/0147).
   */
  play: (driver: AnyStageDriver) => void;
  wrongAnswers: (input: StageInput, event: StageEvent) => StageEvent[];
}

// Each stage types its own events and snapshots precisely; the registry only needs them as plain objects.
function define(
  solve: (input: StageInput) => readonly object[],
  play: (driver: never) => void,
  wrongAnswers: (input: StageInput, event: never) => readonly object[],
): StageAnswerKey {
  return {
    solve: (input) => solve(input) as StageEvent[],
    play: play as (driver: AnyStageDriver) => void,
    wrongAnswers: (input, event) => (wrongAnswers as (i: StageInput, e: StageEvent) => readonly object[])(input, event) as StageEvent[],
  };
}

export const ANSWER_KEYS: Readonly<Record<StageId, StageAnswerKey>> = {
  orderIntake: define(solveOrderIntake, playOrderIntakeKey, wrongIntakeAnswers),
  orderProcessing: define(solveOrderProcessing, playOrderProcessingKey, wrongProcessingAnswers),
  invoicing: define(solveInvoicing, playInvoicingKey, wrongInvoicingAnswers),
  invoiceControl: define(solveInvoiceControl, playInvoiceControlKey, wrongControlAnswers),
  paymentFollowUp: define(solvePaymentFollowUp, playPaymentFollowUpKey, wrongFollowUpAnswers),
};

export interface SolvedStep {
  stage: StageId;
  input: StageInput;
  event: PlayerEvent;
}

/**
 * Plays the engine's key of the stage running now, from the state the previous stages left; false
 * when no stage runs. The key reads the stage the player runs and sends it each event through the
 * player, as a recording would be replayed (`sendAll`: an event the stage refuses is reported, not
 * sent): the stage is played once, not once by a solver's own machine and again by the player.
 */
function playRunningStage(actor: PlayerActor, steps: SolvedStep[], rejected: PlayResult["rejected"]): boolean {
  const snapshot = actor.getSnapshot();
  const running = runningStage(snapshot);
  if (snapshot.status === "done" || running === undefined) return false;
  const { stage } = running;
  const child: AnyActorRef = running.actor;
  const input = stageInput(snapshot.context);
  ANSWER_KEYS[stage].play({
    snapshot: () => child.getSnapshot(),
    send: (event) => {
      rejected.push(...sendAll(actor, [event], steps.length));
      steps.push({ stage, input, event });
    },
  });
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
