import { GlossaryLinks } from "@/components/ui/GlossaryLinks";
import { formatDateFr, STAGE_LABELS, type StageId, type TraceEntry, type TraceVerdict } from "@/domain";
import { decisionLabel } from "./decisionLabel";

/** The verdict in words (never by colour alone). */
const VERDICT_TEXTS: Readonly<Record<TraceVerdict, string>> = {
  correct: "Juste",
  wrong: "À revoir",
  outOfOrder: "Pas dans l'ordre du cours",
  tooEarly: "Trop tôt",
  tooLate: "Trop tard",
  refused: "Action refusée",
};

function groupByStage(trace: readonly TraceEntry[]): { stage: StageId; entries: TraceEntry[] }[] {
  const groups: { stage: StageId; entries: TraceEntry[] }[] = [];
  for (const entry of trace) {
    const last = groups.at(-1);
    if (last && last.stage === entry.stage) last.entries.push(entry);
    else groups.push({ stage: entry.stage, entries: [entry] });
  }
  return groups;
}

function Decision({ entry }: { entry: TraceEntry }) {
  const verdict = entry.correct ? "Juste" : VERDICT_TEXTS[entry.verdict];
  return (
    <li className={`review-decision ${entry.correct ? "is-correct" : "is-wrong"}`}>
      <h5>
        <span className="review-mark" aria-hidden="true">
          {entry.correct ? "✓" : "✗"}
        </span>{" "}
        <span className="review-verdict">{verdict}</span> — {decisionLabel(entry)}
      </h5>
      <dl className="review-facts">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={entry.date}>{formatDateFr(entry.date)}</time>
          </dd>
        </div>
        <div>
          <dt>Votre réponse</dt>
          <dd>{entry.answer}</dd>
        </div>
        <div>
          <dt>Réponse attendue</dt>
          <dd>{entry.expected}</dd>
        </div>
        <div>
          <dt>Points</dt>
          <dd>
            {entry.points} / {entry.maxPoints}
            {entry.hintsUsed > 0 ? ` (${entry.hintsUsed} indice${entry.hintsUsed > 1 ? "s" : ""} utilisé${entry.hintsUsed > 1 ? "s" : ""})` : ""}
          </dd>
        </div>
      </dl>
      <p>
        <strong>Explication :</strong> {entry.explanation}
      </p>
      {entry.teacherExplanation ? (
        <p>
          <strong>Le mot de l&apos;enseignant :</strong> {entry.teacherExplanation}
        </p>
      ) : null}
      <GlossaryLinks ids={entry.glossary} />
    </li>
  );
}

/** Every decision of the game, stage by stage, in the order it was taken. */
export function DecisionReview({ trace }: { trace: readonly TraceEntry[] }) {
  if (trace.length === 0) return <p>Aucune décision n&apos;a été enregistrée.</p>;
  return (
    <>
      {groupByStage(trace).map((group, index) => (
        <section key={`${group.stage}-${index}`} aria-labelledby={`revue-${group.stage}-${index}`} className="review-stage">
          <h4 id={`revue-${group.stage}-${index}`}>{STAGE_LABELS[group.stage]}</h4>
          <ol className="review-decisions">
            {group.entries.map((entry, i) => (
              <Decision key={`${entry.decisionPoint}-${entry.date}-${i}`} entry={entry} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
