/**
 * The wrong-answer sweep of a scenario: at every step of the engine's answer key, each plausible
 * wrong answer in its place, the rest of the key after it. Shared by the check of the bundled
 * scenarios (scripts/bundledScenarios.test.ts) and the replay equivalence test
 * (scripts/replayEquivalence.test.ts), so both sweep exactly the same games.
 */
import type { Scenario } from "@/domain";
import { wrongAnswersFor, type SolvedStep } from "../answerKey";
import { runningStage, sendAll, startPlayer, type PlayerEvent } from "../player";

/** The answer key's events with `replacement` in place of step `index`. */
export function eventsWith(events: readonly PlayerEvent[], index: number, replacement: readonly PlayerEvent[]): PlayerEvent[] {
  return [...events.slice(0, index), ...replacement, ...events.slice(index + 1)];
}

/**
 * The wrong answers of a step. A conforming invoice is submitted without marks, and its wrong
 * answer is two events (a false alarm, then the submission), which `wrongAnswers` (one event for
 * one event) cannot give: the sweep raises the false alarm on the first field the stage offers.
 */
export function wrongSequences(scenario: Scenario, events: readonly PlayerEvent[], step: SolvedStep, index: number): PlayerEvent[][] {
  const variants = wrongAnswersFor(step).map((variant) => [variant]);
  if (variants.length > 0 || step.event.type !== "learner.controlSubmitted") return variants;
  const actor = startPlayer(scenario);
  sendAll(actor, events.slice(0, index));
  const running = runningStage(actor.getSnapshot());
  const control = running?.stage === "invoiceControl" ? running.actor.getSnapshot().context : undefined;
  actor.stop();
  const falseAlarm = control?.selectable.find((field) => !control.marks.includes(field));
  return falseAlarm === undefined ? [] : [[{ type: "learner.findingMarked", field: falseAlarm }, step.event]];
}
