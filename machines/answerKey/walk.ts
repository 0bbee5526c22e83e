/**
 * The walk of a stage whose key depends on the state reached (processing, invoicing): the machine
 * is played on the event the key expects in each state, until it expects none.
 */
import type { AnyStateMachine } from "xstate";
import type { StageInput } from "../contract";
import { sendOrThrow, startObserved, throwIfFailed } from "../observedActor";

/**
 * A stage's actor the key is played on: its snapshot, and a way to send it the key's next event.
 * Either a machine the solver started on its own (`walkExpected`), or the stage the player is
 * running when a whole scenario is solved (./index.ts): played there, the stage is played once
 * instead of once by the solver and once more by the player (docs/decisions/0147).
 */
export interface StageDriver<TSnapshot, TEvent> {
  snapshot: () => TSnapshot;
  send: (event: TEvent) => void;
}

/** Plays the key on a driven stage: the event it expects in each state, until it expects none. */
export function walkOn<TSnapshot, TEvent extends { type: string }>(
  driver: StageDriver<TSnapshot, TEvent>,
  expected: (snapshot: TSnapshot) => TEvent | undefined,
  // Bounds the walk: a stage has a handful of steps per document.
  maxSteps: number,
): { snapshot: TSnapshot; event: TEvent }[] {
  const walk: { snapshot: TSnapshot; event: TEvent }[] = [];
  for (let step = 0; step < maxSteps; step++) {
    const snapshot = driver.snapshot();
    const event = expected(snapshot);
    if (event === undefined) break;
    walk.push({ snapshot, event });
    driver.send(event);
  }
  return walk;
}

/** The snapshots met along the answer key's path, each with the event the key expects there. */
export function walkExpected<TSnapshot, TEvent extends { type: string }>(
  machine: AnyStateMachine,
  input: StageInput,
  expected: (snapshot: TSnapshot) => TEvent | undefined,
  maxSteps: number,
): { snapshot: TSnapshot; event: TEvent }[] {
  const actor = startObserved(machine, { input });
  throwIfFailed(actor);
  const walk = walkOn<TSnapshot, TEvent>({ snapshot: () => actor.getSnapshot() as TSnapshot, send: (event) => sendOrThrow(actor, event) }, expected, maxSteps);
  actor.stop();
  return walk;
}

/** Two learner events with the same content: how a wrong answer is told from the right one. */
export function sameEvent(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
