import { formatPoints, STAGE_LABELS, type Scenario, type StageId, type TraceEntry } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
import { correctedAtSecondTry } from "@/components/ui/TraceParts";

function pointsText(points: number, maxPoints: number): string {
  return `${formatPoints(points)} / ${formatPoints(maxPoints)} point${maxPoints >= 2 ? "s" : ""}`;
}

function hintsText(hints: number): string {
  return hints === 0 ? "aucun" : String(hints);
}

/** « 2 décisions », « 1 corrigée »: a count and its word, agreed in number. */
function counted(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? "s" : ""}`;
}

/**
 * How the decisions went, in one sentence under the score: never « all right » alone when a
 * decision corrected at its second try lost half its points (docs/decisions/0130).
 */
export function decisionsSentence(trace: readonly TraceEntry[]): string {
  const toReview = trace.filter((entry) => !entry.correct).length;
  if (toReview > 0) return `${counted(toReview, "décision")} à revoir sur ${trace.length}\u00a0: ${toReview > 1 ? "elles sont marquées" : "elle est marquée"} ✗ ci-dessous.`;
  const corrected = trace.filter(correctedAtSecondTry).length;
  return corrected === 0 ? "Toutes vos décisions sont justes." : `Toutes vos décisions sont justes, dont ${counted(corrected, "corrigée")} au second essai.`;
}

/** The overall score, the score of each stage played, and the stages that could not be played, with why. */
export function ScoreSummary({ scenario, output }: { scenario: Scenario; output: PlayerOutput }) {
  const { overall, byStage } = output.score;
  const played = scenario.stages.filter((stage): stage is StageId => byStage[stage] !== undefined);

  return (
    <>
      <div className="review-overall">
        <p className="review-percent">
          <span className="visually-hidden">Score global&nbsp;: </span>
          {overall.percent}&nbsp;%
        </p>
        <div>
          <p>
            <strong>Score global&nbsp;:</strong> {pointsText(overall.points, overall.maxPoints)} — {overall.percent}&nbsp;%
          </p>
          <p>
            <strong>Indices utilisés&nbsp;:</strong> {hintsText(overall.hintsUsed)}
          </p>
          <p>{decisionsSentence(output.trace)}</p>
        </div>
      </div>

      <h3>Score par étape</h3>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Score obtenu à chaque étape jouée</caption>
          <thead>
            <tr>
              <th scope="col">Étape</th>
              <th scope="col" className="amount">
                Points
              </th>
              <th scope="col" className="amount">
                Score
              </th>
              <th scope="col" className="amount">
                Indices
              </th>
            </tr>
          </thead>
          <tbody>
            {played.map((stage) => {
              const score = byStage[stage];
              if (!score) return null;
              return (
                <tr key={stage}>
                  <th scope="row">{STAGE_LABELS[stage]}</th>
                  <td className="amount">{pointsText(score.points, score.maxPoints)}</td>
                  <td className="amount">{score.percent}&nbsp;%</td>
                  <td className="amount">{hintsText(score.hintsUsed)}</td>
                </tr>
              );
            })}
            <tr className="total-row">
              <th scope="row">Ensemble du scénario</th>
              <td className="amount">{pointsText(overall.points, overall.maxPoints)}</td>
              <td className="amount">{overall.percent}&nbsp;%</td>
              <td className="amount">{hintsText(overall.hintsUsed)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      {output.skipped.length > 0 ? (
        <>
          <h3>Étapes non jouées</h3>
          <ul>
            {output.skipped.map((skip) => (
              <li key={skip.stage}>
                <strong>{STAGE_LABELS[skip.stage]}</strong>&nbsp;: {skip.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
