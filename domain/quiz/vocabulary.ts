/**
 * The quiz's types, inferred from the schema by type only: a quiz page imports these, never zod.
 * Only the labels of the question types are values here.
 */
import type { z } from "zod";
import type { dateAnswerSchema, fillBlankSchema, findErrorsSchema, generatorRefSchema, matchingSchema, multipleChoiceSchema, numericSchema, orderingSchema, questionSchema, quizFileSchema, singleChoiceSchema, trueFalseSchema } from "./schema";

export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question["type"];
export type SingleChoiceQuestion = z.output<typeof singleChoiceSchema>;
export type MultipleChoiceQuestion = z.output<typeof multipleChoiceSchema>;
export type TrueFalseQuestion = z.output<typeof trueFalseSchema>;
export type OrderingQuestion = z.output<typeof orderingSchema>;
export type MatchingQuestion = z.output<typeof matchingSchema>;
export type NumericQuestion = z.output<typeof numericSchema>;
export type DateAnswerQuestion = z.output<typeof dateAnswerSchema>;
export type FillBlankQuestion = z.output<typeof fillBlankSchema>;
export type FindErrorsQuestion = z.output<typeof findErrorsSchema>;
export type GeneratorRef = z.output<typeof generatorRefSchema>;
export type QuizFile = z.output<typeof quizFileSchema>;
/** What a teacher writes (defaults not yet applied). */
export type QuizFileInput = z.input<typeof quizFileSchema>;

// ───────────────────────────── A learner's answer, and what the judge says of it ─────────────────────────────

/** Each question type in the teacher's and the learner's words. */
export const QUESTION_TYPE_LABELS: Readonly<Record<QuestionType, string>> = {
  single: "choix unique",
  multiple: "choix multiples",
  trueFalse: "vrai ou faux",
  ordering: "remise en ordre",
  matching: "association",
  numeric: "nombre",
  date: "date",
  fillBlank: "texte à trous",
  findErrors: "trouvez l'erreur",
};

/** What the learner gave, per question type (ids are the question's own ids). */
export type QuizAnswer =
  | { type: "single"; optionId: string }
  | { type: "multiple"; optionIds: string[] }
  | { type: "trueFalse"; value: boolean }
  /** Every item id, in the learner's order. */
  | { type: "ordering"; itemIds: string[] }
  /** Left pair id → the right item chosen: a pair id, or `distractor-<index>` for a distractor. */
  | { type: "matching"; matches: Record<string, string> }
  | { type: "numeric"; value: number }
  | { type: "date"; value: string }
  /** Blank id → what the learner typed or chose. */
  | { type: "fillBlank"; values: Record<string, string> }
  /** The control targets the learner marked (domain/control/targets.ts keys). */
  | { type: "findErrors"; marked: string[] };

/** One judged part of an answer (an option, an item's place, a pair, a blank, an anomaly), for the review's marks. */
export interface AnswerPart {
  id: string;
  right: boolean;
}

/** The judge's word on one answer, before the second try or certainty are weighed (scoring.ts). */
export interface AnswerJudgement {
  /** Share of the question's credit earned, from 0 to 1 (partial credit: docs/decisions). */
  credit: number;
  /** Full credit. */
  correct: boolean;
  /** The right answer, in French (the option, the order, the figure with its unit). */
  expected: string;
  /** What this answer confused: the feedback of each wrong choice, the diagnosis of a figure. */
  feedback: string[];
  parts?: AnswerPart[];
}

/** How sure the learner says they are (certainty-based marking, as Moodle's CBM): 1 not sure, 3 very sure. */
export type Certainty = 1 | 2 | 3;

export type QuizMode = "training" | "assessment";
