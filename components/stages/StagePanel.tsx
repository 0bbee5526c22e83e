"use client";
import type { ComponentType } from "react";
import type { SnapshotFrom } from "xstate";
import type { Scenario, StageId } from "@/domain";
import type { RunningStage, StageActor } from "@/machines/stages";
import { useActorSnapshot } from "@/components/ui/useActorSnapshot";
import { InvoiceControlPanel } from "./InvoiceControlPanel";
import { InvoicingPanel } from "./InvoicingPanel";
import { OrderIntakePanel } from "./OrderIntakePanel";
import { OrderProcessingPanel } from "./OrderProcessingPanel";
import { PaymentFollowUpPanel } from "./PaymentFollowUpPanel";
import { StageEnd } from "./StageEnd";
import type { StagePanelProps } from "./types";

/** The task panel of each stage, typed by its machine (machines/stages.ts): a missing stage fails the type check. */
const STAGE_PANELS: { readonly [S in StageId]: ComponentType<StagePanelProps<S>> } = {
  orderIntake: OrderIntakePanel,
  orderProcessing: OrderProcessingPanel,
  invoicing: InvoicingPanel,
  invoiceControl: InvoiceControlPanel,
  paymentFollowUp: PaymentFollowUpPanel,
};

/**
 * The panel of stage `S` on that stage's actor, and the sentence that closes the stage once it is
 * done. Generic in the stage, so that the panel of `STAGE_PANELS` and the actor's snapshot are
 * typed by the same machine.
 */
function PanelOf<S extends StageId>({ stage, actor, scenario }: { stage: S; actor: StageActor<S>; scenario: Scenario }) {
  const Panel: ComponentType<StagePanelProps<S>> = STAGE_PANELS[stage];
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
  return <PanelOf key={`${running.stage}-${running.actor.sessionId}`} {...running} scenario={scenario} />;
}
