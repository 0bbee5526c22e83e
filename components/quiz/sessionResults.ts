import { judgeAnswer, questionPoints, quizPercent, totalSeconds, type AnswerJudgement, type Question, type QuestionPoints, type QuizAnswerInput } from "@/domain";
import type { ArchivedRun, RunScore } from "@/store/historySlice";
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

/** The answers as the results file takes them (domain/results: buildQuizResults), in the quiz's order. */
export function quizAnswerInputs(results: readonly QuestionResult[]): QuizAnswerInput[] {
  return results.map(({ question, tries, counted, judged, points }) => ({
    question,
    credit: counted === undefined ? 0 : judged.credit,
    correct: counted !== undefined && judged.correct,
    attempt: counted === undefined ? 0 : tries.length === 2 ? 2 : 1,
    ...(counted?.certainty !== undefined ? { certainty: counted.certainty } : {}),
    points,
  }));
}

/** The time of each answer in the quiz's order (null: not measured, a quiz begun before store version 6). */
export function answerDurations(results: readonly QuestionResult[], session: QuizSession): (number | null)[] {
  return results.map((result) => session.answerMs?.[result.question.id] ?? null);
}

function runScore(results: readonly QuestionResult[]): RunScore {
  const { points, max, percent } = quizScore(results);
  return { points, maxPoints: max, percent };
}

/** What a quiz reached, for the history when the learner starts it again (store/historySlice.ts). */
export function archivedQuiz(results: readonly QuestionResult[], session: QuizSession, now: Date): ArchivedRun {
  const stages = [...new Set(results.map((result) => result.question.stage))];
  const finished = session.position >= session.questionIds.length;
  return {
    endedAt: now.toISOString(),
    finished,
    score: finished ? runScore(results) : null,
    byStage: finished ? Object.fromEntries(stages.map((stage) => [stage, runScore(results.filter((result) => result.question.stage === stage))])) : {},
    decisions: { count: results.filter((result) => result.counted !== undefined).length, right: results.filter((result) => result.counted !== undefined && result.judged.correct).length, hintsUsed: 0 },
    durationSeconds: totalSeconds(answerDurations(results, session)),
  };
}
