/**
 * The walk of a stage whose key depends on the state reached (processing, invoicing): the machine
 * is played on the event the key expects in each state, until it expects none.
 */
import type { AnyStateMachine } from "xstate";
import type { StageInput } from "../contract";
import { sendOrThrow, startObserved, throwIfFailed } from "../observedActor";

/** The snapshots met along the answer key's path, each with the event the key expects there. */
export function walkExpected<TSnapshot, TEvent extends { type: string }>(
  machine: AnyStateMachine,
  input: StageInput,
  expected: (snapshot: TSnapshot) => TEvent | undefined,
  // Bounds the walk: a stage has a handful of steps per document.
  maxSteps: number,
): { snapshot: TSnapshot; event: TEvent }[] {
  const actor = startObserved(machine, { input });
  throwIfFailed(actor);
  const walk: { snapshot: TSnapshot; event: TEvent }[] = [];
  for (let step = 0; step < maxSteps; step++) {
    const snapshot = actor.getSnapshot() as TSnapshot;
    const event = expected(snapshot);
    if (event === undefined) break;
    walk.push({ snapshot, event });
    sendOrThrow(actor, event);
  }
  actor.stop();
  return walk;
}

/** Two learner events with the same content: how a wrong answer is told from the right one. */
export function sameEvent(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
