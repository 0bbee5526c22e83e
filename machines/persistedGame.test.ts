import { describe, expect, it } from "vitest";
import { SCENARIO_MARKER, scenarioFingerprint } from "@/domain";
import { persistGame, resumePlayer } from "./persistedGame";
import { solveScenario } from "./answerKey";
import { runningStage, startPlayer } from "./player";
import { intakeScenario } from "@/domain/intake/intake.fixtures";

const chain = () => intakeScenario((file) => void (file.stages = ["orderIntake", "orderProcessing", "invoicing"]));

describe("a saved game without its scenario", () => {
  it("replaces the player's copy and the running stage's copy by a marker, and keeps the scenario's hash", () => {
    const scenario = chain();
    const actor = startPlayer(scenario);
    const saved = persistGame(actor, scenario);
    actor.stop();
    const snapshot = saved.snapshot as { context: { scenario: unknown }; children: { stage: { snapshot: { context: { scenario: unknown } } } } };
    expect(snapshot.context.scenario).toBe(SCENARIO_MARKER);
    expect(snapshot.children.stage.snapshot.context.scenario).toBe(SCENARIO_MARKER);
    expect(JSON.stringify(saved.snapshot)).not.toContain(scenario.title);
    expect(saved.scenarioHash).toBe(scenarioFingerprint(scenario));
  });

  it("restored on an equal scenario object, the game holds that object and the very snapshot that was saved", () => {
    const scenario = chain();
    const { events } = solveScenario(scenario);
    const actor = startPlayer(scenario);
    for (const event of events.slice(0, 3)) actor.send(event);
    const before = actor.getPersistedSnapshot();
    const saved = JSON.parse(JSON.stringify(persistGame(actor, scenario))) as ReturnType<typeof persistGame>;
    actor.stop();
    const current = structuredClone(scenario);
    const restored = resumePlayer(current, saved.snapshot);
    expect(restored.getSnapshot().context.scenario).toBe(current);
    const running = runningStage(restored.getSnapshot());
    expect(running?.stage === "orderIntake" ? running.actor.getSnapshot().context.scenario : undefined).toBe(current);
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(JSON.parse(JSON.stringify(before)));
    restored.stop();
  });
});
