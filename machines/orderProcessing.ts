/**
 * Stage 2, "Traitement des commandes clients": the learner records the order in the PGI with the
 * customer's conditions, sends the order acknowledgement (a delivery date the stock and lead times
 * can keep, the deposit fixed at intake), ships what the stock allows with a delivery note (the
 * rest is a back-order), and follows the order's status as its documents imply it. When supplies
 * come in (clock.advanced), the back-order ships by a second delivery note.
 * The answer key, the judge and the hints are domain/processing/'s; this machine moves the PGI on
 * the engine's truth, hands the result to the judge and records its judgement. Delivering more than the stock allows is impossible (the
 * ledger refuses it: `snapshot.can` is false); a step out of the course's order is recorded at 0.
 */
import { assign, setup } from "xstate";
import {
  compareDates,
  createFromParent,
  deliveryPlan,
  deliveryRequest,
  documentTotals,
  DomainError,
  expectedOrderRecord,
  formatDateFr,
  getDocument,
  impliedOrderStatus,
  isIsoDate,
  judgeAcknowledgement,
  judgeDeliveryNote,
  judgeOrderRecord,
  judgeOrderStatus,
  judgeProcessingOutOfOrder,
  maxDate,
  ORDER_STATUSES,
  processingHints,
  PROCESSING_DECISION_POINT_IDS,
  PROCESSING_DECISION_POINTS,
  PROCESSING_GLOSSARY,
  promisedDeliveryDate,
  receiveDueRestocks,
  requireCustomer,
  restockSchedule,
  updateDraft,
  validateDocument,
  type Cents,
  type IsoDate,
  type Ledger,
  type LedgerResult,
  type OrderStatus,
  type ProcessingDecisionPoint,
  type PromiseOptions,
  type Restock,
  type Scenario,
  type TraceEntry,
  type TypedLine,
} from "@/domain";
import type { HintRequested, SecondTryDeclined, StageInput, StageOutput } from "./contract";
import type { StateMeta } from "./stateMeta";
import {
  entriesAdded,
  hasHintLeft,
  hintsAvailable,
  noDecisionYet,
  secondTrySetup,
  stageOutput,
  traceEntry,
  withDecisionRecorded,
  withHintShown,
  withSecondTry,
  type DecisionContext,
  type HintedPoint,
  type Judgement,
  oncePerContextAndEvent,
  withFastCopies,
} from "./decisionSupport";

// ───────────────────────────── Events and decision points ─────────────────────────────

export type OrderProcessingEvent =
  /** The order as the learner records it: lines (reference, quantity, unit price HT) and the account's remises. */
  | { type: "learner.orderRecorded"; lines: TypedLine[]; tradeDiscounts: number[] }
  | { type: "learner.acknowledgementIssued"; deliveryDate: IsoDate; depositRequestedCents?: number }
  | { type: "learner.deliveryNoteCreated"; lines: { reference: string; quantity: number }[] }
  | { type: "learner.orderStatusUpdated"; status: OrderStatus }
  /** The simulated clock moves to `to`: supplies dated on or before it come into stock. */
  | { type: "clock.advanced"; to: IsoDate }
  | HintRequested
  | SecondTryDeclined;

type DecisionEventType = "learner.orderRecorded" | "learner.acknowledgementIssued" | "learner.deliveryNoteCreated" | "learner.orderStatusUpdated";

export { PROCESSING_DECISION_POINT_IDS, type ProcessingDecisionPoint };

export const ORDER_PROCESSING_DECISION_POINTS: { id: string; label: string }[] = PROCESSING_DECISION_POINTS;

const POINT_OF_EVENT: Readonly<Record<DecisionEventType, ProcessingDecisionPoint>> = {
  "learner.orderRecorded": PROCESSING_DECISION_POINT_IDS.record,
  "learner.acknowledgementIssued": PROCESSING_DECISION_POINT_IDS.acknowledgement,
  "learner.deliveryNoteCreated": PROCESSING_DECISION_POINT_IDS.deliveryNote,
  "learner.orderStatusUpdated": PROCESSING_DECISION_POINT_IDS.status,
};
const DECISION_EVENT_TYPES = Object.keys(POINT_OF_EVENT) as DecisionEventType[];

// ───────────────────────────── Context and output ─────────────────────────────

export interface OrderProcessingContext extends DecisionContext {
  scenario: Scenario;
  orderId: string;
  customerId: string;
  acceptsPartialDelivery: boolean;
  requestedDeliveryDate: IsoDate | null;
  /** Deposit fixed at intake, TTC; 0 when none. */
  depositRequiredCents: Cents;
  /** The decision awaited now; null while waiting for supplies, and at the end. */
  awaiting: ProcessingDecisionPoint | null;
  acknowledgementId: string | null;
  /** The delivery date the acknowledgement promised. */
  agreedDeliveryDate: IsoDate | null;
  deliveryNoteIds: string[];
  /** Supplies still expected (the back-order ships when they come in). */
  pendingRestocks: Restock[];
  /** The order's status in the PGI, as the engine established it. */
  orderStatus: OrderStatus | null;
  /** What the world did last (supplies received), in French, for the interface. */
  notice: string | null;
}

// ───────────────────────────── Shaping helpers (the rules are in domain/) ─────────────────────────────

function must<T extends object>(result: LedgerResult<T>): { ledger: Ledger } & T {
  // The engine's truth is always feasible: a refusal here is a programming error, not a learner's.
  if (!result.ok) throw new DomainError(result.error.code, result.error.message, result.error.field);
  return result;
}

export function promiseOptions(context: OrderProcessingContext): PromiseOptions {
  return {
    acceptsPartialDelivery: context.acceptsPartialDelivery,
    ...(context.requestedDeliveryDate !== null ? { requestedDeliveryDate: context.requestedDeliveryDate } : {}),
  };
}

export function plan(context: OrderProcessingContext) {
  return deliveryPlan(context.ledger, context.orderId, context.acceptsPartialDelivery);
}

/** The first delivery leaves on the agreed date (not before); the next ones when supplies arrive. */
function deliveryDate(context: OrderProcessingContext): IsoDate {
  return context.deliveryNoteIds.length === 0 && context.agreedDeliveryDate !== null ? maxDate(context.today, context.agreedDeliveryDate) : context.today;
}

/** The decision awaited, with its hints; none while waiting for supplies, and at the end. */
function hintedPoint(context: OrderProcessingContext): HintedPoint | undefined {
  if (context.awaiting === null) return undefined;
  return { id: context.awaiting, hints: hintsAvailable(context.scenario.notes, context.awaiting, processingHints(context.awaiting, context)) };
}

/** A decision recorded: trace, feedback, and the hints start again for the next point. */
function recorded(context: OrderProcessingContext, point: ProcessingDecisionPoint, judgement: Judgement) {
  const entry = traceEntry(context, { stage: "orderProcessing", notes: context.scenario.notes }, { decisionPoint: point, ...judgement, glossary: PROCESSING_GLOSSARY[point] });
  return withDecisionRecorded(context, entry);
}

// ───────────────────────────── Decisions (move the PGI on the truth, then judge) ─────────────────────────────

function recordOrder(context: OrderProcessingContext, typed: { lines: TypedLine[]; tradeDiscounts: number[] }) {
  const expected = expectedOrderRecord(context.ledger, context.orderId);
  let ledger = context.ledger;
  const order = getDocument(ledger, context.orderId);
  if (order.status === "draft") {
    const current = order.reductions.tradeDiscounts ?? [];
    const agreed = current.length === expected.tradeDiscounts.length && current.every((r, i) => r === expected.tradeDiscounts[i]);
    if (!agreed) ledger = must(updateDraft(ledger, order.id, { reductions: { ...order.reductions, tradeDiscounts: expected.tradeDiscounts } })).ledger;
    ledger = must(validateDocument(ledger, order.id, maxDate(context.today, order.date))).ledger;
  }
  const judgement = judgeOrderRecord(expected, typed, {
    order: getDocument(ledger, context.orderId),
    customer: requireCustomer(ledger, context.customerId),
    totals: documentTotals(ledger, context.orderId),
  });
  return { ...recorded(context, PROCESSING_DECISION_POINT_IDS.record, judgement), ledger, orderStatus: "recorded" as OrderStatus };
}

/** The PGI keeps the engine's date whatever the learner promised, so that the rest of the scenario stays as written. */
function acknowledge(context: OrderProcessingContext, event: { deliveryDate: IsoDate; depositRequestedCents?: number }) {
  const options = promiseOptions(context);
  const promise = promisedDeliveryDate(context.ledger, context.orderId, context.today, options);
  const deposit = context.depositRequiredCents;
  const order = getDocument(context.ledger, context.orderId);
  const on = maxDate(context.today, order.date);
  const created = must(createFromParent(context.ledger, context.orderId, "orderAcknowledgement", on, { deliveryDate: promise.date, ...(deposit > 0 ? { depositCents: deposit } : {}) }));
  const validated = must(validateDocument(created.ledger, created.document.id, on));
  const pendingRestocks = restockSchedule(validated.ledger, context.orderId, promise, { ...options, ...(context.scenario.order?.restockOn ? { restockOn: context.scenario.order.restockOn } : {}) });
  const judgement = judgeAcknowledgement(
    event,
    { promise, depositCents: deposit, ...(options.requestedDeliveryDate !== undefined ? { requestedDeliveryDate: options.requestedDeliveryDate } : {}) },
    { number: validated.document.number, pendingRestocks },
  );
  return {
    ...recorded(context, PROCESSING_DECISION_POINT_IDS.acknowledgement, judgement),
    ledger: validated.ledger,
    acknowledgementId: created.document.id,
    agreedDeliveryDate: promise.date,
    pendingRestocks,
    orderStatus: "confirmed" as OrderStatus,
  };
}

/** Tries a delivery note with these quantities on `date`: what the ledger says (the guard). */
function buildDelivery(context: OrderProcessingContext, lines: readonly { reference: string; quantity: number }[]) {
  const date = deliveryDate(context);
  const created = createFromParent(context.ledger, context.orderId, "deliveryNote", date, { lines: deliveryRequest(context.ledger, context.orderId, lines) });
  if (!created.ok) return created;
  return validateDocument(created.ledger, created.document.id, date);
}

type DeliveryAttempt = ReturnType<typeof buildDelivery>;

const deliveriesTried = new WeakMap<OrderProcessingContext, Map<string, DeliveryAttempt>>();

/**
 * The same delivery note is built once per context (docs/decisions/0147): a right answer types
 * the quantities the plan ships, so the guard (the learner's lines) and the action (the plan's)
 * would build and validate the same note twice. Keyed by what the note is built from (each line's
 * reference and quantity, in order); only plain typed lines are kept, anything else is built
 * afresh. The ledger kept is never changed in place.
 */
function tryDelivery(context: OrderProcessingContext, lines: readonly { reference: string; quantity: number }[]): DeliveryAttempt {
  const plain = lines.every((l) => typeof l.reference === "string" && Number.isSafeInteger(l.quantity));
  if (!plain) return buildDelivery(context, lines);
  const key = JSON.stringify(lines.map((l) => [l.reference, l.quantity]));
  const tried = deliveriesTried.get(context) ?? new Map<string, DeliveryAttempt>();
  deliveriesTried.set(context, tried);
  const known = tried.get(key);
  if (known !== undefined) return known;
  const attempt = buildDelivery(context, lines);
  tried.set(key, attempt);
  return attempt;
}

/**
 * Whether the PGI accepts the delivery note the learner typed: asked by `can`, then by each of the
 * answer's transitions (the second try's and its own) — a whole delivery note built each time, so
 * once per context and event (docs/decisions/0137).
 */
const deliveryAccepted = oncePerContextAndEvent((context: OrderProcessingContext, event: Extract<OrderProcessingEvent, { type: "learner.deliveryNoteCreated" }>) => tryDelivery(context, event.lines).ok);

/** The PGI ships what the stock allows, whatever the learner typed. */
function deliver(context: OrderProcessingContext, typed: { reference: string; quantity: number }[]) {
  const before = plan(context);
  const date = deliveryDate(context);
  const shipped = must(tryDelivery(context, before.deliverNow));
  const judgement = judgeDeliveryNote(typed, before, { number: shipped.document.number, date });
  return {
    ...recorded(context, PROCESSING_DECISION_POINT_IDS.deliveryNote, judgement),
    ledger: shipped.ledger,
    today: date,
    deliveryNoteIds: [...context.deliveryNoteIds, shipped.document.id],
  };
}

function updateStatus(context: OrderProcessingContext, status: OrderStatus) {
  const expected = impliedOrderStatus(context.ledger, context.orderId) ?? "recorded";
  const judgement = judgeOrderStatus(status, expected, context.deliveryNoteIds.length, plan(context));
  return { ...recorded(context, PROCESSING_DECISION_POINT_IDS.status, judgement), orderStatus: expected };
}

/** A decision taken: the PGI moved on the truth, the answer judged (the actions' one body, and the second try's dry run), once per context and event. */
const decided = oncePerContextAndEvent(function decision(context: OrderProcessingContext, event: OrderProcessingEvent): Partial<OrderProcessingContext> {
  switch (event.type) {
    case "learner.orderRecorded":
      return recordOrder(context, event);
    case "learner.acknowledgementIssued":
      return acknowledge(context, event);
    case "learner.deliveryNoteCreated":
      return deliver(context, event.lines);
    case "learner.orderStatusUpdated":
      return updateStatus(context, event.status);
    default:
      return {};
  }
});

const SECOND_TRY = secondTrySetup<OrderProcessingContext, OrderProcessingEvent>((context, event) => entriesAdded(context, decided(context, event as OrderProcessingEvent)));

function outOfOrderEntry(context: OrderProcessingContext, attempted: DecisionEventType): TraceEntry {
  const judgement = judgeProcessingOutOfOrder(POINT_OF_EVENT[attempted], context.awaiting, context.pendingRestocks);
  return traceEntry(context, { stage: "orderProcessing" }, { decisionPoint: POINT_OF_EVENT[attempted], ...judgement, hintsUsed: 0 });
}

function initialContext(input: StageInput): OrderProcessingContext {
  const { orderId } = input.carried;
  if (orderId === undefined) throw new DomainError("processing.noOrder", "carried.orderId\u00a0: aucune commande enregistrée à traiter.", "carried.orderId");
  const order = getDocument(input.ledger, orderId);
  const incoming = input.scenario.order;
  return {
    scenario: input.scenario,
    orderId,
    customerId: order.customerId,
    acceptsPartialDelivery: incoming?.acceptsPartialDelivery ?? true,
    requestedDeliveryDate: incoming?.requestedDeliveryDate ?? null,
    depositRequiredCents: input.carried.depositRequiredCents ?? 0,
    ledger: input.ledger,
    today: input.today,
    carried: input.carried,
    awaiting: PROCESSING_DECISION_POINT_IDS.record,
    acknowledgementId: null,
    agreedDeliveryDate: null,
    deliveryNoteIds: [],
    pendingRestocks: [],
    orderStatus: order.status === "validated" ? "recorded" : null,
    notice: null,
    ...noDecisionYet(input),
  };
}

function processingOutput(context: OrderProcessingContext): StageOutput {
  const created = [...(context.acknowledgementId !== null ? [context.acknowledgementId] : []), ...context.deliveryNoteIds];
  return stageOutput("orderProcessing", context, {
    carried: {
      ...context.carried,
      ...(context.orderStatus !== null ? { orderStatus: context.orderStatus } : {}),
      documentIds: [...(context.carried.documentIds ?? []), ...created],
    },
  });
}

// ───────────────────────────── The machine ─────────────────────────────

type AwaitParams = { point: ProcessingDecisionPoint | null };

/** Every learner step, recorded out of order unless the state handles it itself (its own key wins). */
const OUT_OF_ORDER = Object.fromEntries(DECISION_EVENT_TYPES.map((type) => [type, { actions: "recordOutOfOrder" as const }]));
const HINT = { "learner.hintRequested": [{ guard: "hasHintLeft" as const, actions: "giveHint" as const }, {}] };

export const orderProcessingMachine = setup({
  types: {
    context: {} as OrderProcessingContext,
    events: {} as OrderProcessingEvent,
    input: {} as StageInput,
    output: {} as StageOutput,
    meta: {} as StateMeta,
  },
  guards: {
    hasHintLeft: ({ context }) => hasHintLeft(context, hintedPoint(context)),
    /** A date and, if given, a deposit in whole cents: an incomplete form is not sent. */
    isAcknowledgementComplete: ({ event }) =>
      event.type === "learner.acknowledgementIssued" &&
      isIsoDate(event.deliveryDate) &&
      (event.depositRequestedCents === undefined || (Number.isSafeInteger(event.depositRequestedCents) && event.depositRequestedCents >= 0)),
    /** The PGI accepts the delivery note: every line on the order, never beyond what remains nor beyond the stock. */
    isDeliveryAccepted: ({ context, event }) => event.type === "learner.deliveryNoteCreated" && deliveryAccepted(context, event),
    isKnownStatus: ({ event }) => event.type === "learner.orderStatusUpdated" && (ORDER_STATUSES as readonly string[]).includes(event.status),
    canDeliverNow: ({ context }) => plan(context).deliverNow.length > 0,
    awaitsSupply: ({ context }) => context.pendingRestocks.length > 0 && plan(context).lines.length > 0,
    /** The clock reaches the next supply (never goes back). */
    reachesSupply: ({ context, event }) => {
      const next = context.pendingRestocks[0];
      return event.type === "clock.advanced" && next !== undefined && isIsoDate(event.to) && compareDates(event.to, next.date) >= 0;
    },
    ...SECOND_TRY.guards,
  },
  actions: {
    awaitDecision: assign((_, params: AwaitParams) => ({ awaiting: params.point })),
    giveHint: assign(({ context }) => withHintShown(context, hintedPoint(context))),
    recordOutOfOrder: assign(({ context, event }) => withDecisionRecorded(context, outOfOrderEntry(context, event.type as DecisionEventType), "stillOpen")),
    decide: assign(({ context, event }) => decided(context, event)),
    ...SECOND_TRY.actions,
    receiveSupplies: assign(({ context, event }) => {
      if (event.type !== "clock.advanced") return {};
      const received = receiveDueRestocks(context.ledger, context.pendingRestocks, event.to);
      return {
        ledger: received.ledger,
        pendingRestocks: received.pending,
        today: maxDate(context.today, event.to),
        notice: `Réapprovisionnement reçu le ${formatDateFr(event.to)}\u00a0: ${received.received.map((r) => `${r.quantity} × ${r.reference}`).join(", ")}.`,
      };
    }),
  },
}).createMachine({
  id: "orderProcessing",
  context: ({ input }) => withFastCopies(initialContext(input)),
  initial: "recording",
  // Handlers are per state, never on the root: a finished stage must answer `can` with false.
  states: {
    recording: {
      entry: { type: "awaitDecision", params: { point: PROCESSING_DECISION_POINT_IDS.record } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, "learner.orderRecorded": { target: "acknowledging", actions: "decide" } } as const, { answers: ["learner.orderRecorded"] }),
    },
    acknowledging: {
      entry: { type: "awaitDecision", params: { point: PROCESSING_DECISION_POINT_IDS.acknowledgement } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, "learner.acknowledgementIssued": [{ guard: "isAcknowledgementComplete", target: "routing", actions: "decide" }, {}] } as const, {
        answers: ["learner.acknowledgementIssued"],
      }),
    },
    /** After the acknowledgement and after each status: deliver, wait for supplies, or stop. */
    routing: {
      always: [{ guard: "canDeliverNow", target: "delivering" }, { guard: "awaitsSupply", target: "awaitingSupply" }, { target: "done" }],
    },
    delivering: {
      entry: { type: "awaitDecision", params: { point: PROCESSING_DECISION_POINT_IDS.deliveryNote } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, "learner.deliveryNoteCreated": [{ guard: "isDeliveryAccepted", target: "updatingStatus", actions: "decide" }, {}] } as const, {
        answers: ["learner.deliveryNoteCreated"],
      }),
    },
    updatingStatus: {
      entry: { type: "awaitDecision", params: { point: PROCESSING_DECISION_POINT_IDS.status } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, "learner.orderStatusUpdated": [{ guard: "isKnownStatus", target: "routing", actions: "decide" }, {}] } as const, {
        answers: ["learner.orderStatusUpdated"],
      }),
    },
    /** No decision awaited: no hint; a learner's step is out of order until the supply comes in. */
    awaitingSupply: {
      meta: { label: "En attente du réapprovisionnement" },
      entry: { type: "awaitDecision", params: { point: null } },
      on: { ...OUT_OF_ORDER, "clock.advanced": [{ guard: "reachesSupply", target: "routing", actions: "receiveSupplies" }, {}] },
    },
    done: {
      type: "final",
      meta: { label: "Traitement terminé" },
      entry: { type: "awaitDecision", params: { point: null } },
    },
  },
  output: ({ context }) => processingOutput(context),
});
