import type { TraceEntry } from "@/domain";
import { correctedAtSecondTry } from "@/components/ui/TraceParts";
import type { ChecklistStep } from "./ChecklistSteps";

/** How a decision went, in a word: « juste », « corrigée » (right at the second try, half its points lost), « à revoir ». */
export function outcomeWord(entry: Pick<TraceEntry, "correct" | "firstTry">): string {
  if (correctedAtSecondTry(entry)) return "corrigée";
  return entry.correct ? "juste" : "à revoir";
}

/**
 * How the last answer on a decision point went, from the machine's trace (out-of-order tries left
 * aside); in an assessment (`withheld`), only that it is recorded.
 */
export function stepOutcome(trace: readonly TraceEntry[], decisionPoint: string, withheld = false): ChecklistStep["outcome"] {
  const entry = [...trace].reverse().find((e) => e.decisionPoint === decisionPoint && e.verdict !== "outOfOrder");
  if (!entry) return undefined;
  if (withheld) return { text: "enregistrée" };
  return { correct: entry.correct, text: outcomeWord(entry) };
}
