import { afterAnswer, type NotionId, type QuizMode } from "@/domain";
import type { ArchivedRun, QuizEvidence, QuizProgress, QuizSession, QuizTry, RunHistory } from "./savedSchemas";
import { today } from "./clock";
import { clampDuration, withRun } from "./historySlice";

/**
 * The learner's quizzes (store version 5): each answer as evidence of a notion, the error-review
 * cards (« Revoir mes erreurs », Leitner boxes) and the quizzes under way, so that a reload resumes
 * them. Scores and mastery are computed from these by the engine (domain/quiz), never stored.
 */

export type { QuizEvidence, QuizProgress, QuizSession, QuizTry } from "./savedSchemas";
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

/**
 * Where a teacher's preview of a quiz is kept (components/authoring/play/): its answers are no
 * evidence of the learner's notions and no card of « Revoir mes erreurs » (docs/decisions/0118).
 */
export const PREVIEW_QUIZ_PREFIX = "apercu:";

/** A teacher's preview: no evidence, no card, no attempt kept in the history. */
export function isPreviewQuiz(key: string): boolean {
  return key.startsWith(PREVIEW_QUIZ_PREFIX);
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
        if (previous.length > 0 || isPreviewQuiz(key)) return { quiz: { ...s.quiz, sessions } };
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
        return { quiz: { ...s.quiz, sessions }, ...(run && !isPreviewQuiz(key) ? { history: withRun(s.history, "quizzes", key, run) } : {}) };
      }),
    resetQuizProgress: () => set((s) => ({ quiz: EMPTY_QUIZ_PROGRESS, history: { ...s.history, quizzes: {} } })),
  };
}
