import type { StageId } from "@/domain";
import type { ScenarioSummary } from "@/components/catalog/summary";
import type { Attempt, StoredScore } from "@/store/progressSlice";

export interface StageProgress {
  scenarios: readonly ScenarioSummary[];
  done: number;
  /** Points of the last finished run of each scenario, at this stage only; null before any. */
  score: StoredScore | null;
}

/** A scenario belongs to every stage it plays. */
export function scenariosOfStage(scenarios: readonly ScenarioSummary[], stage: StageId): ScenarioSummary[] {
  return scenarios.filter((scenario) => scenario.stages.includes(stage));
}

/** How far the learner went in one stage of the course, from the saved attempts' scores by stage. */
export function stageProgress(scenarios: readonly ScenarioSummary[], stage: StageId, attempts: Readonly<Record<string, Attempt>>): StageProgress {
  const ofStage = scenariosOfStage(scenarios, stage);
  const finished = ofStage.map((scenario) => attempts[scenario.id]).filter((attempt) => attempt?.status === "done");
  const scores = finished.flatMap((attempt) => (attempt?.byStage[stage] ? [attempt.byStage[stage]] : []));
  if (scores.length === 0) return { scenarios: ofStage, done: finished.length, score: null };
  const points = scores.reduce((sum, s) => sum + s.points, 0);
  const maxPoints = scores.reduce((sum, s) => sum + s.maxPoints, 0);
  const hintsUsed = scores.reduce((sum, s) => sum + s.hintsUsed, 0);
  // The same rounding as the engine's scores (domain/scoring.ts): to the unit, 100 when nothing was scored.
  const percent = maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100);
  return { scenarios: ofStage, done: finished.length, score: { points, maxPoints, hintsUsed, percent } };
}

/**
 * The scenario to resume. The store keeps no date of play, so "the most recent" cannot be
 * known: the first scenario in progress in catalog order is chosen.
 */
export function scenarioToResume(scenarios: readonly ScenarioSummary[], attempts: Readonly<Record<string, Attempt>>): ScenarioSummary | undefined {
  return scenarios.find((scenario) => attempts[scenario.id]?.status === "inProgress");
}
