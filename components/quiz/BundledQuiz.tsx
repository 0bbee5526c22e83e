"use client";
import { useCallback, useMemo } from "react";
import type { QuizFile } from "@/domain";
import { composeFrom, questionsByIds, questionsText } from "./questionSource";
import { QuizPlayer } from "./QuizPlayer";

/** A quiz of the bank (one stage of the course): all its questions, or the 10 or 20 the learner chooses, spread over its notions. */
export function BundledQuiz({ quiz }: { quiz: QuizFile }) {
  const bank = useMemo(() => [quiz], [quiz]);
  const total = quiz.questions.length + (quiz.generators ?? []).reduce((sum, ref) => sum + ref.count, 0);
  const generated = total - quiz.questions.length;
  const compose = useCallback((seed: number, count: number | undefined) => composeFrom(bank, { kind: "mixed", count: count ?? total }, seed), [bank, total]);
  const resolve = useCallback((ids: readonly string[]) => questionsByIds(bank, ids), [bank]);
  return (
    <QuizPlayer
      quizKey={quiz.id}
      title={quiz.title}
      size={`${questionsText(total)}${generated > 0 ? `, dont ${generated} aux chiffres tirés au hasard à chaque quiz` : ""}.`}
      lengths={[...[10, 20].filter((count) => count < total).map((count) => ({ count, label: String(count) })), { count: total, label: `toutes (${total})` }]}
      compose={compose}
      resolve={resolve}
      emptyMessage="Ce quiz n'a pas encore de questions."
    />
  );
}
