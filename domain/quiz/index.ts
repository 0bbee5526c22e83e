/**
 * The quiz engine (issue 12): the notions of the course, the judge of each question type and the
 * points of an answer, the reading of typed figures and dates, the composition of a quiz, the
 * Leitner review and mastery. The schema and the loader of quiz files (zod's full build) are not
 * here: they are imported by their own path where an untrusted file is read (docs/decisions/0101).
 */
export * from "./notions";
export * from "./vocabulary";
export type { QuizBank, QuizIssue, QuizParseResult } from "./load";
export * from "./scoring";
export * from "./points";
export * from "./answerInput";
export * from "./text";
export * from "./findErrors";
export * from "./random";
export * from "./compose";
export * from "./review";
export * from "./mastery";
export * from "./generators";
