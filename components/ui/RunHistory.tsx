import { formatDateFr, formatPercent, formatPoints } from "@/domain";
import type { ArchivedRun, RunScore } from "@/store/historySlice";
import { savedOnDay } from "./attemptStatus";

/** « 4 min 12 s », « 35 s », « 1 h 05 min »: the time a learner took, to the second. */
export function elapsedText(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  if (hours > 0) return `${hours}\u00a0h ${String(minutes).padStart(2, "0")}\u00a0min`;
  return minutes > 0 ? `${minutes}\u00a0min ${String(whole % 60).padStart(2, "0")}\u00a0s` : `${whole}\u00a0s`;
}

function scoreText(score: RunScore): string {
  return `${formatPoints(score.points)} / ${formatPoints(score.maxPoints)} (${formatPercent(score.percent)})`;
}

function runLine(run: ArchivedRun): string {
  const day = formatDateFr(savedOnDay(run.endedAt));
  const reached = run.score ? scoreText(run.score) : "laissée en cours";
  const { count, right, hintsUsed } = run.decisions;
  const decisions = `${right} juste${right > 1 ? "s" : ""} sur ${count}${hintsUsed > 0 ? `, ${hintsUsed} indice${hintsUsed > 1 ? "s" : ""}` : ""}`;
  const time = run.durationSeconds === null ? "" : `, ${elapsedText(run.durationSeconds)}`;
  return `${day}\u00a0: ${reached} — ${decisions}${time}`;
}

/** The attempts kept of an activity, the latest first (store/historySlice.ts, 20 at most). */
export function RunHistory({ runs, what }: { runs: readonly ArchivedRun[]; what: string }) {
  if (runs.length === 0) return null;
  return (
    <details className="run-history">
      <summary>
        Tentatives précédentes ({runs.length})<span className="visually-hidden">&nbsp;: {what}</span>
      </summary>
      <ol className="plain-list" reversed>
        {[...runs].reverse().map((run, index) => (
          <li key={`${run.endedAt}-${index}`}>{runLine(run)}</li>
        ))}
      </ol>
    </details>
  );
}
