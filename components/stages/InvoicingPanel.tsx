"use client";
import type { ReactNode } from "react";
import { COMPANY_SIZE_LABELS, getDocument, isAssessment, ofName, type TraceEntry } from "@/domain";
import { INVOICING_DECISION_POINT_IDS, invoicingMachine, invoicingSteps, type InvoicingContext, type InvoicingEvent, type InvoicingStep } from "@/machines/invoicing";
import { stateLabel } from "@/machines/stateMeta";
import type { StagePanelProps } from "./types";
import { Term } from "@/components/ui/GlossaryLinks";
import { RecordedAnswer } from "@/components/ui/ClassroomParts";
import { InvoiceTraceResult } from "@/components/ui/InvoiceTraceResult";
import { InvoicingCascadeForm } from "./parts/InvoicingCascadeForm";
import { InvoicingCreditNoteForm } from "./parts/InvoicingCreditNoteForm";
import { InvoicingDepositForm } from "./parts/InvoicingDepositForm";
import { InvoicingDraftForm } from "./parts/InvoicingDraftForm";
import { InvoicingIssuedDocuments } from "./parts/InvoicingIssuedDocuments";
import { InvoicingSendForm } from "./parts/InvoicingSendForm";
import { InvoicingValidateForm } from "./parts/InvoicingValidateForm";

type StepStatus = "done" | "current" | "upcoming";

const STATUS_TEXTS: Readonly<Record<StepStatus, string>> = {
  done: "✓ faite",
  current: "▶ en cours",
  upcoming: "à venir",
};

/** The decision recorded for a step (the sending point is used twice: invoice, then credit note). */
function resultOf(step: InvoicingStep, trace: readonly TraceEntry[]): TraceEntry | undefined {
  const inOrder = trace.filter((entry) => entry.verdict !== "outOfOrder");
  const of = (point: string) => inOrder.filter((entry) => entry.decisionPoint === point);
  switch (step) {
    case "depositing":
      return of(INVOICING_DECISION_POINT_IDS.deposit)[0];
    case "drafting":
      return of(INVOICING_DECISION_POINT_IDS.draft)[0];
    case "computing":
      return of(INVOICING_DECISION_POINT_IDS.cascade)[0];
    case "reviewing":
      return of(INVOICING_DECISION_POINT_IDS.validation)[0];
    case "sending":
      return of(INVOICING_DECISION_POINT_IDS.sending)[0];
    case "correcting":
      return of(INVOICING_DECISION_POINT_IDS.creditNote)[0];
    case "sendingCreditNote":
      return of(INVOICING_DECISION_POINT_IDS.sending)[1];
  }
}

function customerName(context: InvoicingContext): string {
  return context.ledger.customers.find((c) => c.id === context.customerId)?.name ?? context.customerId;
}

/** Stage 3: invoicing, step by step in the course's order; each step's move is enabled iff the machine accepts it. */
export function InvoicingPanel({ scenario, stageActor, snapshot: snap }: StagePanelProps<"invoicing">) {
  const context = snap.context;
  // An assessment shows each step's answer, recorded, without its verdict or points.
  const withheld = isAssessment(scenario);
  const can = (event: InvoicingEvent) => snap.can(event);
  const send = (event: InvoicingEvent) => stageActor.send(event);
  const finished = snap.status === "done";
  const steps = invoicingSteps(context);
  const current = steps.findIndex((step) => snap.matches(step));
  const currentIndex = current === -1 ? steps.length : current;
  const order = getDocument(context.ledger, context.orderId);
  const customer = customerName(context);
  const sellerSize = COMPANY_SIZE_LABELS[context.scenario.company.identity.size];

  const form = (step: InvoicingStep): ReactNode => {
    switch (step) {
      case "depositing":
        return <InvoicingDepositForm context={context} can={can} send={send} />;
      case "drafting":
        return <InvoicingDraftForm context={context} can={can} send={send} />;
      case "computing":
        return <InvoicingCascadeForm key={context.invoiceId ?? "none"} context={context} can={can} send={send} />;
      case "reviewing":
        return <InvoicingValidateForm can={can} send={send} />;
      case "sending":
        return <InvoicingSendForm what="la facture" customerName={customer} sellerSize={sellerSize} can={can} send={send} />;
      case "correcting":
        return <InvoicingCreditNoteForm context={context} can={can} send={send} />;
      case "sendingCreditNote":
        return <InvoicingSendForm what="la facture d'avoir" customerName={customer} sellerSize={sellerSize} can={can} send={send} />;
    }
  };

  return (
    <div className="stage-panel invoicing-panel">
      <p>
        Facturer la commande {order.number ?? order.id} {ofName(customer)}
        {order.customerOrderNumber ? ` (bon de commande ${order.customerOrderNumber})` : ""}&nbsp;: on facture ce qui a été livré, dans l&apos;ordre du cours. Voir{" "}
        <Term id="invoice">la facture dans le processus de vente</Term>.
      </p>
      {context.notice !== null ? (
        <p className="alert notice" role="status">
          {context.notice}
        </p>
      ) : null}
      <ol className="stage-steps">
        {steps.map((step, index) => {
          const status: StepStatus = finished || index < currentIndex ? "done" : index === currentIndex ? "current" : "upcoming";
          const result = resultOf(step, context.trace);
          return (
            <li key={step} className={`stage-step is-${status}`}>
              <details open={status === "current"}>
                <summary>
                  <span className="step-title">
                    {index + 1}. {stateLabel(invoicingMachine, step)}
                  </span>{" "}
                  <span className={`tag step-status is-${status}`}>{STATUS_TEXTS[status]}</span>
                  {result !== undefined && result.maxPoints > 0 && !withheld ? (
                    <span className="tag">
                      {result.points} / {result.maxPoints} pts
                    </span>
                  ) : null}
                </summary>
                <div className="step-body">
                  {status === "done" ? (
                    result !== undefined ? (
                      withheld ? <RecordedAnswer entry={result} /> : <InvoiceTraceResult entry={result} />
                    ) : (
                      <p className="muted">Étape terminée.</p>
                    )
                  ) : (
                    <>
                      {status === "upcoming" ? <p className="muted">Cette étape vient plus tard dans l&apos;ordre du cours.</p> : null}
                      {form(step)}
                    </>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <InvoicingIssuedDocuments scenario={scenario} context={context} can={can} send={send} />
    </div>
  );
}
