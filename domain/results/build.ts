/**
 * A results file from what the learner's browser holds: a scenario's trace, or a quiz's answers as
 * the quiz page judged them. Plain inputs (an id, a title, a hash, arrays), so that the file does not
 * depend on how the store keeps a game or a quiz session.
 */
import { DomainError } from "../money";
import { quizPercent, type Certainty, type Question, type QuestionPoints, type QuizStage } from "../quiz";
import type { IsoDate } from "../dates";
import { fileNameSlug } from "../text";
import { scoreTrace, type StageScore, type TraceEntry } from "../scoring";
import { signResults } from "./checksum";
import { secondsOf, totalSeconds } from "./duration";
import { PSEUDONYM_MAX_LENGTH, RESULTS_FORMAT_ID, type ResultsFormatVersion, type ActivityRef, type AnswerRecord, type DecisionRecord, type ResultScore, type ResultsFile } from "./vocabulary";

interface ResultsInput {
  pseudonym: string;
  activity: ActivityRef;
  /** The moment of the export (the engine has no clock). */
  exportedAt: Date;
  /**
   * The time of each decision or answer in milliseconds, in the same order (null: not measured).
   * With at least one time, the file is of version 2 with `durationSeconds`; without (an activity
   * played before times were measured), of version 1 (docs/decisions/0119).
   */
  durationsMs?: readonly (number | null)[];
}

export interface ScenarioResultsInput extends ResultsInput {
  /** The decisions of the game, in the order taken (the player's `trace`). */
  trace: readonly TraceEntry[];
}

/** A question of a quiz as the quiz page judged it: the try that counts and its points. */
export interface QuizAnswerInput {
  question: Pick<Question, "id" | "stage" | "notion">;
  credit: number;
  correct: boolean;
  /** The try that counts (1 or 2); 0 when the question was left unanswered. */
  attempt: 0 | 1 | 2;
  certainty?: Certainty;
  points: QuestionPoints;
}

export interface QuizResultsInput extends ResultsInput {
  answers: readonly QuizAnswerInput[];
}

export function buildScenarioResults(input: ScenarioResultsInput): ResultsFile {
  const decisions = input.trace.map(
    (entry, index): DecisionRecord => ({
      decisionPoint: entry.decisionPoint,
      stage: entry.stage,
      date: entry.date,
      verdict: entry.verdict,
      correct: entry.correct,
      points: entry.points,
      maxPoints: entry.maxPoints,
      hintsUsed: entry.hintsUsed,
      ...timed(input, index),
    }),
  );
  const byStage = groupBy(input.trace, (entry) => entry.stage);
  return signResults({
    ...header(input),
    kind: "scenario",
    score: withoutHints(scoreTrace(input.trace)),
    byStage: Object.fromEntries([...byStage].map(([stage, entries]) => [stage, withoutHints(scoreTrace(entries))])),
    ...totalTime(input),
    decisions,
  });
}

export function buildQuizResults(input: QuizResultsInput): ResultsFile {
  if (input.answers.length === 0) throw new DomainError("results.noAnswer", "aucune question dans ce questionnaire\u00a0: rien à exporter");
  const answers = input.answers.map(
    (answer, index): AnswerRecord => ({
      questionId: answer.question.id,
      stage: answer.question.stage,
      notion: answer.question.notion,
      credit: answer.credit,
      correct: answer.correct,
      attempt: answer.attempt,
      ...(answer.certainty !== undefined ? { certainty: answer.certainty } : {}),
      points: answer.points.points,
      maxPoints: answer.points.max,
      ...timed(input, index),
    }),
  );
  const byStage = groupBy(answers, (answer) => answer.stage);
  return signResults({
    ...header(input),
    kind: "quiz",
    score: quizScore(answers),
    byStage: Object.fromEntries([...byStage].map(([stage, stageAnswers]) => [stage, quizScore(stageAnswers)])),
    ...totalTime(input),
    answers,
  });
}

/** The file's text, as the learner downloads it: indented, for a teacher who opens it. */
export function resultsFileText(file: ResultsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `resultats-camille-02-depassement-d-encours-2026-12-02.json`: who, what and when, readable in a folder of a class's files. */
export function resultsFileName(file: ResultsFile, day: IsoDate): string {
  return `resultats-${fileNameSlug(file.pseudonym) || "eleve"}-${fileNameSlug(file.activity.id) || file.kind}-${day}.json`;
}

function header(input: ResultsInput) {
  const pseudonym = input.pseudonym.trim();
  if (pseudonym === "") throw new DomainError("results.pseudonym", "pseudonyme vide\u00a0: choisissez votre pseudonyme avant d'exporter vos résultats", "pseudonym");
  if (pseudonym.length > PSEUDONYM_MAX_LENGTH) {
    throw new DomainError("results.pseudonym", `pseudonyme de ${pseudonym.length} caractères\u00a0: au plus ${PSEUDONYM_MAX_LENGTH}`, "pseudonym");
  }
  const formatVersion: ResultsFormatVersion = isTimed(input) ? 2 : 1;
  return { format: RESULTS_FORMAT_ID, formatVersion, pseudonym, activity: { ...input.activity }, exportedAt: input.exportedAt.toISOString() } as const;
}

/** Version 2 when at least one time was measured. */
function isTimed(input: ResultsInput): boolean {
  return input.durationsMs?.some((ms) => typeof ms === "number") ?? false;
}

/** Version 2: the time of the item at `index`, in seconds. */
function timed(input: ResultsInput, index: number): { durationSeconds?: number | null } {
  if (!isTimed(input) || input.durationsMs === undefined) return {};
  const ms = input.durationsMs[index];
  return { durationSeconds: typeof ms === "number" ? secondsOf(ms) : null };
}

/** Version 2: the activity's time, the sum of those measured (0 when none was). */
function totalTime(input: ResultsInput): { durationSeconds?: number } {
  return isTimed(input) && input.durationsMs !== undefined ? { durationSeconds: totalSeconds(input.durationsMs) ?? 0 } : {};
}

function withoutHints({ points, maxPoints, percent }: StageScore): ResultScore {
  return { points, maxPoints, percent };
}

/** A quiz's points may be negative (a confident error costs); its percent stops at 0. */
function quizScore(answers: readonly AnswerRecord[]): ResultScore {
  const points = answers.reduce((sum, answer) => sum + answer.points, 0);
  const maxPoints = answers.reduce((sum, answer) => sum + answer.maxPoints, 0);
  return { points, maxPoints, percent: quizPercent(points, maxPoints) };
}

/** The items by key, keys in the order first met. */
function groupBy<T, K extends QuizStage>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
