"use client";
import { useEffect, useState } from "react";
import type { LearnerMastery } from "./learnerMastery";
import { useAppStore } from "./useAppStore";

/**
 * The learner's mastery, computed by a module loaded once the page is on screen: reading scenario
 * decisions as notions reaches the invoice-mention catalogue and the intake records (≈ 40 KiB gzip),
 * which the home page and the quiz hub do not need before the learner can act. Undefined until
 * computed; recomputed when the quiz answers or the games change.
 */
export function useLearnerMastery(): LearnerMastery | undefined {
  const quizEvidence = useAppStore((s) => s.quiz.evidence);
  const attempts = useAppStore((s) => s.attempts);
  const [mastery, setMastery] = useState<LearnerMastery>();
  useEffect(() => {
    let current = true;
    void import("./learnerMastery").then(({ learnerMastery }) => {
      if (current) setMastery(learnerMastery(quizEvidence, attempts));
    });
    return () => {
      current = false;
    };
  }, [quizEvidence, attempts]);
  return mastery;
}
