import type { Attempt } from "@/store/progressSlice";

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
