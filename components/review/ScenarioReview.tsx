"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { Scenario } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
import { DecisionReview } from "./DecisionReview";
import { ProducedDocuments } from "./ProducedDocuments";
import { ScoreSummary } from "./ScoreSummary";
import { DunningLetters } from "@/components/documents/DunningLetters";
import { ControlCorrection } from "@/components/documents/control/ControlCorrection";

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

/** End of scenario: scores, every decision reviewed, the invoice control corrected, documents produced, replay. */
export function ScenarioReview({ scenario, output, onReplay }: { scenario: Scenario; output: PlayerOutput; onReplay: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The game has just ended (or a finished game was reopened): the learner lands on the review.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="review" aria-labelledby="bilan-titre">
      <h2 id="bilan-titre" ref={headingRef} tabIndex={-1}>
        Bilan du scénario : {scenario.title}
      </h2>
      <ScoreSummary scenario={scenario} output={output} />

      <h3>Revue de chaque décision</h3>
      <DecisionReview trace={output.trace} />
      <CorrectedControls output={output} />

      <h3>Documents établis</h3>
      <ProducedDocuments scenario={scenario} output={output} />
      <LettersOfTheFile scenario={scenario} output={output} />

      <div className="review-actions">
        <button type="button" className="button" onClick={onReplay}>
          Rejouer depuis le début
        </button>
        <Link className="button secondary" href="/scenarios/">
          Retour à la bibliothèque
        </Link>
      </div>
    </section>
  );
}
