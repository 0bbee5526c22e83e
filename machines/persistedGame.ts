/**
 * The player's game as the browser saves it and restores it: no copy of the scenario, only the
 * content hash of the one it was played on (domain/savedGame.ts, docs/decisions/0102).
 */
import { scenarioFingerprint, STAGE_IDS, withoutScenario, withScenario, type Scenario, type StageId } from "@/domain";
import { startPlayer, type PlayerActor } from "./playerMachine";

export interface PersistedGame {
  scenarioHash: string;
  snapshot: unknown;
}

// A game is saved after every move: the scenario, unchanged for the whole game, is hashed once.
const fingerprints = new WeakMap<Scenario, string>();

/** The content hash of a scenario object, computed once per object. */
export function fingerprintOf(scenario: Scenario): string {
  let hash = fingerprints.get(scenario);
  if (hash === undefined) {
    hash = scenarioFingerprint(scenario);
    fingerprints.set(scenario, hash);
  }
  return hash;
}

/** What to save of a player playing `scenario`. */
export function persistGame(actor: PlayerActor, scenario: Scenario): PersistedGame {
  return { scenarioHash: fingerprintOf(scenario), snapshot: withoutScenario(actor.getPersistedSnapshot()) };
}

/** Starts the player from a saved snapshot, on the current `scenario` (the caller has checked its hash). */
export function resumePlayer(scenario: Scenario, snapshot: unknown, options: Parameters<typeof startPlayer>[2] = {}): PlayerActor {
  return startPlayer(scenario, withScenario(snapshot, scenario), options);
}

/** The top state of a saved snapshot: the stage it stands in, or "finished". */
function savedStage(snapshot: unknown): string | undefined {
  const value = (snapshot as { value?: unknown } | null)?.value;
  return typeof value === "string" ? value : typeof value === "object" && value !== null ? Object.keys(value)[0] : undefined;
}

/**
 * The stages whose machines a game needs before it starts (docs/decisions/0141): a new game, the
 * scenario's first stage; a saved one, every stage of the scenario up to the one it stands in (the
 * snapshot restores that stage's actor), or all of them when it is finished or unreadable.
 */
export function stagesToStart(scenario: Scenario, snapshot?: unknown): StageId[] {
  // The player plays the scenario's stages in the course's order, whatever order the file lists them in.
  const played = STAGE_IDS.filter((stage) => scenario.stages.includes(stage));
  if (snapshot === undefined || snapshot === null) return played.slice(0, 1);
  const reached = played.indexOf(savedStage(snapshot) as StageId);
  return reached === -1 ? played : played.slice(0, reached + 1);
}
