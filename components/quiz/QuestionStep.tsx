"use client";
import { useEffect, useId, useRef, useState } from "react";
import { QUIZ_STAGE_LABELS, type Certainty, type Question } from "@/domain";
import type { QuizSession } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { AnswerFeedback } from "./AnswerFeedback";
import { CertaintyChoice } from "./CertaintyChoice";
import { draftOfAnswer, emptyDraft, readDraft, type Draft } from "./drafts";
import { ERROR_AT_FIELD, QuestionWidget } from "./QuestionWidget";
import { questionResult } from "./sessionResults";

/** A second try where one answer of two is left would be a gift: true or false, or a choice between two options. */
function offersSecondTry(question: Question): boolean {
  return question.type !== "trueFalse" && !(question.type === "single" && question.options.length === 2);
}

interface Props {
  quizKey: string;
  session: QuizSession;
  question: Question;
  /** Gives the focus to the question's heading: the learner just moved on to it. */
  focusOnShow: boolean;
}

/**
 * The question being answered. In training, each validation is judged at once: a wrong first try
 * may be tried again for part of the points, then the answer and its explanation are shown. In
 * assessment, validating moves on to the next question without a word.
 */
export function QuestionStep({ quizKey, session, question, focusOnShow }: Props) {
  const tries = session.tries[question.id] ?? [];
  const last = tries.at(-1);
  const [draft, setDraft] = useState<Draft>(() => (last ? draftOfAnswer(last.answer) : emptyDraft(question, session.seed)));
  const [certainty, setCertainty] = useState<Certainty | null>(last?.certainty ?? null);
  const [error, setError] = useState<string | undefined>();
  const [certaintyError, setCertaintyError] = useState<string | undefined>();
  const [retrying, setRetrying] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // When the question was shown on this page: its answer's time runs from there to the last try (a reload starts it again).
  const shownAt = useRef(0);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const idBase = useId().replace(/:/gu, "");
  const promptId = `${idBase}-prompt`;
  const errorId = `${idBase}-error`;
  const index = session.position;
  const count = session.questionIds.length;
  const training = session.mode === "training";

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  useEffect(() => {
    if (focusOnShow) titleRef.current?.focus();
  }, [focusOnShow]);

  const result = last ? questionResult(question, tries) : undefined;
  const wrongFirstTry = result !== undefined && tries.length === 1 && !result.judged.correct && offersSecondTry(question);
  const final = result !== undefined && (!wrongFirstTry || revealed);
  // Before a second try, the anomalies of an invoice, once named or drawn on it, would be the answer itself.
  const hints = final || question.type !== "findErrors";
  // Before a try, and during the second try, the widget is open; once judged, it shows the answer given.
  const answering = training ? last === undefined || retrying : last === undefined;

  useEffect(() => {
    if (training && tries.length > 0) feedbackRef.current?.focus();
  }, [training, tries.length, revealed]);

  const change = (next: Draft) => {
    setDraft(next);
    if (error !== undefined) setError(undefined);
  };

  const validate = () => {
    const read = readDraft(question, draft);
    const unsure = session.certaintyBased && certainty === null;
    setError(read.ok ? undefined : read.message);
    setCertaintyError(unsure ? "Dites à quel point vous êtes sûr de votre réponse avant de la valider." : undefined);
    if (!read.ok || unsure) return;
    const attempt = { answer: read.answer, ...(session.certaintyBased && certainty !== null ? { certainty } : {}) };
    const judged = questionResult(question, [...tries, attempt]).judged;
    const store = appStore().getState();
    store.answerQuestion(quizKey, question.id, attempt, { notion: question.notion, credit: judged.credit, correct: judged.correct }, Date.now() - shownAt.current);
    setRetrying(false);
    if (!training) store.nextQuestion(quizKey);
  };

  const retry = () => {
    setRetrying(true);
    if (session.certaintyBased) setCertainty(null);
  };

  const next = () => appStore().getState().nextQuestion(quizKey);
  const isLast = index === count - 1;

  return (
    <section className="quiz-question card" aria-labelledby={`${idBase}-title`}>
      <h2 id={`${idBase}-title`} ref={titleRef} tabIndex={-1} className="quiz-question-title">
        Question {index + 1} sur {count}
        <span className="tag">{QUIZ_STAGE_LABELS[question.stage]}</span>
      </h2>
      <progress className="quiz-progress" value={index} max={count} aria-hidden="true" />
      <p id={promptId} className="quiz-prompt">
        {question.prompt}
      </p>
      <QuestionWidget
        question={question}
        draft={draft}
        onChange={change}
        locked={!answering}
        judged={!answering && training && hints ? result?.judged : undefined}
        promptId={promptId}
        idBase={idBase}
        seed={session.seed}
        error={ERROR_AT_FIELD.has(question.type) ? error : undefined}
        level={3}
      />
      {error !== undefined && !ERROR_AT_FIELD.has(question.type) ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {session.certaintyBased && answering ? <CertaintyChoice name={`${idBase}-certainty`} value={certainty} onChange={setCertainty} disabled={false} error={certaintyError} /> : null}
      <div aria-live="polite" className="quiz-feedback-region">
        {training && result && (!answering || retrying) ? <AnswerFeedback question={question} judged={result.judged} points={result.points} final={final} hints={hints} headingRef={feedbackRef} /> : null}
      </div>
      <div className="button-row quiz-actions">
        {answering ? (
          <button type="button" className="button" onClick={validate}>
            {retrying ? "Valider mon second essai" : "Valider ma réponse"}
          </button>
        ) : null}
        {!answering && wrongFirstTry && !revealed ? (
          <>
            <button type="button" className="button" onClick={retry}>
              Réessayer
            </button>
            <button type="button" className="button secondary" onClick={() => setRevealed(true)}>
              Voir la correction
            </button>
          </>
        ) : null}
        {!answering && final ? (
          <button type="button" className="button" onClick={next}>
            {isLast ? "Voir mon score" : "Question suivante"}
          </button>
        ) : null}
      </div>
    </section>
  );
}
