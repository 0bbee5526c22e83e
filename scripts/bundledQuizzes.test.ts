/**
 * The question bank shipped in quizzes/ passes the teacher's `npm run quiz -- validate`: every file
 * alone, then the bank as a whole (ids unique across files). How much the bank covers (questions
 * per notion, per stage) is the content's own test. Its texts keep French typography, as the
 * scenarios' do (scripts/frenchTypography.fixtures.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/domain/scenarioLoad";
import { GENERATOR_IDS, GENERATORS, NOTION_IDS, QUESTION_TYPE_LABELS, type QuestionType } from "@/domain";
import { parseQuizBank, parseQuizText } from "@/domain/quiz/load";
import { breakableFrenchSpacesOf } from "./frenchTypography.fixtures";
import { isQuizFileName, QUIZ_FOLDER } from "./quiz";

const folder = fileURLToPath(new URL(`../${QUIZ_FOLDER}/`, import.meta.url));
const names = existsSync(folder) ? readdirSync(folder).filter(isQuizFileName).sort() : [];
/** The fields of a quiz that the learner types, not reads. */
const TYPED_FIELDS: ReadonlySet<string> = new Set(["accepted", "choices"]);
const files = names.map((name) => ({ file: `${QUIZ_FOLDER}/${name}`, text: readFileSync(join(folder, name), "utf8") }));

describe("the bundled question bank", () => {
  it("holds at least one quiz file once the folder exists: a bank folder without questions is a mistake", () => {
    expect(existsSync(folder) ? names.length : 1).toBeGreaterThan(0);
  });

  it.each(files)("$file is a valid quiz file", ({ file, text }) => {
    const parsed = parseQuizText(text, file);
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
  });

  it.each(files)("$file has no ordinary space before « : ; ? ! », after « « » or before « » » in its texts", ({ file, text }) => {
    // A blank's accepted words and its choices are what the learner types: ordinary spaces (quizzes/README.md).
    expect(breakableFrenchSpacesOf(JSON.parse(text), file, TYPED_FIELDS)).toEqual([]);
  });

  it("has each question id once across the whole bank", () => {
    expect(parseQuizBank(files).issues.map(formatIssue)).toEqual([]);
  });
});

/**
 * What the course asks of the bank (issue 12): every notion of the chapter — each line of its five
 * stages and its introduction — tested by at least two written questions, every question type
 * used, a generator for each computation drawn by some quiz, at least 150 questions.
 */
describe("what the bundled bank covers", () => {
  const bank = parseQuizBank(files);
  const questions = bank.quizzes.flatMap((quiz) => quiz.questions);

  it("has at least 150 written questions", () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
  });

  it("tests every notion of the course with at least two questions", () => {
    const thin = NOTION_IDS.filter((notion) => questions.filter((q) => q.notion === notion).length < 2);
    expect(thin).toEqual([]);
  });

  it("uses every question type", () => {
    const used = new Set(questions.map((q) => q.type));
    expect(Object.keys(QUESTION_TYPE_LABELS).filter((type) => !used.has(type as QuestionType))).toEqual([]);
  });

  it("draws every generator in the quiz of its stage", () => {
    const drawn = bank.quizzes.flatMap((quiz) => (quiz.generators ?? []).map((ref) => `${quiz.questions[0]?.stage}:${ref.generator}`));
    expect(GENERATOR_IDS.filter((id) => !drawn.includes(`${GENERATORS[id].stage}:${id}`))).toEqual([]);
  });
});
