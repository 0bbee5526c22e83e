/**
 * The question bank shipped in quizzes/ passes the teacher's `npm run quiz -- validate`: every file
 * alone, then the bank as a whole (ids unique across files). How much the bank covers (questions
 * per notion, per stage) is the content's own test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/domain/scenarioLoad";
import { parseQuizBank, parseQuizText } from "@/domain/quiz/load";
import { isQuizFileName, QUIZ_FOLDER } from "./quiz";

const folder = fileURLToPath(new URL(`../${QUIZ_FOLDER}/`, import.meta.url));
const names = existsSync(folder) ? readdirSync(folder).filter(isQuizFileName).sort() : [];
const files = names.map((name) => ({ file: `${QUIZ_FOLDER}/${name}`, text: readFileSync(join(folder, name), "utf8") }));

describe("the bundled question bank", () => {
  it("holds at least one quiz file once the folder exists: a bank folder without questions is a mistake", () => {
    expect(existsSync(folder) ? names.length : 1).toBeGreaterThan(0);
  });

  it.each(files)("$file is a valid quiz file", ({ file, text }) => {
    const parsed = parseQuizText(text, file);
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
  });

  it("has each question id once across the whole bank", () => {
    expect(parseQuizBank(files).issues.map(formatIssue)).toEqual([]);
  });
});
