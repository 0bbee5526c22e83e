import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { QUIZ_BANK } from "@/components/catalog/quizBank";
import { CourseQuiz } from "@/components/quiz/CourseQuiz";

export const metadata: Metadata = { title: "Test rapide" };

export default function SelfTestPage() {
  return (
    <>
      <p className="screen-only">
        <SiteLink href="/quiz/">← Tous les quiz</SiteLink>
      </p>
      <h1>Test rapide&nbsp;: 10 questions sur tout le cours</h1>
      <p className="lead">De l&apos;introduction au suivi des règlements&nbsp;: où en êtes-vous&nbsp;?</p>
      <CourseQuiz bank={QUIZ_BANK} kind="selfTest" />
    </>
  );
}
