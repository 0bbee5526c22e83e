import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { Suspense } from "react";
import { QUIZ_BANK } from "@/components/catalog/quizBank";
import { NotionsQuiz } from "@/components/quiz/NotionsQuiz";

export const metadata: Metadata = { title: "S'entraîner sur des notions" };

export default function NotionsQuizPage() {
  return (
    <>
      <p className="screen-only">
        <SiteLink href="/quiz/">← Tous les quiz</SiteLink>
      </p>
      <h1>S&apos;entraîner sur les notions manquées</h1>
      <p className="lead">Des questions sur les notions que vos décisions dans un scénario n&apos;ont pas encore réussies.</p>
      {/* The notions are in the address: read in the browser, the page being static. */}
      <Suspense fallback={<p className="muted">Lecture des notions demandées…</p>}>
        <NotionsQuiz bank={QUIZ_BANK} />
      </Suspense>
    </>
  );
}
