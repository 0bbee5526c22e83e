/**
 * The bundled quizzes (quizzes/*.json), read and checked once, at build time, through the same
 * loader as any quiz file (domain/quiz/load.ts: zod's full build). Like catalog.ts, only the server
 * pages of app/ import this module: they hand the quiz components plain data, already checked, so
 * that no quiz page loads the schema (docs/decisions/0101).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue } from "@/domain/scenarioLoad";
import { parseQuizBank } from "@/domain/quiz/load";
import type { QuizFile } from "@/domain";
import { summarizeQuiz, type QuizSummary } from "./quizSummary";

const FOLDER = "quizzes";

/** The quiz files, in file-name order (the order of the course: see quizzes/README.md). */
export const QUIZ_FILES: readonly string[] = readdirSync(FOLDER)
  .filter((file) => file.endsWith(".json") && !file.endsWith(".schema.json"))
  .sort();

function load(): QuizFile[] {
  const bank = parseQuizBank(QUIZ_FILES.map((file) => ({ file, text: readFileSync(join(FOLDER, file), "utf8") })));
  if (bank.issues.length > 0) throw new Error(`Questionnaire livré invalide\u00a0: ${bank.issues.map(formatIssue).join("\u00a0; ")}`);
  return bank.quizzes;
}

export const QUIZ_BANK: readonly QuizFile[] = load();

export function findQuiz(id: string): QuizFile | undefined {
  return QUIZ_BANK.find((quiz) => quiz.id === id);
}

export const QUIZ_SUMMARIES: readonly QuizSummary[] = QUIZ_BANK.map(summarizeQuiz);
