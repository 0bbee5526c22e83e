import type { Attempt, SetAsideGame, StoredScore } from "./savedSchemas";

export type { Attempt, SetAsideGame, StoredScore } from "./savedSchemas";

/** A game as saved: the persisted snapshot without the scenario, and the content hash of the scenario it was played on. */
export interface SavedGame {
  scenarioHash: string;
  snapshot: unknown;
}

export interface ProgressSlice {
  attempts: Record<string, Attempt>;
  /** Saves the player's state after each move; `result` once the scenario is finished. */
  saveAttempt: (scenarioId: string, game: SavedGame, result?: { score: StoredScore; byStage: Record<string, StoredScore> }) => void;
  /** Starts the scenario again from the beginning (the previous run is forgotten, its count kept). */
  restartAttempt: (scenarioId: string) => void;
  /** Starts again a game whose scenario changed: the old one is set aside (its scores kept, not its snapshot). */
  setAsideAttempt: (scenarioId: string) => void;
  /** Forgets a scenario altogether. */
  resetAttempt: (scenarioId: string) => void;
  resetAllProgress: () => void;
}

/** The attempts with this scenario's game started again; `setAside` keeps what the old game reached. */
function restarted(attempts: Record<string, Attempt>, scenarioId: string, setAside: boolean): Partial<ProgressSlice> {
  const previous = attempts[scenarioId];
  if (!previous) return {};
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
  return { attempts: { ...attempts, [scenarioId]: attempt } };
}

function aside(attempt: Attempt, scenarioHash: string): SetAsideGame {
  return { scenarioHash, status: attempt.status, score: attempt.score, byStage: attempt.byStage, ...(attempt.savedAt ? { savedAt: attempt.savedAt } : {}) };
}

type Set = (fn: (state: ProgressSlice) => Partial<ProgressSlice>) => void;

export function createProgressSlice(set: Set): ProgressSlice {
  return {
    attempts: {},
    saveAttempt: (scenarioId, game, result) =>
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
        };
        return { attempts: { ...s.attempts, [scenarioId]: attempt } };
      }),
    restartAttempt: (scenarioId) => set((s) => restarted(s.attempts, scenarioId, false)),
    setAsideAttempt: (scenarioId) => set((s) => restarted(s.attempts, scenarioId, true)),
    resetAttempt: (scenarioId) =>
      set((s) => {
        const { [scenarioId]: _removed, ...rest } = s.attempts;
        return { attempts: rest };
      }),
    resetAllProgress: () => set(() => ({ attempts: {} })),
  };
}
