import { describe, expect, it } from "vitest";
import { findScenario } from "./catalog";
import { QUIZ_BANK } from "./quizBank";
import { summarizeQuiz } from "./quizSummary";
import { summarize } from "./summary";

describe("summarize: what the library shows a learner", () => {
  const bundled = findScenario("depassement-d-encours");
  if (bundled === undefined) throw new Error("scénario livré absent");

  it("keeps the title and summary of a scenario without class settings", () => {
    expect(summarize(bundled)).toMatchObject({ title: bundled.title, summary: bundled.summary });
  });

  it("shows the teacher's neutral title and no summary (docs/decisions/0123)", () => {
    const neutral = summarize({ ...bundled, classroom: { title: "Exercice 2" } });
    expect(neutral.title).toBe("Exercice 2");
    expect(neutral).not.toHaveProperty("summary");
  });
});

describe("summarizeQuiz: what the quiz hub and page show a learner", () => {
  const quiz = QUIZ_BANK[0];
  if (quiz === undefined) throw new Error("banque de quiz vide");

  it("keeps the quiz's title and summary without class settings, shows the neutral title alone with one", () => {
    expect(summarizeQuiz(quiz)).toMatchObject({ title: quiz.title, summary: quiz.summary });
    const neutral = summarizeQuiz({ ...quiz, classroom: { title: "Quiz du 12 mars" } });
    expect(neutral.title).toBe("Quiz du 12 mars");
    expect(neutral).not.toHaveProperty("summary");
  });
});
