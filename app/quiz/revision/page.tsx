import type { Metadata } from "next";
import Link from "next/link";
import { QUIZ_BANK } from "@/components/catalog/quizBank";
import { RevisionQuiz } from "@/components/quiz/RevisionQuiz";

export const metadata: Metadata = { title: "Revoir mes erreurs" };

export default function RevisionPage() {
  return (
    <>
      <p>
        <Link href="/quiz/">← Tous les quiz</Link>
      </p>
      <h1>Revoir mes erreurs</h1>
      <p className="lead">
        Les questions que vous avez manquées reviennent espacées dans le temps : le lendemain, puis trois jours plus tard. Deux
        bonnes réponses de suite, et la question quitte la liste.
      </p>
      <RevisionQuiz bank={QUIZ_BANK} />
    </>
  );
}
