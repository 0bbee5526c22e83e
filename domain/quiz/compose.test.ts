import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { composeQuiz, NOTIONS_QUIZ_SIZE, SELF_TEST_SIZE, type GeneratedQuestionSource, type QuizRequest } from "./compose";
import { NOTION_IDS, NOTIONS, QUIZ_STAGES, type NotionId } from "./notions";
import { seededRandom, shuffled } from "./random";
import type { Question, QuizFile, TrueFalseQuestion } from "./vocabulary";

function question(notion: NotionId, k: number): TrueFalseQuestion {
  return { id: `${notion}-${k}`, type: "trueFalse", stage: NOTIONS[notion].stage, notion, difficulty: 1, prompt: "Vrai ?", explanation: "Parce que.", correct: true };
}

/** Three written questions per notion, and a generator of due dates listed twice by the follow-up's file. */
const BANK: QuizFile[] = QUIZ_STAGES.map((stage) => ({
  schemaVersion: 1,
  id: stage,
  title: stage,
  summary: stage,
  questions: NOTION_IDS.filter((notion) => NOTIONS[notion].stage === stage).flatMap((notion) => [0, 1, 2].map((k) => question(notion, k))),
  ...(stage === "paymentFollowUp" ? { generators: [{ generator: "due-date", count: 2 }] } : {}),
}));

const GENERATOR: GeneratedQuestionSource = {
  generateQuestion: (generatorId, seed) => ({ ...question("dueDate", 0), id: `gen-${generatorId}-${seed}` }),
  questionFromId: (id) => (id.startsWith("gen-due-date-") ? { ...question("dueDate", 0), id } : undefined),
};

const ids = (questions: readonly Question[]) => questions.map((q) => q.id);

describe("shuffled: a seeded, stable order", () => {
  it("gives the same order for the same seed, and keeps every item", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 42)).toEqual(shuffled(items, 42));
    expect(shuffled(items, 42)).not.toEqual(shuffled(items, 43));
    expect([...shuffled(items, 42)].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });

  it("draws numbers in [0, 1), the same from the same seed", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("composeQuiz", () => {
  it("asks every question of a stage, shuffled, with the generated ones its file lists", () => {
    const quiz = composeQuiz(BANK, { kind: "stage", stage: "paymentFollowUp" }, 1, GENERATOR);
    const written = BANK.find((file) => file.id === "paymentFollowUp")?.questions ?? [];
    expect(quiz).toHaveLength(written.length + 2);
    expect(ids(quiz).filter((id) => id.startsWith("gen-due-date-"))).toHaveLength(2);
    expect(new Set(ids(quiz))).toEqual(new Set([...ids(written), ...ids(quiz).filter((id) => id.startsWith("gen-"))]));
    expect(ids(quiz)).not.toEqual([...ids(written), ...ids(quiz).filter((id) => id.startsWith("gen-"))]);
  });

  it("asks only written questions without a generator", () => {
    expect(composeQuiz(BANK, { kind: "stage", stage: "paymentFollowUp" }, 1).every((q) => !q.id.startsWith("gen-"))).toBe(true);
  });

  it("spreads the self-test over the six parts of the course, in the course's order, one notion at a time", () => {
    const quiz = composeQuiz(BANK, { kind: "selfTest" }, 5, GENERATOR);
    expect(quiz).toHaveLength(SELF_TEST_SIZE);
    expect(new Set(quiz.map((q) => q.stage))).toEqual(new Set(QUIZ_STAGES));
    expect(quiz.map((q) => QUIZ_STAGES.indexOf(q.stage))).toEqual([...quiz.map((q) => QUIZ_STAGES.indexOf(q.stage))].sort((a, b) => a - b));
    expect(new Set(quiz.map((q) => q.notion)).size).toBe(SELF_TEST_SIZE);
  });

  it("takes at most ten questions on the notions asked, each notion in turn", () => {
    const quiz = composeQuiz(BANK, { kind: "notions", notions: ["creditLimit", "dueDate"] }, 3);
    expect(quiz).toHaveLength(6);
    const many = composeQuiz(BANK, { kind: "notions", notions: ["creditLimit", "dueDate", "reminders", "solvency", "deposit"] }, 3);
    expect(many).toHaveLength(NOTIONS_QUIZ_SIZE);
    expect(new Set(many.map((q) => q.notion)).size).toBe(5);
  });

  it("gives the review's questions in its order, rebuilds generated ones and skips those the bank lost", () => {
    const quiz = composeQuiz(BANK, { kind: "review", questionIds: ["dueDate-2", "gen-due-date-77", "retiree", "creditLimit-0"] }, 9, GENERATOR);
    expect(ids(quiz)).toEqual(["dueDate-2", "gen-due-date-77", "creditLimit-0"]);
  });
});

const requests: fc.Arbitrary<QuizRequest> = fc.oneof(
  fc.constantFrom(...QUIZ_STAGES).map((stage): QuizRequest => ({ kind: "stage", stage })),
  fc.integer({ min: 0, max: 40 }).map((count): QuizRequest => ({ kind: "mixed", count })),
  fc.constant<QuizRequest>({ kind: "selfTest" }),
  fc.subarray([...NOTION_IDS]).map((notions): QuizRequest => ({ kind: "notions", notions })),
);

describe("composeQuiz, for any seed and request", () => {
  it("gives the same quiz for the same seed", () => {
    fc.assert(
      fc.property(requests, fc.integer(), (request, seed) => {
        expect(ids(composeQuiz(BANK, request, seed, GENERATOR))).toEqual(ids(composeQuiz(BANK, request, seed, GENERATOR)));
      }),
    );
  });

  it("never asks a question twice, and asks as many as the request allows", () => {
    fc.assert(
      fc.property(requests, fc.integer(), (request, seed) => {
        const quiz = composeQuiz(BANK, request, seed, GENERATOR);
        expect(new Set(ids(quiz)).size).toBe(quiz.length);
        if (request.kind === "mixed") expect(quiz).toHaveLength(request.count);
        if (request.kind === "notions") {
          expect(quiz).toHaveLength(Math.min(NOTIONS_QUIZ_SIZE, 3 * request.notions.length + (request.notions.includes("dueDate") ? 2 : 0)));
          expect(quiz.every((q) => request.notions.includes(q.notion))).toBe(true);
        }
      }),
    );
  });
});
