"use client";
import { useMemo } from "react";
import type { Evidence } from "@/domain";
import { learnerEvidence } from "./mastery";
import { useAppStore } from "./useAppStore";

// Apart from useAppStore: every page's layout reads the store, only the pages showing mastery need
// the decision points' notions (and through them the catalogue of invoice mentions).
/** What the learner's mastery is computed from (quiz answers and scenario decisions), recomputed only when either changes. */
export function useLearnerEvidence(): Evidence[] {
  const quizEvidence = useAppStore((s) => s.quiz.evidence);
  const attempts = useAppStore((s) => s.attempts);
  return useMemo(() => learnerEvidence(quizEvidence, attempts), [quizEvidence, attempts]);
}
