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

/**
 * One scenario as the learner left it: the player's persisted snapshot (restored exactly on
 * reload), and, once finished, the scores. The snapshot is checked by the machine when restored.
 */
export const attemptSchema = z.strictObject({
  scenarioId: z.string().check(z.minLength(1)),
  status: z.enum(["inProgress", "done"]),
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
});

export type StoredScore = z.infer<typeof storedScoreSchema>;
export type Attempt = z.infer<typeof attemptSchema>;

export interface ProgressSlice {
  attempts: Record<string, Attempt>;
  /** Saves the player's state after each move; `result` once the scenario is finished. */
  saveAttempt: (scenarioId: string, snapshot: unknown, result?: { score: StoredScore; byStage: Record<string, StoredScore> }) => void;
  /** Starts the scenario again from the beginning (the previous run is forgotten, its count kept). */
  restartAttempt: (scenarioId: string) => void;
  /** Forgets a scenario altogether. */
  resetAttempt: (scenarioId: string) => void;
  resetAllProgress: () => void;
}

type Set = (fn: (state: ProgressSlice) => Partial<ProgressSlice>) => void;

export function createProgressSlice(set: Set): ProgressSlice {
  return {
    attempts: {},
    saveAttempt: (scenarioId, snapshot, result) =>
      set((s) => {
        const previous = s.attempts[scenarioId];
        const attempt: Attempt = {
          scenarioId,
          status: result ? "done" : "inProgress",
          snapshot,
          score: result?.score ?? null,
          byStage: result?.byStage ?? {},
          runs: previous?.runs ?? 1,
          savedAt: new Date().toISOString(),
        };
        return { attempts: { ...s.attempts, [scenarioId]: attempt } };
      }),
    restartAttempt: (scenarioId) =>
      set((s) => {
        const previous = s.attempts[scenarioId];
        if (!previous) return {};
        const restarted: Attempt = { scenarioId, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: previous.runs + 1, savedAt: new Date().toISOString() };
        return { attempts: { ...s.attempts, [scenarioId]: restarted } };
      }),
    resetAttempt: (scenarioId) =>
      set((s) => {
        const { [scenarioId]: _removed, ...rest } = s.attempts;
        return { attempts: rest };
      }),
    resetAllProgress: () => set(() => ({ attempts: {} })),
  };
}
