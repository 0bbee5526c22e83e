/**
 * The learner's trace and its score (docs/decisions/0040, parts: 0094). Validation (is the answer
 * complete?) belongs to the machines' guards; scoring (how good is it?) lives here, apart.
 */
import type { IsoDate } from "./dates";
import { formatEuros, type Cents } from "./money";
import type { StageId } from "./stages";

/** Points of a decision point answered right at the first attempt, without a hint. */
export const POINTS_PER_DECISION = 2;
/** Each hint costs one point of the decision point it was asked on (never below zero). */
export const HINT_COST = 1;
/**
 * In training, an answer corrected at the second try earns this share of its points: the one rule
 * of the quizzes (domain/quiz/points.ts) and of the scenarios' decisions (docs/decisions/0104, 0130).
 */
export const SECOND_TRY_SHARE = 0.5;

/** The share of its points an answer earns at its first or second try. */
export function tryShare(attempt: 1 | 2): number {
  return attempt === 1 ? 1 : SECOND_TRY_SHARE;
}

/**
 * One part of a decision judged on its own — its verdict, a figure, a date — shown with its mark
 * (docs/decisions/0094). A remark on an optional field has `maxPoints` 0: named, never scored.
 */
export interface ScoredPart {
  /** What the part is, in French ("Verdict", "Encours du client", "Date promise"). */
  label: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  /** What was confused, or the remark, in French. */
  note?: string;
}

/** A figure judged beside a verdict weighs half a point; the verdict weighs the rest (0094). */
export const FIGURE_WEIGHT = 0.5;

/**
 * The verdict's weight beside one or two scored figures: the rest of the decision (1,5 or 1), so
 * that it weighs the most and the parts add up to POINTS_PER_DECISION.
 */
export function verdictWeight(figures: 1 | 2): number {
  return POINTS_PER_DECISION - FIGURE_WEIGHT * figures;
}

/** A scored part: all its points when right, none otherwise. */
export function scoredPart(label: string, correct: boolean, maxPoints: number, note?: string): ScoredPart {
  return { label, correct, points: correct ? maxPoints : 0, maxPoints, ...(note !== undefined ? { note } : {}) };
}

/** A slip a learner often makes on a figure: the amount it gives, and what it confused, in French. */
export interface KnownSlip {
  cents: Cents;
  confused: string;
}

/**
 * An amount judged on its own: right, missing, or wrong — and then named when it is a known slip
 * ("c'est le montant HT"), not only corrected.
 */
export function amountPart(label: string, given: Cents | undefined, expected: Cents, maxPoints: number, slips: readonly KnownSlip[] = []): ScoredPart {
  if (given === expected) return scoredPart(label, true, maxPoints);
  if (given === undefined) return scoredPart(label, false, maxPoints, `non indiqué\u00a0; attendu ${formatEuros(expected)}`);
  const slip = slips.find((s) => s.cents === given);
  return scoredPart(label, false, maxPoints, `${formatEuros(given)} au lieu de ${formatEuros(expected)}${slip !== undefined ? ` — ${slip.confused}` : ""}`);
}

/** A remark on an optional field: shown with its mark and what it confused, worth nothing either way (0094). */
export function remarkPart(label: string, correct: boolean, note: string): ScoredPart {
  return { label, correct, points: 0, maxPoints: 0, note };
}

/** A decision is right when every scored part is; remarks never make it wrong. */
export function allPartsRight(parts: readonly ScoredPart[]): boolean {
  return parts.every((part) => part.correct || part.maxPoints === 0);
}

/**
 * What the explanation starts with, part by part: a wrong part named with what it confused, a right
 * one with its note if any (a tenable date that was not the nearest), a remark said to cost nothing.
 * Empty when all is right and nothing is remarked.
 */
export function partsFeedback(parts: readonly ScoredPart[]): string {
  return parts
    .flatMap((part) => {
      if (part.maxPoints === 0) return part.note !== undefined ? [`Remarque (${part.label}, sans effet sur la note)\u00a0: ${part.note}.`] : [];
      if (part.correct) return part.note !== undefined ? [`${part.label}\u00a0: ${part.note}.`] : [];
      return [`${part.label}\u00a0: ${part.note ?? "à revoir"}.`];
    })
    .join(" ");
}

/** The parts' feedback, then the key's explanation. */
export function withFeedback(parts: readonly ScoredPart[], explanation: string): string {
  const feedback = partsFeedback(parts);
  return feedback === "" ? explanation : `${feedback} ${explanation}`;
}

/** The parts worth showing: a decision judged in one piece keeps its single mark, without a list. */
export function partsIfSeveral(parts: ScoredPart[]): { parts?: ScoredPart[] } {
  return parts.length > 1 ? { parts } : {};
}

// Built once (docs/decisions/0137): every trace entry's explanation writes its points.
const pointsFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** "1,5", "2", "14,25": points as the French interface writes them. */
export function formatPoints(points: number): string {
  return pointsFormat.format(points);
}

export type TraceVerdict = "correct" | "wrong" | "outOfOrder" | "tooEarly" | "tooLate" | "refused";

/** One decision of the learner, as kept for feedback, review and scoring. */
export interface TraceEntry {
  /** Decision point id, stable per stage ("intake.credit", "followUp.2026-11-12"); teachers key explanations on it. */
  decisionPoint: string;
  stage: StageId;
  /** Simulated date of the decision. */
  date: IsoDate;
  /** What the learner did, in French ("Encours dans le plafond"). */
  answer: string;
  /** What was expected, in French. */
  expected: string;
  verdict: TraceVerdict;
  correct: boolean;
  /** Why, in French, with the figures ("encours 4 200,00 € + commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 €"). */
  explanation: string;
  /** The usual mistake recognised in a wrong answer, in one sentence (domain/judgement.ts); absent otherwise. */
  diagnosis?: string;
  /** The teacher's explanation for this decision point, when the scenario gives one. */
  teacherExplanation?: string;
  /** Glossary ids the feedback links to. */
  glossary?: string[];
  hintsUsed: number;
  points: number;
  maxPoints: number;
  /** The parts judged separately, when the decision has several (0094); entries saved before have none. */
  parts?: ScoredPart[];
  /**
   * The first try of a decision corrected in training (docs/decisions/0130): the entry is then the
   * second try's, scored by `correctedPoints`. Absent when the first try was the only one.
   */
  firstTry?: FirstTry;
}

/** What a decision's first try was, kept beside its second (docs/decisions/0130). */
export interface FirstTry {
  answer: string;
  points: number;
  parts?: ScoredPart[];
  diagnosis?: string;
}

export interface StageScore {
  points: number;
  maxPoints: number;
  hintsUsed: number;
  /** 0–100, rounded to the unit; 100 when there was nothing to score. */
  percent: number;
}

/**
 * Points of one decision, minus the hints (never below zero): without parts, full marks if right
 * and nothing if wrong; with parts, the sum of the parts earned (0094).
 */
export function decisionPoints(correct: boolean, hintsUsed: number, parts?: readonly ScoredPart[]): number {
  return afterHints(earnedPoints(correct, parts), hintsUsed);
}

/** What an answer earns before its hints: all or nothing, or the sum of its parts (0094). */
function earnedPoints(correct: boolean, parts?: readonly ScoredPart[]): number {
  return parts !== undefined && parts.length > 0 ? parts.reduce((sum, part) => sum + part.points, 0) : correct ? POINTS_PER_DECISION : 0;
}

/** Points earned, minus the hints, never below zero; nothing earned costs nothing. */
function afterHints(earned: number, hintsUsed: number): number {
  return earned > 0 ? Math.max(0, earned - HINT_COST * hintsUsed) : 0;
}

/**
 * A decision corrected at the second try (docs/decisions/0130): the better of the first try's
 * points and the second's times SECOND_TRY_SHARE, the hints deducted once (a correction never
 * earns less than the first try).
 */
export function correctedPoints(first: Pick<TraceEntry, "correct" | "parts">, second: Pick<TraceEntry, "correct" | "parts">, hintsUsed: number): number {
  return afterHints(Math.max(earnedPoints(first.correct, first.parts), earnedPoints(second.correct, second.parts) * tryShare(2)), hintsUsed);
}

/** A wrong answer of the learner, not an attempt the stage refused or took out of order: the kind a second try may correct. */
export function isCorrectable(entry: Pick<TraceEntry, "correct" | "verdict" | "maxPoints">): boolean {
  return !entry.correct && entry.verdict === "wrong" && entry.maxPoints > 0;
}

/** The second try's entry, scored as corrected, keeping the first try beside it. */
export function withFirstTry(first: TraceEntry, second: TraceEntry): TraceEntry {
  const kept: FirstTry = {
    answer: first.answer,
    points: first.points,
    ...(first.parts !== undefined ? { parts: first.parts } : {}),
    ...(first.diagnosis !== undefined ? { diagnosis: first.diagnosis } : {}),
  };
  return { ...second, points: second.maxPoints === 0 ? 0 : correctedPoints(first, second, second.hintsUsed), firstTry: kept };
}

/** The rule a learner reads after a wrong first try in training. */
export const SECOND_TRY_RULE = "Vous pouvez corriger une fois\u00a0: une réponse corrigée rapporte la moitié de ses points.";

/**
 * The feedback on a first try that may still be corrected: its verdict, its points and the usual
 * mistake it shows, but neither the expected answer nor the figures that would give it away (the
 * parts keep their marks, not what they confused), then the rule. Like a quiz's first try. A
 * submission judged point by point (the invoice control) is shown as one: its points added up.
 */
export function firstTryFeedback(entries: readonly [TraceEntry, ...TraceEntry[]]): TraceEntry {
  const [first] = entries;
  const { teacherExplanation: _teacher, glossary: _glossary, firstTry: _first, ...shown } = first;
  if (entries.length > 1) {
    const score = scoreTrace(entries);
    const { diagnosis: _diagnosis, parts: _parts, ...whole } = shown;
    return { ...whole, correct: false, verdict: "wrong", expected: "", explanation: SECOND_TRY_RULE, points: score.points, maxPoints: score.maxPoints, hintsUsed: score.hintsUsed };
  }
  return {
    ...shown,
    expected: "",
    explanation: SECOND_TRY_RULE,
    ...(first.parts !== undefined ? { parts: first.parts.map(({ note: _note, ...part }) => part) } : {}),
  };
}

export function scoreTrace(trace: readonly TraceEntry[]): StageScore {
  const points = trace.reduce((sum, entry) => sum + entry.points, 0);
  const maxPoints = trace.reduce((sum, entry) => sum + entry.maxPoints, 0);
  const hintsUsed = trace.reduce((sum, entry) => sum + entry.hintsUsed, 0);
  return { points, maxPoints, hintsUsed, percent: maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100) };
}
