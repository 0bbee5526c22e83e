"use client";
import { useEffect, useState, type Dispatch, type SetStateAction } from "react";

export type QuizRun = typeof import("./quizRun");

let loading: Promise<QuizRun> | undefined;

/** The quiz's runtime (quizRun.ts), fetched once per page; a failed fetch may be tried again. */
export function loadQuizRun(): Promise<QuizRun> {
  loading ??= import("./quizRun").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

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
