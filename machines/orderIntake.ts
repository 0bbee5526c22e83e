/**
 * Stage 1, "Contrôle et suivi des commandes clients": the learner runs the seven checks in the
 * course's order (account, solvency, credit, conditions, elements, stock, deposit), then decides.
 * The answer key comes from domain/intake/ (one file per check) (`deriveIntakeKey`), computed once from the input;
 * this machine only compares, records the trace and moves the PGI on the engine's truth.
 * A check sent out of order is recorded at 0 and does not advance; deciding before the seven
 * checks is impossible (no transition: `snapshot.can` is false).
 */
import { assign, setup } from "xstate";
import { addDays, DomainError, maxDate, validateDocument, type CustomerDraft, type Judgement, type Scenario, type TraceEntry } from "@/domain";
import {
  deriveIntakeKey,
  haltMessage,
  INTAKE_DECISION_POINT_IDS,
  INTAKE_DECISION_POINTS,
  INTAKE_DEFAULT_HINTS,
  INTAKE_STEPS,
  isAccepted,
  isCreditAnswerComplete,
  isDepositAnswerComplete,
  isDecisionComplete,
  judgeAccount,
  judgeConditions,
  judgeCredit,
  judgeDecision,
  judgeDeposit,
  judgeElements,
  judgeSolvency,
  judgeStock,
  outOfOrderJudgement,
  recordIntakeOrder,
  type CreditVerdict,
  type ElementAnomaly,
  type IntakeCheck,
  type IntakeDecision,
  type IntakeKey,
  type IntakeStep,
  type SolvencyVerdict,
  type StockAnswerLine,
} from "@/domain/intake";
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

// ───────────────────────────── Solver and wrong answers ─────────────────────────────

/** The learner events the engine's own key derives: from the first check to the decision, full marks. */
export function solveOrderIntake(input: StageInput): OrderIntakeEvent[] {
  const key = deriveIntakeKey(input);
  const account: OrderIntakeEvent =
    key.account.expected.kind === "found"
      ? { type: "learner.accountFound", customerId: key.account.expected.customerId }
      : { type: "learner.accountCreated", draft: key.account.expected.draft };
  return [
    account,
    { type: "learner.solvencyChecked", verdict: key.solvency.expected },
    { type: "learner.creditChecked", verdict: key.credit.expected, outstandingCents: key.credit.check.outstandingCents, orderTotalCents: key.credit.orderTotalCents },
    { type: "learner.conditionsApplied", ...key.conditions.expected },
    { type: "learner.elementsChecked", anomalies: key.elements.expected },
    { type: "learner.stockChecked", lines: key.stock.expected },
    { type: "learner.depositChecked", ...key.deposit.expected },
    { type: "learner.decided", ...key.decision.expected },
  ];
}

const OTHER_SOLVENCY: Readonly<Record<SolvencyVerdict, SolvencyVerdict[]>> = {
  sound: ["incidents", "insolvent"],
  incidents: ["sound"],
  insolvent: ["sound", "incidents"],
};

const OTHER_DECISION: Readonly<Record<IntakeDecision, IntakeDecision[]>> = {
  accept: ["hold", "acceptWithConditions"],
  acceptWithConditions: ["accept", "refuse"],
  hold: ["accept", "refuse"],
  refuse: ["accept", "hold"],
};

function wrongAccount(input: StageInput, key: IntakeKey, event: OrderIntakeEvent): OrderIntakeEvent[] {
  if (event.type === "learner.accountFound") {
    const customer = input.ledger.customers.find((c) => c.id === event.customerId);
    const duplicate: CustomerDraft = customer
      ? { name: customer.name, billingAddress: customer.billingAddress, paymentTerms: customer.paymentTerms, ...(customer.contact ? { contact: customer.contact } : {}), ...(customer.siren ? { siren: customer.siren } : {}) }
      : { name: "Doublon" };
    const other = input.ledger.customers.find((c) => c.id !== event.customerId);
    return [{ type: "learner.accountCreated", draft: duplicate }, { type: "learner.accountFound", customerId: other?.id ?? "C9999" }];
  }
  if (event.type !== "learner.accountCreated") return [];
  const { siren: _siren, siret: _siret, ...withoutSiren } = event.draft;
  const { contact: _contact, ...withoutContact } = event.draft;
  return [
    { type: "learner.accountCreated", draft: withoutSiren },
    { type: "learner.accountCreated", draft: withoutContact },
    { type: "learner.accountCreated", draft: { ...event.draft, paymentTerms: { kind: "daysFromInvoice", days: 90 } } },
    { type: "learner.accountFound", customerId: input.ledger.customers[0]?.id ?? key.account.customerId },
  ];
}

function wrongStock(key: IntakeKey, event: Extract<OrderIntakeEvent, { type: "learner.stockChecked" }>): OrderIntakeEvent[] {
  const [first, ...rest] = event.lines;
  const line = key.stock.lines[0];
  if (!first || !line) return [{ type: "learner.stockChecked", lines: [{ reference: "INCONNUE", verdict: "available" }] }];
  const flipped: StockAnswerLine = first.verdict === "available" ? { reference: first.reference, verdict: "leadTime", deliveryDate: line.earliestDate } : { reference: first.reference, verdict: "available" };
  const variants: OrderIntakeEvent[] = [{ type: "learner.stockChecked", lines: [flipped, ...rest] }, { type: "learner.stockChecked", lines: rest }];
  // Only a required date costs: the back-order date of a partial delivery is optional (0094).
  const late = key.stock.lines.find((l) => l.verdict === "leadTime");
  if (late) {
    // A promise the lead time cannot meet: one day before the earliest date.
    const early = event.lines.map((l) => (l.reference === late.reference ? { ...l, deliveryDate: addDays(late.earliestDate, -1) } : l));
    variants.push({ type: "learner.stockChecked", lines: early });
  }
  return variants;
}

/**
 * For a solver event, plausible wrong variants (a wrong verdict, a wrong figure, a missed anomaly,
 * a duplicate account...): each must lose the point and say why.
 */
export function wrongAnswers(input: StageInput, event: OrderIntakeEvent): OrderIntakeEvent[] {
  const key = deriveIntakeKey(input);
  switch (event.type) {
    case "learner.accountFound":
    case "learner.accountCreated":
      return wrongAccount(input, key, event);
    case "learner.solvencyChecked":
      return OTHER_SOLVENCY[event.verdict].map((verdict) => ({ type: "learner.solvencyChecked", verdict }));
    case "learner.creditChecked": {
      const { check } = key.credit;
      const flipped: CreditVerdict = event.verdict === "withinLimit" ? "overLimit" : "withinLimit";
      return [
        { ...event, verdict: flipped },
        // The classic slip: the outstanding without the accepted orders, or a figure one euro off.
        { ...event, outstandingCents: check.acceptedOrdersTotalCents > 0 ? check.unpaidInvoicesTotalCents : check.outstandingCents + 100 },
        { ...event, orderTotalCents: key.credit.orderTotalCents + 100 },
      ];
    }
    case "learner.conditionsApplied": {
      const agreed = event.tradeDiscounts;
      return [
        agreed.length > 0 || event.cashDiscount !== undefined
          ? { type: "learner.conditionsApplied", tradeDiscounts: [] }
          : { type: "learner.conditionsApplied", tradeDiscounts: [5] },
        { type: "learner.conditionsApplied", tradeDiscounts: [...agreed, 3], ...(event.cashDiscount !== undefined ? { cashDiscount: event.cashDiscount } : {}) },
      ];
    }
    case "learner.elementsChecked": {
      const variants: OrderIntakeEvent[] = [
        { type: "learner.elementsChecked", anomalies: [...event.anomalies.filter((a) => a.code !== "unsigned"), ...(event.anomalies.some((a) => a.code === "unsigned") ? [] : [{ code: "unsigned" as const }])] },
      ];
      if (event.anomalies.length > 0) variants.push({ type: "learner.elementsChecked", anomalies: [] });
      return variants;
    }
    case "learner.stockChecked":
      return wrongStock(key, event);
    case "learner.depositChecked":
      return event.required
        ? [{ type: "learner.depositChecked", required: false }, { type: "learner.depositChecked", required: true, amountCents: (event.amountCents ?? 0) + 100 }]
        : [{ type: "learner.depositChecked", required: true, amountCents: Math.max(1, Math.round(key.credit.orderTotalCents / 10)) }];
    case "learner.decided":
      return OTHER_DECISION[event.decision].map((decision) =>
        decision === "hold" || decision === "refuse" ? { type: "learner.decided", decision, reason: "Motif de l'élève" } : { type: "learner.decided", decision },
      );
    case "learner.hintRequested":
      return [];
  }
}
