import type { Metadata } from "next";
import { QUIZ_SUMMARIES } from "@/components/catalog/quizBank";
import { QuizHub } from "@/components/quiz/QuizHub";

export const metadata: Metadata = { title: "Quiz" };

export default function QuizHubPage() {
  return (
    <>
      <h1>Quiz d&apos;autoévaluation</h1>
      <p className="lead">
        Vérifiez ce que vous savez avant et après les scénarios&nbsp;: un quiz par étape du cours, un test rapide, une révision
        mélangée, et vos erreurs à revoir. En entraînement, la correction vient après chaque réponse&nbsp;; en évaluation, à la fin.
        Votre maîtrise de chaque notion tient compte de vos réponses et de vos décisions dans les scénarios.
      </p>
      <QuizHub quizzes={QUIZ_SUMMARIES} />
    </>
  );
}
