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
import { stageProgress, type StageProgress } from "./stageProgress";

function ProgressSummary({ progress, hydrated }: { progress: StageProgress; hydrated: boolean }) {
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
            — score à cette étape (meilleur essai de chaque scénario) : {formatPoints(progress.score.points)} / {formatPoints(progress.score.maxPoints)} points ({formatPercent(progress.score.percent)})
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

/** The five stages of the course as a learning path: what each asks, its scenarios, the learner's progress and mastery. */
export function LearningPath({ scenarios, quizzes }: { scenarios: readonly ScenarioSummary[]; quizzes: readonly QuizSummary[] }) {
  const hydrated = useStoreHydrated();
  const attempts = useAppStore((s) => s.attempts);
  const history = useAppStore((s) => s.history.scenarios);
  const mastery = useLearnerMastery()?.byStage;

  return (
    <ol className="learning-path" aria-label="Les cinq étapes du cours">
      {STAGE_IDS.map((stage) => {
        const course = COURSE_STAGES[stage];
        const number = stageNumber(stage);
        const progress = stageProgress(scenarios, stage, attempts, history);
        const titleId = `etape-${number}`;
        return (
          <li key={stage} className="card path-stage">
            <div className="path-about">
              <h3 className="stage-title" id={titleId}>
                <span className="stage-number" aria-hidden="true">
                  {number}
                </span>
                <span>
                  <span className="visually-hidden">Étape {number} : </span>
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
              <h4>Vos scénarios de cette étape</h4>
              <ProgressSummary progress={progress} hydrated={hydrated} />
              <ul>
                {progress.scenarios.map((scenario) => (
                  <ScenarioItem key={scenario.id} scenario={scenario} attempt={attempts[scenario.id]} runs={history[scenario.id]} hydrated={hydrated} />
                ))}
              </ul>
              <StageMasteryBlock mastery={hydrated ? mastery?.[stage] : undefined} quiz={quizzes.find((quiz) => quiz.stages.includes(stage))} number={number} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
