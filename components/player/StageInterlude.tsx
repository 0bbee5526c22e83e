"use client";
import { focusNextFrame } from "@/components/ui/focusNextFrame";
import { useEffect, useRef } from "react";
import { COURSE_STAGES, formatPoints, STAGE_LABELS, type TraceEntry } from "@/domain";
import type { StageOutput } from "@/machines/contract";
import { ControlCorrection } from "@/components/documents/control/ControlCorrection";
import { hintsUsedText } from "@/components/ui/TraceParts";

/** Every decision of the stage, with its explanation. */
function Decisions({ trace }: { trace: readonly TraceEntry[] }) {
  return (
    <ol className="interlude-decisions">
      {trace.map((entry, index) => (
        <li key={`${entry.decisionPoint}-${index}`}>
          <span aria-hidden="true">{entry.correct ? "✓" : "✗"}</span> <strong>{entry.correct ? "Juste" : "À revoir"}</strong> — {entry.correct ? entry.expected : <>attendu&nbsp;: {entry.expected}</>}
          <p className="muted">{entry.explanation}</p>
        </li>
      ))}
    </ol>
  );
}

/** « 8 réponses enregistrées : … » — what an assessment says of a stage instead of its score. */
function recordedText(count: number): string {
  return `${count > 1 ? `${count} réponses enregistrées` : "1 réponse enregistrée"}\u00a0: leur correction vous attend au bilan, à la fin du scénario.`;
}

/**
 * Between two stages: the stage just finished, its score and every decision with its
 * explanation, read before the next stage starts (its results would otherwise vanish at once).
 * An invoice control is handed back as its corrected copy, whose lists hold every decision.
 * In an assessment (`withheld`), neither score nor correction: the review at the end gives them.
 */
export function StageInterlude({ output, nextLabel, onContinue, withheld = false }: { output: StageOutput; nextLabel: string | undefined; onContinue: () => void; withheld?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusNextFrame(() => heading.current), []);
  const { score } = output;
  return (
    <section className="card interlude" aria-labelledby="interlude-title">
      <h2 id="interlude-title" ref={heading} tabIndex={-1}>
        Étape terminée&nbsp;: {STAGE_LABELS[output.stage]}
      </h2>
      {output.trace.length === 0 || withheld ? (
        // A stage with nothing to decide (no delivery to invoice): say why, not « 0 / 0 points ».
        <p>
          {COURSE_STAGES[output.stage].ended(output)}
          {withheld && output.trace.length > 0 ? ` ${recordedText(output.trace.length)}` : null}
        </p>
      ) : (
        <>
          <p>
            <strong>
              {formatPoints(score.points)} / {formatPoints(score.maxPoints)} points ({score.percent}&nbsp;%)
            </strong>
            {score.hintsUsed > 0 ? <> — {hintsUsedText(score.hintsUsed)}</> : null}
          </p>
          {output.controlReport ? <ControlCorrection report={output.controlReport} trace={output.trace} /> : <Decisions trace={output.trace} />}
        </>
      )}
      <button type="button" className="button" onClick={onContinue}>
        {nextLabel ? `Continuer\u00a0: ${nextLabel}` : "Voir le bilan"}
      </button>
    </section>
  );
}
