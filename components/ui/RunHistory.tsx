import { formatDateFr, formatPercent, formatPoints } from "@/domain";
import { summarizeRuns, type ArchivedRun, type RunScore } from "@/store/historySlice";
import type { Attempt } from "@/store/progressSlice";
import { savedOnDay } from "./attemptStatus";

/** « 4 min 12 s », « 35 s », « 1 h 05 min »: the time a learner took, to the second. */
export function elapsedText(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, "0")} min`;
  return minutes > 0 ? `${minutes} min ${String(whole % 60).padStart(2, "0")} s` : `${whole} s`;
}

function scoreText(score: RunScore): string {
  return `${formatPoints(score.points)} / ${formatPoints(score.maxPoints)} (${formatPercent(score.percent)})`;
}

/**
 * « 3 tentatives — meilleur score 85 %, dernier 65 % »: `runs` oldest first, the current attempt
 * last when it counts. Empty when there was no attempt.
 */
export function runsSummaryText(runs: readonly Pick<ArchivedRun, "score">[]): string {
  const { attempts, best, last } = summarizeRuns(runs);
  if (attempts === 0) return "";
  const count = `${attempts} tentative${attempts > 1 ? "s" : ""}`;
  if (!best || !last) return `${count}, aucune terminée`;
  return attempts === 1 ? `${count} — score ${formatPercent(last.percent)}` : `${count} — meilleur score ${formatPercent(best.percent)}, dernier ${formatPercent(last.percent)}`;
}

/** A scenario's attempts for the summary: those archived, then the current game once finished. */
export function scenarioRuns(archived: readonly ArchivedRun[] | undefined, attempt: Attempt | undefined): Pick<ArchivedRun, "score">[] {
  const current = attempt?.status === "done" && attempt.score ? [{ score: attempt.score }] : [];
  return [...(archived ?? []), ...current];
}

function runLine(run: ArchivedRun): string {
  const day = formatDateFr(savedOnDay(run.endedAt));
  const reached = run.score ? scoreText(run.score) : "laissée en cours";
  const { count, right, hintsUsed } = run.decisions;
  const decisions = `${right} juste${right > 1 ? "s" : ""} sur ${count}${hintsUsed > 0 ? `, ${hintsUsed} indice${hintsUsed > 1 ? "s" : ""}` : ""}`;
  const time = run.durationSeconds === null ? "" : `, ${elapsedText(run.durationSeconds)}`;
  return `${day} : ${reached} — ${decisions}${time}`;
}

/** The attempts kept of an activity, the latest first (store/historySlice.ts, 20 at most). */
export function RunHistory({ runs, what }: { runs: readonly ArchivedRun[]; what: string }) {
  if (runs.length === 0) return null;
  return (
    <details className="run-history">
      <summary>
        Tentatives précédentes ({runs.length})<span className="visually-hidden"> : {what}</span>
      </summary>
      <ol className="plain-list" reversed>
        {[...runs].reverse().map((run, index) => (
          <li key={`${run.endedAt}-${index}`}>{runLine(run)}</li>
        ))}
      </ol>
    </details>
  );
}
