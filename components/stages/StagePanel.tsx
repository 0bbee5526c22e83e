"use client";
import { useEffect, type ComponentType } from "react";
import type { SnapshotFrom } from "xstate";
import type { Scenario, StageId } from "@/domain";
import type { RunningStage, StageActor } from "@/machines/stages";
import { loadStageMachines } from "@/machines/stageMachines";
import { useActorSnapshot } from "@/components/ui/useActorSnapshot";
import { whenIdle } from "@/store/whenIdle";
import { StageEnd } from "./StageEnd";
import type { StagePanelProps } from "./types";

type StagePanelComponent<S extends StageId> = ComponentType<StagePanelProps<S>>;
type PanelLoaders = { readonly [S in StageId]: () => Promise<StagePanelComponent<S>> };

/**
 * Where the task panel of each stage is fetched from, typed by its machine (machines/stages.ts): a
 * missing stage fails the type check. Each panel is its own chunk, so that a page downloads only
 * the panels its scenario plays, each when its stage starts or earlier when idle (docs/decisions/0139);
 * until it is there, the player's Suspense boundary shows that the stage opens.
 */
const PANEL_LOADERS: PanelLoaders = {
  orderIntake: () => import("./OrderIntakePanel").then((module) => module.OrderIntakePanel),
  orderProcessing: () => import("./OrderProcessingPanel").then((module) => module.OrderProcessingPanel),
  invoicing: () => import("./InvoicingPanel").then((module) => module.InvoicingPanel),
  invoiceControl: () => import("./InvoiceControlPanel").then((module) => module.InvoiceControlPanel),
  paymentFollowUp: () => import("./PaymentFollowUpPanel").then((module) => module.PaymentFollowUpPanel),
};

/** A fetch that says its result once it is over, so that a panel fetched earlier (the idle preload) renders without waiting. */
type TrackedFetch<T> = Promise<T> & { value?: T };

const panelFetches: { [S in StageId]?: TrackedFetch<StagePanelComponent<S>> } = {};

/** Stage `S`'s panel as a component declared once, to be rendered only once its fetch is over. */
function loadedPanel<S extends StageId>(stage: S): StagePanelComponent<S> {
  return function LoadedPanel(props: StagePanelProps<S>) {
    const Panel = panelFetches[stage]?.value;
    if (!Panel) throw new Error(`Le panneau de l'étape « ${stage} » est affiché avant d'être chargé.`);
    return <Panel {...props} />;
  };
}

/** The one fetch of stage `S`'s panel; a failed fetch is forgotten, so that the next render tries again. */
function fetchPanel<S extends StageId>(stage: S): TrackedFetch<StagePanelComponent<S>> {
  const started: TrackedFetch<StagePanelComponent<S>> | undefined = panelFetches[stage];
  if (started) return started;
  const fetching: TrackedFetch<StagePanelComponent<S>> = PANEL_LOADERS[stage]();
  fetching.then(
    (Panel) => {
      fetching.value = Panel;
    },
    () => {
      delete panelFetches[stage];
    },
  );
  panelFetches[stage] = fetching;
  return fetching;
}

/** Each stage's panel, rendered once its chunk is there (PanelOf waits for it). */
const STAGE_PANELS: { readonly [S in StageId]: StagePanelComponent<S> } = {
  orderIntake: loadedPanel("orderIntake"),
  orderProcessing: loadedPanel("orderProcessing"),
  invoicing: loadedPanel("invoicing"),
  invoiceControl: loadedPanel("invoiceControl"),
  paymentFollowUp: loadedPanel("paymentFollowUp"),
};

/** How long the panels of the later stages may wait for an idle moment before they are fetched anyway. */
const PRELOAD_TIMEOUT_MS = 2_000;

/** Fetches the panels of these stages, so that each then renders at once (the idle preload, and the tests before they render). */
export async function loadStagePanels(stages: readonly StageId[]): Promise<void> {
  await Promise.all(stages.map((stage) => fetchPanel(stage)));
}

/**
 * Fetches the panels and the machines of the scenario's stages when the browser is idle, once the
 * first panel is on screen: a later stage then starts without waiting for the network (the bundler
 * fetches a chunk once; docs/decisions/0139 for the panels, 0141 for the machines).
 */
function usePreloadedStages(stages: readonly StageId[]): void {
  useEffect(() => {
    whenIdle(() => void Promise.all([loadStagePanels(stages), loadStageMachines(stages)]), PRELOAD_TIMEOUT_MS);
  }, [stages]);
}

/**
 * The panel of stage `S` on that stage's actor, and the sentence that closes the stage once it is
 * done. Generic in the stage, so that the panel of `STAGE_PANELS` and the actor's snapshot are
 * typed by the same machine.
 */
function PanelOf<S extends StageId>({ stage, actor, scenario }: { stage: S; actor: StageActor<S>; scenario: Scenario }) {
  // Suspends until the chunk is there, and renders at once when the idle preload already fetched it:
  // a thrown fetch, not `use`, which would hand the rest of a test's synchronous `act` to later ticks.
  if (panelFetches[stage]?.value === undefined) throw fetchPanel(stage);
  const Panel: StagePanelComponent<S> = STAGE_PANELS[stage];
  const snapshot = useActorSnapshot(actor);
  // Read as any stage's snapshot: the status and output every stage has.
  const stageState: SnapshotFrom<RunningStage["actor"]> = snapshot;
  return (
    <>
      <Panel scenario={scenario} stageActor={actor} snapshot={snapshot} />
      {stageState.status === "done" && stageState.output ? <StageEnd output={stageState.output} /> : null}
    </>
  );
}

/** The task panel of the running stage. Keyed by the stage actor: a new run (restart) starts with empty forms. */
export function StagePanel({ running, scenario }: { running: RunningStage; scenario: Scenario }) {
  usePreloadedStages(scenario.stages);
  return <PanelOf key={`${running.stage}-${running.actor.sessionId}`} {...running} scenario={scenario} />;
}
