/**
 * The engine's replay, recorded in full: for every bundled scenario, what `playScenario` gives on
 * the answer key and on every game of the wrong-answer sweep (scripts/bundledScenarios.test.ts) —
 * trace (dates, answers, points, explanations), documents, ledger, carried facts, score, refused
 * events. The recordings were taken before the engine was made faster (docs/decisions/0137): any
 * change of speed must leave every one of them identical. Each game is kept as the SHA-256 of its
 * full result (its JSON) beside its name, not the result itself (7,6 Mo for the 13 scenarios): a
 * difference names the game; to see it, print that game's `playScenario` result before and after.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { playScenario } from "@/machines/player";
import { checkScenarioText } from "@/machines/scenarioCheck";
import { eventsWith, wrongSequences } from "@/machines/testing/wrongSweeps";
import { isScenarioFileName } from "./scenario";

const folder = fileURLToPath(new URL("../scenarios/", import.meta.url));
const files = readdirSync(folder).filter(isScenarioFileName).sort();

/** Every game the sweep plays on one scenario, with its full result. */
function recordedReplays(name: string) {
  const checked = checkScenarioText(readFileSync(join(folder, name), "utf8"), `scenarios/${name}`);
  if (!checked.ok) throw new Error(`${name} invalide`);
  const { scenario, solved } = checked;
  const sweeps = solved.steps.flatMap((step, index) =>
    wrongSequences(scenario, solved.events, step, index).map((replacement) => ({
      index,
      replacement,
      result: playScenario(scenario, eventsWith(solved.events, index, replacement)),
    })),
  );
  return [{ answerKey: true, result: playScenario(scenario, solved.events) }, ...sweeps];
}

/** One game a line, « <SHA-256 of its result> <which game> »: a difference names the game (step, wrong answer). */
const asLines = (games: readonly (ReturnType<typeof recordedReplays>[number])[]) =>
  `${games.map((game) => `${createHash("sha256").update(JSON.stringify(game)).digest("hex")} ${"index" in game ? `étape ${game.index} : ${JSON.stringify(game.replacement)}` : "corrigé"}`).join("\n")}\n`;

/** The sweep of the longest scenarios plays a few hundred games, and the engine was slow before 0137. */
const SWEEP_TIMEOUT_MS = 60_000;

describe("the replay of the bundled scenarios", () => {
  it.each(files)(
    "%s gives the recorded results on its answer key and every wrong answer",
    async (name) => {
      const games = recordedReplays(name);
      expect(games.length).toBeGreaterThan(1);
      await expect(asLines(games)).toMatchFileSnapshot(`./__replays__/${name.replace(/\.json$/, ".sha256")}`);
    },
    SWEEP_TIMEOUT_MS,
  );
});
