import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findQuiz, QUIZ_BANK, QUIZ_FILES, QUIZ_SUMMARIES } from "./quizBank";

describe("the bundled quizzes offered to learners", () => {
  it("are every quiz file of quizzes/, each one loaded", () => {
    expect(QUIZ_FILES).toEqual(readdirSync("quizzes").filter((file) => file.endsWith(".json")).sort());
    expect(QUIZ_BANK).toHaveLength(QUIZ_FILES.length);
  });

  it("are found by id, and summed up with their stages and their number of questions", () => {
    for (const quiz of QUIZ_BANK) expect(findQuiz(quiz.id)).toBe(quiz);
    expect(findQuiz("inconnu")).toBeUndefined();
    const invoicing = QUIZ_SUMMARIES.find((summary) => summary.id === "facturation");
    expect(invoicing).toMatchObject({ title: "La facture dans le processus de vente", stages: ["invoicing"], written: findQuiz("facturation")?.questions.length });
  });
});
