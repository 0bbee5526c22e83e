/**
 * What a quiz needs once the learner starts it, loaded by `import()` while its start screen shows
 * (loadQuizRun.ts, docs/decisions/0111): drawing the questions (the engine's composition and the
 * generators), the question being answered with its widgets and the judge (« trouvez l'erreur »
 * brings stage 4's control catalogue), the score and the review. None of it is needed to read the
 * start screen, so none of it is in the quiz pages' first load.
 */
import { composeQuiz, generateQuestion, questionFromId, type Question, type QuizFile, type QuizRequest } from "@/domain";

export { QuestionStep } from "./QuestionStep";
export { QuizResults } from "./QuizResults";

/**
 * Where a quiz page gets its questions: the bank handed down by the page (written questions and
 * the generators each quiz lists), through the engine's composition. A quiz under way is kept as
 * question ids, rebuilt here: a generated question from its id, with the same figures.
 */
export function composeFrom(bank: readonly QuizFile[], request: QuizRequest, seed: number): Question[] {
  return composeQuiz(bank, request, seed, { generateQuestion, questionFromId });
}

/** The questions of these ids, in this order; undefined when one of them is no longer in the bank. */
export function questionsByIds(bank: readonly QuizFile[], ids: readonly string[]): Question[] | undefined {
  const found = composeFrom(bank, { kind: "review", questionIds: ids }, 0);
  return found.length === ids.length ? found : undefined;
}
