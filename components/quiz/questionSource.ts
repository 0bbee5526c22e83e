/**
 * Where the store keeps each quiz under way, and how a quiz's size is said. Drawing the questions
 * themselves is in quizRun.ts, loaded once the page is on screen (docs/decisions/0111).
 */

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
