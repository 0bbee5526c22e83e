/**
 * The player as a learner's page runs it (docs/decisions/0141): it holds no stage machine until
 * one is fetched. This file imports playerMachine.ts, never player.ts (which gives the registry
 * every machine), so each stage's machine arrives here as it does in the browser.
 */
import { describe, expect, it } from "vitest";
import { waitFor } from "xstate";
import { intakeScenario } from "@/domain/intake/intake.fixtures";
import { persistGame, resumePlayer, stagesToStart } from "./persistedGame";
import { currentStage, runningStage, sendAll, startPlayer } from "./playerMachine";
import { hasStageMachine, loadStageMachines, provideStageMachineLoader } from "./stageMachines";

// Where a page fetches them from is the page's (components/stages/stageChunks.ts): here, from the machines' module, later.
provideStageMachineLoader((stage) => import("./stages").then((module) => module.STAGE_MACHINES[stage]));

const scenario = intakeScenario((file) => {
  file.stages = ["orderIntake", "orderProcessing"];
});

const firstMove = { type: "learner.accountFound", customerId: "CLI-0001" } as const;

describe("a stage whose machine has not arrived yet", () => {
  it("waits for it: no stage runs and a move is refused, then the stage starts as soon as its machine is there", async () => {
    expect(hasStageMachine("orderIntake")).toBe(false);
    const actor = startPlayer(scenario);
    expect(actor.getSnapshot().matches({ orderIntake: "loading" })).toBe(true);
    expect(currentStage(actor.getSnapshot())).toBeUndefined();
    expect(runningStage(actor.getSnapshot())).toBeUndefined();
    expect(sendAll(actor, [firstMove])).toEqual([{ index: 0, event: firstMove, reason: "aucune étape n'est en cours." }]);
    // Saved while it waits (the browser saves when idle): the game restored from it fetches the machine again.
    const saved = persistGame(actor, scenario);

    const running = runningStage(await waitFor(actor, (snapshot) => snapshot.matches({ orderIntake: "running" })));
    expect(hasStageMachine("orderIntake")).toBe(true);
    expect(running?.stage).toBe("orderIntake");
    expect(running?.stage === "orderIntake" && running.actor.getSnapshot().can(firstMove)).toBe(true);
    actor.stop();

    const resumed = resumePlayer(scenario, JSON.parse(JSON.stringify(saved.snapshot)) as unknown);
    const resumedRunning = await waitFor(resumed, (snapshot) => runningStage(snapshot) !== undefined);
    expect(currentStage(resumedRunning)).toBe("orderIntake");
    expect(sendAll(resumed, [firstMove])).toEqual([]);
    resumed.stop();
  });
});

describe("the stages whose machines a game needs before it starts", () => {
  it("are the first stage for a new game, every stage up to the one it stands in for a saved game, all of them for a finished one", async () => {
    expect(stagesToStart(scenario)).toEqual(["orderIntake"]);
    await loadStageMachines(["orderIntake", "orderProcessing"]);
    expect(stagesToStart(scenario, { value: { orderProcessing: "running" } })).toEqual(["orderIntake", "orderProcessing"]);
    expect(stagesToStart(scenario, { value: { orderIntake: "running" } })).toEqual(["orderIntake"]);
    expect(stagesToStart(scenario, { value: "finished" })).toEqual(["orderIntake", "orderProcessing"]);
  });

  it("follow the course's order, whatever order the scenario lists its stages in", () => {
    const listedBackwards = intakeScenario((file) => {
      file.stages = ["invoicing", "orderIntake"];
    });
    expect(stagesToStart(listedBackwards)).toEqual(["orderIntake"]);
  });
});
