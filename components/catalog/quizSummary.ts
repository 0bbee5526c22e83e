import { QUIZ_STAGES, type QuizFile, type QuizStage } from "@/domain";

/** What the quiz hub shows of a quiz: computed at build time, so that the hub does not download the questions. */
export interface QuizSummary {
  id: string;
  title: string;
  summary: string;
  /** The stages its questions belong to, in the course's order. */
  stages: QuizStage[];
  written: number;
  /** Generated questions drawn for each play (their figures change every time). */
  generated: number;
}

export function summarizeQuiz({ id, title, summary, questions, generators }: QuizFile): QuizSummary {
  return {
    id,
    title,
    summary,
    stages: QUIZ_STAGES.filter((stage) => questions.some((question) => question.stage === stage)),
    written: questions.length,
    generated: (generators ?? []).reduce((sum, ref) => sum + ref.count, 0),
  };
}
