import { composeQuiz, generateQuestion, questionFromId, type Question, type QuizFile, type QuizRequest } from "@/domain";

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

/** Where the store keeps each quiz under way: a bundled quiz by its id, the others by what they draw. */
export const QUIZ_KEYS = {
  selfTest: "test-rapide",
  mixed: "revision-melangee",
  review: "revoir-mes-erreurs",
  notions: (notions: readonly string[]) => `notions:${[...notions].sort().join(",")}`,
} as const;

/** « 12 questions », « 1 question ». */
export function questionsText(count: number): string {
  return `${count} question${count > 1 ? "s" : ""}`;
}
