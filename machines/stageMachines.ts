/**
 * The stage machines the player has at hand (issue 16, docs/decisions/0141). In the browser each
 * stage's machine, with the part of the domain only it uses, comes with its stage's chunk: a page
 * fetches the machine of the scenario's first stage before it starts the game, and the others when
 * idle or when their stage comes, from where the page says (`provideStageMachineLoader`). The
 * command line and the tests play synchronously: `machines/player.ts` gives this registry every
 * machine when it is imported.
 */
import type { StageId } from "@/domain";
import type { StageMachines } from "./stages";

/**
 * Fetches stage `S`'s machine. Given by the page (components/stages/stageChunks.ts): there each
 * stage's machine comes in one chunk group with its panel, fetched by one `import()`, so that the
 * bundler does not put a copy of the machine and of its domain in both (docs/decisions/0151).
 */
export type StageMachineLoader = <S extends StageId>(stage: S) => Promise<StageMachines[S]>;

let loader: StageMachineLoader | undefined;

/** Says where the machines not at hand are fetched from (a page that plays, a test). */
export function provideStageMachineLoader(load: StageMachineLoader): void {
  loader = load;
}

const loaded: Partial<StageMachines> = {};

/** Gives the registry machines already imported (the headless player: every one of them). */
export function provideStageMachines(machines: Partial<StageMachines>): void {
  Object.assign(loaded, machines);
}

/** Whether stage `stage`'s machine has arrived, so that the player can start it at once. */
export function hasStageMachine(stage: StageId): boolean {
  return loaded[stage] !== undefined;
}

/** Whether every one of these stages' machines has arrived: the game can then start without waiting. */
export function hasStageMachines(stages: readonly StageId[]): boolean {
  return stages.every(hasStageMachine);
}

/** Stage `S`'s machine; the player asks for it only once `hasStageMachine` says it is there. */
export function stageMachine<S extends StageId>(stage: S): StageMachines[S] {
  const machine: StageMachines[S] | undefined = loaded[stage];
  if (machine === undefined) throw new Error(`La machine de l'étape «\u00a0${stage}\u00a0» est demandée avant d'être chargée.`);
  return machine;
}

async function loadStageMachine<S extends StageId>(stage: S): Promise<void> {
  if (hasStageMachine(stage)) return;
  if (loader === undefined) throw new Error(`La machine de l'étape «\u00a0${stage}\u00a0» n'a pas d'où venir\u00a0: aucun chargeur n'est donné.`);
  const machine: StageMachines[S] = await loader(stage);
  provideStageMachines({ [stage]: machine });
}

/** Fetches these stages' machines (the bundler fetches a chunk once; a failed fetch is tried again on the next call). */
export async function loadStageMachines(stages: readonly StageId[]): Promise<void> {
  await Promise.all(stages.map((stage) => loadStageMachine(stage)));
}
