/**
 * Stage 2's answer key played as learner events: the event the key expects in each state, the
 * solver that walks the machine on it, and plausible wrong answers.
 * Not part of the machine: the player never loads it; the check of a scenario (../scenarioCheck.ts),
 * the command line and the tests do (docs/decisions/0101).
 */
import type { SnapshotFrom } from "xstate";
import { addDays, expectedOrderRecord, impliedOrderStatus, promisedDeliveryDate, type OrderStatus } from "@/domain";
import type { StageInput } from "../contract";
import { orderProcessingMachine, plan, promiseOptions, type OrderProcessingContext, type OrderProcessingEvent } from "../orderProcessing";
import { sameEvent, walkExpected, walkOn, type StageDriver } from "./walk";

export type OrderProcessingSnapshot = SnapshotFrom<typeof orderProcessingMachine>;

/** The event the engine's key expects in this state (undefined at the end): what the solver sends. */
export function expectedProcessingEvent(snapshot: Pick<OrderProcessingSnapshot, "value" | "context">): OrderProcessingEvent | undefined {
  const { context } = snapshot;
  switch (snapshot.value) {
    case "recording": {
      const record = expectedOrderRecord(context.ledger, context.orderId);
      return { type: "learner.orderRecorded", lines: record.lines, tradeDiscounts: record.tradeDiscounts };
    }
    case "acknowledging": {
      const promise = promisedDeliveryDate(context.ledger, context.orderId, context.today, promiseOptions(context));
      return {
        type: "learner.acknowledgementIssued",
        deliveryDate: promise.date,
        ...(context.depositRequiredCents > 0 ? { depositRequestedCents: context.depositRequiredCents } : {}),
      };
    }
    case "delivering":
      return { type: "learner.deliveryNoteCreated", lines: plan(context).deliverNow };
    case "updatingStatus":
      return { type: "learner.orderStatusUpdated", status: impliedOrderStatus(context.ledger, context.orderId) ?? "recorded" };
    case "awaitingSupply": {
      const next = context.pendingRestocks[0];
      return next ? { type: "clock.advanced", to: next.date } : undefined;
    }
    default:
      return undefined;
  }
}

const MAX_SOLVER_STEPS = 100;

function solverWalk(input: StageInput): { snapshot: OrderProcessingSnapshot; event: OrderProcessingEvent }[] {
  return walkExpected<OrderProcessingSnapshot, OrderProcessingEvent>(orderProcessingMachine, input, expectedProcessingEvent, MAX_SOLVER_STEPS);
}

/** The learner (and clock) events the engine's key derives, from recording to the end, with full marks. */
export function solveOrderProcessing(input: StageInput): OrderProcessingEvent[] {
  return solverWalk(input).map((step) => step.event);
}

/** The same key played on a stage already running (the player's, when a whole scenario is solved). */
export function playOrderProcessingKey(driver: StageDriver<OrderProcessingSnapshot, OrderProcessingEvent>): void {
  walkOn(driver, expectedProcessingEvent, MAX_SOLVER_STEPS);
}

function wrongRecords(event: Extract<OrderProcessingEvent, { type: "learner.orderRecorded" }>): OrderProcessingEvent[] {
  const [first, ...rest] = event.lines;
  return [
    // The classic slip: the order typed as the customer wrote it, without the account's remises.
    { ...event, tradeDiscounts: event.tradeDiscounts.length > 0 ? [] : [5] },
    ...(first ? [{ ...event, lines: [{ ...first, quantity: first.quantity + 1 }, ...rest] }] : []),
  ];
}

function wrongAcknowledgements(context: OrderProcessingContext, event: Extract<OrderProcessingEvent, { type: "learner.acknowledgementIssued" }>): OrderProcessingEvent[] {
  const promise = promisedDeliveryDate(context.ledger, context.orderId, context.today, promiseOptions(context));
  // Promising from stock what is not there, or a day the stock cannot meet; a date past the
  // customer's request. A later date without a request is tenable, hence right (0094).
  const wrongDates = [
    promise.waitsForSupply ? context.today : addDays(promise.earliest, -1),
    ...(context.requestedDeliveryDate !== null ? [addDays(promise.date, 1)] : []),
  ];
  const variants: OrderProcessingEvent[] = wrongDates.map((deliveryDate) => ({ ...event, deliveryDate }));
  if (context.depositRequiredCents > 0) {
    const { depositRequestedCents: _forgotten, ...withoutDeposit } = event;
    variants.push(withoutDeposit);
  }
  return variants;
}

function wrongDeliveries(context: OrderProcessingContext, event: Extract<OrderProcessingEvent, { type: "learner.deliveryNoteCreated" }>): OrderProcessingEvent[] {
  const [first, ...rest] = event.lines;
  const variants: OrderProcessingEvent[] = [];
  if (first) variants.push({ ...event, lines: [{ ...first, quantity: first.quantity - 1 }, ...rest].filter((l) => l.quantity > 0) });
  // Holding back an article that can partly ship, as if the customer wanted everything at once.
  const short = plan(context).lines.find((l) => l.backOrder > 0 && l.deliverNow > 0);
  if (short) variants.push({ ...event, lines: event.lines.filter((l) => l.reference !== short.name) });
  return variants.filter((v) => v.type === "learner.deliveryNoteCreated" && v.lines.length > 0 && !sameEvent(v, event));
}

const OTHER_STATUSES: Readonly<Record<OrderStatus, OrderStatus[]>> = {
  recorded: ["confirmed"],
  confirmed: ["recorded", "inPreparation"],
  inPreparation: ["confirmed"],
  partiallyDelivered: ["delivered", "inPreparation"],
  delivered: ["partiallyDelivered", "confirmed"],
};

/** For a solver event, plausible wrong variants, each of which must lose the point and say why. */
export function wrongAnswers(input: StageInput, event: OrderProcessingEvent): OrderProcessingEvent[] {
  const step = solverWalk(input).find((s) => sameEvent(s.event, event));
  if (!step) return [];
  const { context } = step.snapshot;
  switch (event.type) {
    case "learner.orderRecorded":
      return wrongRecords(event);
    case "learner.acknowledgementIssued":
      return wrongAcknowledgements(context, event);
    case "learner.deliveryNoteCreated":
      return wrongDeliveries(context, event);
    case "learner.orderStatusUpdated":
      return OTHER_STATUSES[event.status].map((status) => ({ type: "learner.orderStatusUpdated", status }));
    case "clock.advanced":
    case "learner.hintRequested":
    case "learner.secondTryDeclined":
      return [];
  }
}
