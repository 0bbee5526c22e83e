/**
 * Stage 1, "Contrôle et suivi des commandes clients": the learner runs the seven checks in the
 * course's order (account, solvency, credit, conditions, elements, stock, deposit), then decides.
 * The answer key comes from domain/intake/ (`deriveIntakeKey`), computed once from the input; the
 * checks' states and events are generated from the stage's records (`INTAKE_CHECK_RECORDS`,
 * docs/decisions/0103): this machine only asks the record to judge, records the trace and moves
 * the PGI on the engine's truth.
 * A check sent out of order is recorded at 0 and does not advance; deciding before the seven
 * checks is impossible (no transition: `snapshot.can` is false).
 */
import { assign, setup } from "xstate";
import {
  deriveIntakeKey,
  DomainError,
  haltMessage,
  INTAKE_CHECK_RECORDS,
  INTAKE_DECISION_POINT_IDS,
  INTAKE_DECISION_POINTS,
  INTAKE_DEFAULT_HINTS,
  INTAKE_STEPS,
  type IntakeAnswerEvent,
  type IntakeCheck,
  type IntakeKey,
  type IntakeStep,
  isAccepted,
  isIntakeAnswerComplete,
  judgeIntakeAnswer,
  type Judgement,
  maxDate,
  outOfOrderJudgement,
  recordIntakeOrder,
  type Scenario,
  STEP_OF_ANSWER,
  type TraceEntry,
  validateDocument,
} from "@/domain";
import type { CarriedState, HintRequested, SecondTryDeclined, StageInput, StageOutput } from "./contract";
import {
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
} from "./decisionSupport";

// ───────────────────────────── Events ─────────────────────────────

/** The answers the stage's records declare (domain/intake/), and hints. */
export type OrderIntakeEvent = IntakeAnswerEvent | HintRequested | SecondTryDeclined;

type CheckEventType = Exclude<IntakeAnswerEvent["type"], "learner.decided">;

/** Which check each learner event answers (both account events answer check 1). */
export const CHECK_OF_EVENT = Object.fromEntries(Object.entries(STEP_OF_ANSWER).filter(([, step]) => step !== "decision")) as Readonly<Record<CheckEventType, IntakeCheck>>;
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

/** An answer its step takes: the credit check's two figures (0094), a required deposit's amount, the reason of a hold or a refusal. */
function isComplete(event: { type: string }): event is IntakeAnswerEvent {
  return (event.type in STEP_OF_ANSWER) && isIntakeAnswerComplete(event as IntakeAnswerEvent);
}

/** What an answer would record, for the second try (docs/decisions/0130). */
function judgedAnswer(context: OrderIntakeContext, event: { type: string }): TraceEntry[] {
  if (!isComplete(event)) return [];
  const { step, judgement } = judgeIntakeAnswer(context.key, context.ledger, event);
  return [checkEntry(context, step, judgement)];
}

const SECOND_TRY = secondTrySetup<OrderIntakeContext, OrderIntakeEvent>(judgedAnswer);

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
    isAnswerComplete: ({ event }) => isComplete(event),
    ...SECOND_TRY.guards,
  },
  actions: {
    giveHint: assign(({ context }, params: StepParams) => withHintShown(context, hintedPoint(context, params.step))),
    recordOutOfOrder: assign(({ context, event }, params: StepParams) => {
      const attempted = CHECK_OF_EVENT[event.type as CheckEventType];
      return withDecisionRecorded(context, checkEntry(context, attempted, outOfOrderJudgement(params.step, attempted), true), "stillOpen");
    }),
    /** The step's record judges; check 1 also leaves the PGI with the account and says which one it is. */
    recordAnswer: assign(({ context, event }) => {
      if (!isComplete(event)) return {};
      const { step, judgement, ledger, customerId } = judgeIntakeAnswer(context.key, context.ledger, event);
      return { ...recorded(context, step, judgement), ...(ledger !== undefined ? { ledger } : {}), ...(customerId !== undefined ? { customerId } : {}) };
    }),
    /** The engine's decision (not the learner's) says whether the order enters the PGI. */
    recordAcceptedOrder: assign(({ context }) => recordOrder(context)),
    ...SECOND_TRY.actions,
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
    ...noDecisionYet(input),
  }),
  initial: "account",
  states: {
    ...checkStates(),
    decision: {
      on: withSecondTry(
        {
          ...outOfOrder("decision"),
          "learner.decided": { guard: "isAnswerComplete", target: "done", actions: ["recordAnswer", "recordAcceptedOrder"] } as const,
          "learner.hintRequested": hint("decision"),
        },
        { answers: ["learner.decided"] },
      ),
    },
    done: { type: "final" },
  },
  output: ({ context }) => intakeOutput(context),
});

/** One state per check, in the course's order, generated from its record: its answers move on to the next step. */
function checkStates() {
  const states = INTAKE_CHECK_RECORDS.map((record, index) => {
    const next = INTAKE_STEPS[index + 1];
    const answers = Object.fromEntries(record.answeredBy.map((type) => [type, { guard: "isAnswerComplete" as const, target: next, actions: "recordAnswer" as const }]));
    return [record.step, { on: withSecondTry({ ...outOfOrder(record.step), ...answers, "learner.hintRequested": hint(record.step) }, { answers: record.answeredBy }) }] as const;
  });
  // Object.fromEntries forgets the keys: they are the checks, each once.
  return Object.fromEntries(states) as Record<IntakeCheck, (typeof states)[number][1]>;
}

/** Every check event other than the current one: recorded out of order, no move. */
function outOfOrder(current: IntakeStep) {
  return Object.fromEntries(
    CHECK_EVENT_TYPES.filter((type) => CHECK_OF_EVENT[type] !== current).map((type) => [type, { actions: { type: "recordOutOfOrder" as const, params: { step: current } } }]),
  );
}

function hint(step: IntakeStep) {
  return { guard: { type: "hasHintLeft" as const, params: { step } }, actions: { type: "giveHint" as const, params: { step } } };
}
