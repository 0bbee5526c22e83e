"use client";
import type { ComponentType } from "react";
import type { AnyActorRef, SnapshotFrom } from "xstate";
import type { StageId } from "@/domain";
import { InvoiceControlPanel } from "./InvoiceControlPanel";
import { InvoicingPanel } from "./InvoicingPanel";
import { OrderIntakePanel } from "./OrderIntakePanel";
import { OrderProcessingPanel } from "./OrderProcessingPanel";
import { PaymentFollowUpPanel } from "./PaymentFollowUpPanel";
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
 * The task panel of the running stage. Keyed by the stage actor: a new run (restart) starts
 * with empty forms. The player spawns the stage by its id, so its actor comes untyped; the stage
 * id says which machine runs it.
 */
export function StagePanel({ stage, ...props }: { stage: StageId; scenario: StagePanelProps<StageId>["scenario"]; stageActor: AnyActorRef; snapshot: SnapshotFrom<AnyActorRef> }) {
  const Panel = STAGE_PANELS[stage];
  return <Panel key={`${stage}-${props.stageActor.sessionId}`} {...props} />;
}
