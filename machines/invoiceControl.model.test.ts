import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import { POINTS_PER_DECISION } from "@/domain";
import type { StageOutput } from "./contract";
import { invoiceControlMachine, type InvoiceControlEvent } from "./invoiceControl";
import { invoiceControlKey } from "./answerKey/invoiceControl";
import { conformingControlScenario, courseControlScenario, stageInputOf } from "./testing/controlFixtures";
import { answeredAtOnce } from "./testing/secondTry";

/** The stage's rules, each wrong answer taken at once: the second try has its own tests (secondTry.test.ts). */
const MACHINE = answeredAtOnce(invoiceControlMachine);

type Snapshot = ReturnType<typeof invoiceControlMachine.transition>;

/** A bounded alphabet: one right mark, one mark on a correct mention, taking a mark back, a hint, submitting. */
function alphabet(fixture: typeof courseControlScenario): (snapshot: Snapshot) => InvoiceControlEvent[] {
  const input = stageInputOf(fixture());
  const key = invoiceControlKey(input);
  const anomalous = new Set(key.points.flatMap((p) => p.accepted));
  const marks = key.points.filter((p) => p.kind !== "conforming").slice(0, 1).map((p): InvoiceControlEvent => ({ type: "learner.findingMarked", field: p.key }));
  const decoy = key.targets.printed.find((t) => !anomalous.has(t.target) && t.value !== "");
  const wrong: InvoiceControlEvent[] = decoy === undefined ? [] : [{ type: "learner.findingMarked", field: decoy.target }];
  return (snapshot) => [
    ...marks,
    ...wrong,
    ...snapshot.context.marks.map((field): InvoiceControlEvent => ({ type: "learner.findingUnmarked", field })),
    { type: "learner.hintRequested" },
    { type: "learner.controlSubmitted" },
  ];
}

function serialize(snapshot: Snapshot): string {
  return JSON.stringify([snapshot.value, [...snapshot.context.marks].sort(), snapshot.context.hintsByPoint]);
}

/** What must hold in every state reached. */
function checkContext(snapshot: Snapshot): void {
  const { context } = snapshot;
  expect(new Set(context.marks).size).toBe(context.marks.length);
  for (const mark of context.marks) expect(context.selectable).toContain(mark);
  expect(context.hintsShown.length).toBeLessThanOrEqual(Object.values(context.hintsByPoint).reduce((a, b) => a + b, 0));
  if (snapshot.value === "marking") {
    expect(context.trace).toEqual([]);
    expect(context.lastFeedback).toBeNull();
  } else {
    const output = snapshot.output as StageOutput;
    expect(snapshot.status).toBe("done");
    // One entry per decision point, plus one per false alarm.
    const pointIds = context.answerKey.points.map((p) => p.id);
    expect(context.trace.slice(0, pointIds.length).map((e) => e.decisionPoint)).toEqual(pointIds);
    for (const entry of context.trace) {
      expect(entry.maxPoints).toBe(POINTS_PER_DECISION);
      expect(entry.points).toBeLessThanOrEqual(entry.maxPoints);
      expect(entry.explanation).not.toBe("");
    }
    expect(output.score.maxPoints).toBe(context.trace.length * POINTS_PER_DECISION);
    expect(context.lastFeedback).toEqual(context.trace[context.trace.length - 1]);
  }
}

describe("invoiceControl, every path", () => {
  for (const fixture of [courseControlScenario, conformingControlScenario]) {
    it(`reaches every state and takes every transition (${fixture.name})`, () => {
      const input = stageInputOf(fixture());
      const options = { input, events: alphabet(fixture), serializeState: serialize as never };
      const paths = getShortestPaths(MACHINE, options);
      const states = new Set<string>();
      for (const path of paths) {
        for (const step of path.steps) {
          checkContext(step.state as Snapshot);
          states.add(String((step.state as Snapshot).value));
        }
      }
      // Transitions from the adjacency map: a mark taken back returns to a known state, so no shortest path takes it.
      const edges = adjacencyMapToArray(getAdjacencyMap(MACHINE, options)).filter((edge) => (edge.state as Snapshot).can(edge.event));
      const transitions = new Set(edges.map((edge) => `${String((edge.state as Snapshot).value)} → ${edge.event.type}`));
      for (const edge of edges) checkContext(edge.nextState as Snapshot);
      expect([...states].sort()).toEqual(["done", "marking"]);
      const expected = ["learner.controlSubmitted", "learner.findingMarked", "learner.findingUnmarked", "learner.hintRequested"].map((t) => `marking → ${t}`);
      expect([...transitions].sort()).toEqual(expected);
      expect(paths.length).toBeGreaterThan(4);
    });
  }
});
