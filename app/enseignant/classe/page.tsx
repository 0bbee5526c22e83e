import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { ClassResultsPage } from "@/components/authoring/ClassResultsPage";
import { QUIZ_BANK } from "@/components/catalog/quizBank";

export const metadata: Metadata = { title: "Résultats de la classe" };

/** The prompts of the bundled questions, so that the detail of a quiz names its questions (a results file carries ids only). */
const PROMPTS = Object.fromEntries(QUIZ_BANK.flatMap((quiz) => quiz.questions.map((question) => [question.id, question.prompt])));

export default function ClassResultsRoute() {
  return (
    <>
      <p className="screen-only">
        <SiteLink href="/enseignant/">← Espace enseignant</SiteLink>
      </p>
      <h1>Résultats de la classe</h1>
      <p className="lead screen-only">
        Importez les fichiers de résultats que vos élèves ont exportés à la fin d&apos;un scénario ou d&apos;un questionnaire&nbsp;: le
        tableau donne le score de chacun, la réussite de chaque point de décision et de chaque question, et les notions les plus
        manquées, à exporter pour votre tableur.
      </p>
      <ClassResultsPage prompts={PROMPTS} />
    </>
  );
}
