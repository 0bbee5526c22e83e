import { judgeAnswer, questionPoints, quizPercent, type AnswerJudgement, type Question, type QuestionPoints } from "@/domain";
import type { QuizSession, QuizTry } from "@/store/quizSlice";

/** One question of a quiz as the learner answered it: the try that counts, its judgement and its points. */
export interface QuestionResult {
  question: Question;
  tries: readonly QuizTry[];
  /** The last try (the second one when there was one). */
  counted: QuizTry | undefined;
  judged: AnswerJudgement;
  points: QuestionPoints;
  /** What mastery and « Revoir mes erreurs » count: a second try is only made after a wrong first one. */
  firstTryRight: boolean;
}

/** The judgement and points of a question's last try; a question left without an answer earns nothing. */
export function questionResult(question: Question, tries: readonly QuizTry[]): QuestionResult {
  const counted = tries.at(-1);
  const judged = judgeAnswer(question, counted?.answer);
  const attempt = tries.length === 2 ? 2 : 1;
  const points = counted === undefined ? { points: 0, max: 1 } : questionPoints(judged, { attempt, ...(counted.certainty !== undefined ? { certainty: counted.certainty } : {}) });
  return { question, tries, counted, judged, points, firstTryRight: tries.length === 1 && judged.correct };
}

export interface QuizScore {
  points: number;
  max: number;
  /** Questions answered right (the counted try). */
  right: number;
  count: number;
  /** 0–100, rounded to the unit, never below 0 (a confident error costs points, not a negative percentage). */
  percent: number;
}

export function quizResults(questions: readonly Question[], session: QuizSession): QuestionResult[] {
  return questions.map((question) => questionResult(question, session.tries[question.id] ?? []));
}

export function quizScore(results: readonly QuestionResult[]): QuizScore {
  const points = results.reduce((sum, result) => sum + result.points.points, 0);
  const max = results.reduce((sum, result) => sum + result.points.max, 0);
  const right = results.filter((result) => result.judged.correct).length;
  return { points, max, right, count: results.length, percent: quizPercent(points, max) };
}
