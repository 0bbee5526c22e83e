import type { TraceEntry } from "@/domain";
import type { ChecklistStep } from "./ChecklistSteps";

/**
 * How the last answer on a decision point went, from the machine's trace (out-of-order tries left
 * aside); in an assessment (`withheld`), only that it is recorded.
 */
export function stepOutcome(trace: readonly TraceEntry[], decisionPoint: string, withheld = false): ChecklistStep["outcome"] {
  const entry = [...trace].reverse().find((e) => e.decisionPoint === decisionPoint && e.verdict !== "outOfOrder");
  if (!entry) return undefined;
  if (withheld) return { text: "enregistrée" };
  return { correct: entry.correct, text: entry.correct ? "juste" : "à revoir" };
}
