"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import type { Question } from "@/domain";
import type { ArchivedRun } from "@/store/historySlice";
import { appStore, useAppStore, useStoreHydrated } from "@/store/useAppStore";
import { QuestionStep } from "./QuestionStep";
import { QuizResults } from "./QuizResults";
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
  /** The questions of a new quiz drawn with this seed, `count` of them when the learner chose; none: nothing to practise now. */
  compose: (seed: number, count: number | undefined) => Question[];
  /** The questions of a quiz under way, by id; undefined when one of them no longer exists. */
  resolve: (ids: readonly string[]) => Question[] | undefined;
  /** Said when `compose` has nothing to offer. */
  emptyMessage: string;
  /** Known before starting: nothing to practise now (no question due), so no start screen either. */
  nothingToOffer?: boolean;
}

/** A seed for a new quiz: the only chance of the quiz, drawn here and kept in the store so that the quiz replays. */
function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/**
 * A quiz from its start screen to its score: the quiz under way is kept in the store after every
 * answer, so that a reload comes back to the same question, or to the score and the review.
 */
export function QuizPlayer({ quizKey, title, size, lengths, compose, resolve, emptyMessage, nothingToOffer = false }: QuizPlayerProps) {
  const hydrated = useStoreHydrated();
  const session = useAppStore((s) => s.quiz.sessions[quizKey]);
  const questionIds = session?.questionIds;
  const questions = useMemo(() => (questionIds ? resolve(questionIds) : undefined), [questionIds, resolve]);
  const [empty, setEmpty] = useState(false);
  // The position shown when the page opened: a later one was reached by the learner, whose focus follows.
  const [openedAt, setOpenedAt] = useState<number | null | undefined>(undefined);
  if (hydrated && openedAt === undefined) setOpenedAt(session?.position ?? null);

  if (!hydrated) return <p className="muted">Lecture de votre progression…</p>;

  const start = ({ mode, certaintyBased, count }: QuizChoices) => {
    const seed = newSeed();
    const drawn = compose(seed, count);
    setEmpty(drawn.length === 0);
    if (drawn.length > 0) appStore().getState().startQuiz(quizKey, { mode, certaintyBased, seed, questionIds: drawn.map((question) => question.id) });
  };
  const restart = () => appStore().getState().leaveQuiz(quizKey);
  const restartKeeping = (run: ArchivedRun) => appStore().getState().leaveQuiz(quizKey, run);

  if (!session && nothingToOffer) {
    return (
      <section className="card quiz-start">
        <p>{size}</p>
        <p>
          <Link href="/quiz/">Choisir un autre quiz</Link>
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
        <QuizStart size={size} lengths={lengths} onStart={start} />
      </>
    );
  }
  if (!questions) {
    return (
      <section className="alert notice" role="status">
        <p>Ce quiz a changé depuis que vous l&apos;avez commencé : il ne peut pas reprendre où vous l&apos;aviez laissé. Vos réponses déjà données restent comptées.</p>
        <button type="button" className="button" onClick={restart}>
          Recommencer le quiz
        </button>
      </section>
    );
  }
  const moved = openedAt !== session.position;
  const question = questions[session.position];
  if (!question) return <QuizResults quizKey={quizKey} title={title} session={session} questions={questions} focusOnShow={moved} onRestart={restartKeeping} />;
  return <QuestionStep key={`${session.startedAt}-${question.id}`} quizKey={quizKey} session={session} question={question} focusOnShow={moved} />;
}
