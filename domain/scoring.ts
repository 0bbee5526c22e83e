/**
 * The learner's trace and its score (docs/decisions/0040). Validation (is the answer complete?)
 * belongs to the machines' guards; scoring (how good is it?) lives here, apart.
 */
import type { IsoDate } from "./dates";
import type { StageId } from "./stages";

/** Points of a decision point answered right at the first attempt, without a hint. */
export const POINTS_PER_DECISION = 2;
/** Each hint costs one point of the decision point it was asked on (never below zero). */
export const HINT_COST = 1;

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
  /** The teacher's explanation for this decision point, when the scenario gives one. */
  teacherExplanation?: string;
  /** Glossary ids the feedback links to. */
  glossary?: string[];
  hintsUsed: number;
  points: number;
  maxPoints: number;
}

export interface StageScore {
  points: number;
  maxPoints: number;
  hintsUsed: number;
  /** 0–100, rounded to the unit; 100 when there was nothing to score. */
  percent: number;
}

/** Points of one decision: full marks if right, minus the hints; nothing if wrong. */
export function decisionPoints(correct: boolean, hintsUsed: number): number {
  return correct ? Math.max(0, POINTS_PER_DECISION - HINT_COST * hintsUsed) : 0;
}

export function scoreTrace(trace: readonly TraceEntry[]): StageScore {
  const points = trace.reduce((sum, entry) => sum + entry.points, 0);
  const maxPoints = trace.reduce((sum, entry) => sum + entry.maxPoints, 0);
  const hintsUsed = trace.reduce((sum, entry) => sum + entry.hintsUsed, 0);
  return { points, maxPoints, hintsUsed, percent: maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100) };
}
