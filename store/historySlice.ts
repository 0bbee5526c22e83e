import type { ArchivedRun, Attempt, RunHistory, RunScore, StoredScore } from "./savedSchemas";

export type { ArchivedRun, RunHistory, RunScore } from "./savedSchemas";

/**
 * The attempts kept (store version 6, docs/decisions/0120): starting a scenario or a quiz again
 * archives what the previous attempt reached (date, scores, a summary of its decisions, the time
 * taken) instead of forgetting it. Not its snapshot nor its answers: a summary is enough for the
 * best and last scores and the history list, and the save stays small. The current game or quiz
 * stays in `attempts` and `quiz.sessions`; the archive holds the ones before it.
 */

/**
 * Attempts archived per activity: the oldest beyond it are dropped (a list a learner can read, a
 * bounded save), but never the best one, so that « Meilleur » never goes down (docs/decisions/0134).
 */
export const RUNS_KEPT = 20;

export type ActivityKind = keyof RunHistory;

export const EMPTY_HISTORY: RunHistory = { scenarios: {}, quizzes: {} };

/** `runs` (oldest first) cut to RUNS_KEPT: the oldest go first, the best finished one stays whatever its age. */
function keptRuns(runs: readonly ArchivedRun[]): ArchivedRun[] {
  const best = bestRun(runs);
  const extra = runs.length - RUNS_KEPT;
  if (extra <= 0) return [...runs];
  const dropped = new Set(runs.filter((run) => run !== best).slice(0, extra));
  return runs.filter((run) => !dropped.has(run));
}

/** The history with `run` added last under `kind` and `id`, the oldest dropped beyond RUNS_KEPT (never the best). */
export function withRun(history: RunHistory, kind: ActivityKind, id: string, run: ArchivedRun): RunHistory {
  const runs = keptRuns([...(history[kind][id] ?? []), run]);
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

/** A score as the history keeps it: the hints are counted in the decisions' summary, not in each score. */
export function withoutHints({ points, maxPoints, percent }: StoredScore): RunScore {
  return { points, maxPoints, percent };
}

/** A finished attempt, as every screen counts it: its score, and its score at each stage it played. */
export type ScoredRun = Pick<ArchivedRun, "score" | "byStage">;

/**
 * The one score of an activity, the same on every screen (docs/decisions/0134): how many attempts
 * were finished, the best (highest percent, then points) and the last, and the best one's score at
 * each stage (the learning path adds those up by stage).
 */
export interface RunsSummary {
  attempts: number;
  best: RunScore | null;
  last: RunScore | null;
  bestByStage: Readonly<Record<string, RunScore>>;
}

function isBetter(score: RunScore, than: RunScore): boolean {
  return score.percent > than.percent || (score.percent === than.percent && score.points > than.points);
}

/** The best finished run (the earliest of equals), undefined when none was finished. */
function bestRun<T extends ScoredRun>(runs: readonly T[]): T | undefined {
  return runs.reduce<T | undefined>((kept, run) => (run.score && (!kept?.score || isBetter(run.score, kept.score)) ? run : kept), undefined);
}

/** `runs` oldest first, the current attempt (if finished) last; runs left under way are not counted. */
export function summarizeRuns(runs: readonly ScoredRun[]): RunsSummary {
  const finished = runs.filter((run) => run.score !== null);
  const best = bestRun(finished);
  return { attempts: finished.length, best: best?.score ?? null, last: finished.at(-1)?.score ?? null, bestByStage: best?.byStage ?? {} };
}

/**
 * A scenario's score, for the home page, the library, the learning path and the review alike: its
 * games archived by « Recommencer », then the current game once finished. A saved result of a save
 * written before the history existed (version 5 and older) is the current game: it counts as the
 * first attempt without any migration.
 */
export function scenarioScore(archived: readonly ArchivedRun[] | undefined, attempt: Attempt | undefined): RunsSummary {
  const current = attempt ? scoresOf(attempt) : { score: null, byStage: {} };
  return summarizeRuns([...(archived ?? []), current]);
}

/** What a game reached, as the history keeps it: its scores once finished, nothing before. */
export function scoresOf(attempt: Attempt): ScoredRun {
  if (attempt.status !== "done" || !attempt.score) return { score: null, byStage: {} };
  return { score: withoutHints(attempt.score), byStage: Object.fromEntries(Object.entries(attempt.byStage).map(([stage, score]) => [stage, withoutHints(score)])) };
}
