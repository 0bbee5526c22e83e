import type { Ref } from "react";
import { formatPoints, NOTIONS, type AnswerJudgement, type Question, type QuestionPoints } from "@/domain";
import { GlossaryLinks } from "@/components/ui/GlossaryLinks";
import { SECOND_TRY_RULE } from "./quizLabels";

/** "1 / 1 point", "0,5 / 1 point", "−2 / 1 point" (a confident error costs, with a true minus sign). */
export function quizPointsText({ points, max }: QuestionPoints): string {
  const value = points < 0 ? `−${formatPoints(-points)}` : formatPoints(points);
  return `${value} / ${formatPoints(max)} point${max >= 2 ? "s" : ""}`;
}

export function verdictTitle(judged: AnswerJudgement): string {
  return judged.correct ? "Bonne réponse" : judged.credit > 0 ? "Réponse en partie juste" : "Réponse à revoir";
}

/** The question's glossary entries: its own, or its notion's. */
export function glossaryOf(question: Question): readonly string[] {
  return question.glossary ?? NOTIONS[question.notion].glossary;
}

interface Props {
  question: Question;
  judged: AnswerJudgement;
  points: QuestionPoints;
  /** False after a wrong first try in training: what was confused is said, not yet the answer. */
  final: boolean;
  /** Whether what was confused may be said (not before the second try at « trouvez l'erreur »: it names the anomalies). */
  hints: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** What the learner reads after validating: the verdict and its points, what was confused, then the answer and why. */
export function AnswerFeedback({ question, judged, points, final, hints, headingRef }: Props) {
  const tone = judged.correct ? "ok" : "error";
  return (
    <div className={`alert ${tone} quiz-feedback`}>
      <h3 ref={headingRef} tabIndex={-1}>
        {verdictTitle(judged)} — {quizPointsText(points)}
      </h3>
      {hints && judged.feedback.length > 0 ? (
        <ul className="quiz-feedback-list">
          {judged.feedback.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {final ? <AnswerExplanation question={question} judged={judged} /> : <p>{SECOND_TRY_RULE} Corrigez votre réponse puis validez-la, ou affichez la correction.</p>}
    </div>
  );
}

/** The right answer (when it was not given), the worked explanation and the glossary: the same in the feedback and in the review. */
export function AnswerExplanation({ question, judged }: { question: Question; judged: AnswerJudgement }) {
  return (
    <>
      {judged.correct ? null : (
        <p>
          <strong>Réponse attendue&nbsp;:</strong> {judged.expected}
        </p>
      )}
      <p>
        <strong>Explication&nbsp;:</strong> {question.explanation}
      </p>
      <GlossaryLinks ids={glossaryOf(question)} />
    </>
  );
}
