"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useId, useRef } from "react";
import { DIFFICULTY_LABELS, LEVEL_LABELS, STAGE_LABELS } from "@/domain";
import type { ScenarioSummary } from "@/components/catalog/summary";
import { scenarioScore, type ArchivedRun } from "@/store/historySlice";
import type { Attempt } from "@/store/progressSlice";
import { attemptStatus, scoreRecordText } from "@/components/ui/attemptStatus";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { RunHistory } from "@/components/ui/RunHistory";
import { SetAsideNote } from "@/components/ui/SetAsideNote";
import { durationText } from "./scenarioFacts";

export interface ScenarioCardProps {
  scenario: ScenarioSummary;
  attempt: Attempt | undefined;
  /** The games before the current one (store/historySlice.ts). */
  runs?: readonly ArchivedRun[] | undefined;
  /** False until the saved progress has been read: the status stays neutral meanwhile. */
  hydrated: boolean;
  onReset: (scenarioId: string) => void;
}

/** One scenario of the library: what it is about, what it asks, and where the learner stands. */
export function ScenarioCard({ scenario, attempt, runs = [], hydrated, onReset }: ScenarioCardProps) {
  const titleId = useId();
  const linkRef = useRef<HTMLAnchorElement>(null);
  const status = attemptStatus(attempt);
  const duration = durationText(scenario.durationMinutes);
  const score = scoreRecordText(scenarioScore(runs, attempt));

  return (
    <li className="card library-card">
      <article aria-labelledby={titleId}>
        <h2 id={titleId}>{scenario.title}</h2>
        {scenario.summary !== undefined ? <p>{scenario.summary}</p> : null}
        <dl className="library-facts">
          <div>
            <dt>Étapes</dt>
            <dd>
              <ul className="tag-list">
                {scenario.stages.map((stage) => (
                  <li key={stage} className="tag">
                    {STAGE_LABELS[stage]}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>Niveau</dt>
            <dd>{LEVEL_LABELS[scenario.level]}</dd>
          </div>
          <div>
            <dt>Difficulté</dt>
            <dd>
              <span aria-hidden="true" className="difficulty-dots">
                {"●".repeat(scenario.difficulty)}
                {"○".repeat(3 - scenario.difficulty)}
              </span>{" "}
              {scenario.difficulty} sur 3 ({DIFFICULTY_LABELS[scenario.difficulty]})
            </dd>
          </div>
          <div>
            <dt>Durée</dt>
            <dd>
              <span aria-hidden="true">{duration.shown}</span>
              <span className="visually-hidden">{duration.spoken}</span>
            </dd>
          </div>
          <div>
            <dt>Statut</dt>
            <dd>
              {hydrated ? (
                <>
                  <span className="status" data-status={status.kind}>
                    {status.label}
                  </span>
                  {score ? <span className="runs-summary">{score}</span> : null}
                  <SetAsideNote game={attempt?.setAside} />
                  <RunHistory runs={runs} what={scenario.title} />
                </>
              ) : (
                <span className="status" data-status="loading">
                  <span aria-hidden="true">…</span>
                  <span className="visually-hidden">lecture de votre progression</span>
                </span>
              )}
            </dd>
          </div>
        </dl>
        <div className="library-actions">
          <SiteLink ref={linkRef} className="button" href={`/scenarios/${scenario.id}/`}>
            {hydrated ? status.action : "Ouvrir"}
            <span className="visually-hidden">&nbsp;: {scenario.title}</span>
          </SiteLink>
          {hydrated && attempt ? (
            <ConfirmButton
              question={<>Effacer votre progression sur ce scénario&nbsp;?</>}
              confirmLabel="Oui, réinitialiser"
              onConfirm={() => {
                onReset(scenario.id);
                linkRef.current?.focus();
              }}
            >
              Réinitialiser ce scénario<span className="visually-hidden">&nbsp;: {scenario.title}</span>
            </ConfirmButton>
          ) : null}
        </div>
      </article>
    </li>
  );
}
