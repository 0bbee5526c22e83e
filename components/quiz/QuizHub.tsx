"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useMemo } from "react";
import { dueCards, NOTION_IDS, NOTIONS, QUIZ_STAGES, SELF_TEST_SIZE, type QuizStage } from "@/domain";
import type { QuizSummary } from "@/components/catalog/quizSummary";
import { MasteryMeter } from "@/components/ui/MasteryMeter";
import { today } from "@/store/clock";
import type { QuizSession } from "@/store/quizSlice";
import { useAppStore, useStoreHydrated } from "@/store/useAppStore";
import type { LearnerMastery } from "@/store/learnerMastery";
import { useLearnerMastery } from "@/store/useLearnerMastery";
import { questionsText } from "./questionSource";
import { quizStageTitle, REVIEW_RHYTHM } from "./quizLabels";

const percent = (level: number) => `${Math.round(level * 100)}\u00a0%`;

/** Each notion of a stage with its level, in a disclosure under the stage's mastery. */
function NotionLevels({ stage, byNotion }: { stage: QuizStage; byNotion: LearnerMastery["byNotion"] }) {
  const notions = NOTION_IDS.filter((notion) => NOTIONS[notion].stage === stage);
  return (
    <details className="quiz-notions">
      <summary>Maîtrise notion par notion</summary>
      <ul>
        {notions.map((notion) => {
          const mastery = byNotion[notion];
          return (
            <li key={notion}>
              {NOTIONS[notion].label}&nbsp;:{" "}
              <strong>{mastery.status === "notStarted" ? "pas encore évaluée" : `${percent(mastery.level)}${mastery.status === "mastered" ? ", maîtrisée" : ""}`}</strong>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** A quiz left half-way, said on its card: the learner comes back to the same question. */
function UnderWay({ session }: { session: QuizSession | undefined }) {
  if (!session || session.position >= session.questionIds.length) return null;
  return (
    <p>
      <span className="status" data-status="inProgress">
        En cours&nbsp;: question {session.position + 1} sur {session.questionIds.length}
      </span>
    </p>
  );
}

/** The quizzes: the error review, the quick self-test, the mixed review, then a quiz per stage with the learner's mastery. */
export function QuizHub({ quizzes }: { quizzes: readonly QuizSummary[] }) {
  const hydrated = useStoreHydrated();
  const cards = useAppStore((s) => s.quiz.cards);
  const sessions = useAppStore((s) => s.quiz.sessions);
  const mastery = useLearnerMastery();
  const due = useMemo(() => dueCards(Object.values(cards), today()).length, [cards]);
  const ordered = [...quizzes].sort((a, b) => QUIZ_STAGES.indexOf(a.stages[0] ?? "introduction") - QUIZ_STAGES.indexOf(b.stages[0] ?? "introduction"));
  const waiting = Object.keys(cards).length - due;

  return (
    <>
      <div className="grid quiz-hub-actions">
        <section className="card" aria-labelledby="revoir-titre">
          <h2 id="revoir-titre">Revoir mes erreurs</h2>
          <p>
            Une question manquée revient {REVIEW_RHYTHM}.
            {hydrated && waiting > 0 ? ` ${questionsText(waiting)} en attente pour les jours suivants.` : ""}
          </p>
          {/* The page's first action only when a question is due: with none, it opens an empty list. */}
          <SiteLink className={hydrated && due > 0 ? "button" : "button secondary"} href="/quiz/revision/">
            Revoir mes erreurs ({hydrated ? due : "…"})
          </SiteLink>
        </section>
        <section className="card" aria-labelledby="test-rapide-titre">
          <h2 id="test-rapide-titre">Test rapide</h2>
          <p>Dix questions sur tout le cours, pour savoir où vous en êtes avant ou après les scénarios.</p>
          <SiteLink className="button secondary" href="/quiz/test-rapide/">
            Test rapide&nbsp;: {questionsText(SELF_TEST_SIZE)}
          </SiteLink>
        </section>
        <section className="card" aria-labelledby="melange-titre">
          <h2 id="melange-titre">Révision mélangée</h2>
          <p>Des questions de toutes les étapes, mélangées&nbsp;: 10, 20 ou 40, au choix.</p>
          <SiteLink className="button secondary" href="/quiz/melange/">
            Faire une révision mélangée
          </SiteLink>
        </section>
      </div>

      <h2>Un quiz par étape du cours</h2>
      <ol className="plain-list quiz-hub-list">
        {ordered.map((quiz) => (
          <li key={quiz.id} className="card quiz-hub-item">
            <p className="muted quiz-hub-stage">{quiz.stages.map(quizStageTitle).join("\u00a0; ")}</p>
            <h3>
              <SiteLink href={`/quiz/${quiz.id}/`}>{quiz.title}</SiteLink>
            </h3>
            {hydrated ? <UnderWay session={sessions[quiz.id]} /> : null}
            {quiz.summary !== undefined ? <p>{quiz.summary}</p> : null}
            <p className="muted">
              {questionsText(quiz.written + quiz.generated)}
              {quiz.generated > 0 ? `, dont ${quiz.generated} aux chiffres tirés au hasard` : ""}
            </p>
            {hydrated && mastery
              ? quiz.stages.map((stage) => (
                  <div key={stage}>
                    <MasteryMeter mastery={mastery.byStage[stage]} />
                    <NotionLevels stage={stage} byNotion={mastery.byNotion} />
                  </div>
                ))
              : null}
          </li>
        ))}
      </ol>
    </>
  );
}
