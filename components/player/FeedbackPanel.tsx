"use client";
import { RECORDED_ANSWER, YourAnswer } from "@/components/ui/ClassroomParts";
import { pointsText, TraceExplanation } from "@/components/ui/TraceParts";
import { useRef, useState, type ReactNode, type Ref } from "react";
import { formatDateFr, type IsoDate, type TraceEntry } from "@/domain";
import { bringIntoView } from "@/components/ui/bringIntoView";
import { nextControl } from "./feedbackFocus";

function verdictTitle(entry: TraceEntry): string {
  if (entry.correct) return "Bonne réponse";
  if (entry.verdict === "outOfOrder") return "Pas dans l'ordre du cours";
  return entry.verdict === "refused" ? "Action refusée" : "Réponse à revoir";
}

/**
 * What the learner reads after each decision (issue 15): ONE line first — the verdict, the points
 * and, for a usual mistake, its diagnosis —, the `actions` on this decision right under it (a second
 * try, which then replace « Continuer »), then the detail folded (expected answer, parts,
 * explanation, teacher's word, glossary).
 * In an assessment (`withheld`), only that the answer is recorded: the review at the end corrects it.
 * No `aria-live`: the workspace moves the focus to `headingRef` after a new decision, which reads
 * the line; a live region would read it twice. « Continuer » takes the focus on to the next field
 * or button, the form now shown under the feedback.
 */
export function FeedbackPanel({
  entry,
  today,
  withheld = false,
  actions,
  headingRef,
}: {
  entry: TraceEntry | null;
  today: IsoDate;
  withheld?: boolean;
  actions?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const section = useRef<HTMLElement>(null);
  // Each new judgement (a declined second try included) starts with its detail folded.
  const [shown, setShown] = useState(entry);
  const [generation, setGeneration] = useState(0);
  if (entry !== shown) {
    setShown(entry);
    setGeneration(generation + 1);
  }
  if (!entry) return null;
  // After the simulated clock moved on, the last feedback is about an earlier day: say which.
  const earlier = entry.date !== today ? `Décision du ${formatDateFr(entry.date)}\u00a0: ` : "";
  const goOn = () => {
    const next = section.current ? nextControl(section.current) : null;
    if (next) bringIntoView(next);
  };
  const tone = withheld ? "is-recorded" : entry.correct ? "is-right" : "is-wrong";
  return (
    <section ref={section} className={`feedback ${tone}`} aria-labelledby="feedback-title">
      <h3 ref={headingRef} tabIndex={-1} className="feedback-line">
        <span id="feedback-title">
          {earlier}
          {withheld ? RECORDED_ANSWER : `${verdictTitle(entry)} — ${pointsText(entry)}`}
        </span>
        {!withheld && entry.diagnosis ? <span className="feedback-diagnosis">. {entry.diagnosis}</span> : null}
      </h3>
      {actions}
      <div key={generation} className="feedback-body">
        {withheld ? <YourAnswer entry={entry} /> : <TraceExplanation entry={entry} folded />}
        {actions === undefined ? (
          <button type="button" className="button small" onClick={goOn}>
            Continuer
          </button>
        ) : null}
      </div>
    </section>
  );
}
