import type { TraceEntry } from "@/domain";
import type { ChecklistStep } from "./ChecklistSteps";

/** How the last answer on a decision point went, from the machine's trace (out-of-order tries left aside). */
export function stepOutcome(trace: readonly TraceEntry[], decisionPoint: string): ChecklistStep["outcome"] {
  const entry = [...trace].reverse().find((e) => e.decisionPoint === decisionPoint && e.verdict !== "outOfOrder");
  if (!entry) return undefined;
  return { correct: entry.correct, text: entry.correct ? "juste" : "à revoir" };
}
