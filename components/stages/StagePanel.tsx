"use client";
import type { ComponentType } from "react";
import type { StageId } from "@/domain";
import type { StagePanelProps } from "@/components/player/types";
import { InvoiceControlPanel } from "./InvoiceControlPanel";
import { InvoicingPanel } from "./InvoicingPanel";
import { OrderIntakePanel } from "./OrderIntakePanel";
import { OrderProcessingPanel } from "./OrderProcessingPanel";
import { PaymentFollowUpPanel } from "./PaymentFollowUpPanel";

/** One task panel per stage of the course. */
const PANELS: Readonly<Record<StageId, ComponentType<StagePanelProps>>> = {
  orderIntake: OrderIntakePanel,
  orderProcessing: OrderProcessingPanel,
  invoicing: InvoicingPanel,
  invoiceControl: InvoiceControlPanel,
  paymentFollowUp: PaymentFollowUpPanel,
};

/**
 * The task panel of the running stage. Keyed by the stage actor: a new run (restart) starts
 * with empty forms.
 */
export function StagePanel({ stage, ...props }: StagePanelProps & { stage: StageId }) {
  const Panel = PANELS[stage];
  return <Panel key={`${stage}-${props.stageActor.sessionId}`} {...props} />;
}
