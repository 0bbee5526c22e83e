"use client";
import { useEffect, useState, type Dispatch, type SetStateAction } from "react";
import { loadOnce } from "@/components/ui/loadOnce";

export type QuizRun = typeof import("./quizRun");

/** The quiz's runtime (quizRun.ts), fetched once per page; a failed fetch may be tried again. */
export const loadQuizRun = loadOnce<QuizRun>(() => import("./quizRun"));

/**
 * The quiz's runtime, asked for as soon as the page is on screen, so that it has arrived before the
 * learner has chosen how to take the quiz. Undefined until then; "failed" when the site could not
 * be reached (offline, a new version deployed meanwhile); the setter records a later success.
 */
export function useQuizRun(): [QuizRun | "failed" | undefined, Dispatch<SetStateAction<QuizRun | "failed" | undefined>>] {
  const [run, setRun] = useState<QuizRun | "failed">();
  useEffect(() => {
    let current = true;
    loadQuizRun().then(
      (loaded) => current && setRun(loaded),
      () => current && setRun("failed"),
    );
    return () => {
      current = false;
    };
  }, []);
  return [run, setRun];
}
