import { describe, expect, it } from "vitest";
import { quizFingerprint } from "../fingerprint";
import { singleQuestion, trueFalseQuestion } from "../quiz/quiz.fixtures";
import { buildQuizResults, buildScenarioResults, resultsFileText } from "./build";
import { verifyResults } from "./checksum";
import { CREDIT_SCENARIO, CREDIT_TRACE, ORDERS_QUIZ, QUIZ_ANSWERS, quizFile, scenarioFile } from "./results.fixtures";

describe("a scenario's results file", () => {
  it("carries the pseudonym, the activity, the date, the scores by stage and every decision, signed", () => {
    const file = scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z");
    const { checksum, ...content } = file;
    expect(content).toEqual({
      format: "atelier-grc-resultats",
      formatVersion: 1,
      kind: "scenario",
      pseudonym: "Léa",
      activity: CREDIT_SCENARIO,
      exportedAt: "2026-11-28T10:15:00.000Z",
      score: { points: 6.5, maxPoints: 10, percent: 65 },
      byStage: { orderIntake: { points: 5, maxPoints: 8, percent: 63 }, orderProcessing: { points: 1.5, maxPoints: 2, percent: 75 } },
      decisions: [
        { decisionPoint: "intake.account", stage: "orderIntake", date: "2026-11-16", verdict: "correct", correct: true, points: 2, maxPoints: 2, hintsUsed: 0 },
        { decisionPoint: "intake.credit", stage: "orderIntake", date: "2026-11-16", verdict: "wrong", correct: false, points: 0, maxPoints: 2, hintsUsed: 0 },
        { decisionPoint: "intake.deposit", stage: "orderIntake", date: "2026-11-16", verdict: "correct", correct: true, points: 1, maxPoints: 2, hintsUsed: 1 },
        { decisionPoint: "intake.decision", stage: "orderIntake", date: "2026-11-16", verdict: "correct", correct: true, points: 2, maxPoints: 2, hintsUsed: 0 },
        { decisionPoint: "processing.record", stage: "orderProcessing", date: "2026-11-16", verdict: "wrong", correct: false, points: 1.5, maxPoints: 2, hintsUsed: 0 },
      ],
    });
    expect(checksum).toMatch(/^[0-9a-f]{64}$/u);
    expect(verifyResults(file)).toBe(true);
  });

  it("is signed with a key and an algorithm that do not change silently: a change would refuse every file already exported", () => {
    expect(scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z").checksum).toBe("bc8005ba4f8c827a799cb3de5792d3f847be6679ebdbb97cbf7b6fb624ce1b1e");
  });

  it("trims the pseudonym and refuses an empty or overlong one, in French", () => {
    expect(scenarioFile("  Léa  ", [], "2026-11-28T10:15:00.000Z")).toMatchObject({ pseudonym: "Léa", score: { points: 0, maxPoints: 0, percent: 100 }, byStage: {}, decisions: [] });
    expect(() => buildScenarioResults({ pseudonym: "   ", activity: CREDIT_SCENARIO, trace: CREDIT_TRACE, exportedAt: new Date(0) })).toThrow(
      "pseudonyme vide\u00a0: choisissez votre pseudonyme avant d'exporter vos résultats",
    );
    expect(() => buildScenarioResults({ pseudonym: "L".repeat(61), activity: CREDIT_SCENARIO, trace: CREDIT_TRACE, exportedAt: new Date(0) })).toThrow("pseudonyme de 61 caractères\u00a0: au plus 60");
  });

  it("is written as indented JSON that reads back to the same file", () => {
    const file = scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z");
    const text = resultsFileText(file);
    expect(text).toContain('\n  "pseudonym": "Léa",\n');
    expect(JSON.parse(text)).toEqual(file);
  });
});

describe("a quiz's results file", () => {
  it("carries every answer (question, notion, credit, try, certainty) and the score by stage of the course", () => {
    const file = buildQuizResults({
      pseudonym: "Tom",
      activity: ORDERS_QUIZ,
      exportedAt: new Date("2026-11-28T11:00:00.000Z"),
      answers: [...QUIZ_ANSWERS.slice(0, 1).map((answer) => ({ ...answer, certainty: 2 as const })), ...QUIZ_ANSWERS.slice(1)],
    });
    expect(file).toMatchObject({
      kind: "quiz",
      score: { points: 2.25, maxPoints: 4, percent: 56 },
      byStage: { orderIntake: { points: 1.5, maxPoints: 3, percent: 50 }, introduction: { points: 0.75, maxPoints: 1, percent: 75 } },
    });
    expect(file.kind === "quiz" && file.answers).toEqual([
      { questionId: "encours-definition", stage: "orderIntake", notion: "creditLimit", credit: 1, correct: true, attempt: 1, certainty: 2, points: 1, maxPoints: 1 },
      { questionId: "acompte-calcul", stage: "orderIntake", notion: "deposit", credit: 0, correct: false, attempt: 2, points: 0, maxPoints: 1 },
      { questionId: "compte-client", stage: "orderIntake", notion: "customerAccount", credit: 1, correct: true, attempt: 2, points: 0.5, maxPoints: 1 },
      { questionId: "pgi-base-unique", stage: "introduction", notion: "erp", credit: 0.75, correct: false, attempt: 1, points: 0.75, maxPoints: 1 },
    ]);
  });

  it("keeps negative points of certainty-based marking, with a percent that stops at 0", () => {
    const sureAndWrong = { question: { id: "q", stage: "orderIntake" as const, notion: "creditLimit" as const }, credit: 0, correct: false, attempt: 1 as const, certainty: 3 as const, points: { points: -2, max: 1 } };
    const sureAndRight = { ...sureAndWrong, credit: 1, correct: true, points: { points: 1, max: 1 } };
    expect(quizFile("Tom", [sureAndWrong, sureAndRight], "2026-11-28T11:00:00.000Z").score).toEqual({ points: -1, maxPoints: 2, percent: 0 });
  });

  it("refuses a quiz without questions", () => {
    expect(() => quizFile("Tom", [], "2026-11-28T11:00:00.000Z")).toThrow("aucune question dans ce questionnaire\u00a0: rien à exporter");
  });

  it("names the quiz by the hash of its questions: the same whatever the key order, another when the order of the questions changes", () => {
    const reordered = Object.fromEntries(Object.entries(singleQuestion).reverse()) as typeof singleQuestion;
    expect(quizFingerprint([reordered, trueFalseQuestion])).toBe(quizFingerprint([singleQuestion, trueFalseQuestion]));
    expect(quizFingerprint([trueFalseQuestion, singleQuestion])).not.toBe(quizFingerprint([singleQuestion, trueFalseQuestion]));
    expect(quizFingerprint([singleQuestion])).toMatch(/^[0-9a-f]{16}$/u);
  });
});
