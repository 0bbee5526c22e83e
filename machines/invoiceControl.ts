/**
 * Stage 4, "Contrôle de la facture de vente": the learner reads a printed invoice, marks each
 * missing or wrong mention and each wrong figure, then submits. The answer key is the mentions
 * checker's findings (domain/control/ `checkInvoice`, one record per mention), grouped into
 * decision points, and judged there; scoring counts hits, misses and false alarms (docs/decisions/0062).
 * No mark is judged before the submission: judging each mark at once would give the answers away.
 */
import { assign, setup } from "xstate";
import { controlAnswerKey, type ControlAnswerKey, type ControlOptions, type ControlPoint, controlReport, controlSubject, defaultControlHints, type InvoiceDocument, isFound, judgeControlPoints, type Scenario, selectableTargets, type TraceEntry } from "@/domain";
import type { HintRequested, SecondTryDeclined, StageInput, StageOutput } from "./contract";
import {
  hasHintLeft,
  hintsAvailable,
  noDecisionYet,
  secondTrySetup,
  stageOutput,
  traceEntry,
  withDecisionRecorded,
  withHintCountOf,
  withHintShown,
  withSecondTry,
  type Decision,
  type HintedPoint,
  type PerPointHintsContext,
} from "./decisionSupport";

// ───────────────────────────── Events and context ─────────────────────────────

export type InvoiceControlEvent =
  | { type: "learner.findingMarked"; field: string }
  | { type: "learner.findingUnmarked"; field: string }
  | HintRequested
  | SecondTryDeclined
  | { type: "learner.controlSubmitted" };

/** Hints are counted per decision point (`hintsByPoint`): each costs a point of its own decision point, at submission. */
export interface InvoiceControlContext extends PerPointHintsContext {
  /** The invoice as printed, what the learner reads. */
  document: InvoiceDocument;
  options: ControlOptions;
  answerKey: ControlAnswerKey;
  /** Every target the learner may mark (the UI lists them from answerKey.targets). */
  selectable: string[];
  marks: string[];
  notes: Scenario["notes"];
}

/** Decision point ids: one per anomaly found by the checker, named after what the learner marks. */
export const INVOICE_CONTROL_DECISION_POINTS: { id: string; label: string }[] = [
  { id: "control.<code de mention>", label: "Mention obligatoire absente (par exemple control.sellerSiren)" },
  { id: "control.<chemin du champ>", label: "Mention inexacte ou montant faux (par exemple control.lines[1].lineTotalCents)" },
  { id: "control.conforming", label: "Facture conforme\u00a0: ne rien marquer" },
];

// ───────────────────────────── Input ─────────────────────────────

function initialContext(input: StageInput): InvoiceControlContext {
  const { document, options } = controlSubject(input);
  const answerKey = controlAnswerKey(document, options);
  // Every listed target, plus any anomaly only the checker can name, so that each stays markable.
  const selectable = [...new Set([...selectableTargets(answerKey.targets), ...answerKey.points.flatMap((p) => p.accepted)])];
  return {
    document,
    options,
    answerKey,
    selectable,
    marks: [],
    notes: input.scenario.notes,
    ledger: input.ledger,
    today: input.today,
    carried: input.carried,
    ...noDecisionYet(input, "perPoint"),
  };
}

// ───────────────────────────── Hints ─────────────────────────────

/** The first decision point the current marks do not find: hints are about it. */
function currentPoint(context: InvoiceControlContext): ControlPoint | undefined {
  const points = context.answerKey.points;
  // A conforming invoice's one point is "found" while nothing is marked: hints are still about it.
  return points.find((point) => !isFound(point, context.marks)) ?? points.find((point) => point.kind === "conforming");
}

function remainingAnomalies(context: InvoiceControlContext): number {
  return context.answerKey.points.filter((p) => p.kind !== "conforming" && !isFound(p, context.marks)).length;
}

/** The point hints are about now (the first anomaly not yet found), with its hints. */
function hintedPoint(context: InvoiceControlContext): HintedPoint | undefined {
  const point = currentPoint(context);
  return point === undefined ? undefined : { id: point.id, hints: hintsAvailable(context.notes, point.id, defaultControlHints(point, remainingAnomalies(context))) };
}

// ───────────────────────────── Trace ─────────────────────────────

/** Judged at submission: each point's entry costs the hints asked on it. */
function entry(context: InvoiceControlContext, decision: Decision): TraceEntry {
  return traceEntry(context, { stage: "invoiceControl", notes: context.notes }, decision);
}

/** The submission judged in domain/control: one entry per decision point, then one per false alarm. */
function controlTrace(context: InvoiceControlContext): TraceEntry[] {
  return judgeControlPoints(context.answerKey, context.document, context.marks, context.options).map((judgement) => entry(context, judgement));
}

/**
 * The second try of the control is a second submission (docs/decisions/0130): the whole control
 * is one answer; the marks stay, the learner changes them and submits again.
 */
const SECOND_TRY = secondTrySetup<InvoiceControlContext, InvoiceControlEvent>((context, event) => (event.type === "learner.controlSubmitted" ? controlTrace(context) : []));

// ───────────────────────────── Machine ─────────────────────────────

export const invoiceControlMachine = setup({
  types: {} as {
    context: InvoiceControlContext;
    events: InvoiceControlEvent;
    input: StageInput;
    output: StageOutput;
  },
  guards: {
    isMarkable: ({ context, event }) => event.type === "learner.findingMarked" && context.selectable.includes(event.field) && !context.marks.includes(event.field),
    isMarked: ({ context, event }) => event.type === "learner.findingUnmarked" && context.marks.includes(event.field),
    hasHintLeft: ({ context }) => hasHintLeft(context, hintedPoint(context)),
    ...SECOND_TRY.guards,
  },
  actions: {
    markTarget: assign(({ context, event }) => (event.type === "learner.findingMarked" ? { marks: [...context.marks, event.field] } : {})),
    unmarkTarget: assign(({ context, event }) => (event.type === "learner.findingUnmarked" ? { marks: context.marks.filter((m) => m !== event.field) } : {})),
    /** Hints follow the first anomaly not yet found; the count shown is that point's. */
    syncHintCount: assign(({ context }) => withHintCountOf(context, currentPoint(context)?.id)),
    showHint: assign(({ context }) => withHintShown(context, hintedPoint(context))),
    /** The only recording of the stage: the trace is empty until the submission. */
    recordControl: assign(({ context }) => withDecisionRecorded(context, controlTrace(context))),
    ...SECOND_TRY.actions,
  },
}).createMachine({
  id: "invoiceControl",
  context: ({ input }) => initialContext(input),
  initial: "marking",
  states: {
    marking: {
      on: withSecondTry(
        {
          "learner.findingMarked": { guard: "isMarkable", actions: ["markTarget", "syncHintCount"] },
          "learner.findingUnmarked": { guard: "isMarked", actions: ["unmarkTarget", "syncHintCount"] },
          "learner.hintRequested": { guard: "hasHintLeft", actions: "showHint" },
          "learner.controlSubmitted": { target: "done", actions: "recordControl" },
        } as const,
        { answers: ["learner.controlSubmitted"], keeps: ["learner.findingMarked", "learner.findingUnmarked"] },
      ),
    },
    done: { type: "final" },
  },
  // The corrected copy travels with the output: the views show it once the player has moved on.
  output: ({ context }) => ({ ...stageOutput("invoiceControl", context), controlReport: controlReport(context.answerKey, context.document, context.marks, context.options) }),
});
