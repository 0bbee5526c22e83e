"use client";
import { pointsText, TraceExplanation } from "@/components/ui/TraceParts";
import { formatDateFr, type IsoDate, type TraceEntry } from "@/domain";

/** What the learner reads after each decision: right or wrong, why, with the figures. */
export function FeedbackPanel({ entry, today }: { entry: TraceEntry | null; today: IsoDate }) {
  if (!entry) return null;
  // After the simulated clock moved on, the last feedback is about an earlier day: say which.
  const earlier = entry.date !== today ? `Décision du ${formatDateFr(entry.date)} : ` : "";
  const tone = entry.correct ? "ok" : "error";
  const title = entry.correct ? "Bonne réponse" : entry.verdict === "outOfOrder" ? "Pas dans l'ordre du cours" : entry.verdict === "refused" ? "Action refusée" : "Réponse à revoir";
  return (
    <section className={`alert ${tone} feedback`} aria-live="polite" aria-labelledby="feedback-title">
      <h3 id="feedback-title">
        {earlier}
        {title} — {pointsText(entry)}
      </h3>
      <TraceExplanation entry={entry} />
    </section>
  );
}
