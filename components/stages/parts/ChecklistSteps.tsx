import type { ReactNode } from "react";

export type StepStatus = "done" | "current" | "todo";

export interface ChecklistStep {
  id: string;
  label: ReactNode;
  status: StepStatus;
  /** For a done step: how it went ("juste", "corrigée", "à revoir"), said in words, not by colour; no verdict in an assessment ("enregistrée"). */
  outcome?: { correct?: boolean; text: string };
}

const STATUS_TEXT: Readonly<Record<StepStatus, string>> = { done: "fait", current: "en cours", todo: "à faire" };
const STATUS_MARK: Readonly<Record<StepStatus, string>> = { done: "✓", current: "▶", todo: "○" };

/** The steps of a stage in the course's order: done ones ticked, the current one highlighted. */
export function ChecklistSteps({ title, titleId, steps }: { title: ReactNode; titleId: string; steps: readonly ChecklistStep[] }) {
  return (
    <section className="checklist" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <ol>
        {steps.map((step) => (
          <li key={step.id} className={`checklist-step ${step.status}`} aria-current={step.status === "current" ? "step" : undefined}>
            <span className="checklist-mark" aria-hidden="true">
              {STATUS_MARK[step.status]}
            </span>
            <span className="checklist-label">{step.label}</span>
            <span className="visually-hidden">&nbsp;: {STATUS_TEXT[step.status]}</span>
            {step.status === "current" ? <span className="tag" aria-hidden="true">en cours</span> : null}
            {step.outcome ? <span className={`tag outcome${step.outcome.correct === undefined ? "" : step.outcome.correct ? " ok" : " error"}`}>{step.outcome.text}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
