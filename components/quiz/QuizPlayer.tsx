"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useMemo, useState } from "react";
import { isAssessment, type ClassroomSettings, type QuizFile, type QuizRequest } from "@/domain";
import type { ArchivedRun } from "@/store/historySlice";
import { appStore, useAppStore, useStoreHydrated } from "@/store/useAppStore";
import { loadQuizRun, useQuizRun } from "./loadQuizRun";
import { QuizStart, type QuizChoices, type QuizLength } from "./QuizStart";

export interface QuizPlayerProps {
  /** Where the store keeps this quiz under way (quizKeys.ts). */
  quizKey: string;
  /** The quiz's name in its results file. */
  title: string;
  /** What the quiz holds, said on its start screen (« 12 questions, dont 4 aux chiffres tirés au hasard »). */
  size: string;
  /** The numbers of questions the learner may choose from (none: the quiz's size is fixed). */
  lengths?: readonly QuizLength[];
  /** The quizzes the questions come from (written questions and the generators they list). */
  bank: readonly QuizFile[];
  /** What to draw, `count` questions when the learner chose; drawing nothing means nothing to practise now. */
  request: (count: number | undefined) => QuizRequest;
  /** Said when the request draws nothing. */
  emptyMessage: string;
  /** Known before starting: nothing to practise now (no question due), so no start screen either. */
  nothingToOffer?: boolean;
  /** The teacher's settings of a quiz file: assessment mode forced, pass mark on the score (docs/decisions/0123). */
  classroom?: ClassroomSettings | undefined;
}

/** A seed for a new quiz: the only chance of the quiz, drawn here and kept in the store so that the quiz replays. */
function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/**
 * A quiz from its start screen to its score: the quiz under way is kept in the store after every
 * answer, so that a reload comes back to the same question, or to the score and the review.
 */
export function QuizPlayer({ quizKey, title, size, lengths, bank, request, emptyMessage, nothingToOffer = false, classroom }: QuizPlayerProps) {
  const hydrated = useStoreHydrated();
  const [run, setRun] = useQuizRun();
  const session = useAppStore((s) => s.quiz.sessions[quizKey]);
  const questionIds = session?.questionIds;
  const loaded = run === "failed" ? undefined : run;
  const questions = useMemo(() => (questionIds && loaded ? loaded.questionsByIds(bank, questionIds) : undefined), [questionIds, loaded, bank]);
  const [empty, setEmpty] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  // The position shown when the page opened: a later one was reached by the learner, whose focus follows.
  const [openedAt, setOpenedAt] = useState<number | null | undefined>(undefined);
  if (hydrated && openedAt === undefined) setOpenedAt(session?.position ?? null);

  if (!hydrated) return <p className="muted">Lecture de votre progression…</p>;

  const assessment = isAssessment({ classroom });
  const start = async ({ mode, certaintyBased, count }: QuizChoices) => {
    const started = await loadQuizRun().catch(() => undefined);
    setUnreachable(started === undefined);
    if (started === undefined) return;
    setRun(started);
    const seed = newSeed();
    const drawn = started.composeFrom(bank, request(count), seed);
    setEmpty(drawn.length === 0);
    if (drawn.length > 0) appStore().getState().startQuiz(quizKey, { mode: assessment ? "assessment" : mode, certaintyBased, seed, questionIds: drawn.map((question) => question.id) });
  };
  const restart = () => appStore().getState().leaveQuiz(quizKey);
  const restartKeeping = (archived: ArchivedRun) => appStore().getState().leaveQuiz(quizKey, archived);

  if (!session && nothingToOffer) {
    return (
      <section className="card quiz-start">
        <p>{size}</p>
        <p>
          <SiteLink href="/quiz/">Choisir un autre quiz</SiteLink>
        </p>
      </section>
    );
  }
  if (!session) {
    return (
      <>
        {empty ? (
          <p className="alert notice" role="status">
            {emptyMessage}
          </p>
        ) : null}
        {unreachable ? <RunUnavailable /> : null}
        <QuizStart size={size} lengths={lengths} onStart={(choices) => void start(choices)} assessment={assessment} />
      </>
    );
  }
  if (run === "failed") return <RunUnavailable />;
  if (!loaded) return <p className="muted">Chargement du quiz…</p>;
  if (!questions) {
    return (
      <section className="alert notice" role="status">
        <p>Ce quiz a changé depuis que vous l&apos;avez commencé&nbsp;: il ne peut pas reprendre où vous l&apos;aviez laissé. Vos réponses déjà données restent comptées.</p>
        <button type="button" className="button" onClick={restart}>
          Recommencer le quiz
        </button>
      </section>
    );
  }
  const moved = openedAt !== session.position;
  const question = questions[session.position];
  if (!question) return <loaded.QuizResults quizKey={quizKey} session={session} questions={questions} focusOnShow={moved} title={title} onRestart={restartKeeping} classroom={classroom} />;
  return <loaded.QuestionStep key={`${session.startedAt}-${question.id}`} quizKey={quizKey} session={session} question={question} focusOnShow={moved} />;
}

/** Said instead of the quiz when its runtime could not be fetched: what was answered is kept in the browser. */
function RunUnavailable() {
  return (
    <p className="alert error" role="alert">
      Le quiz n&apos;a pas pu être chargé&nbsp;: vérifiez la connexion puis rechargez la page. Vos réponses déjà données sont gardées.
    </p>
  );
}
