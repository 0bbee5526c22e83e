"use client";
import { useEffect, useId, useRef } from "react";
import { INTAKE_DECISION_POINT_IDS, INTAKE_STEPS, type IntakeStep } from "@/domain";
import { ORDER_INTAKE_DECISION_POINTS, type OrderIntakeEvent } from "@/machines/orderIntake";
import type { StagePanelProps } from "./types";
import { AccountForm } from "./intake/AccountForm";
import { CompanyPolicies } from "./intake/CompanyPolicies";
import { ElementsForm, StockForm } from "./intake/OrderChecks";
import { ConditionsForm, CreditForm, DecisionForm, DepositForm, SolvencyForm } from "./intake/SimpleChecks";
import { stepOutcome } from "./parts/stepOutcome";
import type { CheckFormProps } from "./intake/types";
import { ChecklistSteps, type ChecklistStep } from "./parts/ChecklistSteps";

const STEP_TITLES: Readonly<Record<string, string>> = Object.fromEntries(ORDER_INTAKE_DECISION_POINTS.map((p) => [p.id, p.label]));

function stepTitle(step: IntakeStep): string {
  const id = INTAKE_DECISION_POINT_IDS[step];
  return STEP_TITLES[id] ?? id;
}

/** Stage 1: the course's seven checks in order, then the decision; the form of the current one only. */
export function OrderIntakePanel({ stageActor, snapshot: snap }: StagePanelProps<"orderIntake">) {
  const { context } = snap;
  const current = INTAKE_STEPS.find((step) => snap.matches(step));
  const currentIndex = current === undefined ? INTAKE_STEPS.length : INTAKE_STEPS.indexOf(current);
  const prefix = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(current);

  // After an answer, the next check's form replaces the one just sent: take the focus there.
  useEffect(() => {
    if (previous.current !== current) headingRef.current?.focus();
    previous.current = current;
  }, [current]);

  const steps: ChecklistStep[] = INTAKE_STEPS.map((step, index) => ({
    id: step,
    label: stepTitle(step),
    status: index < currentIndex ? "done" : index === currentIndex ? "current" : "todo",
    ...(index < currentIndex ? { outcome: stepOutcome(context.trace, INTAKE_DECISION_POINT_IDS[step]) } : {}),
  }));

  const formProps: CheckFormProps = {
    idPrefix: `${prefix}-${current ?? "done"}`,
    can: (event: OrderIntakeEvent) => snap.can(event),
    send: (event: OrderIntakeEvent) => stageActor.send(event),
  };
  const order = context.scenario.order;
  const policies = context.scenario.company.policies;

  return (
    <div className="stage-panel intake-panel">
      <ChecklistSteps title="Les contrôles de la commande" titleId={`${prefix}-checklist`} steps={steps} />
      {current !== undefined ? (
        <section className="current-check" aria-labelledby={`${prefix}-current`}>
          <h3 id={`${prefix}-current`} ref={headingRef} tabIndex={-1}>
            {stepTitle(current)}
          </h3>
          {current === "account" ? <AccountForm key={current} {...formProps} customers={context.ledger.customers} policies={policies} /> : null}
          {current === "solvency" ? <SolvencyForm key={current} {...formProps} /> : null}
          {current === "credit" ? <CreditForm key={current} {...formProps} /> : null}
          {current === "conditions" ? <ConditionsForm key={current} {...formProps} /> : null}
          {current === "elements" && order ? <ElementsForm key={current} {...formProps} order={order} /> : null}
          {current === "stock" && order ? <StockForm key={current} {...formProps} order={order} ledger={context.ledger} /> : null}
          {current === "deposit" ? <DepositForm key={current} {...formProps} /> : null}
          {current === "decision" ? <DecisionForm key={current} {...formProps} /> : null}
        </section>
      ) : null}
      {current !== undefined ? <CompanyPolicies policies={policies} step={current} headingId={`${prefix}-policies`} /> : null}
    </div>
  );
}
