/**
 * `startPlayer`'s `onMove`: the learner's moves, whether sent to the player or straight to the
 * stage it runs (as the panels do), recorded once each, and replayed on a fresh player into the
 * very game that was left (what an LMS's suspend_data keeps, docs/decisions/0126).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "@/domain/scenarioLoad";
import { solveScenario } from "./answerKey";
import { persistGame } from "./persistedGame";
import { runningStage, sendAll, startPlayer, type PlayerEvent } from "./player";

function bundled(name: string) {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL(`../scenarios/${name}`, import.meta.url), "utf8")), name);
  if (!parsed.ok) throw new Error(name);
  return parsed.scenario;
}

describe("the learner's moves", () => {
  it("are recorded once each, from the player or the running stage, and replay into the same game", () => {
    const scenario = bundled("05-chaine-complete-livraison-partielle-acompte.json");
    const { events } = solveScenario(scenario);
    const moves: PlayerEvent[] = [];
    const actor = startPlayer(scenario, undefined, { onMove: (event) => moves.push(event) });
    const half = Math.floor(events.length / 2);
    // Half sent to the player, half to the stage itself, as a panel does.
    events.slice(0, half).forEach((event) => actor.send(event));
    events.slice(half, half + 5).forEach((event) => runningStage(actor.getSnapshot())?.actor.send(event as never));
    expect(moves).toEqual(events.slice(0, half + 5));

    const replayed = startPlayer(scenario);
    expect(sendAll(replayed, moves)).toEqual([]);
    expect(JSON.stringify(persistGame(replayed, scenario))).toBe(JSON.stringify(persistGame(actor, scenario)));
    actor.stop();
    replayed.stop();
  });

  it("are not the player's own forwarding nor its internal events", () => {
    const scenario = bundled("02-depassement-d-encours.json");
    const [first] = solveScenario(scenario).events;
    const moves: PlayerEvent[] = [];
    const actor = startPlayer(scenario, undefined, { onMove: (event) => moves.push(event) });
    if (first) actor.send(first);
    expect(moves).toEqual([first]);
    actor.stop();
  });
});
