/**
 * Stage 1, "Contrôle et suivi des commandes clients": the learner runs the seven checks in the
 * course's order (account, solvency, credit, conditions, elements, stock, deposit), then decides.
 * The answer key comes from domain/intake/ (one file per check) (`deriveIntakeKey`), computed once from the input;
 * this machine only compares, records the trace and moves the PGI on the engine's truth.
 * A check sent out of order is recorded at 0 and does not advance; deciding before the seven
 * checks is impossible (no transition: `snapshot.can` is false).
 */
import { assign, setup } from "xstate";
import { type CreditVerdict, type CustomerDraft, deriveIntakeKey, DomainError, type ElementAnomaly, haltMessage, INTAKE_DECISION_POINT_IDS, INTAKE_DECISION_POINTS, INTAKE_DEFAULT_HINTS, INTAKE_STEPS, type IntakeCheck, type IntakeDecision, type IntakeKey, type IntakeStep, isAccepted, isCreditAnswerComplete, isDecisionComplete, isDepositAnswerComplete, judgeAccount, judgeConditions, judgeCredit, judgeDecision, judgeDeposit, judgeElements, type Judgement, judgeSolvency, judgeStock, maxDate, outOfOrderJudgement, recordIntakeOrder, type Scenario, type SolvencyVerdict, type StockAnswerLine, type TraceEntry, validateDocument } from "@/domain";
import type { CarriedState, HintRequested, StageInput, StageOutput } from "./contract";
import { hasHintLeft, hintsAvailable, noDecisionYet, stageOutput, traceEntry, withDecisionRecorded, withHintShown, type DecisionContext, type HintedPoint } from "./decisionSupport";

// ───────────────────────────── Events ─────────────────────────────

export type OrderIntakeEvent =
  | { type: "learner.accountFound"; customerId: string }
  | { type: "learner.accountCreated"; draft: CustomerDraft }
  | { type: "learner.solvencyChecked"; verdict: SolvencyVerdict }
  /** Both figures are required (the guard refuses an answer without them); optional in the type for recorded games. */
  | { type: "learner.creditChecked"; verdict: CreditVerdict; outstandingCents?: number; orderTotalCents?: number }
  | { type: "learner.conditionsApplied"; tradeDiscounts: number[]; cashDiscount?: number }
  | { type: "learner.elementsChecked"; anomalies: ElementAnomaly[] }
  | { type: "learner.stockChecked"; lines: StockAnswerLine[] }
  | { type: "learner.depositChecked"; required: boolean; amountCents?: number }
  | { type: "learner.decided"; decision: IntakeDecision; reason?: string }
  | HintRequested;

type CheckEventType = Exclude<OrderIntakeEvent["type"], "learner.decided" | "learner.hintRequested">;

/** Which check each learner event answers (both account events answer check 1). */
export const CHECK_OF_EVENT: Readonly<Record<CheckEventType, IntakeCheck>> = {
  "learner.accountFound": "account",
  "learner.accountCreated": "account",
  "learner.solvencyChecked": "solvency",
  "learner.creditChecked": "credit",
  "learner.conditionsApplied": "conditions",
  "learner.elementsChecked": "elements",
  "learner.stockChecked": "stock",
  "learner.depositChecked": "deposit",
};
const CHECK_EVENT_TYPES = Object.keys(CHECK_OF_EVENT) as CheckEventType[];

/** The decision points with their checklist titles, read from the stage's records (domain/intake/steps.ts). */
export const ORDER_INTAKE_DECISION_POINTS: { id: string; label: string }[] = INTAKE_DECISION_POINTS;

// ───────────────────────────── Context and output ─────────────────────────────

export interface OrderIntakeContext extends DecisionContext {
  scenario: Scenario;
  /** The engine's answer key, derived once from the input (plain JSON). */
  key: IntakeKey;
  /** The account the order is taken on, once check 1 is recorded. */
  customerId: string | null;
  /** The purchase order recorded when the order is accepted. */
  orderId: string | null;
}

export interface OrderIntakeOutput extends StageOutput {
  /** Set when the order is held or refused: why the scenario stops here, in French. */
  halted?: string;
}

// ───────────────────────────── Pure helpers (no rule here: they only shape) ─────────────────────────────

function hintedPoint(context: OrderIntakeContext, step: IntakeStep): HintedPoint {
  const id = INTAKE_DECISION_POINT_IDS[step];
  return { id, hints: hintsAvailable(context.scenario.notes, id, INTAKE_DEFAULT_HINTS[step]) };
}

/** A check's trace entry; one sent out of order is recorded at 0, without the hints asked on the awaited one. */
function checkEntry(context: OrderIntakeContext, step: IntakeStep, judgement: Judgement, outOfOrder = false): TraceEntry {
  return traceEntry(
    context,
    { stage: "orderIntake", notes: context.scenario.notes },
    { decisionPoint: INTAKE_DECISION_POINT_IDS[step], ...judgement, ...(outOfOrder ? { verdict: "outOfOrder" as const, hintsUsed: 0 } : {}) },
  );
}

/** A decision recorded: trace, feedback, and the hints start again for the next point. */
function recorded(context: OrderIntakeContext, step: IntakeStep, judgement: Judgement) {
  return withDecisionRecorded(context, checkEntry(context, step, judgement));
}

/** Accepted by the engine's decision: the customer's order is recorded (validated) in the PGI. */
function recordOrder(context: OrderIntakeContext): Pick<OrderIntakeContext, "ledger" | "orderId"> {
  if (!isAccepted(context.key.decision.expected.decision) || context.customerId === null) return { ledger: context.ledger, orderId: null };
  const created = recordIntakeOrder(context.ledger, context.key, context.customerId);
  if (!created.ok) throw new DomainError(created.error.code, created.error.message, created.error.field);
  const validated = validateDocument(created.ledger, created.document.id, maxDate(context.today, created.document.date));
  if (!validated.ok) throw new DomainError(validated.error.code, validated.error.message, validated.error.field);
  return { ledger: validated.ledger, orderId: created.document.id };
}

function intakeOutput(context: OrderIntakeContext): OrderIntakeOutput {
  const { key, orderId } = context;
  const halted = haltMessage(key);
  const carried: CarriedState = {
    ...context.carried,
    ...(context.customerId !== null ? { customerId: context.customerId } : {}),
    intakeDecision: key.decision.expected.decision,
    depositRequiredCents: key.deposit.amountCents,
    ...(orderId !== null ? { orderId, documentIds: [...(context.carried.documentIds ?? []), orderId] } : {}),
  };
  return { ...stageOutput("orderIntake", context, { carried }), ...(halted !== undefined ? { halted } : {}) };
}

// ───────────────────────────── The machine ─────────────────────────────

type StepParams = { step: IntakeStep };

export const orderIntakeMachine = setup({
  types: {
    context: {} as OrderIntakeContext,
    events: {} as OrderIntakeEvent,
    input: {} as StageInput,
    output: {} as OrderIntakeOutput,
  },
  guards: {
    hasHintLeft: ({ context }, params: StepParams) => hasHintLeft(context, hintedPoint(context, params.step)),
    /** The credit check is answered with its two figures: the verdict follows from them (docs/decisions/0094). */
    isCreditAnswerComplete: ({ event }) => event.type === "learner.creditChecked" && isCreditAnswerComplete(event),
    /** A required deposit is answered with its amount (an incomplete answer is not taken). */
    isDepositAnswerComplete: ({ event }) => event.type === "learner.depositChecked" && isDepositAnswerComplete(event),
    /** Hold and refuse are written to the customer with their reason. */
    isDecisionComplete: ({ event }) => event.type === "learner.decided" && isDecisionComplete(event),
  },
  actions: {
    giveHint: assign(({ context }, params: StepParams) => withHintShown(context, hintedPoint(context, params.step))),
    recordOutOfOrder: assign(({ context, event }, params: StepParams) => {
      const attempted = CHECK_OF_EVENT[event.type as CheckEventType];
      return withDecisionRecorded(context, checkEntry(context, attempted, outOfOrderJudgement(params.step, attempted), true), "stillOpen");
    }),
    recordAccount: assign(({ context, event }) => {
      if (event.type !== "learner.accountFound" && event.type !== "learner.accountCreated") return {};
      const answer = event.type === "learner.accountFound" ? { kind: "found" as const, customerId: event.customerId } : { kind: "created" as const, draft: event.draft };
      const outcome = judgeAccount(context.key.account, context.ledger, answer);
      return { ...recorded(context, "account", outcome.judgement), ledger: outcome.ledger, customerId: outcome.customerId };
    }),
    recordSolvency: assign(({ context, event }) =>
      event.type === "learner.solvencyChecked" ? recorded(context, "solvency", judgeSolvency(context.key.solvency, event.verdict)) : {},
    ),
    recordCredit: assign(({ context, event }) => {
      if (event.type !== "learner.creditChecked") return {};
      const answer = {
        verdict: event.verdict,
        ...(event.outstandingCents !== undefined ? { outstandingCents: event.outstandingCents } : {}),
        ...(event.orderTotalCents !== undefined ? { orderTotalCents: event.orderTotalCents } : {}),
      };
      return recorded(context, "credit", judgeCredit(context.key.credit, answer));
    }),
    recordConditions: assign(({ context, event }) => {
      if (event.type !== "learner.conditionsApplied") return {};
      const answer = { tradeDiscounts: event.tradeDiscounts, ...(event.cashDiscount !== undefined ? { cashDiscount: event.cashDiscount } : {}) };
      return recorded(context, "conditions", judgeConditions(context.key.conditions, answer));
    }),
    recordElements: assign(({ context, event }) =>
      event.type === "learner.elementsChecked" ? recorded(context, "elements", judgeElements(context.key.elements, event.anomalies)) : {},
    ),
    recordStock: assign(({ context, event }) => (event.type === "learner.stockChecked" ? recorded(context, "stock", judgeStock(context.key.stock, event.lines)) : {})),
    recordDeposit: assign(({ context, event }) => {
      if (event.type !== "learner.depositChecked") return {};
      const answer = { required: event.required, ...(event.amountCents !== undefined ? { amountCents: event.amountCents } : {}) };
      return recorded(context, "deposit", judgeDeposit(context.key.deposit, answer));
    }),
    recordDecision: assign(({ context, event }) => {
      if (event.type !== "learner.decided") return {};
      const answer = { decision: event.decision, ...(event.reason !== undefined ? { reason: event.reason } : {}) };
      return recorded(context, "decision", judgeDecision(context.key.decision, answer));
    }),
    /** The engine's decision (not the learner's) says whether the order enters the PGI. */
    recordAcceptedOrder: assign(({ context }) => recordOrder(context)),
  },
}).createMachine({
  id: "orderIntake",
  context: ({ input }) => ({
    scenario: input.scenario,
    key: deriveIntakeKey(input),
    ledger: input.ledger,
    today: input.today,
    carried: input.carried,
    customerId: null,
    orderId: null,
    ...noDecisionYet(),
  }),
  initial: "account",
  states: {
    account: {
      on: {
        ...outOfOrder("account"),
        "learner.accountFound": { target: "solvency", actions: "recordAccount" },
        "learner.accountCreated": { target: "solvency", actions: "recordAccount" },
        "learner.hintRequested": hint("account"),
      },
    },
    solvency: {
      on: {
        ...outOfOrder("solvency"),
        "learner.solvencyChecked": { target: "credit", actions: "recordSolvency" },
        "learner.hintRequested": hint("solvency"),
      },
    },
    credit: {
      on: {
        ...outOfOrder("credit"),
        "learner.creditChecked": { guard: "isCreditAnswerComplete", target: "conditions", actions: "recordCredit" },
        "learner.hintRequested": hint("credit"),
      },
    },
    conditions: {
      on: {
        ...outOfOrder("conditions"),
        "learner.conditionsApplied": { target: "elements", actions: "recordConditions" },
        "learner.hintRequested": hint("conditions"),
      },
    },
    elements: {
      on: {
        ...outOfOrder("elements"),
        "learner.elementsChecked": { target: "stock", actions: "recordElements" },
        "learner.hintRequested": hint("elements"),
      },
    },
    stock: {
      on: {
        ...outOfOrder("stock"),
        "learner.stockChecked": { target: "deposit", actions: "recordStock" },
        "learner.hintRequested": hint("stock"),
      },
    },
    deposit: {
      on: {
        ...outOfOrder("deposit"),
        "learner.depositChecked": { guard: "isDepositAnswerComplete", target: "decision", actions: "recordDeposit" },
        "learner.hintRequested": hint("deposit"),
      },
    },
    decision: {
      on: {
        ...outOfOrder("decision"),
        "learner.decided": { guard: "isDecisionComplete", target: "done", actions: ["recordDecision", "recordAcceptedOrder"] },
        "learner.hintRequested": hint("decision"),
      },
    },
    done: { type: "final" },
  },
  output: ({ context }) => intakeOutput(context),
});

/** Every check event other than the current one: recorded out of order, no move. */
function outOfOrder(current: IntakeStep) {
  const own = INTAKE_STEPS.indexOf(current);
  return Object.fromEntries(
    CHECK_EVENT_TYPES.filter((type) => INTAKE_STEPS.indexOf(CHECK_OF_EVENT[type]) !== own).map((type) => [
      type,
      { actions: { type: "recordOutOfOrder" as const, params: { step: current } } },
    ]),
  );
}

function hint(step: IntakeStep) {
  return { guard: { type: "hasHintLeft" as const, params: { step } }, actions: { type: "giveHint" as const, params: { step } } };
}
