"use client";
import { RECORDED_ANSWER, YourAnswer } from "@/components/ui/ClassroomParts";
import { pointsText, TraceExplanation } from "@/components/ui/TraceParts";
import type { ReactNode } from "react";
import { formatDateFr, type IsoDate, type TraceEntry } from "@/domain";

/**
 * What the learner reads after each decision: right or wrong, why, with the figures. In an
 * assessment (`withheld`), only that the answer is recorded: the review at the end corrects it.
 * `actions`: what the learner may do next about this decision (a second try, issue 15).
 */
export function FeedbackPanel({ entry, today, withheld = false, actions }: { entry: TraceEntry | null; today: IsoDate; withheld?: boolean; actions?: ReactNode }) {
  if (!entry) return null;
  // After the simulated clock moved on, the last feedback is about an earlier day: say which.
  const earlier = entry.date !== today ? `Décision du ${formatDateFr(entry.date)} : ` : "";
  if (withheld) {
    return (
      <section className="alert notice feedback" aria-live="polite" aria-labelledby="feedback-title">
        <h3 id="feedback-title">
          {earlier}
          {RECORDED_ANSWER}
        </h3>
        <YourAnswer entry={entry} />
      </section>
    );
  }
  const tone = entry.correct ? "ok" : "error";
  const title = entry.correct ? "Bonne réponse" : entry.verdict === "outOfOrder" ? "Pas dans l'ordre du cours" : entry.verdict === "refused" ? "Action refusée" : "Réponse à revoir";
  return (
    <section className={`alert ${tone} feedback`} aria-live="polite" aria-labelledby="feedback-title">
      <h3 id="feedback-title">
        {earlier}
        {title} — {pointsText(entry)}
      </h3>
      <TraceExplanation entry={entry} />
      {actions}
    </section>
  );
}
