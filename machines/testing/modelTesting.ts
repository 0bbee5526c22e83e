/**
 * The harness the model-based tests (@xstate/graph) share: which transitions a machine defines,
 * which ones a step takes (to prove every one is covered), and the replay of a path on a real
 * actor (the graph merges snapshots by their serialisation, so each step is checked again live).
 * Not tied to a stage: each test brings its machine, its input and its per-step checks.
 */
import { createActor, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type AnyTransitionDefinition, type EventFromLogic, type SnapshotFrom } from "xstate";
import type { StageInput } from "../contract";
import { SECOND_TRY_ACTION_TYPES } from "./secondTry";


/** A transition of the second try (docs/decisions/0130): tested apart, in secondTry.test.ts. */
function isSecondTryTransition(transition: AnyTransitionDefinition): boolean {
  return transition.actions.some((action) => typeof action === "string" && SECOND_TRY_ACTION_TYPES.includes(action));
}

/** Every transition a machine defines (root and states, guarded branches and `always` included), with a readable name; the second try's apart. */
export function definedTransitions(machine: AnyStateMachine): Map<AnyTransitionDefinition, string> {
  const found = new Map<AnyTransitionDefinition, string>();
  const walk = (node: AnyStateNode) => {
    for (const [eventType, list] of node.transitions) list.forEach((t, i) => (isSecondTryTransition(t) ? undefined : found.set(t, `${node.key}:${eventType}#${i}`)));
    (node.always ?? []).forEach((t, i) => found.set(t, `${node.key}:always#${i}→${t.target?.[0]?.key ?? "·"}`));
    Object.values(node.states).forEach(walk);
  };
  walk(machine.root);
  return found;
}

function alwaysTaken(node: AnyStateNode, reached: AnyMachineSnapshot): AnyTransitionDefinition[] {
  const match = (node.always ?? []).find((t) => t.target?.[0]?.key === reached.value);
  return match ? [match] : [];
}

/** The transitions one step takes: the one the event selects, then the `always` one of a transient target. */
export function transitionsTaken(machine: AnyStateMachine, before: AnyMachineSnapshot, event: { type: string }, after: AnyMachineSnapshot): AnyTransitionDefinition[] {
  const taken = machine.getTransitionData(before as never, event as never) as AnyTransitionDefinition[];
  return [...taken, ...taken.flatMap((t) => (t.target ?? []).flatMap((target: AnyStateNode) => alwaysTaken(target, after)))];
}

/** The `always` transition an initial transient state takes. */
export function initialTransitions(machine: AnyStateMachine, initial: AnyMachineSnapshot): AnyTransitionDefinition[] {
  const start = machine.root.initial.target[0] as AnyStateNode | undefined;
  return start ? alwaysTaken(start, initial) : [];
}

/**
 * Replays the steps of a path (the first one is the initial state) on a fresh actor, checking
 * each step, and returns the snapshot reached.
 */
export function replayPath<TMachine extends AnyStateMachine>(
  machine: TMachine,
  input: StageInput,
  steps: readonly { event: EventFromLogic<TMachine> }[],
  checkStep: (before: SnapshotFrom<TMachine>, event: EventFromLogic<TMachine>, after: SnapshotFrom<TMachine>) => void,
): SnapshotFrom<TMachine> {
  const actor = createActor(machine as AnyStateMachine, { input });
  actor.start();
  for (const { event } of steps.slice(1)) {
    const before = actor.getSnapshot() as SnapshotFrom<TMachine>;
    actor.send(event);
    checkStep(before, event, actor.getSnapshot() as SnapshotFrom<TMachine>);
  }
  const reached = actor.getSnapshot() as SnapshotFrom<TMachine>;
  actor.stop();
  return reached;
}
