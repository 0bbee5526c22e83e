import * as z from "zod/mini";

/**
 * A score as the engine computes it (domain/scoring.ts), kept for the library and the learning path.
 * Points may be halves or quarters since decisions are scored in parts (store version 3, 0094).
 */
export const storedScoreSchema = z.strictObject({
  points: z.number().check(z.minimum(0)),
  maxPoints: z.int().check(z.minimum(0)),
  hintsUsed: z.int().check(z.minimum(0)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
});

const attemptStatusSchema = z.enum(["inProgress", "done"]);

/**
 * A game that could not go on because its scenario changed since (store version 4): what it had
 * reached is kept, not its snapshot, which no longer fits the scenario.
 */
export const setAsideGameSchema = z.strictObject({
  scenarioHash: z.string(),
  status: attemptStatusSchema,
  score: z.nullable(storedScoreSchema),
  byStage: z.record(z.string(), storedScoreSchema),
  savedAt: z.optional(z.string()),
});

/**
 * One scenario as the learner left it: the player's persisted snapshot (restored exactly on
 * reload), and, once finished, the scores. The snapshot holds no copy of the scenario, only the
 * content hash of the one it was played on (`scenarioHash`, domain/savedGame.ts, store version 4;
 * null when no game is saved yet). The snapshot is checked by the machine when restored.
 */
export const attemptSchema = z.strictObject({
  scenarioId: z.string().check(z.minLength(1)),
  scenarioHash: z.nullable(z.string()),
  status: attemptStatusSchema,
  snapshot: z.unknown(),
  score: z.nullable(storedScoreSchema),
  byStage: z.record(z.string(), storedScoreSchema),
  /** How many times the scenario was started from the beginning. */
  runs: z.int().check(z.minimum(1)),
  /**
   * When the game was last saved (ISO 8601), to list old games when the browser is full. Optional:
   * saves written before it still validate, so the store's version does not change (docs/decisions/0098).
   */
  savedAt: z.optional(z.string()),
  /** The last game set aside because the scenario changed, if any. */
  setAside: z.optional(setAsideGameSchema),
});

export type StoredScore = z.infer<typeof storedScoreSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type SetAsideGame = z.infer<typeof setAsideGameSchema>;

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
