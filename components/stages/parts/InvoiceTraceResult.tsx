import type { TraceEntry } from "@/domain";
import { InvoiceTerm } from "./InvoiceTerm";

const VERDICT_TEXTS: Readonly<Record<TraceEntry["verdict"], string>> = {
  correct: "✓ Juste",
  wrong: "✗ À revoir",
  outOfOrder: "✗ Hors de l'ordre du cours",
  tooEarly: "✗ Trop tôt",
  tooLate: "✗ Trop tard",
  refused: "✗ Refusé par le PGI",
};

/** One recorded decision as the learner reads it again: verdict, answer, expected, why (stages 3 to 5). */
export function InvoiceTraceResult({ entry }: { entry: TraceEntry }) {
  return (
    <div className={`trace-result ${entry.correct ? "is-right" : "is-wrong"}`}>
      <p>
        <strong>{VERDICT_TEXTS[entry.verdict]}</strong>
        {entry.maxPoints > 0 ? (
          <span className="muted">
            {" "}
            — {entry.points} / {entry.maxPoints} {entry.maxPoints > 1 ? "points" : "point"}
          </span>
        ) : null}
      </p>
      <p>
        <strong>Votre réponse :</strong> {entry.answer}
      </p>
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
          Glossaire :{" "}
          {entry.glossary.map((id, index) => (
            <span key={id}>
              {index > 0 ? ", " : ""}
              <InvoiceTerm id={id} />
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
