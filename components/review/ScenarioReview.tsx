"use client";
import { focusNextFrame } from "@/components/ui/focusNextFrame";
import { SiteLink } from "@/components/ui/SiteLink";
import { useEffect, useRef } from "react";
import { learnerTitle, NOTIONS, notionsOfDecisionPoint, passVerdict, type NotionId, type Scenario, type TraceEntry } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
import { pointNamingOf } from "@/machines/stages";
import { DecisionReview } from "./DecisionReview";
import { ProducedDocuments } from "./ProducedDocuments";
import { ScenarioResultsExport } from "./ScenarioResultsExport";
import { ScoreSummary } from "./ScoreSummary";
import { DunningLetters } from "@/components/documents/DunningLetters";
import { ControlCorrection } from "@/components/documents/control/ControlCorrection";
import { notionsQuizHref } from "@/components/ui/quizLinks";
import { PassMarkVerdict } from "@/components/ui/ClassroomParts";
import { scoreRecordText } from "@/components/ui/attemptStatus";
import { scenarioScore } from "@/store/historySlice";
import { useAppStore } from "@/store/useAppStore";

/** The notions of the decisions not wholly right, each once, in the order of the game. */
function missedNotions(trace: readonly TraceEntry[]): NotionId[] {
  return [...new Set(trace.filter((entry) => !entry.correct).flatMap((entry) => notionsOfDecisionPoint(entry.decisionPoint)))];
}

/** The dunning letters of the file as the follow-up stage left it, each on screen and as PDF. */
function LettersOfTheFile({ scenario, output }: { scenario: Scenario; output: PlayerOutput }) {
  const last = output.stages.at(-1);
  if (last?.carried.dunningActions === undefined) return null;
  return <DunningLetters ledger={last.ledger} scenario={scenario} taken={last.carried.dunningActions} />;
}

/** The invoice control's corrected copy, when the scenario had one (games saved before the copy existed have none). */
function CorrectedControls({ output }: { output: PlayerOutput }) {
  return output.stages.map((stage, index) =>
    stage.controlReport ? <ControlCorrection key={`${stage.stage}-${index}`} report={stage.controlReport} trace={stage.trace} /> : null,
  );
}

/**
 * What the scenario had the learner practise (its `objectives`): shown at the end only, where they
 * name what was done; before the game they would give the answers away (issue 15, item 8).
 */
function WorkedObjectives({ objectives }: { objectives: readonly string[] }) {
  return (
    <section className="card review-objectives" aria-labelledby="objectifs-travailles-titre">
      <h3 id="objectifs-travailles-titre">Ce que vous avez travaillé</h3>
      <ul>
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}

/** Every finished attempt of the game saved under `gameKey`, in the words of the library and the home page. */
function AttemptsRecord({ gameKey }: { gameKey: string }) {
  const attempt = useAppStore((s) => s.attempts[gameKey]);
  const runs = useAppStore((s) => s.history.scenarios[gameKey]);
  const text = scoreRecordText(scenarioScore(runs, attempt));
  return text ? (
    <p className="review-attempts">
      <strong>Vos essais de ce scénario&nbsp;:</strong> {text}
    </p>
  ) : null;
}

/** The notions the learner's decisions missed, and the quiz that practises them. */
function MissedNotions({ trace, withLink }: { trace: readonly TraceEntry[]; withLink: boolean }) {
  const notions = missedNotions(trace);
  if (notions.length === 0) return null;
  return (
    <section className="card review-notions" aria-labelledby="notions-manquees-titre">
      <h3 id="notions-manquees-titre">Les notions à retravailler</h3>
      <ul>
        {notions.map((notion) => (
          <li key={notion}>{NOTIONS[notion].label}</li>
        ))}
      </ul>
      {withLink ? (
        <SiteLink className="button secondary" href={notionsQuizHref(notions)}>
          S&apos;entraîner sur les notions manquées
        </SiteLink>
      ) : null}
    </section>
  );
}

/**
 * End of scenario: scores (this game's, then every attempt's best and last), what was practised, every decision reviewed, the invoice control corrected, documents
 * produced, replay. `gameKey`: where the store keeps the game, for its results file; null for a
 * teacher's preview, which exports nothing. `siteLinks` false: no link to the site's other pages
 * (an LMS package's kiosk, docs/decisions/0126, holds none of them).
 */
export function ScenarioReview({ scenario, output, onReplay, gameKey, siteLinks = true }: { scenario: Scenario; output: PlayerOutput; onReplay: () => void; gameKey: string | null; siteLinks?: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The game has just ended (or a finished game was reopened): the learner lands on the review.
  useEffect(() => focusNextFrame(() => headingRef.current), []);
  const verdict = passVerdict(scenario.classroom, output.score.overall.percent);

  return (
    <section className="review" aria-labelledby="bilan-titre">
      <h2 id="bilan-titre" ref={headingRef} tabIndex={-1}>
        Bilan du scénario&nbsp;: {learnerTitle(scenario)}
      </h2>
      {verdict !== undefined ? <PassMarkVerdict verdict={verdict} /> : null}
      <ScoreSummary scenario={scenario} output={output} />
      {gameKey === null ? null : <AttemptsRecord gameKey={gameKey} />}
      {gameKey === null ? null : <ScenarioResultsExport scenario={scenario} gameKey={gameKey} trace={output.trace} />}

      <WorkedObjectives objectives={scenario.objectives} />
      <MissedNotions trace={output.trace} withLink={siteLinks} />

      <h3>Revue de chaque décision</h3>
      <DecisionReview trace={output.trace} naming={pointNamingOf(output.stages)} />
      <CorrectedControls output={output} />

      <h3>Documents établis</h3>
      <ProducedDocuments scenario={scenario} output={output} />
      <LettersOfTheFile scenario={scenario} output={output} />

      <div className="review-actions">
        <button type="button" className="button" onClick={onReplay}>
          Rejouer depuis le début
        </button>
        {siteLinks ? (
          <SiteLink className="button secondary" href="/scenarios/">
            Retour à la bibliothèque
          </SiteLink>
        ) : null}
      </div>
    </section>
  );
}
