import { LEVEL_LABELS, STAGE_IDS, type Scenario, type StageId } from "@/domain";
import type { ScenarioSummary } from "@/components/catalog/summary";

export type Level = Scenario["level"];
export type Difficulty = Scenario["difficulty"];

/** "≈ 20 min", "≈ 1 h 15 min": what is shown; `spoken` is what a screen reader says. */
export function durationText(minutes: number): { shown: string; spoken: string } {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return { shown: `≈ ${minutes}\u00a0min`, spoken: `environ ${minutes} minutes` };
  const shownRest = rest > 0 ? ` ${rest}\u00a0min` : "";
  const spokenRest = rest > 0 ? ` ${rest} minutes` : "";
  return { shown: `≈ ${hours}\u00a0h${shownRest}`, spoken: `environ ${hours} heure${hours > 1 ? "s" : ""}${spokenRest}` };
}

export interface LibraryFilter {
  stage: StageId | "";
  level: Level | "";
  difficulty: Difficulty | "";
}

export const NO_FILTER: LibraryFilter = { stage: "", level: "", difficulty: "" };

/** A scenario belongs to every stage it plays. */
export function matchesFilter(scenario: ScenarioSummary, filter: LibraryFilter): boolean {
  return (
    (filter.stage === "" || scenario.stages.includes(filter.stage)) &&
    (filter.level === "" || scenario.level === filter.level) &&
    (filter.difficulty === "" || scenario.difficulty === filter.difficulty)
  );
}

export function isStageId(value: string): value is StageId {
  return (STAGE_IDS as readonly string[]).includes(value);
}

export function isLevel(value: string): value is Level {
  return Object.hasOwn(LEVEL_LABELS, value);
}

/** The select gives a string: « 2 » is a difficulty, anything else is none. */
export function difficultyOf(value: string): Difficulty | "" {
  return DIFFICULTIES.find((difficulty) => String(difficulty) === value) ?? "";
}

const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

/** "11 scénarios", "3 scénarios sur 11", "Aucun scénario ne correspond à ces filtres." */
export function countText(shown: number, total: number): string {
  if (shown === 0) return "Aucun scénario ne correspond à ces filtres.";
  const noun = shown > 1 ? "scénarios" : "scénario";
  return shown === total ? `${shown} ${noun}` : `${shown} ${noun} sur ${total}`;
}
