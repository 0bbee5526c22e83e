import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findQuiz, QUIZ_BANK } from "@/components/catalog/quizBank";
import { BundledQuiz } from "@/components/quiz/BundledQuiz";

export function generateStaticParams() {
  return QUIZ_BANK.map((quiz) => ({ id: quiz.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: findQuiz(id)?.title ?? "Quiz" };
}

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const quiz = findQuiz(id);
  if (!quiz) notFound();
  return (
    <>
      <p>
        <Link href="/quiz/">← Tous les quiz</Link>
      </p>
      <h1>{quiz.title}</h1>
      <p className="lead">{quiz.summary}</p>
      <BundledQuiz quiz={quiz} />
    </>
  );
}
