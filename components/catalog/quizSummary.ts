import { learnerSummary, learnerTitle, QUIZ_STAGES, type QuizFile, type QuizStage } from "@/domain";

/**
 * What the quiz hub and the quiz's page show of a quiz: computed at build time, so that the hub
 * does not download the questions. The title a learner reads: the teacher's neutral one when set,
 * and then no summary (docs/decisions/0123).
 */
export interface QuizSummary {
  id: string;
  title: string;
  summary?: string;
  /** The stages its questions belong to, in the course's order. */
  stages: QuizStage[];
  written: number;
  /** Generated questions drawn for each play (their figures change every time). */
  generated: number;
}

export function summarizeQuiz(quiz: QuizFile): QuizSummary {
  const { id, questions, generators } = quiz;
  const summary = learnerSummary(quiz);
  return {
    id,
    title: learnerTitle(quiz),
    ...(summary !== undefined ? { summary } : {}),
    stages: QUIZ_STAGES.filter((stage) => questions.some((question) => question.stage === stage)),
    written: questions.length,
    generated: (generators ?? []).reduce((sum, ref) => sum + ref.count, 0),
  };
}
