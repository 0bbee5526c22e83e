import type { Scenario } from "@/domain";

/**
 * What the library and the learning path show of a scenario. Pages compute it at build time and
 * pass it down, so the browser never downloads nor parses the scenarios to list them.
 */
export type ScenarioSummary = Pick<Scenario, "id" | "title" | "summary" | "level" | "difficulty" | "durationMinutes" | "stages">;

export function summarize({ id, title, summary, level, difficulty, durationMinutes, stages }: Scenario): ScenarioSummary {
  return { id, title, summary, level, difficulty, durationMinutes, stages };
}
