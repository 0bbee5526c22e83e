"use client";
import { useMemo } from "react";
import { learnerTitle, type QuizFile } from "@/domain";
import { questionsText } from "./questionSource";
import { QuizPlayer } from "./QuizPlayer";

/**
 * A quiz of the bank (one stage of the course): all its questions, or the 10 or 20 the learner
 * chooses, spread over its notions. Kept in the store under its id, unless the page gives a key of
 * its own (a shared quiz may carry a bundled quiz's id, docs/decisions/0117).
 */
export function BundledQuiz({ quiz, quizKey = quiz.id }: { quiz: QuizFile; quizKey?: string }) {
  const bank = useMemo(() => [quiz], [quiz]);
  const total = quiz.questions.length + (quiz.generators ?? []).reduce((sum, ref) => sum + ref.count, 0);
  const generated = total - quiz.questions.length;
  return (
    <QuizPlayer
      quizKey={quizKey}
      title={learnerTitle(quiz)}
      size={`${questionsText(total)}${generated > 0 ? `, dont ${generated} aux chiffres tirés au hasard à chaque quiz` : ""}.`}
      lengths={[...[10, 20].filter((count) => count < total).map((count) => ({ count, label: String(count) })), { count: total, label: `toutes (${total})` }]}
      bank={bank}
      request={(count) => ({ kind: "mixed", count: count ?? total })}
      emptyMessage="Ce quiz n'a pas encore de questions."
      classroom={quiz.classroom}
    />
  );
}
