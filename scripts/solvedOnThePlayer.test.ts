/**
 * A whole scenario is solved on the stages the player runs (machines/answerKey `play`, docs/decisions/0147):
 * for every bundled scenario, each stage's events are exactly what the stage's solver derives on its
 * own machine from the same input (`solve`, which the command line, the tests and the wrong answers use).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "@/domain/scenarioLoad";
import { ANSWER_KEYS, solveScenario } from "@/machines/answerKey";
import { isScenarioFileName } from "./scenario";

const folder = fileURLToPath(new URL("../scenarios/", import.meta.url));
const files = readdirSync(folder).filter(isScenarioFileName).sort();

describe("the key played on the player's stages", () => {
  it.each(files)("%s : the same events as each stage's solver", (name) => {
    const parsed = parseScenarioText(readFileSync(join(folder, name), "utf8"), name);
    if (!parsed.ok) throw new Error(`${name} invalide`);
    const { steps } = solveScenario(parsed.scenario);
    expect(steps.length).toBeGreaterThan(0);
    const byStage = [...new Set(steps.map((step) => step.input))].map((input) => steps.filter((step) => step.input === input));
    for (const stageSteps of byStage) {
      const [first] = stageSteps;
      if (first === undefined) continue;
      expect(stageSteps.map((step) => step.event)).toEqual(ANSWER_KEYS[first.stage].solve(first.input));
    }
  });
});
