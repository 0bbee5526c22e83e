import type { ArchivedRun, RunHistory, RunScore } from "./savedSchemas";

export type { ArchivedRun, RunHistory, RunScore } from "./savedSchemas";

/**
 * The attempts kept (store version 6, docs/decisions/0120): starting a scenario or a quiz again
 * archives what the previous attempt reached (date, scores, a summary of its decisions, the time
 * taken) instead of forgetting it. Not its snapshot nor its answers: a summary is enough for the
 * best and last scores and the history list, and the save stays small. The current game or quiz
 * stays in `attempts` and `quiz.sessions`; the archive holds the ones before it.
 */

/** Attempts archived per activity: the oldest beyond it are dropped (a list a learner can read, a bounded save). */
export const RUNS_KEPT = 20;

export type ActivityKind = keyof RunHistory;

export const EMPTY_HISTORY: RunHistory = { scenarios: {}, quizzes: {} };

/** The history with `run` added last under `kind` and `id`, the oldest dropped beyond RUNS_KEPT. */
export function withRun(history: RunHistory, kind: ActivityKind, id: string, run: ArchivedRun): RunHistory {
  const runs = [...(history[kind][id] ?? []), run].slice(-RUNS_KEPT);
  return { ...history, [kind]: { ...history[kind], [id]: runs } };
}

/** The longest time one decision or answer is counted for: a tab left open overnight says nothing of the learner. */
export const MAX_DECISION_MS = 2 * 60 * 60 * 1000;

/** A measured time in whole milliseconds, between 0 and MAX_DECISION_MS. */
export function clampDuration(ms: number): number {
  return Math.round(Math.min(Math.max(ms, 0), MAX_DECISION_MS));
}

/**
 * The time of each decision, aligned with the game's decisions: those already timed are kept, the
 * first new one takes `elapsedMs` (since the step was shown or the previous decision), any other
 * taken in the same move takes 0. With `elapsedMs` null (a game resumed from a save without
 * times), the new ones are unknown.
 */
export function extendTimings(previous: readonly (number | null)[], decisionCount: number, elapsedMs: number | null): (number | null)[] {
  const kept = previous.slice(0, decisionCount);
  const added = Array.from({ length: decisionCount - kept.length }, (_, index) => (elapsedMs === null ? null : index === 0 ? clampDuration(elapsedMs) : 0));
  return [...kept, ...added];
}

/** The best (highest percent, then points) and the last of an activity's finished attempts, and how many attempts there were. */
export interface RunsSummary {
  attempts: number;
  best: RunScore | null;
  last: RunScore | null;
}

/** `runs` oldest first, the current attempt (if any) last. */
export function summarizeRuns(runs: readonly Pick<ArchivedRun, "score">[]): RunsSummary {
  const scored = runs.flatMap((run) => (run.score ? [run.score] : []));
  const best = scored.reduce<RunScore | null>((kept, score) => (kept === null || score.percent > kept.percent || (score.percent === kept.percent && score.points > kept.points) ? score : kept), null);
  return { attempts: runs.length, best, last: scored.at(-1) ?? null };
}
