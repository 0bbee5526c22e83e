import type { ComponentType } from "react";
import type { StageId } from "@/domain";
import type { StageMachines } from "@/machines/stages";
import { provideStageMachines } from "@/machines/stageMachines";
import type { StagePanelProps } from "./types";

export type StagePanelComponent<S extends StageId> = ComponentType<StagePanelProps<S>>;

/** What a stage's chunk brings: its machine and its task panel. */
export interface StageChunk<S extends StageId> {
  machine: StageMachines[S];
  Panel: StagePanelComponent<S>;
}

type StageChunkLoaders = { readonly [S in StageId]: () => Promise<StageChunk<S>> };

/**
 * One `import()` per stage, for its machine and its panel together (docs/decisions/0151). Fetched
 * by two sibling `import()`s (0139, 0141), the two made two chunk groups that share the stage's
 * machine and domain, and Turbopack put a copy of the shared modules in each (the payment
 * follow-up's machine and judge twice before its first decision). A missing stage fails the type check.
 */
const STAGE_CHUNK_LOADERS: StageChunkLoaders = {
  orderIntake: () => import("./chunks/orderIntake"),
  orderProcessing: () => import("./chunks/orderProcessing"),
  invoicing: () => import("./chunks/invoicing"),
  invoiceControl: () => import("./chunks/invoiceControl"),
  paymentFollowUp: () => import("./chunks/paymentFollowUp"),
};

/** A fetch that says its result once it is over, so that a chunk fetched earlier (the idle preload) is used without waiting. */
type TrackedFetch<T> = Promise<T> & { value?: T };

const stageFetches: { [S in StageId]?: TrackedFetch<StageChunk<S>> } = {};

/**
 * The one fetch of stage `S`'s chunk; its machine goes to the player's registry as soon as it is
 * there. A failed fetch is forgotten, so that the next call tries again.
 */
export function fetchStageChunk<S extends StageId>(stage: S): TrackedFetch<StageChunk<S>> {
  const started: TrackedFetch<StageChunk<S>> | undefined = stageFetches[stage];
  if (started) return started;
  const fetching: TrackedFetch<StageChunk<S>> = STAGE_CHUNK_LOADERS[stage]();
  fetching.then(
    (chunk) => {
      fetching.value = chunk;
      provideStageMachines({ [stage]: chunk.machine });
    },
    () => {
      delete stageFetches[stage];
    },
  );
  // Keyed by the stage it is the chunk of: TypeScript cannot tie a generic key to its mapped value.
  (stageFetches as { [K in S]?: TrackedFetch<StageChunk<S>> })[stage] = fetching;
  return fetching;
}

/** Stage `S`'s panel if its chunk is there. */
export function loadedStagePanel<S extends StageId>(stage: S): StagePanelComponent<S> | undefined {
  return stageFetches[stage]?.value?.Panel;
}

/** Stage `S`'s machine, from its chunk: what the player's registry fetches a machine with (`provideStageMachineLoader`). */
export function stageMachineFromChunk<S extends StageId>(stage: S): Promise<StageMachines[S]> {
  return fetchStageChunk(stage).then((chunk) => chunk.machine);
}

/** Fetches the chunks of these stages (machines and panels); each machine is in the registry once this resolves. */
export async function loadStageChunks(stages: readonly StageId[]): Promise<void> {
  await Promise.all(stages.map((stage) => fetchStageChunk(stage)));
}
