/**
 * Whether a saved game can go on: it can only on the very scenario it was played on, which the
 * content hash saved with it tells (docs/decisions/0102). Otherwise the learner is told why, in
 * French, and offered to start again; the game is never restored silently on other data.
 */
import { formatDateFr, formatPercent, type Scenario } from "@/domain";
import { fingerprintOf } from "@/machines/persistedGame";
import type { Attempt } from "@/store/progressSlice";
import { savedOnDay } from "@/components/ui/attemptStatus";

export type ResumeCheck =
  | { kind: "fresh" }
  | { kind: "resume"; snapshot: unknown }
  /** The scenario changed since the game was saved (or is no longer there): `notice` says so. */
  | { kind: "changed"; notice: string };

function savedOn(attempt: Attempt): string {
  return attempt.savedAt ? `partie enregistrée le ${formatDateFr(savedOnDay(attempt.savedAt))}` : "partie enregistrée dans ce navigateur";
}

/** What happens to the game that cannot go on once the learner starts again. */
function whatIsKept(attempt: Attempt): string {
  return attempt.status === "done" && attempt.score
    ? `Votre score de ${formatPercent(attempt.score.percent)} reste enregistré dans ce navigateur.`
    : "Si vous recommencez, elle est mise de côté\u00a0: ce qu'elle avait atteint reste enregistré dans ce navigateur.";
}

export function changedScenarioNotice(attempt: Attempt): string {
  return `Ce scénario a été modifié depuis votre dernière partie (${savedOn(attempt)})\u00a0: votre partie ne peut pas reprendre telle quelle. ${whatIsKept(attempt)}`;
}

export function missingScenarioNotice(attempt: Attempt): string {
  return `Ce scénario n'existe plus dans l'atelier (${savedOn(attempt)})\u00a0: votre partie ne peut pas reprendre. ${whatIsKept(attempt)}`;
}

/** `current`: the scenario as it is now, wherever it comes from (the bundled catalog, a teacher's file), undefined if gone. */
export function resumeCheck(attempt: Attempt | undefined, current: Scenario | undefined): ResumeCheck {
  if (attempt === undefined || attempt.snapshot === null || attempt.snapshot === undefined) return { kind: "fresh" };
  if (current === undefined) return { kind: "changed", notice: missingScenarioNotice(attempt) };
  if (attempt.scenarioHash !== fingerprintOf(current)) return { kind: "changed", notice: changedScenarioNotice(attempt) };
  return { kind: "resume", snapshot: attempt.snapshot };
}
