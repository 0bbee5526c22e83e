/**
 * Stage 3, "La facture dans le processus de vente": the deposit invoice first when intake required
 * a deposit, then the invoice drawn from the delivery notes, its cascade computed by the learner,
 * the draft validated into the next number of the continuous series, sent by the route the
 * e-invoicing reform and the customer call for (approved platform, PDF by email, or post; duplicate
 * kept; a deposited invoice then gets its dated statuses, docs/decisions/0091). A validated
 * invoice is a "facture de droit": an attempt to edit or delete it is recorded as refused with the
 * course's message and changes nothing; when the scenario reports an incident, the correction is a
 * credit note that cites the invoice's number and date.
 * The answer key, the judge and the hints are domain/invoicing/'s; this machine moves the PGI on
 * the engine's truth, hands the result to the judge and records its judgement.
 */
import { assign, setup } from "xstate";
import {
  createCreditNote,
  createDepositInvoice,
  createInvoiceFromDeliveryNotes,
  creditNoteFor,
  customerResponse,
  deleteDraft,
  depositStillToInvoice,
  documentTotals,
  DomainError,
  draftContent,
  draftDifferences,
  expectedRoute,
  findDocument,
  formatDateFr,
  getDocument,
  invoiceBalance,
  invoicingHints,
  INVOICING_DECISION_POINT_IDS,
  INVOICING_DECISION_POINTS,
  INVOICING_GLOSSARY,
  issuableDepositAmount,
  judgeCascadeFigures,
  judgeCreditNote,
  judgeDepositInvoice,
  judgeDraft,
  judgeInvoicingOutOfOrder,
  judgeRefusedChange,
  judgeSending,
  judgeValidation,
  lastNumberOfSeries,
  maxDate,
  outboxEntry,
  recordPayment,
  requireCustomer,
  requireInvoice,
  SENDING_CHANNEL_LABELS,
  uninvoicedDeliveryNotes,
  updateDraft,
  validateInvoice,
  withLifecycleStep,
  type CascadeFigures,
  type Cents,
  type DocumentPatch,
  type DraftContent,
  type InvoicingDecisionPoint,
  type InvoicingIncident,
  type IsoDate,
  type Ledger,
  type LedgerResult,
  type OutboxEntry,
  type RouteDecision,
  type Scenario,
  type SendingChannel,
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

export type InvoicingEvent =
  | { type: "learner.depositInvoiceIssued"; amountInclTaxCents: number }
  | { type: "learner.invoiceDrafted"; deliveryNoteIds: string[] }
  | ({ type: "learner.cascadeComputed" } & CascadeFigures)
  /** A change to the draft invoice (allowed until it is validated). */
  | { type: "learner.draftEdited"; patch: DocumentPatch }
  | { type: "learner.invoiceValidated"; number: string }
  /** Editing an invoice: a draft changes; a validated invoice (or credit note) refuses, recorded. Default: the stage's invoice. */
  | { type: "learner.invoiceEditAttempted"; documentId?: string; patch: DocumentPatch }
  | { type: "learner.invoiceDeleteAttempted"; documentId?: string }
  | { type: "learner.creditNoteIssued"; full?: boolean; lines?: TypedLine[]; reason: string }
  | { type: "learner.invoiceSent"; channel: SendingChannel }
  | HintRequested
  | SecondTryDeclined;

type DecisionEventType =
  | "learner.depositInvoiceIssued"
  | "learner.invoiceDrafted"
  | "learner.cascadeComputed"
  | "learner.invoiceValidated"
  | "learner.creditNoteIssued"
  | "learner.invoiceSent";

export { INVOICING_DECISION_POINT_IDS, INVOICING_DECISION_POINTS, type InvoicingDecisionPoint };


const POINT_OF_EVENT: Readonly<Record<DecisionEventType, InvoicingDecisionPoint>> = {
  "learner.depositInvoiceIssued": INVOICING_DECISION_POINT_IDS.deposit,
  "learner.invoiceDrafted": INVOICING_DECISION_POINT_IDS.draft,
  "learner.cascadeComputed": INVOICING_DECISION_POINT_IDS.cascade,
  "learner.invoiceValidated": INVOICING_DECISION_POINT_IDS.validation,
  "learner.creditNoteIssued": INVOICING_DECISION_POINT_IDS.creditNote,
  "learner.invoiceSent": INVOICING_DECISION_POINT_IDS.sending,
};
const DECISION_EVENT_TYPES = Object.keys(POINT_OF_EVENT) as DecisionEventType[];

// ───────────────────────────── Context ─────────────────────────────

export interface InvoicingContext extends DecisionContext {
  scenario: Scenario;
  orderId: string;
  customerId: string;
  /** The deposit invoice to issue, TTC (0: none). */
  depositToInvoiceCents: Cents;
  awaiting: InvoicingDecisionPoint | null;
  depositInvoiceId: string | null;
  invoiceId: string | null;
  /** The draft as the delivery notes and the order imply it: validation compares edits with it. */
  referenceDraft: DraftContent | null;
  /** Revealed once the invoice is sent, when the scenario has one. */
  incident: InvoicingIncident | null;
  creditNoteId: string | null;
  /** Invoices and credit notes sent in this stage. */
  outbox: OutboxEntry[];
  /** What the world did last (the customer's complaint), in French, for the interface. */
  notice: string | null;
}

// ───────────────────────────── Shaping helpers (the rules are in domain/) ─────────────────────────────

function must<T extends object>(result: LedgerResult<T>): { ledger: Ledger } & T {
  // The engine's truth is always feasible: a refusal here is a programming error, not a learner's.
  if (!result.ok) throw new DomainError(result.error.code, result.error.message, result.error.field);
  return result;
}

export function invoiceOf(context: InvoicingContext) {
  return requireInvoice(context.ledger, context.invoiceId);
}

/** The decision awaited, with its hints; none at the end. */
function hintedPoint(context: InvoicingContext): HintedPoint | undefined {
  if (context.awaiting === null) return undefined;
  return { id: context.awaiting, hints: hintsAvailable(context.scenario.notes, context.awaiting, invoicingHints(context.awaiting, { ...context, sellerSize: context.scenario.company.identity.size })) };
}

/** A decision recorded: trace, feedback, and the hints start again for the next point. */
function recorded(context: InvoicingContext, point: InvoicingDecisionPoint, judgement: Judgement) {
  const entry = traceEntry(context, { stage: "invoicing", notes: context.scenario.notes }, { decisionPoint: point, ...judgement, glossary: INVOICING_GLOSSARY[point] });
  return withDecisionRecorded(context, entry);
}

// ───────────────────────────── Decisions (move the PGI on the truth, then judge) ─────────────────────────────

/** The PGI issues the deposit invoice of the key whatever was typed, and records its payment. */
function issueDeposit(context: InvoicingContext, typed: number) {
  const amount = context.depositToInvoiceCents;
  const required = depositStillToInvoice(context.ledger, context.orderId, context.carried.depositRequiredCents);
  const created = must(createDepositInvoice(context.ledger, context.orderId, amount, context.today));
  const validated = must(validateInvoice(created.ledger, created.document.id, context.today));
  const paid = must(recordPayment(validated.ledger, { invoiceId: created.document.id, date: context.today, amountCents: amount, method: "transfer", reference: "Acompte versé à la commande" }));
  const judgement = judgeDepositInvoice(typed, { amountCents: amount, requiredCents: required }, { number: validated.number, date: context.today, totals: documentTotals(paid.ledger, created.document.id) });
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.deposit, judgement), ledger: paid.ledger, depositInvoiceId: created.document.id };
}

/** The PGI draws the invoice from every delivery note not yet invoiced, whatever was picked. */
function draftInvoice(context: InvoicingContext, typedIds: string[]) {
  const expectedIds = uninvoicedDeliveryNotes(context.ledger, context.orderId).map((n) => n.id);
  const created = must(createInvoiceFromDeliveryNotes(context.ledger, expectedIds, context.today));
  const judgement = judgeDraft(context.ledger, context.orderId, typedIds, created.document);
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.draft, judgement), ledger: created.ledger, invoiceId: created.document.id, referenceDraft: draftContent(created.document) };
}

function checkCascade(context: InvoicingContext, typed: CascadeFigures) {
  return recorded(context, INVOICING_DECISION_POINT_IDS.cascade, judgeCascadeFigures(documentTotals(context.ledger, invoiceOf(context).id), typed));
}

/** An edited draft is put back as its delivery notes imply before the PGI validates it. */
function validateFinalInvoice(context: InvoicingContext, typedNumber: string) {
  const invoice = invoiceOf(context);
  const reference = context.referenceDraft ?? draftContent(invoice);
  const differences = draftDifferences(reference, draftContent(invoice));
  const last = lastNumberOfSeries(context.ledger, "invoice");
  let ledger = context.ledger;
  if (differences.length > 0) ledger = must(updateDraft(ledger, invoice.id, { lines: reference.lines, reductions: reference.reductions, shippingCents: reference.shippingCents, depositCents: reference.depositCents })).ledger;
  const validated = must(validateInvoice(ledger, invoice.id, context.today));
  const judgement = judgeValidation(typedNumber, {
    number: validated.number,
    lastOfSeries: last,
    date: context.today,
    dueDate: validated.document.dueDate ?? context.today,
    customer: requireCustomer(context.ledger, context.customerId),
    draftDifferences: differences,
  });
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.validation, judgement), ledger: validated.ledger };
}

/** The route the reform and the customer account call for, by the document's issue date (docs/decisions/0091). */
export function sendingRoute(context: InvoicingContext, documentId: string): RouteDecision {
  return expectedRoute({ issueDate: getDocument(context.ledger, documentId).date, sellerSize: context.scenario.company.identity.size, customer: requireCustomer(context.ledger, context.customerId) });
}

/** The PGI sends the document on the route expected, whatever was chosen. */
function sendDocument(context: InvoicingContext, documentId: string, typed: SendingChannel) {
  const route = sendingRoute(context, documentId);
  const entry = outboxEntry(context.ledger, documentId, route.channel, context.today);
  const judgement = judgeSending(typed, route, { document: getDocument(context.ledger, documentId), entry });
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.sending, judgement), outbox: [...context.outbox, entry] };
}

function revealIncident(context: InvoicingContext) {
  const incident = context.scenario.invoicingIncident ?? null;
  if (incident === null) return {};
  const reportedOn = maxDate(context.today, incident.reportedOn ?? context.today);
  const customer = requireCustomer(context.ledger, context.customerId);
  return { incident, today: reportedOn, notice: `Le ${formatDateFr(reportedOn)}, ${customer.name} signale\u00a0: «\u00a0${incident.message}\u00a0»`, ...customerAnswered(context, reportedOn) };
}

/** The customer's answer on its platform to the invoice deposited there: disputed on the day of its complaint, approved otherwise (an email or a letter has no status). */
function customerAnswered(context: InvoicingContext, disputedOn: IsoDate | null): Pick<InvoicingContext, "outbox"> {
  return { outbox: context.invoiceId === null ? context.outbox : withLifecycleStep(context.outbox, context.invoiceId, customerResponse(disputedOn, context.today)) };
}

/** The PGI issues the credit note the incident calls for, whatever was typed (the learner's reason kept). */
function issueCreditNote(context: InvoicingContext, event: { full?: boolean; lines?: TypedLine[]; reason: string }) {
  const invoice = invoiceOf(context);
  const incident = context.incident;
  if (incident === null) return {};
  const plan = creditNoteFor(context.ledger, invoice.id, incident);
  if (!plan.ok) throw new DomainError("invoicing.incident", plan.message, "invoicingIncident");
  const reason = event.reason.trim() !== "" ? event.reason.trim() : plan.reason;
  const created = must(createCreditNote(context.ledger, invoice.id, { date: context.today, reason, lines: plan.lines, ...(plan.reductions !== undefined ? { reductions: plan.reductions } : {}) }));
  const validated = must(validateInvoice(created.ledger, created.document.id, context.today));
  const note = validated.document;
  const judgement = judgeCreditNote(event, plan, { note, totals: documentTotals(validated.ledger, note.id), invoice, balanceCents: invoiceBalance(validated.ledger, invoice.id) });
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.creditNote, judgement), ledger: validated.ledger, creditNoteId: note.id };
}

/** The document sent: the credit note once issued (it is sent after the invoice), else the invoice. */
function sentDocument(context: InvoicingContext): string | null {
  return context.creditNoteId ?? context.invoiceId;
}

/** A decision taken: the PGI moved on the truth, the answer judged (the actions' one body, and the second try's dry run), once per context and event. */
const decided = oncePerContextAndEvent(function decision(context: InvoicingContext, event: InvoicingEvent): Partial<InvoicingContext> {
  switch (event.type) {
    case "learner.depositInvoiceIssued":
      return issueDeposit(context, event.amountInclTaxCents);
    case "learner.invoiceDrafted":
      return draftInvoice(context, event.deliveryNoteIds);
    case "learner.cascadeComputed":
      return checkCascade(context, event);
    case "learner.invoiceValidated":
      return validateFinalInvoice(context, event.number);
    case "learner.creditNoteIssued":
      return issueCreditNote(context, event);
    case "learner.invoiceSent": {
      const id = sentDocument(context);
      return id === null ? {} : sendDocument(context, id, event.channel);
    }
    default:
      return {};
  }
});

const SECOND_TRY = secondTrySetup<InvoicingContext, InvoicingEvent>((context, event) => entriesAdded(context, decided(context, event as InvoicingEvent)));

function targetOf(context: InvoicingContext, event: { documentId?: string }): string | null {
  return event.documentId ?? context.invoiceId;
}

/** An edit or deletion the ledger refuses on a validated document: recorded with the ledger's own message. */
function refusal(context: InvoicingContext, id: string, action: "edit" | "delete") {
  const refused = action === "edit" ? updateDraft(context.ledger, id, {}) : deleteDraft(context.ledger, id);
  const judgement = judgeRefusedChange(getDocument(context.ledger, id), action, refused.ok ? "" : refused.error.message);
  const entry = traceEntry(context, { stage: "invoicing", notes: context.scenario.notes }, { decisionPoint: INVOICING_DECISION_POINT_IDS.immutability, ...judgement, hintsUsed: 0 });
  return withDecisionRecorded(context, entry, "stillOpen");
}

function outOfOrderEntry(context: InvoicingContext, attempted: DecisionEventType): TraceEntry {
  const point = POINT_OF_EVENT[attempted];
  const judgement = judgeInvoicingOutOfOrder(point, { awaiting: context.awaiting, incidentReported: context.incident !== null, depositToInvoiceCents: context.depositToInvoiceCents });
  return traceEntry(context, { stage: "invoicing" }, { decisionPoint: point, ...judgement, hintsUsed: 0 });
}

function initialContext(input: StageInput): InvoicingContext {
  const { orderId } = input.carried;
  if (orderId === undefined) throw new DomainError("invoicing.noOrder", "carried.orderId\u00a0: aucune commande à facturer.", "carried.orderId");
  const order = getDocument(input.ledger, orderId);
  const still = depositStillToInvoice(input.ledger, orderId, input.carried.depositRequiredCents);
  const deposit = still > 0 ? (issuableDepositAmount(input.ledger, orderId, still, input.today) ?? 0) : 0;
  return {
    scenario: input.scenario,
    orderId,
    customerId: order.customerId,
    depositToInvoiceCents: deposit,
    ledger: input.ledger,
    today: input.today,
    carried: input.carried,
    awaiting: null,
    depositInvoiceId: null,
    invoiceId: null,
    referenceDraft: null,
    incident: null,
    creditNoteId: null,
    outbox: [],
    notice: null,
    ...noDecisionYet(input),
  };
}

function invoicingOutput(context: InvoicingContext): StageOutput {
  const created = [context.depositInvoiceId, context.invoiceId, context.creditNoteId].filter((id): id is string => id !== null);
  return stageOutput("invoicing", context, {
    carried: {
      ...context.carried,
      ...(context.invoiceId !== null ? { invoiceId: context.invoiceId } : {}),
      documentIds: [...(context.carried.documentIds ?? []), ...created],
      outbox: [...(context.carried.outbox ?? []), ...context.outbox],
    },
  });
}

function isWholeCents(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value);
}

// ───────────────────────────── The machine ─────────────────────────────

type AwaitParams = { point: InvoicingDecisionPoint | null };

/** Every learner step, recorded out of order unless the state handles it itself (its own key wins). */
const OUT_OF_ORDER = Object.fromEntries(DECISION_EVENT_TYPES.map((type) => [type, { actions: "recordOutOfOrder" as const }]));
const HINT = { "learner.hintRequested": [{ guard: "hasHintLeft" as const, actions: "giveHint" as const }, {}] };
/** No draft yet: only documents already validated (an opening invoice, the deposit invoice) can be aimed at, and refuse. */
const EDITS_BEFORE_DRAFT = {
  "learner.invoiceEditAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseEdit" as const }, {}],
  "learner.invoiceDeleteAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseDelete" as const }, {}],
};
/** The draft changes freely; a validated document aimed at refuses. */
const EDITS_ON_DRAFT = {
  "learner.draftEdited": [{ guard: "isDraftEditAccepted" as const, actions: "editDraft" as const }, {}],
  "learner.invoiceEditAttempted": [
    { guard: "isDraftEditAccepted" as const, actions: "editDraft" as const },
    { guard: "targetsValidatedDocument" as const, actions: "refuseEdit" as const },
    {},
  ],
  "learner.invoiceDeleteAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseDelete" as const }, {}],
};
/** The invoice is validated: any edit of it is refused and recorded (docs/decisions/0056). */
const EDITS_AFTER_VALIDATION = {
  "learner.draftEdited": { actions: "refuseEdit" as const },
  "learner.invoiceEditAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseEdit" as const }, {}],
  "learner.invoiceDeleteAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseDelete" as const }, {}],
};

/** The steps of the stage, in the course's order, as the checklist lists them: the states that await a decision (each titled by its `meta`). */
export type InvoicingStep = "depositing" | "drafting" | "computing" | "reviewing" | "sending" | "correcting" | "sendingCreditNote";

function isDepositDue(context: InvoicingContext): boolean {
  return context.depositToInvoiceCents > 0;
}

/**
 * The steps this invoicing goes through: the deposit invoice when intake asked one (or it is issued),
 * the correction once the after-invoice incident is revealed (or the credit note exists).
 */
export function invoicingSteps(context: InvoicingContext): InvoicingStep[] {
  return [
    ...(isDepositDue(context) || context.depositInvoiceId !== null ? (["depositing"] as const) : []),
    "drafting",
    "computing",
    "reviewing",
    "sending",
    ...(context.incident !== null || context.creditNoteId !== null ? (["correcting", "sendingCreditNote"] as const) : []),
  ];
}

export const invoicingMachine = setup({
  types: {
    context: {} as InvoicingContext,
    events: {} as InvoicingEvent,
    input: {} as StageInput,
    output: {} as StageOutput,
    meta: {} as StateMeta,
  },
  guards: {
    hasHintLeft: ({ context }) => hasHintLeft(context, hintedPoint(context)),
    hasNothingToInvoice: ({ context }) => uninvoicedDeliveryNotes(context.ledger, context.orderId).length === 0,
    isDepositDue: ({ context }) => isDepositDue(context),
    isDepositAmountTyped: ({ event }) => event.type === "learner.depositInvoiceIssued" && isWholeCents(event.amountInclTaxCents) && event.amountInclTaxCents > 0,
    isSelectionMade: ({ event }) => event.type === "learner.invoiceDrafted" && event.deliveryNoteIds.length > 0,
    isCascadeComplete: ({ event }) =>
      event.type === "learner.cascadeComputed" &&
      [event.netCommercialCents, event.totalExclTaxCents, event.totalInclTaxCents, event.amountDueCents].every(isWholeCents) &&
      event.vat.every((v) => isWholeCents(v.amountCents)),
    isNumberTyped: ({ event }) => event.type === "learner.invoiceValidated" && event.number.trim() !== "",
    isChannelKnown: ({ event }) => event.type === "learner.invoiceSent" && Object.hasOwn(SENDING_CHANNEL_LABELS, event.channel),
    /** The scenario reports an incident this invoice can be corrected for. */
    isCorrectionCalledFor: ({ context }) => {
      const incident = context.scenario.invoicingIncident;
      return incident !== undefined && context.invoiceId !== null && creditNoteFor(context.ledger, context.invoiceId, incident).ok;
    },
    /** Either the lines credited or a full cancellation, and a reason (the ledger requires one). */
    isCreditNoteComplete: ({ event }) =>
      event.type === "learner.creditNoteIssued" && event.reason.trim() !== "" && (event.full === true) !== (event.lines !== undefined && event.lines.length > 0),
    /** The stage's invoice is still a draft and the ledger takes the change. */
    isDraftEditAccepted: ({ context, event }) => {
      if (event.type !== "learner.draftEdited" && event.type !== "learner.invoiceEditAttempted") return false;
      const id = event.type === "learner.invoiceEditAttempted" ? targetOf(context, event) : context.invoiceId;
      const doc = id !== null ? findDocument(context.ledger, id) : undefined;
      return doc !== undefined && doc.kind === "invoice" && doc.status === "draft" && updateDraft(context.ledger, doc.id, event.patch).ok;
    },
    /** The document aimed at is validated: the attempt is refused and recorded. */
    targetsValidatedDocument: ({ context, event }) => {
      if (event.type !== "learner.draftEdited" && event.type !== "learner.invoiceEditAttempted" && event.type !== "learner.invoiceDeleteAttempted") return false;
      const id = event.type === "learner.draftEdited" ? context.invoiceId : targetOf(context, event);
      const doc = id !== null ? findDocument(context.ledger, id) : undefined;
      return doc !== undefined && doc.status !== "draft";
    },
    ...SECOND_TRY.guards,
  },
  actions: {
    awaitDecision: assign((_, params: AwaitParams) => ({ awaiting: params.point })),
    giveHint: assign(({ context }) => withHintShown(context, hintedPoint(context))),
    recordOutOfOrder: assign(({ context, event }) => withDecisionRecorded(context, outOfOrderEntry(context, event.type as DecisionEventType), "stillOpen")),
    decide: assign(({ context, event }) => decided(context, event)),
    ...SECOND_TRY.actions,
    editDraft: assign(({ context, event }) => {
      if (event.type !== "learner.draftEdited" && event.type !== "learner.invoiceEditAttempted") return {};
      const id = event.type === "learner.invoiceEditAttempted" ? targetOf(context, event) : context.invoiceId;
      if (id === null) return {};
      return { ledger: must(updateDraft(context.ledger, id, event.patch)).ledger, notice: "Brouillon de facture modifié." };
    }),
    refuseEdit: assign(({ context, event }) => {
      const id = event.type === "learner.invoiceEditAttempted" ? targetOf(context, event) : context.invoiceId;
      return id === null ? {} : refusal(context, id, "edit");
    }),
    refuseDelete: assign(({ context, event }) => {
      const id = event.type === "learner.invoiceDeleteAttempted" ? targetOf(context, event) : null;
      return id === null ? {} : refusal(context, id, "delete");
    }),
    revealIncident: assign(({ context }) => revealIncident(context)),
    recordApproval: assign(({ context }) => customerAnswered(context, null)),
  },
}).createMachine({
  id: "invoicing",
  context: ({ input }) => withFastCopies(initialContext(input)),
  initial: "start",
  // Handlers are per state, never on the root: a finished stage must answer `can` with false.
  states: {
    /** Nothing delivered: nothing to invoice. A deposit due: its invoice comes first. */
    start: {
      always: [{ guard: "hasNothingToInvoice", target: "done" }, { guard: "isDepositDue", target: "depositing" }, { target: "drafting" }],
    },
    depositing: {
      meta: { label: "Facture d'acompte" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.deposit } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_BEFORE_DRAFT, "learner.depositInvoiceIssued": [{ guard: "isDepositAmountTyped", target: "drafting", actions: "decide" }, {}] } as const, {
        answers: ["learner.depositInvoiceIssued"],
      }),
    },
    drafting: {
      meta: { label: "Facture établie à partir des bons de livraison" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.draft } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_BEFORE_DRAFT, "learner.invoiceDrafted": [{ guard: "isSelectionMade", target: "computing", actions: "decide" }, {}] } as const, {
        answers: ["learner.invoiceDrafted"],
      }),
    },
    computing: {
      meta: { label: "Calcul de la facture" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.cascade } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_ON_DRAFT, "learner.cascadeComputed": [{ guard: "isCascadeComplete", target: "reviewing", actions: "decide" }, {}] } as const, {
        answers: ["learner.cascadeComputed"],
      }),
    },
    reviewing: {
      meta: { label: "Validation et numéro" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.validation } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_ON_DRAFT, "learner.invoiceValidated": [{ guard: "isNumberTyped", target: "sending", actions: "decide" }, {}] } as const, {
        answers: ["learner.invoiceValidated"],
      }),
    },
    sending: {
      meta: { label: "Envoi de la facture" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.sending } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_AFTER_VALIDATION, "learner.invoiceSent": [{ guard: "isChannelKnown", target: "routingIncident", actions: "decide" }, {}] } as const, {
        answers: ["learner.invoiceSent"],
      }),
    },
    /** Once the invoice is sent, the customer may report what calls for a credit note. */
    routingIncident: {
      always: [{ guard: "isCorrectionCalledFor", target: "correcting", actions: "revealIncident" }, { target: "done", actions: "recordApproval" }],
    },
    correcting: {
      meta: { label: "Facture d'avoir" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.creditNote } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_AFTER_VALIDATION, "learner.creditNoteIssued": [{ guard: "isCreditNoteComplete", target: "sendingCreditNote", actions: "decide" }, {}] } as const, {
        answers: ["learner.creditNoteIssued"],
      }),
    },
    sendingCreditNote: {
      meta: { label: "Envoi de la facture d'avoir" },
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.sending } },
      on: withSecondTry({ ...OUT_OF_ORDER, ...HINT, ...EDITS_AFTER_VALIDATION, "learner.invoiceSent": [{ guard: "isChannelKnown", target: "done", actions: "decide" }, {}] } as const, {
        answers: ["learner.invoiceSent"],
      }),
    },
    done: {
      type: "final",
      entry: { type: "awaitDecision", params: { point: null } },
    },
  },
  output: ({ context }) => invoicingOutput(context),
});
