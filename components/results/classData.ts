/**
 * What the class views receive, already read and checked by the page's loading glue
 * (components/authoring/classResults.ts): the views render it as text and never read a file.
 */
import { formatPercent, normalizeName, type ActivityOfClass, type ClassTable, type ItemSuccess, type LearnerLine } from "@/domain";

/** One file of a drop, as the teacher is told about it. */
export type FileReport =
  | { file: string; status: "accepted" | "duplicate"; pseudonym: string; activityTitle: string }
  | { file: string; status: "refused"; reasons: string[] };

/** The French name of each decision point of the class, by id. */
export type DecisionPointLabels = Readonly<Record<string, string>>;

/**
 * The class as the views show it, computed by the loading glue (the aggregation reads decisions as
 * notions, which reaches the invoice-mention catalogue: not in the page's first load).
 */
export interface ClassView {
  table: ClassTable;
  activities: readonly ActivityOfClass[];
  learners: readonly LearnerLine[];
  /** Every decision point and question, the least succeeded first. */
  hardestFirst: readonly ItemSuccess[];
  labels: DecisionPointLabels;
}

/** No file yet. */
export const EMPTY_CLASS: ClassView = {
  table: { activities: [], rows: [], decisionPoints: [], questions: [], notions: [], duplicates: 0 },
  activities: [],
  learners: [],
  hardestFirst: [],
  labels: {},
};

/** The prompt of each bundled question, by id (a question of a quiz the atelier does not ship keeps its id). */
export type QuestionPrompts = Readonly<Record<string, string>>;

/** A decision point by its label, a question by its prompt; the id when the atelier does not know it. */
export function itemName(item: ItemSuccess, labels: DecisionPointLabels, prompts: QuestionPrompts): string {
  return (item.activity.kind === "quiz" ? prompts[item.id] : labels[item.id]) ?? item.id;
}

/** "85 %", "33 %": a rate from 0 to 1, to the unit. */
export function ratePercent(rate: number): string {
  return formatPercent(Math.round(rate * 100));
}

/** "45 s", "2 min 05 s", "1 h 02 min": a median time as a teacher reads it. */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}\u00a0s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}\u00a0min ${String(whole % 60).padStart(2, "0")}\u00a0s`;
  return `${Math.floor(minutes / 60)}\u00a0h ${String(minutes % 60).padStart(2, "0")}\u00a0min`;
}

/** How the grid is sorted: by name, by the mean, or by one activity's best score (the column's index). */
export type GridSort = { by: "name" | "mean"; descending: boolean } | { by: "activity"; index: number; descending: boolean };

const byName = (a: LearnerLine, b: LearnerLine) => normalizeName(a.pseudonym).localeCompare(normalizeName(b.pseudonym), "fr");

/** The learners in the order asked; on a score, a learner without that activity comes last either way, then by name. */
export function sortLearners(learners: readonly LearnerLine[], sort: GridSort): LearnerLine[] {
  const sign = sort.descending ? -1 : 1;
  const scoreOf = (line: LearnerLine): number | undefined => (sort.by === "mean" ? line.meanPercent : sort.by === "activity" ? line.cells[sort.index]?.best.percent : undefined);
  return [...learners].sort((a, b) => {
    if (sort.by === "name") return sign * byName(a, b);
    const [left, right] = [scoreOf(a), scoreOf(b)];
    if (left === undefined || right === undefined) return (left === undefined ? 1 : 0) - (right === undefined ? 1 : 0) || byName(a, b);
    return sign * (left - right) || byName(a, b);
  });
}
