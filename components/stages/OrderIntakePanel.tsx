"use client";
import { useId } from "react";
import { INTAKE_DECISION_POINT_IDS, INTAKE_DECISION_POINTS, INTAKE_STEPS, isAssessment, type IntakeStep } from "@/domain";
// Types only from the machine: a value would put the machine and its domain in the panel's chunk
// too, a second copy of what the machine's chunk brings (docs/decisions/0148).
import type { OrderIntakeEvent } from "@/machines/orderIntake";
import type { StagePanelProps } from "./types";
import { CompanyPolicies } from "./intake/CompanyPolicies";
import { INTAKE_FORMS } from "./intake/forms";
import { stepOutcome } from "./parts/stepOutcome";
import { ChecklistSteps, type ChecklistStep } from "./parts/ChecklistSteps";

const STEP_TITLES: Readonly<Record<string, string>> = Object.fromEntries(INTAKE_DECISION_POINTS.map((p) => [p.id, p.label]));

function stepTitle(step: IntakeStep): string {
  const id = INTAKE_DECISION_POINT_IDS[step];
  return STEP_TITLES[id] ?? id;
}

/** Stage 1: the course's seven checks in order, then the decision; the form of the current one only. */
export function OrderIntakePanel({ scenario, stageActor, snapshot: snap }: StagePanelProps<"orderIntake">) {
  const { context } = snap;
  const current = INTAKE_STEPS.find((step) => snap.matches(step));
  const currentIndex = current === undefined ? INTAKE_STEPS.length : INTAKE_STEPS.indexOf(current);
  const prefix = useId();
  const steps: ChecklistStep[] = INTAKE_STEPS.map((step, index) => ({
    id: step,
    label: stepTitle(step),
    status: index < currentIndex ? "done" : index === currentIndex ? "current" : "todo",
    ...(index < currentIndex ? { outcome: stepOutcome(context.trace, INTAKE_DECISION_POINT_IDS[step], isAssessment(scenario)) } : {}),
  }));

  const order = context.scenario.order;
  const policies = context.scenario.company.policies;
  const Form = current !== undefined ? INTAKE_FORMS[current] : undefined;

  return (
    <div className="stage-panel intake-panel">
      <ChecklistSteps title="Les contrôles de la commande" titleId={`${prefix}-checklist`} steps={steps} />
      {current !== undefined ? (
        <section className="current-check" aria-labelledby={`${prefix}-current`}>
          <h3 id={`${prefix}-current`}>
            {stepTitle(current)}
          </h3>
          {Form !== undefined && order !== undefined ? (
            <Form
              key={current}
              idPrefix={`${prefix}-${current}`}
              can={(event: OrderIntakeEvent) => snap.can(event)}
              send={(event: OrderIntakeEvent) => stageActor.send(event)}
              order={order}
              ledger={context.ledger}
              policies={policies}
            />
          ) : null}
        </section>
      ) : null}
      {current !== undefined ? <CompanyPolicies policies={policies} step={current} headingId={`${prefix}-policies`} /> : null}
    </div>
  );
}
