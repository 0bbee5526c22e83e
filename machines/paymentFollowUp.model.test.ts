import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import { compareDates, DUNNING_LADDER, invoiceBalance, POINTS_PER_DECISION } from "@/domain";
import type { StageOutput } from "./contract";
import { invoiceStatus, paymentFollowUpMachine, type PaymentFollowUpEvent } from "./paymentFollowUp";
import { entryAnswer } from "./answerKey/paymentFollowUp";
import { stageInputOf } from "./testing/controlFixtures";
import { FOLLOWED_INVOICE, followUpScenario } from "./testing/followUpFixtures";
import { answeredAtOnce } from "./testing/secondTry";

/** The stage's rules, each wrong answer taken at once: the second try has its own tests (secondTry.test.ts). */
const MACHINE = answeredAtOnce(paymentFollowUpMachine);

type Snapshot = ReturnType<typeof paymentFollowUpMachine.transition>;

/**
 * Three weeks of one invoice: R1 due 25/10, a dispute opened and settled on 28/10 (so that a
 * settlement can be sent before the opening), a partial payment on 03/11, the end on 10/11.
 */
const scenario = followUpScenario({
  id: "modele",
  start: "2026-10-24",
  endsOn: "2026-11-10",
  events: [
    { type: "disputeOpened", date: "2026-10-28", invoice: FOLLOWED_INVOICE, reason: "Cartouches non conformes." },
    { type: "disputeSettled", date: "2026-10-28", invoice: FOLLOWED_INVOICE, resolution: "Avoir de 100,00 € HT.", settlement: "creditNote", amount: "100.00" },
    { type: "payment", date: "2026-11-03", invoice: FOLLOWED_INVOICE, amount: "1000.00", method: "transfer" },
  ],
});
const input = stageInputOf(scenario);

/** The events tried in each state: right and wrong entries, the step due, waiting, a wrong step, a hint, the three clocks, the end. */
function events(snapshot: Snapshot): PaymentFollowUpEvent[] {
  const { context } = snapshot;
  const entries = context.pending.flatMap((entry): PaymentFollowUpEvent[] => {
    const right = entryAnswer(entry);
    return right.type === "learner.paymentRecorded" ? [right, { ...right, amountCents: right.amountCents - 100 }] : [right];
  });
  const due = invoiceStatus(context, FOLLOWED_INVOICE).dueNow;
  const steps = [...new Set(["wait", "reminder2", ...(DUNNING_LADDER as readonly string[]).filter((s) => s === due)])] as ("wait" | "reminder2")[];
  return [
    ...entries,
    ...steps.map((action): PaymentFollowUpEvent => ({ type: "learner.actionChosen", invoice: FOLLOWED_INVOICE, action })),
    { type: "learner.hintRequested" },
    { type: "clock.advanced", days: 1 },
    { type: "clock.advancedToNextEvent" },
    { type: "clock.advancedToNextDueStep" },
    { type: "learner.followUpEnded" },
  ];
}

function serialize(snapshot: Snapshot): string {
  const c = snapshot.context;
  // Nothing happens after the end: one state per score is enough.
  if (snapshot.status === "done") return JSON.stringify(["done", c.trace.map((e) => e.points)]);
  return JSON.stringify([
    snapshot.value,
    c.today,
    c.pending.map((p) => p.eventIndex),
    c.decidedToday,
    c.actionsTaken.map((a) => `${a.step}@${a.date}`),
    c.ledger.payments.length,
    c.ledger.documents.length,
    c.hintsUsedOnCurrent,
  ]);
}

function checkContext(snapshot: Snapshot): void {
  const c = snapshot.context;
  if (snapshot.value === "entriesPending") expect(c.pending.length).toBeGreaterThan(0);
  if (snapshot.value === "open") expect(c.pending).toEqual([]);
  expect(new Set(c.decidedToday).size).toBe(c.decidedToday.length);
  for (const action of c.actionsTaken) expect(compareDates(action.date, c.today)).toBeLessThanOrEqual(0);
  // The ladder never goes back nor repeats a rung.
  const rungs = c.actionsTaken.map((a) => DUNNING_LADDER.indexOf(a.step as (typeof DUNNING_LADDER)[number]));
  expect(rungs).toEqual([...rungs].sort((a, b) => a - b));
  expect(new Set(rungs).size).toBe(rungs.length);
  expect(invoiceBalance(c.ledger, FOLLOWED_INVOICE)).toBeGreaterThanOrEqual(0);
  for (const entry of c.trace) {
    expect([0, POINTS_PER_DECISION]).toContain(entry.maxPoints);
    expect(entry.points).toBeLessThanOrEqual(entry.maxPoints);
    expect(entry.explanation.length).toBeGreaterThan(20);
    expect(entry.stage).toBe("paymentFollowUp");
  }
  if (snapshot.status === "done") {
    const output = snapshot.output as StageOutput;
    expect(compareDates(output.today, c.endsOn)).toBeLessThanOrEqual(0);
    expect(output.score.points).toBeLessThanOrEqual(output.score.maxPoints);
  } else {
    expect(compareDates(c.today, c.endsOn)).toBeLessThanOrEqual(0);
  }
}

describe("paymentFollowUp, every path", () => {
  // Some 500 transitions, each replaying the clock day by day: seconds alone, more on a shared machine.
  it("reaches every state and takes every transition", { timeout: 120_000 }, () => {
    const options = { input, events, serializeState: serialize as never };
    const paths = getShortestPaths(MACHINE, options);
    const states = new Set<string>();
    for (const path of paths) {
      for (const step of path.steps) {
        checkContext(step.state as Snapshot);
        states.add(String((step.state as Snapshot).value));
      }
    }
    const edges = adjacencyMapToArray(getAdjacencyMap(MACHINE, options)).filter((edge) => (edge.state as Snapshot).can(edge.event));
    for (const edge of edges) checkContext(edge.nextState as Snapshot);
    const transitions = new Set(
      edges.map((edge) => {
        const after = edge.nextState as Snapshot;
        // The settlement has two branches: out of order (the dispute is not open yet) or recorded.
        const branch = edge.event.type === "learner.disputeSettled" ? ` (${after.context.lastFeedback?.verdict ?? "?"})` : "";
        return `${String((edge.state as Snapshot).value)} → ${edge.event.type}${branch}`;
      }),
    );
    const reached = new Set(edges.map((edge) => String((edge.nextState as Snapshot).value)));
    expect([...new Set([...states, ...reached])].sort()).toEqual(["done", "entriesPending", "open"]);
    expect([...transitions].sort()).toEqual([
      "entriesPending → learner.actionChosen",
      "entriesPending → learner.disputeOpened",
      "entriesPending → learner.disputeSettled (correct)",
      "entriesPending → learner.disputeSettled (outOfOrder)",
      "entriesPending → learner.hintRequested",
      "entriesPending → learner.paymentRecorded",
      "open → clock.advanced",
      "open → clock.advancedToNextDueStep",
      "open → clock.advancedToNextEvent",
      "open → learner.actionChosen",
      "open → learner.followUpEnded",
      "open → learner.hintRequested",
    ]);
    // The stage ends only on the learner's word.
    for (const edge of edges) if ((edge.nextState as Snapshot).status === "done") expect(edge.event.type).toBe("learner.followUpEnded");
    // Every way out: to the pending entries (mail), back to the open day, and to the end.
    const moves = new Set(edges.map((edge) => `${String((edge.state as Snapshot).value)} ⇒ ${String((edge.nextState as Snapshot).value)}`));
    expect([...moves].sort()).toEqual([
      "entriesPending ⇒ entriesPending",
      "entriesPending ⇒ open",
      "open ⇒ done",
      "open ⇒ entriesPending",
      "open ⇒ open",
    ]);
    expect(paths.length).toBeGreaterThan(50);
  });
});
