import type { TraceEntry } from "@/domain";
import { pointsText, TraceExplanation, verdictText } from "@/components/ui/TraceParts";

/** One recorded decision as the learner reads it again: verdict, answer, expected, why (stages 3 to 5). */
export function InvoiceTraceResult({ entry }: { entry: TraceEntry }) {
  return (
    <div className={`trace-result ${entry.correct ? "is-right" : "is-wrong"}`}>
      <p>
        <strong>
          {entry.correct ? "✓" : "✗"} {verdictText(entry)}
        </strong>
        {entry.maxPoints > 0 ? <span className="muted"> — {pointsText(entry)}</span> : null}
      </p>
      <p>
        <strong>Votre réponse&nbsp;:</strong> {entry.answer}
      </p>
      <TraceExplanation entry={entry} />
    </div>
  );
}
