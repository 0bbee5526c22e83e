import * as z from "zod/mini";
import { afterAnswer, isNotionId, type Certainty, type LeitnerCard, type NotionId, type QuizAnswer, type QuizMode } from "@/domain";
import { today } from "./clock";
import { clampDuration, withRun, type ArchivedRun, type RunHistory } from "./historySlice";

/**
 * The learner's quizzes (store version 5): each answer as evidence of a notion, the error-review
 * cards (« Revoir mes erreurs », Leitner boxes) and the quizzes under way, so that a reload resumes
 * them. Scores and mastery are computed from these by the engine (domain/quiz), never stored.
 */

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u));
const id = z.string().check(z.minLength(1));

/** An answer's credit for the notion it tests: the engine's `Evidence`, from a quiz. */
export const quizEvidenceSchema = z.strictObject({
  notion: z.custom<NotionId>((value) => typeof value === "string" && isNotionId(value)),
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  at: isoDate,
  source: z.literal("quiz"),
});

/** A question answered wrongly, coming back spaced until answered right twice in a row: the engine's `LeitnerCard`. */
export const leitnerCardSchema: z.ZodMiniType<LeitnerCard> = z.strictObject({
  questionId: id,
  box: z.union([z.literal(1), z.literal(2)]),
  due: isoDate,
  rightInARow: z.int().check(z.minimum(0)),
});

/** What the learner gave, per question type: the engine's `QuizAnswer`. */
export const quizAnswerSchema: z.ZodMiniType<QuizAnswer> = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), optionId: id }),
  z.strictObject({ type: z.literal("multiple"), optionIds: z.array(id) }),
  z.strictObject({ type: z.literal("trueFalse"), value: z.boolean() }),
  z.strictObject({ type: z.literal("ordering"), itemIds: z.array(id) }),
  z.strictObject({ type: z.literal("matching"), matches: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal("numeric"), value: z.number() }),
  z.strictObject({ type: z.literal("date"), value: isoDate }),
  z.strictObject({ type: z.literal("fillBlank"), values: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal("findErrors"), marked: z.array(z.string()) }),
]);

const certaintySchema: z.ZodMiniType<Certainty> = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** One try at a question, with how sure the learner said they were when the quiz marks certainty. */
export const quizTrySchema = z.strictObject({ answer: quizAnswerSchema, certainty: z.optional(certaintySchema) });

const modeSchema: z.ZodMiniType<QuizMode> = z.enum(["training", "assessment"]);

/**
 * A quiz as the learner left it: its questions by id (a generated one is rebuilt from its id), the
 * tries given (a second one in training after a wrong first), and the question being answered.
 * Finished when `position` has passed the last question; kept until the learner starts again, so
 * that a reload shows the score and the review.
 */
export const quizSessionSchema = z.strictObject({
  mode: modeSchema,
  certaintyBased: z.boolean(),
  seed: z.int(),
  questionIds: z.array(id).check(z.minLength(1)),
  tries: z.record(z.string(), z.array(quizTrySchema).check(z.minLength(1), z.maxLength(2))),
  position: z.int().check(z.minimum(0)),
  startedAt: z.string(),
  /** By question id: the time from the question shown to its last try, in milliseconds (store version 6). */
  answerMs: z.optional(z.record(z.string(), z.int().check(z.minimum(0)))),
});

export const quizProgressSchema = z.strictObject({
  evidence: z.array(quizEvidenceSchema),
  cards: z.record(z.string(), leitnerCardSchema),
  /** By quiz key: a bundled quiz's id, or the key of a composed quiz (`quizKeys` in components/quiz). */
  sessions: z.record(z.string(), quizSessionSchema),
});

export type QuizEvidence = z.infer<typeof quizEvidenceSchema>;
export type QuizTry = z.infer<typeof quizTrySchema>;
export type QuizSession = z.infer<typeof quizSessionSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;

export const EMPTY_QUIZ_PROGRESS: QuizProgress = { evidence: [], cards: {}, sessions: {} };

/** Evidence kept per notion: mastery reads the latest answers only, and the save stays small. */
export const EVIDENCE_PER_NOTION = 50;

/** The evidence with `added` appended, the oldest of its notion dropped beyond EVIDENCE_PER_NOTION. */
export function appendEvidence(evidence: readonly QuizEvidence[], added: QuizEvidence): QuizEvidence[] {
  const all = [...evidence, added];
  const ofNotion = all.filter((entry) => entry.notion === added.notion);
  if (ofNotion.length <= EVIDENCE_PER_NOTION) return all;
  const oldest = ofNotion[0];
  return all.filter((entry) => entry !== oldest);
}

/** What the engine said of a first try, as the learner's progress keeps it. */
export interface AnswerOutcome {
  notion: NotionId;
  credit: number;
  correct: boolean;
}

export interface QuizStart {
  mode: QuizMode;
  certaintyBased: boolean;
  seed: number;
  questionIds: string[];
}

export interface QuizSlice {
  quiz: QuizProgress;
  /** Starts (or starts again) the quiz under `key`: a quiz under way there is replaced. */
  startQuiz: (key: string, start: QuizStart) => void;
  /**
   * Keeps a try at the current question. The first try is the evidence of the notion and moves the
   * question's card of « Revoir mes erreurs »: a second one, made after the feedback, says nothing
   * more of what the learner knew.
   */
  answerQuestion: (key: string, questionId: string, attempt: QuizTry, outcome: AnswerOutcome, durationMs?: number) => void;
  /** Moves on to the next question (past the last: the quiz is finished). */
  nextQuestion: (key: string) => void;
  /**
   * Leaves the quiz under `key` (its answers stay as evidence); `run`, what the page computed of a
   * quiz answered at least in part, goes to the history.
   */
  leaveQuiz: (key: string, run?: ArchivedRun) => void;
  /** Forgets every quiz result, evidence and card included. */
  resetQuizProgress: () => void;
}

type QuizState = QuizSlice & { history: RunHistory };
type Set = (fn: (state: QuizState) => Partial<QuizState>) => void;

function withSession(quiz: QuizProgress, key: string, change: (session: QuizSession) => QuizSession): Partial<QuizSlice> {
  const session = quiz.sessions[key];
  return session ? { quiz: { ...quiz, sessions: { ...quiz.sessions, [key]: change(session) } } } : {};
}

export function createQuizSlice(set: Set): QuizSlice {
  return {
    quiz: EMPTY_QUIZ_PROGRESS,
    startQuiz: (key, start) =>
      set((s) => ({ quiz: { ...s.quiz, sessions: { ...s.quiz.sessions, [key]: { ...start, tries: {}, position: 0, startedAt: new Date().toISOString() } } } })),
    answerQuestion: (key, questionId, attempt, outcome, durationMs) =>
      set((s) => {
        const session = s.quiz.sessions[key];
        const previous = session?.tries[questionId] ?? [];
        if (!session || session.questionIds[session.position] !== questionId || previous.length >= 2) return {};
        const answerMs = durationMs === undefined ? session.answerMs : { ...session.answerMs, [questionId]: clampDuration(durationMs) };
        const sessions = { ...s.quiz.sessions, [key]: { ...session, tries: { ...session.tries, [questionId]: [...previous, attempt] }, ...(answerMs ? { answerMs } : {}) } };
        if (previous.length > 0) return { quiz: { ...s.quiz, sessions } };
        const day = today();
        const evidence = appendEvidence(s.quiz.evidence, { notion: outcome.notion, credit: outcome.credit, at: day, source: "quiz" });
        const { [questionId]: card, ...otherCards } = s.quiz.cards;
        const next = afterAnswer(card, questionId, outcome.correct, day);
        return { quiz: { sessions, evidence, cards: next === undefined ? otherCards : { ...otherCards, [questionId]: next } } };
      }),
    nextQuestion: (key) => set((s) => withSession(s.quiz, key, (session) => ({ ...session, position: Math.min(session.position + 1, session.questionIds.length) }))),
    leaveQuiz: (key, run) =>
      set((s) => {
        const { [key]: _left, ...sessions } = s.quiz.sessions;
        return { quiz: { ...s.quiz, sessions }, ...(run ? { history: withRun(s.history, "quizzes", key, run) } : {}) };
      }),
    resetQuizProgress: () => set((s) => ({ quiz: EMPTY_QUIZ_PROGRESS, history: { ...s.history, quizzes: {} } })),
  };
}
