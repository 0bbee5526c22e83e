import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { notFound } from "next/navigation";
import { findQuiz, QUIZ_BANK } from "@/components/catalog/quizBank";
import { summarizeQuiz } from "@/components/catalog/quizSummary";
import { BundledQuiz } from "@/components/quiz/BundledQuiz";

export function generateStaticParams() {
  return QUIZ_BANK.map((quiz) => ({ id: quiz.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const quiz = findQuiz(id);
  // The title a learner reads: the teacher's neutral one when set (quizSummary.ts).
  return { title: quiz ? summarizeQuiz(quiz).title : "Quiz" };
}

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const quiz = findQuiz(id);
  if (!quiz) notFound();
  const { title, summary } = summarizeQuiz(quiz);
  return (
    <>
      <p className="screen-only">
        <SiteLink href="/quiz/">← Tous les quiz</SiteLink>
      </p>
      <h1>{title}</h1>
      {summary !== undefined ? <p className="lead">{summary}</p> : null}
      <BundledQuiz quiz={quiz} />
    </>
  );
}
