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
import { and, assign, enqueueActions, type EventObject } from "xstate";
import {
  decisionPoints,
  firstTryFeedback,
  hintsFor,
  isAssessment,
  isCorrectable,
  POINTS_PER_DECISION,
  scoreTrace,
  withFirstTry,
  type IsoDate,
  type Judgement,
  type Ledger,
  type Scenario,
  type StageId,
  type TraceEntry,
} from "@/domain";

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
  /** A wrong first try kept while the learner may correct it, in training (docs/decisions/0130). */
  firstTry?: HeldFirstTry;
  /**
   * The move that declined a first try, while it is taken: when the first try ends the stage, the
   * stage hands it on (`StageOutput.deferredMove`) and the player gives it to the next stage.
   */
  deferredMove?: EventObject;
}

/**
 * A wrong first try held: the decision point stays open, the PGI has not moved. The learner answers
 * it again (the second try) or declines; either way the stage then takes an answer as it always did.
 */
export interface HeldFirstTry {
  /** The learner's event, taken again as is when the second try is declined. */
  event: EventObject;
  /** What it was judged: one entry, or one per point of a submission judged point by point (the control). */
  entries: TraceEntry[];
  /** The trace's length when it was held: the entries of the answer finally taken come after. */
  traceLength: number;
  /** Declined: the event taken again is the first try, recorded as it was judged. */
  declined?: boolean;
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

/**
 * A stage's first context, copied once by a spread. xstate's `assign` copies the context with
 * `Object.assign({}, context, update)`; with 20 fields or more, V8 (Node 20) made these copies
 * dictionary-mode objects, slower to copy and to read at every later move. Once the first context
 * is a spread, none is (counted over the bundled scenarios, docs/decisions/0154). Same fields,
 * values and order.
 */
export function withFastCopies<C extends object>(context: C): C {
  return { ...context };
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

// ───────────────────────────── Second try (docs/decisions/0130) ─────────────────────────────

/** The entries an answer would record: what the stage's action would add to the trace, computed without keeping it. */
export type DryRun<C extends DecisionContext> = (context: C, event: EventObject) => readonly TraceEntry[];

/** The entries an update adds to the trace (an update that records nothing adds none). */
export function entriesAdded(context: DecisionContext, update: Partial<DecisionContext>): TraceEntry[] {
  return update.trace === undefined ? [] : update.trace.slice(context.trace.length);
}

/** In training, a wrong answer (not out of order, not refused) is held for a second try, once per point. */
export function offersSecondTry(context: DecisionContext, entries: readonly TraceEntry[]): boolean {
  return context.assessment !== true && context.firstTry === undefined && entries.some(isCorrectable);
}

/** A first try is held, and this event answers another point than its own: the learner moved on. */
function answersElsewhere(context: DecisionContext, entries: readonly TraceEntry[]): boolean {
  const held = context.firstTry;
  if (held === undefined || held.declined === true || entries.length === 0) return false;
  return !entries.some((entry) => held.entries.some((first) => first.decisionPoint === entry.decisionPoint));
}

/** A first try held and not yet declined. */
function isHeld(context: DecisionContext): boolean {
  return context.firstTry !== undefined && context.firstTry.declined !== true;
}

const isMove = (event: EventObject) => event.type.startsWith("learner.") || event.type.startsWith("clock.");

/** The first try held: the feedback says its verdict without the answer, and the rule. */
function heldFirstTry(context: DecisionContext, event: EventObject, entries: readonly TraceEntry[]): Pick<DecisionContext, "firstTry" | "lastFeedback"> {
  const judged = [...entries] as [TraceEntry, ...TraceEntry[]];
  return { firstTry: { event, entries: judged, traceLength: context.trace.length }, lastFeedback: firstTryFeedback(judged) };
}

/**
 * After the answer finally taken was recorded: declined, the first try stands as judged; else the
 * second try's entries keep the first try beside them, scored as corrected (a first-try entry the
 * second has not, a false alarm taken back, is gone with it).
 */
function settledTry(context: DecisionContext): Partial<DecisionContext> {
  const held = context.firstTry;
  if (held === undefined) return {};
  const before = context.trace.slice(0, held.traceLength);
  // Declined: the first try as judged (the control's marks may have changed since).
  if (held.declined === true) return { trace: [...before, ...held.entries], lastFeedback: held.entries.at(-1) ?? context.lastFeedback, firstTry: undefined };
  const corrected = context.trace.slice(held.traceLength).map((second) => {
    const first = held.entries.find((entry) => entry.decisionPoint === second.decisionPoint);
    return first !== undefined && (!first.correct || !second.correct) ? withFirstTry(first, second) : second;
  });
  return { trace: [...before, ...corrected], lastFeedback: corrected.at(-1) ?? context.lastFeedback, firstTry: undefined };
}

/**
 * A rule's result for one context and one event, computed once (docs/decisions/0137): the same
 * answer is judged when the player asks whether the stage takes it (`can`), by the second try's
 * guards and by the action that records it. A context is never changed in place (xstate's assign
 * makes a new one) nor is an event, so the pair of objects names the result; a rule that throws
 * leaves nothing behind.
 */
export function oncePerContextAndEvent<C extends object, E extends object, R>(rule: (context: C, event: E) => R): (context: C, event: E) => R {
  const results = new WeakMap<C, WeakMap<E, R>>();
  return (context, event) => {
    const known = results.get(context) ?? new WeakMap<E, R>();
    results.set(context, known);
    if (known.has(event)) return known.get(event) as R;
    const result = rule(context, event);
    known.set(event, result);
    return result;
  };
}

type Ctx<C> = { context: C; event: EventObject };

/** Raised after a move that declined a first try, once the stage has taken it (never a learner's move). */
const MOVE_TAKEN = { type: "secondTry.moveTaken" } as const;

/**
 * The guards and actions of the second try, for a stage's `setup`; `dryRun` says what an answer
 * would record. The event declining it, or any other move while a first try is held (a game
 * recorded before the second try existed goes on with the next point), takes the first try again
 * as declined, then the event itself: the same trace and score as before.
 */
export function secondTrySetup<C extends DecisionContext, E extends EventObject>(rule: DryRun<C>) {
  const run = oncePerContextAndEvent(rule);
  // A rule that fails on the scenario's data fails in the action, which reports it as it always did.
  const dryRun: DryRun<C> = (context, event) => {
    try {
      return run(context, event);
    } catch {
      return [];
    }
  };
  const declined = (held: HeldFirstTry): Partial<DecisionContext> => ({ firstTry: { ...held, declined: true } });
  return {
    guards: {
      offersSecondTry: ({ context, event }: Ctx<C>) => offersSecondTry(context, dryRun(context, event)),
      answersElsewhere: ({ context, event }: Ctx<C>) => isHeld(context) && answersElsewhere(context, dryRun(context, event)),
      isFirstTryHeld: ({ context }: Ctx<C>) => isHeld(context),
      isMoveWhileHeld: ({ context, event }: Ctx<C>) => isHeld(context) && isMove(event),
    },
    actions: {
      holdFirstTry: assign<C, E, undefined, E, never>(({ context, event }) => heldFirstTry(context, event, dryRun(context, event)) as Partial<C>),
      settleSecondTry: assign<C, E, undefined, E, never>(({ context }) => settledTry(context) as Partial<C>),
      /** Declined: the first try's event is taken again, and recorded as it was judged. */
      declineSecondTry: enqueueActions<C, E, undefined, E, never, never, never, never, EventObject>(({ context, enqueue }) => {
        const held = context.firstTry;
        if (held === undefined) return;
        enqueue.assign(declined(held) as Partial<C>);
        enqueue.raise(held.event as E);
      }),
      /**
       * Another move: the second try is declined, then the move is taken as it always was, here,
       * or by the next stage when the first try ended this one (a game recorded before).
       */
      declineImplicitly: enqueueActions<C, E, undefined, E, never, never, never, never, EventObject>(({ context, event, enqueue }) => {
        const held = context.firstTry;
        if (held === undefined) return;
        const update: Partial<DecisionContext> = { ...declined(held), deferredMove: event };
        enqueue.assign(update as Partial<C>);
        enqueue.raise(held.event as E);
        enqueue.raise(event);
        enqueue.raise(MOVE_TAKEN as E);
      }),
      /** The stage took the move itself: nothing to hand on. */
      forgetDeferredMove: assign<C, E, undefined, E, never>(() => ({ deferredMove: undefined }) as Partial<C>),
    },
  };
}

/** A transition of a state's `on`, as the stages write them (guards and actions by name). */
type Candidate = { guard?: unknown; target?: string; actions?: unknown };
type On = Record<string, Candidate | readonly Candidate[]>;

/** The second try's actions; `settleSecondTry` ends an answer's own transition, the others make transitions of their own. */
export const SECOND_TRY_ACTIONS = ["holdFirstTry", "settleSecondTry", "declineSecondTry", "declineImplicitly", "forgetDeferredMove"] as const;
type SecondTryAction = (typeof SECOND_TRY_ACTIONS)[number];

function asList(actions: unknown): unknown[] {
  return actions === undefined ? [] : Array.isArray(actions) ? actions : [actions];
}

/**
 * A state's transitions with the second try (docs/decisions/0130): an answer (`answers`) that
 * would be wrong is held instead of taken, the same point answered again is settled as corrected;
 * while a first try is held, the decline event and any other move (but `keeps`, the moves that
 * prepare the correction, such as the control's marks) decline it first. `otherPoints`: the state
 * keeps several points open, and an answer is the second try only when it answers the held point.
 */
export function withSecondTry<T extends On>(on: T, { answers, keeps = [], otherPoints = false }: { answers: readonly string[]; keeps?: readonly string[]; otherPoints?: boolean }): T {
  const declineFirst: Candidate = { guard: "isFirstTryHeld", actions: "declineImplicitly" satisfies SecondTryAction };
  const entries = Object.entries(on).map(([type, transition]) => {
    const candidates: readonly Candidate[] = Array.isArray(transition) ? transition : [transition as Candidate];
    if (keeps.includes(type)) return [type, candidates];
    if (!answers.includes(type)) return [type, [declineFirst, ...candidates]];
    const answered = candidates.flatMap((candidate): Candidate[] =>
      candidate.actions === undefined && candidate.target === undefined
        ? [candidate]
        : [
            { guard: candidate.guard === undefined ? "offersSecondTry" : and([candidate.guard as never, "offersSecondTry"]), actions: "holdFirstTry" satisfies SecondTryAction },
            { ...candidate, actions: [...asList(candidate.actions), "settleSecondTry" satisfies SecondTryAction] },
          ],
    );
    // Several points open at once (the follow-up): an answer about another point than the one held declines it.
    return [type, otherPoints ? [{ guard: "answersElsewhere", actions: "declineImplicitly" satisfies SecondTryAction }, ...answered] : answered];
  });
  return {
    ...Object.fromEntries(entries),
    "learner.secondTryDeclined": { guard: "isFirstTryHeld", actions: "declineSecondTry" satisfies SecondTryAction },
    [MOVE_TAKEN.type]: { actions: "forgetDeferredMove" satisfies SecondTryAction },
    "*": { guard: "isMoveWhileHeld", actions: "declineImplicitly" satisfies SecondTryAction },
  } as T;
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
    ...(context.deferredMove !== undefined ? { deferredMove: context.deferredMove } : {}),
  };
}
