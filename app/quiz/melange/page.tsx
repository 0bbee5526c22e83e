import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { QUIZ_BANK } from "@/components/catalog/quizBank";
import { CourseQuiz } from "@/components/quiz/CourseQuiz";

export const metadata: Metadata = { title: "Révision mélangée" };

export default function MixedReviewPage() {
  return (
    <>
      <p className="screen-only">
        <SiteLink href="/quiz/">← Tous les quiz</SiteLink>
      </p>
      <h1>Révision mélangée</h1>
      <p className="lead">Des questions de toutes les étapes du cours, dans le désordre, comme à l&apos;examen.</p>
      <CourseQuiz bank={QUIZ_BANK} kind="mixed" />
    </>
  );
}
