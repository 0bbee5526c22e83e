"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { COURSE_STAGES, formatPercent, formatPoints, STAGE_IDS, stageNumber, type StageMastery } from "@/domain";
import type { QuizSummary } from "@/components/catalog/quizSummary";
import type { ScenarioSummary } from "@/components/catalog/summary";
import { attemptStatus, scoreRecordText } from "@/components/ui/attemptStatus";
import { SetAsideNote } from "@/components/ui/SetAsideNote";
import { scenarioScore, type ArchivedRun } from "@/store/historySlice";
import type { Attempt } from "@/store/progressSlice";
import { MasteryMeter } from "@/components/ui/MasteryMeter";
import { useAppStore, useStoreHydrated } from "@/store/useAppStore";
import { useLearnerMastery } from "@/store/useLearnerMastery";
import { shelfProgress, type StageProgress } from "./stageProgress";

function ProgressSummary({ progress, hydrated, scoreScope }: { progress: StageProgress; hydrated: boolean; scoreScope: string }) {
  const total = progress.scenarios.length;
  if (!hydrated) {
    return (
      <p className="path-progress muted">
        <span aria-hidden="true">…</span>
        <span className="visually-hidden">Lecture de votre progression</span>
      </p>
    );
  }
  return (
    <div className="path-progress">
      <p>
        <strong>
          {progress.done} scénario{progress.done > 1 ? "s" : ""} terminé{progress.done > 1 ? "s" : ""} sur {total}
        </strong>
        {progress.score ? (
          <>
            {" "}
            — {scoreScope} (meilleur essai de chaque scénario)&nbsp;: {formatPoints(progress.score.points)} / {formatPoints(progress.score.maxPoints)} points ({formatPercent(progress.score.percent)})
          </>
        ) : null}
      </p>
      <progress value={progress.done} max={Math.max(total, 1)} aria-hidden="true" />
    </div>
  );
}

/** A scenario of the stage: its status and its score, the very text of its library card (`scoreRecordText`). */
function ScenarioItem({ scenario, attempt, runs, hydrated }: { scenario: ScenarioSummary; attempt: Attempt | undefined; runs: readonly ArchivedRun[] | undefined; hydrated: boolean }) {
  const status = attemptStatus(attempt);
  const score = scoreRecordText(scenarioScore(runs, attempt));
  return (
    <li>
      <SiteLink href={`/scenarios/${scenario.id}/`}>{scenario.title}</SiteLink>{" "}
      {hydrated ? (
        <>
          <span className="status" data-status={status.kind}>
            {status.label}
          </span>
          {score ? <span className="runs-summary">{score}</span> : null}
          <SetAsideNote game={attempt?.setAside} />
        </>
      ) : null}
    </li>
  );
}

/** The stage's mastery from quizzes and scenarios together, and its quiz. */
function StageMasteryBlock({ mastery, quiz, number }: { mastery: StageMastery | undefined; quiz: QuizSummary | undefined; number: number }) {
  return (
    <div className="path-mastery">
      <h4>Votre maîtrise de cette étape</h4>
      {mastery ? <MasteryMeter mastery={mastery} /> : null}
      {quiz ? (
        <SiteLink href={`/quiz/${quiz.id}/`}>
          Faire le quiz de l&apos;étape {number}
        </SiteLink>
      ) : null}
    </div>
  );
}

/** A shelf's scenarios with the learner's progress: under a stage of the path, or among the chains. */
function ShelfScenarios({ heading, scoreScope, progress, attempts, history, hydrated }: { heading: string; scoreScope: string; progress: StageProgress; attempts: Readonly<Record<string, Attempt>>; history: Readonly<Record<string, readonly ArchivedRun[]>>; hydrated: boolean }) {
  return (
    <>
      <h4>{heading}</h4>
      <ProgressSummary progress={progress} hydrated={hydrated} scoreScope={scoreScope} />
      <ul>
        {progress.scenarios.map((scenario) => (
          <ScenarioItem key={scenario.id} scenario={scenario} attempt={attempts[scenario.id]} runs={history[scenario.id]} hydrated={hydrated} />
        ))}
      </ul>
    </>
  );
}

/**
 * The five stages of the course as a learning path: what each asks, the scenarios that work on it,
 * the learner's progress and mastery; then the chains, which follow an order through several stages.
 */
export function LearningPath({ scenarios, quizzes }: { scenarios: readonly ScenarioSummary[]; quizzes: readonly QuizSummary[] }) {
  const hydrated = useStoreHydrated();
  const attempts = useAppStore((s) => s.attempts);
  const history = useAppStore((s) => s.history.scenarios);
  const mastery = useLearnerMastery()?.byStage;
  const chains = shelfProgress(scenarios, "chain", attempts, history);

  return (
    <>
      <ol className="learning-path" aria-label="Les cinq étapes du cours">
        {STAGE_IDS.map((stage) => {
          const course = COURSE_STAGES[stage];
          const number = stageNumber(stage);
          const titleId = `etape-${number}`;
          return (
            <li key={stage} className="card path-stage">
              <div className="path-about">
                <h3 className="stage-title" id={titleId}>
                  <span className="stage-number" aria-hidden="true">
                    {number}
                  </span>
                  <span>
                    <span className="visually-hidden">Étape {number}&nbsp;: </span>
                    {course.title}
                  </span>
                </h3>
                <p>{course.summary}</p>
                <ul className="checks">
                  {course.checklist.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
              <div className="path-scenarios">
                <ShelfScenarios heading="Vos scénarios de cette étape" scoreScope="score à cette étape" progress={shelfProgress(scenarios, stage, attempts, history)} attempts={attempts} history={history} hydrated={hydrated} />
                <StageMasteryBlock mastery={hydrated ? mastery?.[stage] : undefined} quiz={quizzes.find((quiz) => quiz.stages.includes(stage))} number={number} />
              </div>
            </li>
          );
        })}
      </ol>
      {chains.scenarios.length > 0 ? (
        <section className="card path-stage" aria-labelledby="enchainements">
          <div className="path-about">
            <h3 className="stage-title" id="enchainements">
              Enchaînements&nbsp;: une commande de sa réception à son règlement
            </h3>
            <p>
              Une même vente suivie d&apos;étape en étape&nbsp;: la commande contrôlée puis traitée, la facture établie et contrôlée, le règlement suivi. Chaque étape part de ce que la précédente a laissé dans
              le PGI.
            </p>
          </div>
          <div className="path-scenarios">
            <ShelfScenarios heading="Vos enchaînements" scoreScope="score des enchaînements" progress={chains} attempts={attempts} history={history} hydrated={hydrated} />
          </div>
        </section>
      ) : null}
    </>
  );
}
