/**
 * The player's game as the browser saves it and restores it: no copy of the scenario, only the
 * content hash of the one it was played on (domain/savedGame.ts, docs/decisions/0102).
 */
import { scenarioFingerprint, withoutScenario, withScenario, type Scenario } from "@/domain";
import { startPlayer, type PlayerActor } from "./player";

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
