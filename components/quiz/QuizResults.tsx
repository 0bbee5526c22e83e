"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useCallback, useEffect, useId, useRef } from "react";
import { passVerdict, QUIZ_STAGE_LABELS, quizFingerprint, type ClassroomSettings, type Question } from "@/domain";
import { PassMarkVerdict } from "@/components/ui/ClassroomParts";
import { ExportResults, type ResultsFiles } from "@/components/ui/ExportResults";
import { RunHistory } from "@/components/ui/RunHistory";
import type { ArchivedRun } from "@/store/historySlice";
import { isPreviewQuiz, type QuizSession } from "@/store/quizSlice";
import { useAppStore } from "@/store/useAppStore";
import { AnswerExplanation, quizPointsText, verdictTitle } from "./AnswerFeedback";
import { CERTAINTY_LABELS } from "./CertaintyChoice";
import { draftOfAnswer } from "./drafts";
import { QuestionWidget } from "./QuestionWidget";
import { MODE_LABELS, REVIEW_RHYTHM } from "./quizLabels";
import { answerDurations, archivedQuiz, quizAnswerInputs, quizResults, quizScore, type QuestionResult } from "./sessionResults";

const rightAnswers = (count: number) => `${count} réponse${count > 1 ? "s" : ""} juste${count > 1 ? "s" : ""}`;

/** One question read again: the learner's answer marked part by part, the right answer and the explanation. */
function ReviewedQuestion({ result, index, seed }: { result: QuestionResult; index: number; seed: number }) {
  const id = useId().replace(/:/gu, "");
  const { question, counted, judged, tries } = result;
  return (
    <li>
      <article className={`card quiz-review-item ${judged.correct ? "" : "is-wrong"}`} aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>
          Question {index + 1}&nbsp;: {verdictTitle(judged)} — {quizPointsText(result.points)}
        </h3>
        <p className="muted">
          {QUIZ_STAGE_LABELS[question.stage]}
          {tries.length === 2 ? " — note du second essai" : ""}
          {counted?.certainty !== undefined ? ` — certitude\u00a0: ${CERTAINTY_LABELS[counted.certainty].toLowerCase()}` : ""}
        </p>
        <p id={`${id}-prompt`} className="quiz-prompt">
          {question.prompt}
        </p>
        {counted ? (
          <QuestionWidget question={question} draft={draftOfAnswer(counted.answer)} onChange={() => undefined} locked judged={judged} promptId={`${id}-prompt`} idBase={id} seed={seed} error={undefined} level={4} />
        ) : (
          <p>Pas de réponse.</p>
        )}
        {judged.feedback.length > 0 ? (
          <ul className="quiz-feedback-list">
            {judged.feedback.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        ) : null}
        <AnswerExplanation question={question} judged={judged} />
      </article>
    </li>
  );
}

interface Props {
  quizKey: string;
  title: string;
  session: QuizSession;
  questions: readonly Question[];
  focusOnShow: boolean;
  /** Starts again; `run`, what this quiz reached, goes to the history (not a teacher's preview's: the store ignores it). */
  onRestart: (run: ArchivedRun) => void;
  /** The teacher's settings: the score says « Réussi » or « Pas encore réussi » against the pass mark. */
  classroom?: ClassroomSettings | undefined;
}

const NO_RUNS: readonly ArchivedRun[] = [];

/** The end of a quiz: the score, what goes to « Revoir mes erreurs », then every question reviewed. */
export function QuizResults({ quizKey, title, session, questions, focusOnShow, onRestart, classroom }: Props) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const results = quizResults(questions, session);
  // A teacher's preview is neither kept as an attempt nor exported as a learner's results (docs/decisions/0118).
  const preview = isPreviewQuiz(quizKey);
  const runs = useAppStore((s) => s.history.quizzes[quizKey]) ?? NO_RUNS;
  const build = useCallback(
    (files: ResultsFiles, pseudonym: string, exportedAt: Date) => {
      const answered = quizResults(questions, session);
      const activity = { id: quizKey, title, hash: quizFingerprint(questions) };
      return files.buildQuizResults({ pseudonym, activity, answers: quizAnswerInputs(answered), exportedAt, durationsMs: answerDurations(answered, session) });
    },
    [questions, session, quizKey, title],
  );
  const score = quizScore(results);
  const verdict = passVerdict(classroom, score.percent);
  const firstTryWrong = results.filter((result) => !result.firstTryRight).length;

  useEffect(() => {
    if (focusOnShow) titleRef.current?.focus();
  }, [focusOnShow]);

  return (
    <div className="quiz-results">
      <section className="card review-overall" aria-labelledby="quiz-score-title">
        <h2 id="quiz-score-title" ref={titleRef} tabIndex={-1}>
          Votre score&nbsp;: {quizPointsText(score)} ({score.percent}&nbsp;%)
        </h2>
        {verdict !== undefined ? <PassMarkVerdict verdict={verdict} /> : null}
        <p>
          {rightAnswers(score.right)} sur {score.count} — mode {MODE_LABELS[session.mode].title.toLowerCase()}
          {session.certaintyBased ? ", notation selon la certitude" : ""}.
        </p>
        {firstTryWrong > 0 ? (
          <p>
            {firstTryWrong > 1 ? `${firstTryWrong} questions manquées au premier essai reviendront` : "La question manquée au premier essai reviendra"} dans{" "}
            <SiteLink href="/quiz/revision/">«&nbsp;Revoir mes erreurs&nbsp;»</SiteLink>&nbsp;: {REVIEW_RHYTHM}.
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button" onClick={() => onRestart(archivedQuiz(results, session, new Date()))}>
            Recommencer ce quiz
          </button>
          <SiteLink className="button secondary" href="/quiz/">
            Tous les quiz
          </SiteLink>
        </div>
        {preview ? null : <RunHistory runs={runs} what={title} />}
      </section>
      {preview ? null : <ExportResults build={build} />}
      <h2>Revue des questions</h2>
      <ol className="plain-list quiz-review">
        {results.map((result, index) => (
          <ReviewedQuestion key={result.question.id} result={result} index={index} seed={session.seed} />
        ))}
      </ol>
    </div>
  );
}
