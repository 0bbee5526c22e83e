/**
 * One scenario's attempts as the store keeps them, for the tests of every screen that shows its
 * score (the learning path, the library): the same figures must come out in the same words.
 * Scenario 01 plays stages 1 and 2. Archived: 20 / 24 (83 %), then 12 / 24 (50 %); finished now:
 * 16 / 24 (67 %), whose intake alone is 12 / 16 (75 %), the figure the home page used to show.
 */
import { withoutHints, type ArchivedRun } from "@/store/historySlice";
import type { Attempt, StoredScore } from "@/store/progressSlice";

export const SCORED_SCENARIO = "nouveau-client-par-telephone";

/** What every screen says of it: best, last, finished attempts (Testing Library reads non-breaking spaces as spaces). */
export const SCORE_SAID = "Meilleur : 83 % — Dernier : 67 % (3 essais)";

const scored = (points: number, maxPoints: number): StoredScore => ({ points, maxPoints, hintsUsed: 0, percent: Math.round((points / maxPoints) * 100) });

function run(points: number, intake: number): ArchivedRun {
  return {
    endedAt: "2026-11-20T10:00:00.000Z",
    finished: true,
    score: withoutHints(scored(points, 24)),
    byStage: { orderIntake: withoutHints(scored(intake, 16)), orderProcessing: withoutHints(scored(points - intake, 8)) },
    decisions: { count: 12, right: 10, hintsUsed: 0 },
    durationSeconds: null,
  };
}

/** The part of the store's state that holds the three attempts. */
export function threeAttempts(): { attempts: Record<string, Attempt>; history: { scenarios: Record<string, ArchivedRun[]>; quizzes: Record<string, ArchivedRun[]> } } {
  const current: Attempt = {
    scenarioId: SCORED_SCENARIO,
    scenarioHash: null,
    status: "done",
    snapshot: null,
    score: scored(16, 24),
    byStage: { orderIntake: scored(12, 16), orderProcessing: scored(4, 8) },
    runs: 3,
  };
  return { attempts: { [SCORED_SCENARIO]: current }, history: { scenarios: { [SCORED_SCENARIO]: [run(20, 14), run(12, 8)] }, quizzes: {} } };
}
