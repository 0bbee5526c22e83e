"use client";
import { useDeferredValue, useEffect, useMemo } from "react";
import type { SnapshotFrom } from "xstate";
import type { Scenario, StageId } from "@/domain";
import type { RunningStage, StageActor } from "@/machines/stages";
import { useActorSnapshot } from "@/components/ui/useActorSnapshot";
import { whenIdle } from "@/store/whenIdle";
import { StageEnd } from "./StageEnd";
import type { StagePanelProps } from "./types";
import { fetchStageChunk, loadedStagePanel, loadStageChunks, type StagePanelComponent } from "./stageChunks";

/** Stage `S`'s panel as a component declared once, to be rendered only once its chunk is there (stageChunks.ts). */
function loadedPanel<S extends StageId>(stage: S): StagePanelComponent<S> {
  return function LoadedPanel(props: StagePanelProps<S>) {
    const Panel = loadedStagePanel(stage);
    if (!Panel) throw new Error(`Le panneau de l'étape «\u00a0${stage}\u00a0» est affiché avant d'être chargé.`);
    return <Panel {...props} />;
  };
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

/**
 * Fetches the panels of these stages, so that each then renders at once (the tests before they
 * render): each comes in its stage's chunk, with the stage's machine (stageChunks.ts).
 */
export async function loadStagePanels(stages: readonly StageId[]): Promise<void> {
  await loadStageChunks(stages);
}

/**
 * Fetches the chunks of the scenario's stages (panel and machine each) when the browser is idle,
 * once the first panel is on screen: a later stage then starts without waiting for the network (the
 * bundler fetches a chunk once; docs/decisions/0139, 0141, 0151).
 */
function usePreloadedStages(stages: readonly StageId[]): void {
  useEffect(() => {
    whenIdle(() => void loadStageChunks(stages), PRELOAD_TIMEOUT_MS);
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
  if (loadedStagePanel(stage) === undefined) throw fetchStageChunk(stage);
  const Panel: StagePanelComponent<S> = STAGE_PANELS[stage];
  const live = useActorSnapshot(actor);
  // A decision's feedback (drawn by the workspace from the live snapshot) paints first; the panel
  // follows with the next form in a render of its own, after that frame (issue 16, docs/decisions/0153).
  const snapshot = useDeferredValue(live);
  // Until then the old form is on screen for a frame or two: inert, so that a second click on it
  // sends nothing (the machine would judge a check already answered as out of order).
  const stale = snapshot !== live;
  // The same element while the deferred snapshot is the old one: React does not render the panel again.
  const panel = useMemo(() => <Panel scenario={scenario} stageActor={actor} snapshot={snapshot} />, [Panel, scenario, actor, snapshot]);
  // Read as any stage's snapshot: the status and output every stage has.
  const stageState: SnapshotFrom<RunningStage["actor"]> = snapshot;
  return (
    <>
      <div className="stage-panel-frame" inert={stale}>
        {panel}
      </div>
      {stageState.status === "done" && stageState.output ? <StageEnd output={stageState.output} /> : null}
    </>
  );
}

/** The task panel of the running stage. Keyed by the stage actor: a new run (restart) starts with empty forms. */
export function StagePanel({ running, scenario }: { running: RunningStage; scenario: Scenario }) {
  usePreloadedStages(scenario.stages);
  return <PanelOf key={`${running.stage}-${running.actor.sessionId}`} {...running} scenario={scenario} />;
}
