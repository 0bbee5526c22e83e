import { shelfOfStages, type ScenarioShelf } from "@/domain";
import type { ScenarioSummary } from "@/components/catalog/summary";
import { scenarioScore, type RunHistory, type RunScore } from "@/store/historySlice";
import type { Attempt } from "@/store/progressSlice";

export interface StageProgress {
  scenarios: readonly ScenarioSummary[];
  /** Scenarios of the stage finished at least once: a replay under way does not undo it. */
  done: number;
  /** Points of each scenario's best attempt (the one « Meilleur » shows), at this stage only (the whole scenario for the chains); null before any. */
  score: RunScore | null;
}

/** The scenarios filed under a stage of the path (the stage they work on) or among the chains (docs/decisions/0143). */
export function scenariosOfShelf(scenarios: readonly ScenarioSummary[], shelf: ScenarioShelf): ScenarioSummary[] {
  return scenarios.filter((scenario) => shelfOfStages(scenario.stages) === shelf);
}

/**
 * How far the learner went in one stage of the course, or in the chains, from each scenario's score
 * (store/historySlice.ts `scenarioScore`, the one every screen shows): the best attempt of each,
 * so that the figure moves with « Meilleur » and never with a replay under way.
 */
export function shelfProgress(scenarios: readonly ScenarioSummary[], shelf: ScenarioShelf, attempts: Readonly<Record<string, Attempt>>, history: RunHistory["scenarios"]): StageProgress {
  const ofStage = scenariosOfShelf(scenarios, shelf);
  const records = ofStage.map((scenario) => scenarioScore(history[scenario.id], attempts[scenario.id]));
  const done = records.filter((record) => record.attempts > 0).length;
  const scores = records.flatMap((record) => {
    const best = shelf === "chain" ? record.best : record.bestByStage[shelf];
    return best ? [best] : [];
  });
  if (scores.length === 0) return { scenarios: ofStage, done, score: null };
  const points = scores.reduce((sum, s) => sum + s.points, 0);
  const maxPoints = scores.reduce((sum, s) => sum + s.maxPoints, 0);
  // The same rounding as the engine's scores (domain/scoring.ts): to the unit, 100 when nothing was scored.
  const percent = maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100);
  return { scenarios: ofStage, done, score: { points, maxPoints, percent } };
}

/**
 * The scenario to resume. The store keeps no date of play, so "the most recent" cannot be
 * known: the first scenario in progress in catalog order is chosen.
 */
export function scenarioToResume(scenarios: readonly ScenarioSummary[], attempts: Readonly<Record<string, Attempt>>): ScenarioSummary | undefined {
  return scenarios.find((scenario) => attempts[scenario.id]?.status === "inProgress");
}
