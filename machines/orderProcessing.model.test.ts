/**
 * Model-based tests of the order-processing machine (@xstate/graph): from several fixtures, every
 * state is reached and every transition the machine defines (root handlers, guarded branches and
 * their refusals, the `always` routing) is taken at least once, with the context checked after
 * each step. States are told apart by their value, the hints used, the deliveries made and the
 * supplies pending (the trace grows with every out-of-order attempt and would make the graph infinite).
 */
import { getAdjacencyMap, getShortestPaths } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import { createActor, type SnapshotFrom } from "xstate";
import { getDocument, isOrderAccepted } from "@/domain";
import { deliveryPlan, type OrderStatus } from "@/domain";
import type { StageInput } from "./contract";
import { orderProcessingMachine, type OrderProcessingEvent } from "./orderProcessing";
import { expectedProcessingEvent, wrongAnswers } from "./answerKey/orderProcessing";
import { definedTransitions, initialTransitions, replayPath, transitionsTaken } from "./testing/modelTesting";
import { processingInput, processingScenario } from "./testing/processingFixtures";
import { answeredAtOnce } from "./testing/secondTry";

/** The stage's rules, each wrong answer taken at once: the second try has its own tests (secondTry.test.ts). */
const MACHINE = answeredAtOnce(orderProcessingMachine);

type Snapshot = SnapshotFrom<typeof orderProcessingMachine>;

const STATES = ["recording", "acknowledging", "routing", "delivering", "updatingStatus", "awaitingSupply", "done"];

/** The decision each learner event answers, to tell a right-time answer from an out-of-order one. */
const POINT_OF: Partial<Record<OrderProcessingEvent["type"], string>> = {
  "learner.orderRecorded": "processing.record",
  "learner.acknowledgementIssued": "processing.acknowledgement",
  "learner.deliveryNoteCreated": "processing.deliveryNote",
  "learner.orderStatusUpdated": "processing.status",
};

function stateOf(snapshot: Snapshot): string {
  return String(snapshot.value);
}

function serialize(snapshot: Snapshot): string {
  const c = snapshot.context;
  return `${stateOf(snapshot)}|hints=${c.hintsUsedOnCurrent}|notes=${c.deliveryNoteIds.length}|pending=${c.pendingRestocks.length}`;
}

/** What to try in a state: the key's answer and its wrong variants, every other step, a hint, refused answers. */
function candidateEvents(input: StageInput): (snapshot: Snapshot) => OrderProcessingEvent[] {
  return (snapshot) => {
    const expected = expectedProcessingEvent(snapshot);
    const others: OrderProcessingEvent[] = [
      { type: "learner.orderRecorded", lines: [], tradeDiscounts: [] },
      { type: "learner.acknowledgementIssued", deliveryDate: snapshot.context.today },
      { type: "learner.deliveryNoteCreated", lines: [{ reference: "CAH-A4", quantity: 1 }] },
      { type: "learner.orderStatusUpdated", status: "delivered" },
    ];
    const refused: OrderProcessingEvent[] = [
      { type: "learner.deliveryNoteCreated", lines: [{ reference: "CLS-LV", quantity: 1000 }] },
      { type: "learner.acknowledgementIssued", deliveryDate: "12/11/2026" },
      { type: "learner.orderStatusUpdated", status: "shipped" as OrderStatus },
      { type: "clock.advanced", to: snapshot.context.today },
    ];
    return [...(expected ? [expected, ...wrongAnswers(input, expected)] : []), ...others, ...refused, { type: "learner.hintRequested" }];
  };
}

/** What must hold in every state reached. */
function checkState(snapshot: Snapshot): void {
  const c = snapshot.context;
  if (snapshot.status === "done") {
    // A finished stage takes no event.
    expect(snapshot.can({ type: "learner.orderStatusUpdated", status: "delivered" })).toBe(false);
    expect(snapshot.can({ type: "learner.hintRequested" })).toBe(false);
  }
  expect(c.hintsShown).toHaveLength(c.hintsUsedOnCurrent);
  for (const entry of c.trace) {
    expect(entry.stage).toBe("orderProcessing");
    expect(entry.maxPoints).toBe(2);
    expect(entry.points).toBeGreaterThanOrEqual(0);
    expect(entry.points).toBeLessThanOrEqual(2);
  }
  for (const product of c.ledger.products) expect(product.stock).toBeGreaterThanOrEqual(0);
  const plan = deliveryPlan(c.ledger, c.orderId, c.acceptsPartialDelivery);
  switch (stateOf(snapshot)) {
    case "recording":
      expect(c.awaiting).toBe("processing.record");
      expect(c.acknowledgementId).toBeNull();
      break;
    case "acknowledging":
      expect(getDocument(c.ledger, c.orderId).status).toBe("validated");
      expect(c.orderStatus).toBe("recorded");
      expect(c.trace.some((t) => t.decisionPoint === "processing.record" && t.verdict !== "outOfOrder")).toBe(true);
      break;
    case "delivering":
      expect(isOrderAccepted(c.ledger, c.orderId)).toBe(true);
      expect(c.agreedDeliveryDate).not.toBeNull();
      expect(plan.deliverNow.length).toBeGreaterThan(0);
      break;
    case "updatingStatus":
      expect(c.deliveryNoteIds.length).toBeGreaterThan(0);
      for (const id of c.deliveryNoteIds) expect(getDocument(c.ledger, id).status).toBe("validated");
      break;
    case "awaitingSupply":
      expect(c.awaiting).toBeNull();
      expect(c.pendingRestocks.length).toBeGreaterThan(0);
      expect(plan.deliverNow).toEqual([]);
      break;
    case "done":
      expect(c.awaiting).toBeNull();
      expect(snapshot.output?.score.maxPoints).toBe(c.trace.length * 2);
      expect(snapshot.output?.carried.documentIds?.length).toBe(1 + (c.acknowledgementId ? 1 : 0) + c.deliveryNoteIds.length);
      if (c.deliveryNoteIds.length > 0) expect(["partiallyDelivered", "delivered"]).toContain(c.orderStatus);
      break;
    default:
      throw new Error(`état inattendu ${stateOf(snapshot)}`);
  }
}

/** What must hold after one step, whatever the path. */
function checkStep(before: Snapshot, event: OrderProcessingEvent, after: Snapshot): void {
  checkState(after);
  if (!before.can(event)) {
    // Refused by the rules: nothing recorded, nothing moved.
    expect(stateOf(after)).toBe(stateOf(before));
    expect(after.context.trace).toEqual(before.context.trace);
    expect(after.context.ledger).toEqual(before.context.ledger);
    return;
  }
  if (event.type === "learner.hintRequested") {
    expect(after.context.hintsUsedOnCurrent).toBe(before.context.hintsUsedOnCurrent + 1);
    expect(after.context.trace).toHaveLength(before.context.trace.length);
    return;
  }
  if (event.type === "clock.advanced") {
    expect(after.context.today >= before.context.today).toBe(true);
    expect(after.context.pendingRestocks.length).toBeLessThan(before.context.pendingRestocks.length);
    expect(after.context.trace).toHaveLength(before.context.trace.length);
    return;
  }
  const entry = after.context.trace.at(-1);
  expect(after.context.trace).toHaveLength(before.context.trace.length + 1);
  expect(after.context.lastFeedback).toEqual(entry);
  expect(entry?.explanation.length).toBeGreaterThan(40);
  if (POINT_OF[event.type] !== before.context.awaiting) {
    expect(entry).toMatchObject({ verdict: "outOfOrder", points: 0 });
    expect(stateOf(after)).toBe(stateOf(before));
    expect(after.context.ledger).toEqual(before.context.ledger);
    return;
  }
  expect(entry?.verdict).toBe(entry?.correct ? "correct" : "wrong");
  expect(after.context.hintsUsedOnCurrent).toBe(0);
}

const FIXTURES: Record<string, () => StageInput> = {
  partialWithRestock: () => processingInput(processingScenario({ restock: true })),
  refusedPartial: () => processingInput(processingScenario({ acceptsPartialDelivery: false })),
  allInStockWithDeposit: () => processingInput(processingScenario({ classeurStock: 150 }), { depositRequiredCents: 30000 }),
  refusedPartialNoSupply: () => processingInput(processingScenario({ acceptsPartialDelivery: false, restockOn: [] })),
  refusedPartialTwoSupplies: () =>
    processingInput(
      processingScenario({
        acceptsPartialDelivery: false,
        restockOn: [
          { reference: "CLS-LV", quantity: 20, date: "2026-11-18" },
          { reference: "CLS-LV", quantity: 20, date: "2026-11-22" },
        ],
      }),
    ),
  draftOrder: () => processingInput(processingScenario(), { draft: true, withoutConditions: true }),
};

describe("order processing, model-based", () => {
  const defined = definedTransitions(MACHINE);
  const covered = new Set<string>();
  const states = new Set<string>();

  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`${name}: every transition from every reachable state keeps the context consistent`, () => {
      const input = build();
      const adjacency = getAdjacencyMap(MACHINE, { input, events: candidateEvents(input), serializeState: serialize });
      const initial = createActor(MACHINE, { input }).getSnapshot();
      for (const t of initialTransitions(MACHINE, initial)) covered.add(defined.get(t) ?? "?");
      for (const { state, transitions } of Object.values(adjacency)) {
        states.add(stateOf(state));
        checkState(state);
        // The map's keys are branded strings: Object.values loses the value type, given back here.
        for (const { event, state: next } of Object.values(transitions) as { event: OrderProcessingEvent; state: Snapshot }[]) {
          checkStep(state, event, next);
          for (const t of transitionsTaken(MACHINE, state, event, next)) {
            covered.add(defined.get(t) ?? "?");
            if (t.target?.[0]?.key === "routing") states.add("routing");
          }
        }
      }
    });

    it(`${name}: the shortest path to every state replays on a real actor`, () => {
      const input = build();
      const paths = getShortestPaths(MACHINE, { input, events: candidateEvents(input), serializeState: serialize });
      expect(paths.length).toBeGreaterThan(3);
      for (const path of paths) {
        const reached = replayPath(MACHINE, input, path.steps, checkStep);
        expect(serialize(reached)).toBe(serialize(path.state));
      }
    });
  }

  it("every state is reached and every defined transition is taken", () => {
    expect(states).toEqual(new Set(STATES));
    expect([...defined.values()].filter((name) => !covered.has(name))).toEqual([]);
    // Each deciding state: 3 other steps out of order + hint (2 branches) + its own answer (1 or 2 branches):
    // recording 6, acknowledging 7, delivering 7, updatingStatus 7; awaitingSupply: 4 out of order +
    // the clock (2 branches) = 6; routing: 3 `always`. Nothing on the root: done answers no event.
    expect(defined.size).toBe(36);
    expect(covered.size).toBe(36);
  });
});
