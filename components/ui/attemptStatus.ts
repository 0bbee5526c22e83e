import { formatDateLongInText, formatPercent, formatPoints, type IsoDate } from "@/domain";
import type { RunsSummary } from "@/store/historySlice";
import type { Attempt, SetAsideGame, StoredScore } from "@/store/progressSlice";

export type AttemptStatusKind = "new" | "inProgress" | "done";

export interface AttemptStatus {
  kind: AttemptStatusKind;
  /** "Nouveau", "En cours", "Terminé": the score is `scoreRecordText`'s, the same on every screen. */
  label: string;
  /** What the link to the scenario says: "Commencer", "Reprendre", "Rejouer". */
  action: string;
}

/** Where the learner stands on a scenario, in French, from the saved attempt (shared by the library and the home page). */
export function attemptStatus(attempt: Attempt | undefined): AttemptStatus {
  if (!attempt) return { kind: "new", label: "Nouveau", action: "Commencer" };
  if (attempt.status === "done") return { kind: "done", label: "Terminé", action: "Rejouer" };
  return { kind: "inProgress", label: "En cours", action: "Reprendre" };
}

/**
 * A scenario's score as every screen says it (store/historySlice.ts `scenarioScore`,
 * docs/decisions/0134): « Meilleur : 83 % — Dernier : 67 % (3 essais) », « Score : 83 % (1 essai) »
 * after one; empty before any attempt is finished.
 */
export function scoreRecordText({ attempts, best, last }: RunsSummary): string {
  if (!best || !last) return "";
  const count = `${attempts} essai${attempts > 1 ? "s" : ""}`;
  // Non-breaking spaces before the colons (French typography): a line never starts with one.
  return attempts === 1 ? `Score\u00a0: ${formatPercent(last.percent)} (${count})` : `Meilleur\u00a0: ${formatPercent(best.percent)} — Dernier\u00a0: ${formatPercent(last.percent)} (${count})`;
}

/** The day a game was saved on, from its time stamp (ISO 8601): every view that dates a game reads it here. */
export function savedOnDay(savedAt: string): IsoDate {
  return savedAt.slice(0, 10);
}

function scoreText(score: StoredScore): string {
  return `${formatPoints(score.points)} / ${formatPoints(score.maxPoints)} points (${formatPercent(score.percent)})`;
}

/**
 * What the game set aside when its scenario changed had reached (store/progressSlice.ts `setAsideAttempt`):
 * « Partie précédente (version antérieure du scénario) : terminée le 3 novembre 2026, 14 / 20 points (70 %). »
 * The whole scenario's score, on the learning path as in the library (docs/decisions/0134).
 */
export function setAsideText(game: SetAsideGame): string {
  const on = game.savedAt ? ` le ${formatDateLongInText(savedOnDay(game.savedAt))}` : "";
  const reached = game.status === "done" ? `terminée${on}` : `laissée en cours${on}`;
  const scored = game.status === "done" && game.score ? `, ${scoreText(game.score)}` : "";
  return `Partie précédente (version antérieure du scénario)\u00a0: ${reached}${scored}.`;
}
