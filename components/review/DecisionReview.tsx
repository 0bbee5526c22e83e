import { hintsUsedText, TraceReasons, verdictText } from "@/components/ui/TraceParts";
import { formatDateFr, formatPoints, STAGE_LABELS, type FirstTry, type StageId, type TraceEntry } from "@/domain";
import { decisionPointLabel, type PointNaming } from "@/machines/stages";

function groupByStage(trace: readonly TraceEntry[]): { stage: StageId; entries: TraceEntry[] }[] {
  const groups: { stage: StageId; entries: TraceEntry[] }[] = [];
  for (const entry of trace) {
    const last = groups.at(-1);
    if (last && last.stage === entry.stage) last.entries.push(entry);
    else groups.push({ stage: entry.stage, entries: [entry] });
  }
  return groups;
}

/** A decision corrected in training shows both tries, one line each (docs/decisions/0130). */
function BothTries({ first, entry }: { first: FirstTry | undefined; entry: TraceEntry }) {
  if (first === undefined) return null;
  const outOf = formatPoints(entry.maxPoints);
  return (
    <ul className="review-tries" aria-label="Les deux essais">
      <li>
        <strong>1er essai&nbsp;:</strong> {first.answer} — {formatPoints(first.points)} / {outOf}
        {first.diagnosis !== undefined ? `. ${first.diagnosis}` : ""}
      </li>
      <li>
        <strong>2e essai&nbsp;:</strong> {entry.answer} — note retenue&nbsp;: {formatPoints(entry.points)} / {outOf} (une réponse corrigée
        rapporte la moitié de ses points)
      </li>
    </ul>
  );
}

function Decision({ entry, naming }: { entry: TraceEntry; naming: PointNaming }) {
  const verdict = verdictText(entry);
  return (
    <li className={`review-decision ${entry.correct ? "is-correct" : "is-wrong"}`}>
      <h5>
        <span className="review-mark" aria-hidden="true">
          {entry.correct ? "✓" : "✗"}
        </span>{" "}
        <span className="review-verdict">{verdict}</span> — {decisionPointLabel(entry.stage, entry.decisionPoint, naming)}
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
            {formatPoints(entry.points)} / {formatPoints(entry.maxPoints)}
            {entry.hintsUsed > 0 ? ` (${hintsUsedText(entry.hintsUsed)})` : ""}
          </dd>
        </div>
      </dl>
      <BothTries first={entry.firstTry} entry={entry} />
      <TraceReasons entry={entry} />
    </li>
  );
}

/** Every decision of the game, stage by stage, in the order it was taken; `naming` says the numbers the game gave (machines/stages.ts). */
export function DecisionReview({ trace, naming = {} }: { trace: readonly TraceEntry[]; naming?: PointNaming }) {
  if (trace.length === 0) return <p>Aucune décision n&apos;a été enregistrée.</p>;
  return (
    <>
      {groupByStage(trace).map((group, index) => (
        <section key={`${group.stage}-${index}`} aria-labelledby={`revue-${group.stage}-${index}`} className="review-stage">
          <h4 id={`revue-${group.stage}-${index}`}>{STAGE_LABELS[group.stage]}</h4>
          <ol className="review-decisions">
            {group.entries.map((entry, i) => (
              <Decision key={`${entry.decisionPoint}-${entry.date}-${i}`} entry={entry} naming={naming} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
