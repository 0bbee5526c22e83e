"use client";
import { useId } from "react";
import type { SnapshotFrom } from "xstate";
import { deliveryPlan, getDocument, isAssessment, lineName, PROCESSING_DECISION_POINTS } from "@/domain";
// Types only from the machine, as in OrderIntakePanel.tsx: no second copy of it in the panel's chunk.
import type { OrderProcessingEvent, orderProcessingMachine } from "@/machines/orderProcessing";
import { currentStateLabel } from "@/machines/stateMeta";
import type { StagePanelProps } from "./types";
import { ChecklistSteps, type ChecklistStep } from "./parts/ChecklistSteps";
import { stepOutcome } from "./parts/stepOutcome";
import { AcknowledgementForm, DeliveryNoteForm, RemainingTable, StatusForm } from "./processing/DeliveryForms";
import { RecordForm, type ReceivedLine } from "./processing/RecordForm";
import { SupplyStep } from "./processing/SupplyStep";
import type { StepFormProps } from "./processing/types";

type ProcessingSnapshot = SnapshotFrom<typeof orderProcessingMachine>;
type ProcessingContext = ProcessingSnapshot["context"];

/** The order as the customer sent it (the scenario's), else as the PGI holds it: references and quantities. */
function receivedLines(context: ProcessingContext): ReceivedLine[] {
  const incoming = context.scenario.order;
  if (incoming) return incoming.lines.map((l) => ({ reference: l.reference, quantity: l.quantity, ...(l.unitPrice !== undefined ? { writtenPriceCents: l.unitPrice } : {}) }));
  return getDocument(context.ledger, context.orderId).lines.map((l) => ({ reference: lineName(l), quantity: l.quantity }));
}

/** Stage 2: record, acknowledge, deliver (and the back-order when supplies come in), follow the status. */
export function OrderProcessingPanel({ scenario, stageActor, snapshot: snap }: StagePanelProps<"orderProcessing">) {
  const { context } = snap;
  const prefix = useId();
  const round = `${String(snap.value)}-${context.deliveryNoteIds.length}`;
  const steps: ChecklistStep[] = PROCESSING_DECISION_POINTS.map((point) => {
    const outcome = stepOutcome(context.trace, point.id, isAssessment(scenario));
    const status = context.awaiting === point.id ? "current" : outcome ? "done" : "todo";
    return { id: point.id, label: point.label, status, ...(status === "done" ? { outcome } : {}) };
  });
  const formProps: StepFormProps = {
    idPrefix: `${prefix}-${round}`,
    can: (event: OrderProcessingEvent) => snap.can(event),
    send: (event: OrderProcessingEvent) => stageActor.send(event),
  };
  const plan = deliveryPlan(context.ledger, context.orderId, context.acceptsPartialDelivery);
  const title =
    context.awaiting !== null
      ? (PROCESSING_DECISION_POINTS.find((p) => p.id === context.awaiting)?.label ?? context.awaiting)
      : currentStateLabel(snap);

  return (
    <div className="stage-panel processing-panel">
      <ChecklistSteps title="Les étapes du traitement" titleId={`${prefix}-checklist`} steps={steps} />
      {context.notice !== null ? (
        <p role="status" className="alert ok">
          {context.notice}
        </p>
      ) : null}
      <section className="current-check" aria-labelledby={`${prefix}-current`}>
        <h3 id={`${prefix}-current`}>
          {title}
          {snap.matches("delivering") && context.deliveryNoteIds.length > 0 ? ` (bon n° ${context.deliveryNoteIds.length + 1}\u00a0: le reliquat)` : null}
        </h3>
        {snap.matches("recording") ? <RecordForm key={round} {...formProps} received={receivedLines(context)} /> : null}
        {snap.matches("acknowledging") ? (
          <AcknowledgementForm
            key={round}
            {...formProps}
            facts={{ requestedDeliveryDate: context.requestedDeliveryDate, acceptsPartialDelivery: context.acceptsPartialDelivery, depositRequiredCents: context.depositRequiredCents }}
          />
        ) : null}
        {snap.matches("delivering") ? <DeliveryNoteForm key={round} {...formProps} plan={plan} /> : null}
        {snap.matches("updatingStatus") ? <StatusForm key={round} {...formProps} plan={plan} deliveryNotes={context.deliveryNoteIds.length} /> : null}
        {snap.matches("awaitingSupply") ? (
          <>
            <RemainingTable plan={plan} />
            <SupplyStep can={formProps.can} send={formProps.send} pending={context.pendingRestocks} />
          </>
        ) : null}
      </section>
    </div>
  );
}
