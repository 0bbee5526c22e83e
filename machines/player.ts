/**
 * The player with every stage machine at hand, for the command line, the tests and the pages that
 * replay a game at once (an LMS's saved moves, a teacher's preview): they play synchronously, so
 * no stage waits for its machine. A learner's page imports playerMachine.ts instead and fetches
 * each stage's machine when it needs it (docs/decisions/0141).
 */
import { provideStageMachines } from "./stageMachines";
import { STAGE_MACHINES } from "./stages";

provideStageMachines(STAGE_MACHINES);

export * from "./playerMachine";
