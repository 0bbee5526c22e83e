/**
 * What every stage machine does around a decision, written once: the context fields they share,
 * the hints of a decision point (the teacher's first, then the engine's), the trace entry of a
 * decision, its recording, and the stage's output. No rule here: the rules are in domain/.
 *
 * Two ways of counting hints, chosen by the stage's context:
 * - one decision point at a time (stages 1–3): `hintsUsedOnCurrent` counts, and starts again
 *   when the point is recorded;
 * - per decision point (`hintsByPoint`, stages 4–5, where several points stay open at once):
 *   each hint costs its own point, whenever that point is recorded; `hintsUsedOnCurrent` only
 *   shows the count of the point hints are about now.
 * A scenario played as an assessment gives no hint at all (docs/decisions/0123).
 */
import { decisionPoints, hintsFor, isAssessment, POINTS_PER_DECISION, scoreTrace, type IsoDate, type Judgement, type Ledger, type Scenario, type StageId, type TraceEntry } from "@/domain";

import type { CarriedState, StageInput, StageOutput } from "./contract";

export type TeacherNotes = Scenario["notes"];

// ───────────────────────────── Context ─────────────────────────────

/** The context fields every stage machine shares. */
export interface DecisionContext {
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
  trace: TraceEntry[];
  /** Hints asked on the current decision point. */
  hintsUsedOnCurrent: number;
  /** The hints shown on the current decision point, in order. */
  hintsShown: string[];
  lastFeedback: TraceEntry | null;
  /**
   * The scenario is played as an assessment (its `classroom`): the stage refuses every hint. Read
   * once from the input, so that the guard needs no scenario; absent from games saved before.
   */
  assessment?: boolean;
}

/** A stage that counts hints per decision point (see above). */
export interface PerPointHintsContext extends DecisionContext {
  hintsByPoint: Record<string, number>;
}

/** Either kind of stage: the helpers below count hints per point when the context keeps `hintsByPoint`. */
type AnyDecisionContext = DecisionContext & Partial<Pick<PerPointHintsContext, "hintsByPoint">>;

type DecisionFields = Pick<DecisionContext, "trace" | "hintsUsedOnCurrent" | "hintsShown" | "lastFeedback" | "assessment">;

/** The decision fields of a stage that starts: nothing recorded, no hint asked, hints refused in an assessment. */
export function noDecisionYet(input: StageInput): DecisionFields;
export function noDecisionYet(input: StageInput, hints: "perPoint"): DecisionFields & Pick<PerPointHintsContext, "hintsByPoint">;
export function noDecisionYet(input: StageInput, hints?: "perPoint"): DecisionFields & Partial<Pick<PerPointHintsContext, "hintsByPoint">> {
  return { trace: [], hintsUsedOnCurrent: 0, hintsShown: [], ...(hints === "perPoint" ? { hintsByPoint: {} } : {}), lastFeedback: null, assessment: isAssessment(input.scenario) };
}

// ───────────────────────────── Hints ─────────────────────────────

/** A decision point the learner may ask hints on, with its hints in the order they are given. */
export interface HintedPoint {
  id: string;
  hints: readonly string[];
}

/** The teacher's note for a decision point, else for the broader point it belongs to. */
function teacherNote<T>(byPoint: Readonly<Record<string, T>>, decisionPoint: string, broaderPoint: string | undefined): T | undefined {
  return byPoint[decisionPoint] ?? (broaderPoint !== undefined ? byPoint[broaderPoint] : undefined);
}

/**
 * The hints of a decision point: the teacher's first (those of `broaderPoint`, such as
 * "followUp.<facture>", when the point has none of its own), then the engine's.
 */
export function hintsAvailable(notes: TeacherNotes, decisionPoint: string, engineHints: readonly string[], broaderPoint?: string): string[] {
  return hintsFor(teacherNote(notes.hints, decisionPoint, broaderPoint), engineHints);
}

/** Hints already asked on a decision point. */
export function hintsUsedOn(context: AnyDecisionContext, decisionPoint: string): number {
  return context.hintsByPoint === undefined ? context.hintsUsedOnCurrent : (context.hintsByPoint[decisionPoint] ?? 0);
}

/** The guard of `learner.hintRequested`: not an assessment, a point to help on, and a hint not yet shown. */
export function hasHintLeft(context: AnyDecisionContext, point: HintedPoint | undefined): boolean {
  return context.assessment !== true && point !== undefined && hintsUsedOn(context, point.id) < point.hints.length;
}

/** The next hint of the point shown, and counted. */
export function withHintShown(context: AnyDecisionContext, point: HintedPoint | undefined): Partial<PerPointHintsContext> {
  if (point === undefined) return {};
  const used = hintsUsedOn(context, point.id);
  const hint = point.hints[used];
  if (hint === undefined) return {};
  return {
    hintsShown: [...context.hintsShown, hint],
    ...(context.hintsByPoint !== undefined ? { hintsByPoint: { ...context.hintsByPoint, [point.id]: used + 1 } } : {}),
    hintsUsedOnCurrent: used + 1,
  };
}

/** Per-point stages: the count shown follows the decision point hints are now about (none: 0). */
export function withHintCountOf(context: PerPointHintsContext, decisionPoint: string | undefined): Pick<DecisionContext, "hintsUsedOnCurrent"> {
  return { hintsUsedOnCurrent: decisionPoint === undefined ? 0 : hintsUsedOn(context, decisionPoint) };
}

// ───────────────────────────── Trace ─────────────────────────────

/** A decision as the stage judged it: the one shape of every stage (domain/judgement.ts). */
export type { Judgement };

export interface Decision extends Judgement {
  decisionPoint: string;
  /** Default: the hints asked on this decision point (an attempt out of order gives 0). */
  hintsUsed?: number;
}

/** How a stage records its decisions. */
export interface Recording {
  stage: StageId;
  /** The teacher's notes, whose explanation for the point the entry carries; none without them. */
  notes?: TeacherNotes;
  /** The broader decision point whose teacher's explanation applies when the point has none of its own. */
  broaderPoint?: string;
  /** A choice without stake is shown but not scored (0 point out of 0). Default: scored. */
  scored?: boolean;
}

/** One trace entry, dated today: full marks (or the parts earned) minus the hints; nothing when all is wrong. */
export function traceEntry(context: AnyDecisionContext, recording: Recording, decision: Decision): TraceEntry {
  const { decisionPoint, correct } = decision;
  const hintsUsed = decision.hintsUsed ?? hintsUsedOn(context, decisionPoint);
  const scored = recording.scored ?? true;
  const teacherExplanation = recording.notes !== undefined ? teacherNote(recording.notes.explanations, decisionPoint, recording.broaderPoint) : undefined;
  return {
    decisionPoint,
    stage: recording.stage,
    date: context.today,
    answer: decision.answer,
    expected: decision.expected,
    verdict: decision.verdict ?? (correct ? "correct" : "wrong"),
    correct,
    explanation: decision.explanation,
    ...(decision.diagnosis !== undefined ? { diagnosis: decision.diagnosis } : {}),
    ...(teacherExplanation !== undefined ? { teacherExplanation } : {}),
    ...(decision.glossary !== undefined ? { glossary: decision.glossary } : {}),
    hintsUsed,
    points: scored ? decisionPoints(correct, hintsUsed, decision.parts) : 0,
    maxPoints: scored ? POINTS_PER_DECISION : 0,
    ...(decision.parts !== undefined ? { parts: decision.parts } : {}),
  };
}

/**
 * Entries recorded: added to the trace, the last one given as feedback. A decision closes its
 * point, so the hints start again for the next one; an attempt the stage does not take (out of
 * order, refused) leaves the point awaited open, with its hints.
 */
export function withDecisionRecorded(
  context: DecisionContext,
  recorded: TraceEntry | readonly TraceEntry[],
  point: "closed" | "stillOpen" = "closed",
): Pick<DecisionContext, "trace" | "lastFeedback"> & Partial<DecisionFields> {
  const entries: readonly TraceEntry[] = "decisionPoint" in recorded ? [recorded] : recorded;
  const feedback = { trace: [...context.trace, ...entries], lastFeedback: entries[entries.length - 1] ?? null };
  return point === "closed" ? { ...feedback, hintsUsedOnCurrent: 0, hintsShown: [] } : feedback;
}

// ───────────────────────────── Output ─────────────────────────────

/** What the stage hands on: the PGI, the date and the facts as it leaves them, its trace and score. */
export function stageOutput(stage: StageId, context: DecisionContext, leaves: { today?: IsoDate; carried?: CarriedState } = {}): StageOutput {
  return {
    stage,
    ledger: context.ledger,
    today: leaves.today ?? context.today,
    carried: leaves.carried ?? context.carried,
    trace: context.trace,
    score: scoreTrace(context.trace),
  };
}
