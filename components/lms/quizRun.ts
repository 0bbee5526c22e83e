/**
 * A quiz played inside an LMS. The quiz itself runs as everywhere (components/quiz/, its session
 * in the store); this run watches that session: each new try written as an interaction, the
 * questions drawn (their ids: a generated question is rebuilt from its id) and the tries as the
 * resume state, the score and the status once the last question is answered. A session the LMS
 * kept is put back in the store before the quiz shows (docs/decisions/0126).
 */
import { decodeResume, encodeResume, finalStatus, fitsSuspendData, quizInteraction, type Question, type QuizFile } from "@/domain";
import type { QuizRun as QuizRuntime } from "@/components/quiz/loadQuizRun";
import { questionResult, quizResults, quizScore } from "@/components/quiz/sessionResults";
import type { QuizSession } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { ACTIVITY_CHANGED, SUSPEND_TOO_LONG, unreadableResume } from "./scenarioRun";
import type { LmsAdapter } from "./scormApi";

export interface QuizRunOptions {
  masteryScore?: number | undefined;
  now?: () => number;
  onProblem?: (message: string) => void;
}

export interface LmsQuizRun {
  notice: string | null;
  finished: () => boolean;
  stop: () => void;
}

/** The LMS's kept session of this very quiz, put back in the store; or why it is not. */
function restore(quiz: QuizFile, quizKey: string, hash: string, adapter: LmsAdapter, now: number): string | null {
  const decoded = decodeResume(adapter.start.suspendData);
  if (decoded === null) return null;
  if (!decoded.ok) return unreadableResume(decoded.message);
  const { state } = decoded;
  if (state.kind !== "quiz" || state.id !== quiz.id || state.hash !== hash) return ACTIVITY_CHANGED;
  const session: QuizSession = {
    mode: state.mode,
    certaintyBased: state.certaintyBased,
    seed: state.seed,
    questionIds: state.questionIds,
    tries: state.tries as QuizSession["tries"],
    position: state.position,
    startedAt: new Date(now).toISOString(),
  };
  appStore().setState((s) => ({ quiz: { ...s.quiz, sessions: { ...s.quiz.sessions, [quizKey]: session } } }));
  return null;
}

const triesCount = (session: QuizSession | undefined) => Object.values(session?.tries ?? {}).reduce((sum, tries) => sum + tries.length, 0);

/**
 * Watches the quiz kept under `quizKey` (the store hydrated, the quiz's runtime loaded: it rebuilds
 * the questions from their ids) and reports it to the LMS.
 */
export function startQuizRun(quiz: QuizFile, quizKey: string, hash: string, adapter: LmsAdapter, runtime: QuizRuntime, options: QuizRunOptions = {}): LmsQuizRun {
  const now = options.now ?? (() => Date.now());
  const notice = restore(quiz, quizKey, hash, adapter, now());
  const bank = [quiz];
  let session = appStore().getState().quiz.sessions[quizKey];
  let reported = new Set<string>(Object.entries(session?.tries ?? {}).flatMap(([id, tries]) => tries.map((_t, i) => `${id}#${i}`)));
  let scored = session !== undefined && session.position >= session.questionIds.length;
  let questions: Question[] | undefined;
  let questionsOf: readonly string[] | undefined;

  const questionsFor = (current: QuizSession) => {
    if (questionsOf !== current.questionIds) {
      questions = runtime.questionsByIds(bank, current.questionIds);
      questionsOf = current.questionIds;
    }
    return questions;
  };

  const report = (current: QuizSession | undefined) => {
    if (current === undefined) {
      // The learner started the quiz again: a new attempt, numbered on.
      reported = new Set();
      scored = false;
      return;
    }
    const drawn = questionsFor(current);
    if (drawn === undefined) return;
    const at = now();
    const records = drawn.flatMap((question) =>
      (current.tries[question.id] ?? []).flatMap((attempt, i) => {
        const key = `${question.id}#${i}`;
        if (reported.has(key)) return [];
        reported.add(key);
        const judged = questionResult(question, current.tries[question.id]?.slice(0, i + 1) ?? []).judged;
        return [quizInteraction(question, attempt.answer, judged, { at: new Date(at), latencyMs: current.answerMs?.[question.id] ?? null })];
      }),
    );
    const suspend = encodeResume({ kind: "quiz", id: quiz.id, hash, mode: current.mode, certaintyBased: current.certaintyBased, seed: current.seed, questionIds: current.questionIds, tries: current.tries, position: current.position });
    const fits = fitsSuspendData(suspend);
    if (!fits) options.onProblem?.(SUSPEND_TOO_LONG);
    const finished = current.position >= current.questionIds.length;
    adapter.saveProgress(fits ? suspend : null, records, finished);
    if (finished && !scored) {
      scored = true;
      const { percent } = quizScore(quizResults(drawn, current));
      adapter.finish(percent, finalStatus(percent, adapter.start.masteryScore ?? options.masteryScore));
    }
  };

  const unsubscribe = appStore().subscribe((state) => {
    const next = state.quiz.sessions[quizKey];
    if (next === session) return;
    const moved = next === undefined || triesCount(next) !== triesCount(session) || next.position !== session?.position || next.questionIds !== session?.questionIds;
    session = next;
    if (moved) report(next);
  });

  return {
    notice,
    finished: () => scored,
    stop: unsubscribe,
  };
}
