import type { PassVerdict, TraceEntry } from "@/domain";

/** What a decision shows in an assessment, in place of its verdict (docs/decisions/0123). */
export const RECORDED_ANSWER = "Réponse enregistrée";

/** The rule of an assessment, said where the learner plays it. */
export const ASSESSMENT_RULE = "ni correction ni indice avant la fin\u00a0; le bilan donne ensuite la correction de chaque réponse.";

/** The assessment's rule, said once above the task: the learner knows why nothing is corrected. */
export function AssessmentNotice() {
  return (
    <p className="alert notice assessment-notice">
      <strong>Évaluation</strong>&nbsp;: {ASSESSMENT_RULE}
    </p>
  );
}

/** The learner's own answer, as recorded: all an assessment shows of a decision before the end. */
export function YourAnswer({ entry }: { entry: Pick<TraceEntry, "answer"> }) {
  return (
    <p>
      <strong>Votre réponse&nbsp;:</strong> {entry.answer}
    </p>
  );
}

/** A decision recorded without its verdict (assessment). */
export function RecordedAnswer({ entry }: { entry: Pick<TraceEntry, "answer"> }) {
  return (
    <div className="trace-result">
      <p>
        <strong>{RECORDED_ANSWER}</strong>
      </p>
      <YourAnswer entry={entry} />
    </div>
  );
}

/** « Réussi » or « Pas encore réussi » against the teacher's pass mark, the mark said (« seuil fixé par l'enseignant : 60 % »). */
export function PassMarkVerdict({ verdict }: { verdict: PassVerdict }) {
  return (
    <p className={`pass-verdict ${verdict.passed ? "is-passed" : "is-not-yet"}`}>
      <strong>{verdict.passed ? "Réussi" : "Pas encore réussi"}</strong> (seuil fixé par l&apos;enseignant&nbsp;: {`${verdict.passMark}\u00a0%`})
    </p>
  );
}
