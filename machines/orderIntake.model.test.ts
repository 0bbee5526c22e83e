/**
 * Model-based tests of the order-intake machine (@xstate/graph): from each fixture, every state
 * is reached and every transition the machine defines is taken at least once, with the context
 * checked after each step. States are told apart by their value and the hints used (the trace
 * grows with every out-of-order attempt and would make the graph infinite).
 */
import { getAdjacencyMap, getShortestPaths, toDirectedGraph, type DirectedGraphNode } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import type { SnapshotFrom } from "xstate";
import { INTAKE_STEPS } from "@/domain";
import type { StageInput } from "./contract";
import { CHECK_OF_EVENT, orderIntakeMachine, type OrderIntakeEvent } from "./orderIntake";
import { solveOrderIntake, wrongAnswers } from "./answerKey/orderIntake";
import { replayPath } from "./testing/modelTesting";
import { creditBreachFromAcceptedOrders, insolventCustomer, intakeInput, newCustomerByPhone, quotedOrderWithAnomalies } from "@/domain/intake/intake.fixtures";
import { answeredAtOnce } from "./testing/secondTry";

/** The stage's rules, each wrong answer taken at once: the second try has its own tests (secondTry.test.ts). */
const MACHINE = answeredAtOnce(orderIntakeMachine);
const SECOND_TRY_EVENTS = ["*", "learner.secondTryDeclined", "secondTry.moveTaken"];

type Snapshot = SnapshotFrom<typeof orderIntakeMachine>;

function stateOf(snapshot: Snapshot): string {
  return typeof snapshot.value === "string" ? snapshot.value : JSON.stringify(snapshot.value);
}

function serialize(snapshot: Snapshot): string {
  return `${stateOf(snapshot)}|hints=${snapshot.context.hintsUsedOnCurrent}`;
}

/** The events worth trying in a state: the right answer, its wrong variants, every other check, a hint, incomplete answers. */
function candidateEvents(input: StageInput): (snapshot: Snapshot) => OrderIntakeEvent[] {
  const solved = solveOrderIntake(input);
  const incomplete: OrderIntakeEvent[] = [
    { type: "learner.creditChecked", verdict: "withinLimit" },
    { type: "learner.creditChecked", verdict: "overLimit", outstandingCents: 0 },
    { type: "learner.depositChecked", required: true },
    { type: "learner.decided", decision: "hold" },
    { type: "learner.decided", decision: "refuse", reason: "" },
  ];
  return () => [...solved, ...solved.flatMap((event) => wrongAnswers(input, event)), ...incomplete, { type: "learner.hintRequested" }];
}

/** Machine-defined transitions as "state:eventType" (from the definition, not from a run). */
function definedTransitions(): Set<string> {
  const found = new Set<string>();
  const walk = (node: DirectedGraphNode) => {
    // The second try's own events are tested apart (secondTry.test.ts).
    for (const edge of node.edges) if (!SECOND_TRY_EVENTS.includes(edge.label.text)) found.add(`${edge.source.key}:${edge.label.text}`);
    node.children.forEach(walk);
  };
  walk(toDirectedGraph(orderIntakeMachine));
  return found;
}

/** What must hold after one step, whatever the path. */
function checkStep(before: Snapshot, event: OrderIntakeEvent, after: Snapshot): void {
  const from = stateOf(before);
  const to = stateOf(after);
  if (!before.can(event)) {
    // Refused by the rules: nothing recorded, nothing moved.
    expect(to).toBe(from);
    expect(after.context.trace).toHaveLength(before.context.trace.length);
    return;
  }
  if (event.type === "learner.hintRequested") {
    expect(to).toBe(from);
    expect(after.context.hintsUsedOnCurrent).toBe(before.context.hintsUsedOnCurrent + 1);
    expect(after.context.hintsShown).toHaveLength(before.context.hintsShown.length + 1);
    expect(after.context.trace).toHaveLength(before.context.trace.length);
    return;
  }
  if (event.type === "learner.secondTryDeclined") throw new Error("a first try is never held here");
  const entry = after.context.trace.at(-1);
  expect(after.context.trace).toHaveLength(before.context.trace.length + 1);
  expect(after.context.lastFeedback).toEqual(entry);
  expect(entry?.stage).toBe("orderIntake");
  expect(entry?.maxPoints).toBe(2);
  expect(entry?.explanation.length).toBeGreaterThan(20);
  const step = event.type === "learner.decided" ? "decision" : CHECK_OF_EVENT[event.type];
  if (step !== from) {
    expect(entry?.verdict).toBe("outOfOrder");
    expect(entry?.points).toBe(0);
    expect(to).toBe(from);
    expect(after.context.hintsUsedOnCurrent).toBe(before.context.hintsUsedOnCurrent);
    return;
  }
  expect(entry?.verdict).toBe(entry?.correct ? "correct" : "wrong");
  expect(to).toBe(step === "decision" ? "done" : INTAKE_STEPS[INTAKE_STEPS.indexOf(step) + 1]);
  expect(after.context.hintsUsedOnCurrent).toBe(0);
  if (step === "account") expect(after.context.customerId).not.toBeNull();
  if (to === "done") {
    const accepted = ["accept", "acceptWithConditions"].includes(after.context.key.decision.expected.decision);
    expect(after.context.orderId !== null).toBe(accepted);
    expect(after.output?.score.maxPoints).toBe(after.context.trace.length * 2);
  }
}

const FIXTURES = { newCustomerByPhone, creditBreachFromAcceptedOrders, insolventCustomer, quotedOrderWithAnomalies };

describe("order intake, model-based", () => {
  const defined = definedTransitions();
  const covered = new Set<string>();
  const states = new Set<string>();
  let edges = 0;

  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`${name}: every transition from every reachable state keeps the context consistent`, () => {
      const input = intakeInput(build());
      const options = { input, events: candidateEvents(input), serializeState: serialize };
      const adjacency = getAdjacencyMap(MACHINE, options);
      for (const { state, transitions } of Object.values(adjacency)) {
        states.add(stateOf(state));
        // The map's keys are branded strings: Object.values loses the value type, given back here.
        for (const { event, state: next } of Object.values(transitions) as { event: OrderIntakeEvent; state: Snapshot }[]) {
          checkStep(state, event, next);
          if (state.can(event)) {
            edges += 1;
            covered.add(`${stateOf(state)}:${event.type}`);
          }
        }
      }
    });

    it(`${name}: the shortest path to every state replays on a real actor`, () => {
      const input = intakeInput(build());
      const paths = getShortestPaths(MACHINE, { input, events: candidateEvents(input), serializeState: serialize });
      expect(new Set(paths.map((p) => stateOf(p.state)))).toEqual(new Set([...INTAKE_STEPS, "done"]));
      for (const path of paths) {
        // Snapshots merged by `serialize` differ in their trace: replay and check each step instead.
        const snapshot = replayPath(MACHINE, input, path.steps, checkStep);
        expect(serialize(snapshot)).toBe(serialize(path.state));
        const recorded = path.steps.slice(1).filter((step) => step.event.type !== "learner.hintRequested").length;
        expect(snapshot.context.trace).toHaveLength(recorded);
      }
    });
  }

  it("every state is reached and every defined transition is taken", () => {
    expect(states).toEqual(new Set([...INTAKE_STEPS, "done"]));
    const missing = [...defined].filter((t) => !covered.has(t));
    expect(missing).toEqual([]);
    // account: 2 answers + 6 other checks + hint = 9; the six next checks: 1 + 7 + 1 = 9 each; decision: 1 + 8 + 1 = 10.
    expect(defined.size).toBe(73);
    expect(edges).toBeGreaterThan(defined.size);
  });
});
