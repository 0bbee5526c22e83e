import { formatDateFr, formatPoints } from "@/domain";
import type { AnswerKeyState } from "./answerKey";
import "./answerKey.css";

/**
 * The engine's answer key as a teacher reads it, stage by stage: each decision point with the
 * expected answer, the engine's explanation with its figures, the teacher's own note and the
 * points. While the scenario does not hold, « clé indisponible » with the reasons.
 */
export function AnswerKeyView({ state, headingLevel = 3 }: { state: AnswerKeyState | undefined; headingLevel?: 2 | 3 }) {
  const StageHeading = headingLevel === 2 ? "h2" : "h3";
  const PointHeading = headingLevel === 2 ? "h3" : "h4";
  if (state === undefined) return <p className="muted">Calcul du corrigé…</p>;
  if (!state.ok) {
    return (
      <div className="answer-key-unavailable">
        <p>
          <strong>Clé indisponible</strong> tant que le scénario ne tient pas&nbsp;:
        </p>
        <ul>
          {state.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="answer-key">
      {state.key.stages.map((stage) => (
        <section key={stage.stage} className="answer-key-stage">
          <StageHeading>{stage.title}</StageHeading>
          <ol>
            {stage.entries.map((entry, i) => (
              <li key={`${entry.decisionPoint}-${i}`}>
                <PointHeading>
                  {entry.label} <span className="muted">— {formatDateFr(entry.date)}</span>
                </PointHeading>
                <p>
                  <strong>Réponse attendue&nbsp;:</strong> {entry.expected}
                </p>
                <p>{entry.explanation}</p>
                {entry.teacherExplanation ? (
                  <p>
                    <strong>Commentaire de l&apos;enseignant&nbsp;:</strong> {entry.teacherExplanation}
                  </p>
                ) : null}
                <p className="muted">
                  {formatPoints(entry.maxPoints)}&nbsp;points · point de décision <code>{entry.decisionPoint}</code>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p>
        <strong>Total&nbsp;: {formatPoints(state.key.maxPoints)}&nbsp;points</strong>
      </p>
    </div>
  );
}
