/**
 * The results file a learner exports at the end of a scenario or a quiz, for the teacher's class
 * table (issue 13, docs/decisions/0109). Written by hand here and matched by the schema of the
 * loader (schema.ts, which checks it agrees with these types), so that a learner page builds a
 * file without loading zod.
 */
import type { IsoDate } from "../dates";
import type { Certainty, NotionId, QuizStage } from "../quiz";
import type { TraceVerdict } from "../scoring";
import type { StageId } from "../stages";

/** What a results file says it is, so that a scenario or a quiz dropped by mistake is named as such. */
export const RESULTS_FORMAT_ID = "atelier-grc-resultats";
/**
 * The latest version of the format: a file of a later version is refused with a word, never
 * misread. Version 2 (docs/decisions/0119) adds the time taken (`durationSeconds`); a file of an
 * activity whose times were not measured (a game begun before they were) is still written in version 1.
 */
export const RESULTS_FORMAT_VERSION = 2;
export type ResultsFormatVersion = 1 | 2;
/** A pseudonym is a name in a table: a few words at most. */
export const PSEUDONYM_MAX_LENGTH = 60;

export type ActivityKind = "scenario" | "quiz";

/** What was played: its id, its title, and the content hash of the version played. */
export interface ActivityRef {
  id: string;
  title: string;
  /**
   * `scenarioFingerprint` of the scenario as its author wrote it (for a scenario with variants, the
   * common version: every learner of one version shares it), `quizFingerprint` of the quiz's questions.
   */
  hash: string;
  /** The seed of the variant the learner played (docs/decisions/0144): the teacher's key of their figures. */
  variant?: string;
}

/** A score out of its maximum; a quiz's points may be negative (certainty-based marking), its percent never is. */
export interface ResultScore {
  points: number;
  maxPoints: number;
  /** 0–100, rounded to the unit. */
  percent: number;
}

/** One decision of a scenario, as the trace held it (TraceEntry), without its French texts. */
export interface DecisionRecord {
  decisionPoint: string;
  stage: StageId;
  /** The simulated day of the decision (the scenario's clock). */
  date: IsoDate;
  verdict: TraceVerdict;
  correct: boolean;
  points: number;
  maxPoints: number;
  hintsUsed: number;
  /**
   * Version 2: the real time the learner took, in seconds to the tenth, from the step shown (or the
   * previous decision) to this decision; null when it was not measured.
   */
  durationSeconds?: number | null;
}

/** One question of a quiz, as the learner answered it. */
export interface AnswerRecord {
  questionId: string;
  stage: QuizStage;
  notion: NotionId;
  /** The judge's credit of the try that counts, from 0 to 1. */
  credit: number;
  /** The counted try judged fully right. */
  correct: boolean;
  /** The try that counts: 1, or 2 after a wrong first one in training; 0 when left unanswered. */
  attempt: 0 | 1 | 2;
  /** How sure the learner said they were, when the quiz marks certainty. */
  certainty?: Certainty;
  points: number;
  maxPoints: number;
  /** Version 2: the time from the question shown to its counted try, in seconds to the tenth; null when not measured (left unanswered). */
  durationSeconds?: number | null;
}

interface ResultsBase {
  format: typeof RESULTS_FORMAT_ID;
  formatVersion: ResultsFormatVersion;
  pseudonym: string;
  activity: ActivityRef;
  /** When the file was made, ISO 8601 in UTC with milliseconds (`Date.toISOString`), so that texts sort as times. */
  exportedAt: string;
  score: ResultScore;
  /** By stage of the course (a quiz's: its questions' stages, the introduction included). */
  byStage: Partial<Record<QuizStage, ResultScore>>;
  /** Version 2: the sum of the times measured, in seconds to the tenth. */
  durationSeconds?: number;
}

export interface ScenarioResults extends ResultsBase {
  kind: "scenario";
  decisions: DecisionRecord[];
}

export interface QuizResults extends ResultsBase {
  kind: "quiz";
  answers: AnswerRecord[];
}

/** A results file before it is signed. */
export type UnsignedResults = ScenarioResults | QuizResults;

/** A results file as exported: signed with its checksum (checksum.ts). */
export type ResultsFile = UnsignedResults & {
  /** HMAC-SHA-256 of the file's canonical JSON without this field, 64 hexadecimal digits. */
  checksum: string;
};
