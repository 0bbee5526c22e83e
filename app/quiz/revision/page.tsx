import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { QUIZ_BANK } from "@/components/catalog/quizBank";
import { RevisionQuiz } from "@/components/quiz/RevisionQuiz";
import { REVIEW_RHYTHM } from "@/components/quiz/quizLabels";

export const metadata: Metadata = { title: "Revoir mes erreurs" };

export default function RevisionPage() {
  return (
    <>
      <p className="screen-only">
        <SiteLink href="/quiz/">← Tous les quiz</SiteLink>
      </p>
      <h1>Revoir mes erreurs</h1>
      <p className="lead">
        Les questions que vous avez manquées reviennent espacées dans le temps&nbsp;: {REVIEW_RHYTHM}. Alors la question quitte la
        liste.
      </p>
      <RevisionQuiz bank={QUIZ_BANK} />
    </>
  );
}
