"use client";
import Link from "next/link";
import type { TraceEntry } from "@/domain";
import { glossaryEntry } from "@/domain";

/** What the learner reads after each decision: right or wrong, why, with the figures. */
export function FeedbackPanel({ entry }: { entry: TraceEntry | null }) {
  if (!entry) return null;
  const tone = entry.correct ? "ok" : "error";
  const title = entry.correct ? "Bonne réponse" : entry.verdict === "outOfOrder" ? "Pas dans l'ordre du cours" : entry.verdict === "refused" ? "Action refusée" : "Réponse à revoir";
  return (
    <section className={`alert ${tone} feedback`} aria-live="polite" aria-labelledby="feedback-title">
      <h3 id="feedback-title">
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
      {entry.glossary && entry.glossary.length > 0 ? (
        <p className="muted">
          Voir le glossaire :{" "}
          {entry.glossary.map((id, index) => (
            <span key={id}>
              {index > 0 ? ", " : ""}
              <Link href={`/glossaire/#${id}`}>{glossaryEntry(id)?.term ?? id}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
