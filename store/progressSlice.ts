import { savedDecisions, totalSeconds } from "@/domain";
import { extendTimings, scoresOf, withRun } from "./historySlice";
import type { ArchivedRun, Attempt, RunHistory, SetAsideGame, StoredScore } from "./savedSchemas";

export type { Attempt, SetAsideGame, StoredScore } from "./savedSchemas";

/** A game as saved: the persisted snapshot without the scenario, and the content hash of the scenario it was played on. */
export interface SavedGame {
  scenarioHash: string;
  snapshot: unknown;
}

export interface ProgressSlice {
  attempts: Record<string, Attempt>;
  /** The attempts before the current ones (historySlice.ts). */
  history: RunHistory;
  /**
   * Saves the player's state after each move; `result` once the scenario is finished. `elapsedMs`:
   * the time since the step was shown or the previous decision, given to a decision this move
   * adds (null: not measured, a game just resumed).
   */
  saveAttempt: (scenarioId: string, game: SavedGame, result?: { score: StoredScore; byStage: Record<string, StoredScore> }, elapsedMs?: number | null) => void;
  /** Starts the scenario again from the beginning: the previous game goes to the history (its scores and a summary, not its snapshot). */
  restartAttempt: (scenarioId: string) => void;
  /** Starts again a game whose scenario changed: the old one is set aside (its scores kept, not its snapshot). */
  setAsideAttempt: (scenarioId: string) => void;
  /** Forgets a scenario altogether. */
  resetAttempt: (scenarioId: string) => void;
  resetAllProgress: () => void;
}

/** What a game reached, for the history; undefined when nothing was played (no decision, not finished). */
export function archivedGame(attempt: Attempt, now: Date): ArchivedRun | undefined {
  const decisions = savedDecisions(attempt.snapshot);
  if (decisions.length === 0 && attempt.status !== "done") return undefined;
  const finished = attempt.status === "done";
  return {
    endedAt: attempt.savedAt ?? now.toISOString(),
    finished,
    ...scoresOf(attempt),
    decisions: {
      count: decisions.length,
      right: decisions.filter((decision) => decision.correct).length,
      hintsUsed: decisions.reduce((sum, decision) => sum + decision.hintsUsed, 0),
    },
    durationSeconds: totalSeconds(attempt.decisionMs ?? []),
  };
}

/**
 * The attempts with this scenario's game started again: the old game goes to the history either
 * way (a replay never erases a result, docs/decisions/0134); `setAside` also keeps what it reached
 * beside the new game, to say it was played on an earlier version of the scenario.
 */
function restarted(state: ProgressSlice, scenarioId: string, setAside: boolean): Partial<ProgressSlice> {
  const { attempts } = state;
  const previous = attempts[scenarioId];
  if (!previous) return {};
  const run = archivedGame(previous, new Date());
  const kept = setAside && previous.scenarioHash !== null ? aside(previous, previous.scenarioHash) : previous.setAside;
  const attempt: Attempt = {
    scenarioId,
    scenarioHash: null,
    status: "inProgress",
    snapshot: null,
    score: null,
    byStage: {},
    runs: previous.runs + 1,
    savedAt: new Date().toISOString(),
    ...(kept ? { setAside: kept } : {}),
  };
  return { attempts: { ...attempts, [scenarioId]: attempt }, ...(run ? { history: withRun(state.history, "scenarios", scenarioId, run) } : {}) };
}

function aside(attempt: Attempt, scenarioHash: string): SetAsideGame {
  return { scenarioHash, status: attempt.status, score: attempt.score, byStage: attempt.byStage, ...(attempt.savedAt ? { savedAt: attempt.savedAt } : {}) };
}

type Set = (fn: (state: ProgressSlice) => Partial<ProgressSlice>) => void;

export function createProgressSlice(set: Set): ProgressSlice {
  return {
    attempts: {},
    history: { scenarios: {}, quizzes: {} },
    saveAttempt: (scenarioId, game, result, elapsedMs = null) =>
      set((s) => {
        const previous = s.attempts[scenarioId];
        const attempt: Attempt = {
          scenarioId,
          scenarioHash: game.scenarioHash,
          status: result ? "done" : "inProgress",
          snapshot: game.snapshot,
          score: result?.score ?? null,
          byStage: result?.byStage ?? {},
          runs: previous?.runs ?? 1,
          savedAt: new Date().toISOString(),
          ...(previous?.setAside ? { setAside: previous.setAside } : {}),
          decisionMs: extendTimings(previous?.decisionMs ?? [], savedDecisions(game.snapshot).length, elapsedMs),
        };
        return { attempts: { ...s.attempts, [scenarioId]: attempt } };
      }),
    restartAttempt: (scenarioId) => set((s) => restarted(s, scenarioId, false)),
    setAsideAttempt: (scenarioId) => set((s) => restarted(s, scenarioId, true)),
    resetAttempt: (scenarioId) =>
      set((s) => {
        const { [scenarioId]: _removed, ...rest } = s.attempts;
        const { [scenarioId]: _runs, ...otherRuns } = s.history.scenarios;
        return { attempts: rest, history: { ...s.history, scenarios: otherRuns } };
      }),
    resetAllProgress: () => set((s) => ({ attempts: {}, history: { ...s.history, scenarios: {} } })),
  };
}
