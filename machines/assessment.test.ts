/**
 * A scenario played as an assessment (classroom.assessment, docs/decisions/0123): every stage
 * refuses every hint, at every step of the engine's answer key, on every bundled scenario; the
 * game still ends with full marks. The same walk without the setting finds hints offered, so the
 * check can fail. The order-intake graph is also explored whole in assessment mode.
 */
import { readdirSync, readFileSync } from "node:fs";
import { getAdjacencyMap } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import { INTAKE_STEPS, type Scenario } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import { creditBreachFromAcceptedOrders, intakeInput } from "@/domain/intake/intake.fixtures";
import { ANSWER_KEYS } from "./answerKey";
import { solveOrderIntake, wrongAnswers } from "./answerKey/orderIntake";
import { orderIntakeMachine, type OrderIntakeEvent } from "./orderIntake";
import { currentStage, playResult, runningStage, stageInput, startPlayer } from "./player";

const HINT = { type: "learner.hintRequested" } as const;
const FOLDER = new URL("../scenarios/", import.meta.url);

function bundled(): [string, Scenario][] {
  return readdirSync(FOLDER)
    .filter((name) => /^\d\d-.*\.json$/u.test(name) && !name.endsWith(".actions.json"))
    .map((name) => {
      const parsed = parseScenario(JSON.parse(readFileSync(new URL(name, FOLDER), "utf8")), name);
      if (!parsed.ok) throw new Error(`${name} : ${parsed.issues.map((i) => i.message).join(" ; ")}`);
      return [name, parsed.scenario];
    });
}

function asAssessment(scenario: Scenario): Scenario {
  return { ...scenario, classroom: { ...scenario.classroom, assessment: true } };
}

/** Plays the engine's key stage after stage; before each event, whether the stage would give a hint. */
function hintOffers(scenario: Scenario) {
  const actor = startPlayer(scenario);
  const offers: boolean[] = [];
  const hintsShown: string[] = [];
  for (let stage = currentStage(actor.getSnapshot()); stage !== undefined; stage = currentStage(actor.getSnapshot())) {
    const events = ANSWER_KEYS[stage].solve(stageInput(actor.getSnapshot().context));
    for (const event of events) {
      const running = runningStage(actor.getSnapshot());
      if (running === undefined) break;
      offers.push(running.actor.getSnapshot().can(HINT));
      // Asked anyway, as a recorded file or a forged click would: nothing is shown, nothing counted.
      actor.send(HINT);
      hintsShown.push(...(runningStage(actor.getSnapshot())?.actor.getSnapshot().context.hintsShown ?? []));
      actor.send(event);
    }
    if (currentStage(actor.getSnapshot()) === stage) break;
  }
  const result = playResult(actor, []);
  actor.stop();
  return { offers, hintsShown, result };
}

describe("assessment mode: no hint from any stage", () => {
  const scenarios = bundled();

  it("covers the bundled scenarios", () => {
    // The folder as read: the 36 scenarios or more the library holds (issue 17), none left out by the filter.
    expect(scenarios.length).toBeGreaterThanOrEqual(36);
  });

  it.each(scenarios)("%s: refused at every step, the game still ends with full marks", (_name, scenario) => {
    const { offers, hintsShown, result } = hintOffers(asAssessment(scenario));
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.filter(Boolean)).toEqual([]);
    expect(hintsShown).toEqual([]);
    expect(result.finished).toBe(true);
    expect(result.score.overall.hintsUsed).toBe(0);
    expect(result.score.overall.points).toBe(result.score.overall.maxPoints);
  });

  it.each(scenarios)("%s: without the setting, hints are offered", (_name, scenario) => {
    const { offers } = hintOffers(scenario);
    expect(offers.some(Boolean)).toBe(true);
  });

  it("order intake explored whole (right, wrong and out-of-order answers): no state gives a hint, unlike the same graph without the setting", () => {
    const explore = (scenario: Scenario) => {
      const input = intakeInput(scenario);
      const solved = solveOrderIntake(input);
      const events = (): OrderIntakeEvent[] => [...solved, ...solved.flatMap((event) => wrongAnswers(input, event)), HINT];
      const adjacency = getAdjacencyMap(orderIntakeMachine, { input, events, serializeState: (s) => `${JSON.stringify(s.value)}|${s.context.hintsShown.length}` });
      return Object.values(adjacency).map(({ state }) => state);
    };
    const assessed = explore(asAssessment(creditBreachFromAcceptedOrders()));
    expect(new Set(assessed.map((state) => state.value))).toEqual(new Set([...INTAKE_STEPS, "done"]));
    expect(assessed.filter((state) => state.can(HINT))).toEqual([]);
    expect(assessed.every((state) => state.context.hintsShown.length === 0)).toBe(true);
    expect(explore(creditBreachFromAcceptedOrders()).filter((state) => state.can(HINT)).length).toBeGreaterThan(INTAKE_STEPS.length);
  });
});
