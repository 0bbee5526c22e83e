import type { TraceEntry } from "@/domain";
import { STAGES } from "@/machines/stages";

/** "followUp.<facture>.<date>" → a pattern where each <…> is one dot-free segment of the id. */
function patternOf(id: string): RegExp | null {
  if (!id.includes("<")) return null;
  const source = id
    .split(/(<[^>]+>)/u)
    .map((part) => (part.startsWith("<") ? "[^.]+" : part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "u");
}

/** A generic label without its list of examples: "Saisie d'un règlement reçu (facture, montant, date)" → "Saisie d'un règlement reçu". */
function withoutExamples(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/u, "");
}

/**
 * The name of a decision point as the stage machine lists it. Points named by their data (a
 * dunning date, a mention of the invoice) get the label of their family; the invoice control
 * lists its families by example only, so its points share one label (the answer and the
 * expected answer say which mention or amount).
 */
export function decisionLabel(entry: Pick<TraceEntry, "stage" | "decisionPoint">): string {
  const points = STAGES[entry.stage]?.decisionPoints ?? [];
  const exact = points.find((point) => point.id === entry.decisionPoint);
  if (exact) return exact.label;
  if (entry.stage === "invoiceControl") return "Point de contrôle de la facture";
  const family = points.find((point) => patternOf(point.id)?.test(entry.decisionPoint));
  return family ? withoutExamples(family.label) : entry.decisionPoint;
}
