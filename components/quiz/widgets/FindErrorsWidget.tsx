"use client";
import { useMemo } from "react";
import { controlReport, findErrorsKey } from "@/domain";
import type { ControlMarking } from "@/components/documents/control/ControlDocument";
import { ControlDocument } from "@/components/documents/control/ControlDocument";
import { ControlMentionList } from "@/components/documents/control/ControlMentionList";
import { outcomesByTarget } from "@/components/documents/control/controlReport";
import type { WidgetProps } from "./types";

/**
 * « Trouvez l'erreur » on an invoice drawn as in the invoice-control stage: each printed mention or
 * figure, and each mention of the list, toggles a mark; « Aucune anomalie » says the invoice is
 * conforming. Once judged, the outcome of each mark is written on the invoice, as on a corrected copy.
 */
export function FindErrorsWidget({ question, draft, onChange, locked, judged, level }: WidgetProps<"findErrors">) {
  const subject = useMemo(() => findErrorsKey(question), [question]);
  const outcomes = useMemo(
    () => (judged === undefined ? undefined : outcomesByTarget(controlReport(subject.key, subject.document, draft.marked, subject.options))),
    [judged, subject, draft.marked],
  );
  const marking: ControlMarking = {
    isMarked: (target) => draft.marked.includes(target),
    canToggle: () => !locked,
    ...(locked
      ? {}
      : {
          toggle: (target: string) =>
            onChange({ type: "findErrors", marked: draft.marked.includes(target) ? draft.marked.filter((t) => t !== target) : [...draft.marked, target], none: false }),
        }),
    outcomeOf: (target) => outcomes?.get(target),
  };
  const count = draft.marked.length;
  return (
    <div className="quiz-find-errors">
      <p className="muted quiz-instruction">
        Activez une mention ou un montant pour le signaler comme absent ou faux&nbsp;; activez-le de nouveau pour retirer le signalement.
      </p>
      <ControlDocument level={level} document={subject.document} printed={subject.key.targets.printed} marking={marking} />
      <ControlMentionList level={level} mentions={subject.key.targets.mentions} list={subject.options.list} marking={marking} />
      <div className="control-submit">
        <button type="button" className="button secondary" aria-pressed={draft.none} disabled={locked} onClick={() => onChange({ type: "findErrors", marked: [], none: !draft.none })}>
          Aucune anomalie&nbsp;: la facture est conforme
        </button>
        <p role="status" className="muted">
          {count > 0 ? `${count} signalement${count > 1 ? "s" : ""}.` : draft.none ? "Vous déclarez la facture conforme." : "Aucun signalement pour l'instant."}
        </p>
      </div>
    </div>
  );
}
