"use client";
import { GlossaryLinks } from "@/components/ui/GlossaryLinks";
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
        {title} — {entry.points} / {entry.maxPoints} {entry.maxPoints > 1 ? "points" : "point"}
      </h3>
      {!entry.correct ? (
        <p>
          <strong>Attendu :</strong> {entry.expected}
        </p>
      ) : null}
      <p>{entry.explanation}</p>
      {entry.teacherExplanation ? (
        <p>
          <strong>Le mot de l&apos;enseignant :</strong> {entry.teacherExplanation}
        </p>
      ) : null}
      <GlossaryLinks ids={entry.glossary} />
    </section>
  );
}
