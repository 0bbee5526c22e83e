import { masteryByNotion, masteryByStage } from "@/domain";
import type { Attempt } from "./progressSlice";
import type { QuizEvidence } from "./quizSlice";
import { learnerEvidence } from "./mastery";

export interface LearnerMastery {
  byStage: ReturnType<typeof masteryByStage>;
  byNotion: ReturnType<typeof masteryByNotion>;
}

/** The learner's mastery per stage and per notion, from quiz answers and scenario decisions together. */
export function learnerMastery(quizEvidence: readonly QuizEvidence[], attempts: Readonly<Record<string, Attempt>>): LearnerMastery {
  const evidence = learnerEvidence(quizEvidence, attempts);
  return { byStage: masteryByStage(evidence), byNotion: masteryByNotion(evidence) };
}
