import { learnerSummary, learnerTitle, type Scenario } from "@/domain";

/**
 * What the library and the learning path show of a scenario. Pages compute it at build time and
 * pass it down, so the browser never downloads nor parses the scenarios to list them. The title is
 * the one a learner reads (the teacher's neutral title when set, and then no summary: 0123).
 */
export type ScenarioSummary = Pick<Scenario, "id" | "title" | "level" | "difficulty" | "durationMinutes" | "stages"> & { summary?: string };

export function summarize(scenario: Scenario): ScenarioSummary {
  const { id, level, difficulty, durationMinutes, stages } = scenario;
  const summary = learnerSummary(scenario);
  return { id, title: learnerTitle(scenario), ...(summary !== undefined ? { summary } : {}), level, difficulty, durationMinutes, stages };
}
