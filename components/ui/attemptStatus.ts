import { formatDateLongInText, formatPercent, formatPoints, type IsoDate, type StageId } from "@/domain";
import type { Attempt, SetAsideGame, StoredScore } from "@/store/progressSlice";

export type AttemptStatusKind = "new" | "inProgress" | "done";

export interface AttemptStatus {
  kind: AttemptStatusKind;
  /** "Nouveau", "En cours", "Terminé — 85 %". */
  label: string;
  /** What the link to the scenario says: "Commencer", "Reprendre", "Rejouer". */
  action: string;
}

/** Where the learner stands on a scenario, in French, from the saved attempt (shared by the library and the home page). */
export function attemptStatus(attempt: Attempt | undefined): AttemptStatus {
  if (!attempt) return { kind: "new", label: "Nouveau", action: "Commencer" };
  if (attempt.status === "done") {
    const percent = attempt.score ? ` — ${attempt.score.percent} %` : "";
    return { kind: "done", label: `Terminé${percent}`, action: "Rejouer" };
  }
  return { kind: "inProgress", label: "En cours", action: "Reprendre" };
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
 * With `stage`, the score is the one at that stage (the learning path lists scenarios by stage).
 */
export function setAsideText(game: SetAsideGame, stage?: StageId): string {
  const on = game.savedAt ? ` le ${formatDateLongInText(savedOnDay(game.savedAt))}` : "";
  const score = game.status !== "done" ? undefined : stage ? game.byStage[stage] : (game.score ?? undefined);
  const reached = game.status === "done" ? `terminée${on}` : `laissée en cours${on}`;
  const scored = score ? `, ${scoreText(score)}${stage ? " à cette étape" : ""}` : "";
  return `Partie précédente (version antérieure du scénario) : ${reached}${scored}.`;
}
