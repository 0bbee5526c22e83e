/**
 * The points of a judged answer: the second try and certainty-based marking (docs/decisions/0104).
 * Apart from the judge (scoring.ts), whose « trouvez l'erreur » reaches stage 4's control catalogue:
 * a quiz's start screen states these rules without loading the judge (docs/decisions/0111).
 */
import { tryShare } from "../scoring";
import type { AnswerJudgement, Certainty } from "./vocabulary";

// In training, a second try after a wrong first one earns SECOND_TRY_SHARE of the credit: the
// scenarios' rule too, written once in domain/scoring.ts (docs/decisions/0130).

/**
 * Moodle's certainty-based marking (Gardner-Medwin's table): what a right and a wrong answer are
 * worth at each certainty. Sure and wrong costs twice what sure and right earns.
 */
export const CERTAINTY_MARKS: Readonly<Record<Certainty, { right: number; wrong: number }>> = {
  1: { right: 1, wrong: 0 },
  2: { right: 2, wrong: -2 },
  3: { right: 3, wrong: -6 },
};

/** The marks are divided by the best one, so that a question is worth 1 point with certainty or without. */
const CERTAINTY_SCALE = 3;

export interface QuestionPoints {
  /** Negative with certainty-based marking: a confident error costs. */
  points: number;
  max: number;
}

/**
 * A quiz's score in percent: certainty-based marking can bring the points below zero, which shows
 * as 0 %; an empty quiz scores 0 % (nothing was shown right).
 */
export function quizPercent(points: number, max: number): number {
  return max === 0 ? 0 : Math.max(0, Math.round((points / max) * 100));
}

/**
 * The points of a judged answer, out of 1. Without certainty: the credit, times `tryShare`
 * at the second try. With it (Moodle's rule): a partly right answer earns the certainty's right mark
 * times its credit (times the second try's share), a wholly wrong one costs its wrong mark; all
 * divided by 3.
 */
export function questionPoints(judged: AnswerJudgement, how: { attempt: 1 | 2; certainty?: Certainty }): QuestionPoints {
  const share = tryShare(how.attempt);
  if (how.certainty === undefined) return { points: judged.credit * share, max: 1 };
  const marks = CERTAINTY_MARKS[how.certainty];
  const raw = judged.credit > 0 ? marks.right * judged.credit * share : marks.wrong;
  return { points: raw / CERTAINTY_SCALE, max: 1 };
}
