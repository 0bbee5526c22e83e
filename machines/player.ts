/**
 * The player with every stage machine at hand, for the command line, the tests and the pages that
 * replay a game at once (an LMS's saved moves, a teacher's preview, the full check of a scenario):
 * they play synchronously, so no stage waits for its machine. A learner's page imports
 * playerMachine.ts instead and fetches each stage's machine when it needs it (docs/decisions/0141).
 */
import { provideStageMachines } from "./stageMachines";
import { STAGE_MACHINES } from "./stages";
import { playScenario as playWithRegisteredMachines, startPlayer as startWithRegisteredMachines, type PlayerActor } from "./playerMachine";

export * from "./playerMachine";

/**
 * Gives the registry every machine. Called by the functions below, not only when this module is
 * loaded: package.json declares the modules free of side effects, so a bundle that takes only
 * re-exported names from here may skip this file's top-level code.
 */
function provideEveryStageMachine(): void {
  provideStageMachines(STAGE_MACHINES);
}

provideEveryStageMachine();

/** `startPlayer` of playerMachine.ts, every stage's machine at hand. */
export function startPlayer(...args: Parameters<typeof startWithRegisteredMachines>): PlayerActor {
  provideEveryStageMachine();
  return startWithRegisteredMachines(...args);
}

/** `playScenario` of playerMachine.ts, every stage's machine at hand. */
export function playScenario(...args: Parameters<typeof playWithRegisteredMachines>): ReturnType<typeof playWithRegisteredMachines> {
  provideEveryStageMachine();
  return playWithRegisteredMachines(...args);
}
