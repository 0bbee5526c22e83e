import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore, STORAGE_KEY } from "./appStore";
import { today } from "./clock";
import { appendEvidence, EVIDENCE_PER_NOTION, PREVIEW_QUIZ_PREFIX, type QuizEvidence } from "./quizSlice";

async function freshStore() {
  const memory = new Map<string, string>();
  const store = createAppStore(() => ({ getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value), removeItem: (key) => void memory.delete(key) }));
  await store.persist.rehydrate();
  return { store, memory };
}

const START = { mode: "training", certaintyBased: false, seed: 42, questionIds: ["encours-plafond", "remise-cascade"] } as const;
const wrong = { notion: "creditLimit", credit: 0, correct: false } as const;
const right = { notion: "creditLimit", credit: 1, correct: true } as const;

describe("the learner's quizzes in the store", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 10, 30, 0, 30));
  });
  afterEach(() => vi.useRealTimers());

  it("the first try of a question is its evidence, dated of the learner's day; the second try is kept but adds none", async () => {
    const { store } = await freshStore();
    store.getState().startQuiz("etape-1", { ...START, questionIds: [...START.questionIds] });
    store.getState().answerQuestion("etape-1", "encours-plafond", { answer: { type: "numeric", value: 5000 } }, wrong);
    store.getState().answerQuestion("etape-1", "encours-plafond", { answer: { type: "numeric", value: 5340 } }, right);
    const { quiz } = store.getState();
    expect(quiz.evidence).toEqual([{ notion: "creditLimit", credit: 0, at: "2026-11-30", source: "quiz" }]);
    expect(quiz.sessions["etape-1"]?.tries["encours-plafond"]).toEqual([{ answer: { type: "numeric", value: 5000 } }, { answer: { type: "numeric", value: 5340 } }]);
  });

  it("keeps a teacher's preview of a quiz without evidence nor error card: it says nothing of the learner", async () => {
    const { store } = await freshStore();
    const key = `${PREVIEW_QUIZ_PREFIX}mon-quiz`;
    store.getState().startQuiz(key, { ...START, questionIds: [...START.questionIds] });
    store.getState().answerQuestion(key, "encours-plafond", { answer: { type: "numeric", value: 5000 } }, wrong);
    const { quiz } = store.getState();
    expect(quiz.sessions[key]?.tries["encours-plafond"]).toEqual([{ answer: { type: "numeric", value: 5000 } }]);
    expect(quiz.evidence).toEqual([]);
    expect(quiz.cards).toEqual({});
    const run = { endedAt: "2026-11-30T00:30:00.000Z", finished: false, score: null, byStage: {}, decisions: { count: 1, right: 0, hintsUsed: 0 }, durationSeconds: 12 };
    store.getState().leaveQuiz(key, run);
    store.getState().leaveQuiz("etape-1", run);
    // Left, the preview is no attempt of the learner's; a learner's quiz left is kept in the history.
    expect(store.getState().history.quizzes).toEqual({ "etape-1": [run] });
    expect(store.getState().quiz.sessions[key]).toBeUndefined();
  });

  it("refuses a third try, and a try at a question that is not the current one", async () => {
    const { store } = await freshStore();
    store.getState().startQuiz("etape-1", { ...START, questionIds: [...START.questionIds] });
    store.getState().answerQuestion("etape-1", "remise-cascade", { answer: { type: "single", optionId: "a" } }, right);
    for (const value of [1, 2, 3]) store.getState().answerQuestion("etape-1", "encours-plafond", { answer: { type: "numeric", value } }, wrong);
    const session = store.getState().quiz.sessions["etape-1"];
    expect(session?.tries["remise-cascade"]).toBeUndefined();
    expect(session?.tries["encours-plafond"]?.map((t) => t.answer)).toEqual([
      { type: "numeric", value: 1 },
      { type: "numeric", value: 2 },
    ]);
    expect(store.getState().quiz.evidence).toHaveLength(1);
  });

  it("moves question by question, stops past the last, and a reload finds the quiz where it was", async () => {
    const { store, memory } = await freshStore();
    store.getState().startQuiz("test-rapide", { ...START, mode: "assessment", certaintyBased: true, questionIds: [...START.questionIds] });
    store.getState().answerQuestion("test-rapide", "encours-plafond", { answer: { type: "numeric", value: 5340 }, certainty: 3 }, right);
    store.getState().nextQuestion("test-rapide");
    store.getState().nextQuestion("test-rapide");
    store.getState().nextQuestion("test-rapide");
    expect(store.getState().quiz.sessions["test-rapide"]?.position).toBe(2);
    const reloaded = createAppStore(() => ({ getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value), removeItem: () => undefined }));
    await reloaded.persist.rehydrate();
    expect(reloaded.getState().quiz).toEqual(store.getState().quiz);
    expect(reloaded.getState().quiz.sessions["test-rapide"]).toMatchObject({ mode: "assessment", certaintyBased: true, startedAt: new Date(2026, 10, 30, 0, 30).toISOString() });
    expect(JSON.parse(memory.get(STORAGE_KEY) ?? "null").state.quiz.sessions["test-rapide"].tries["encours-plafond"]).toEqual([{ answer: { type: "numeric", value: 5340 }, certainty: 3 }]);
  });

  it("a wrong first try puts the question in « Revoir mes erreurs » for the next day; answered right twice, spaced, it leaves", async () => {
    const { store } = await freshStore();
    const once = (key: string, outcome: typeof right | typeof wrong) => {
      store.getState().startQuiz(key, { ...START, questionIds: ["encours-plafond"] });
      store.getState().answerQuestion(key, "encours-plafond", { answer: { type: "numeric", value: 5340 } }, outcome);
    };
    once("etape-1", wrong);
    // The second try, right, does not count: the card stays.
    store.getState().answerQuestion("etape-1", "encours-plafond", { answer: { type: "numeric", value: 5340 } }, right);
    expect(store.getState().quiz.cards).toEqual({ "encours-plafond": { questionId: "encours-plafond", box: 1, due: "2026-12-01", rightInARow: 0 } });
    vi.setSystemTime(new Date(2026, 11, 1, 9, 0));
    once("revoir-mes-erreurs", right);
    expect(store.getState().quiz.cards["encours-plafond"]).toEqual({ questionId: "encours-plafond", box: 2, due: "2026-12-04", rightInARow: 1 });
    vi.setSystemTime(new Date(2026, 11, 4, 9, 0));
    once("revoir-mes-erreurs", right);
    expect(store.getState().quiz.cards).toEqual({});
  });

  it("starting a quiz again replaces the one under way; leaving it keeps its evidence", async () => {
    const { store } = await freshStore();
    store.getState().startQuiz("etape-1", { ...START, questionIds: [...START.questionIds] });
    store.getState().answerQuestion("etape-1", "encours-plafond", { answer: { type: "numeric", value: 5340 } }, right);
    store.getState().startQuiz("etape-1", { ...START, seed: 43, questionIds: ["remise-cascade"] });
    expect(store.getState().quiz.sessions["etape-1"]).toMatchObject({ seed: 43, questionIds: ["remise-cascade"], tries: {}, position: 0 });
    store.getState().leaveQuiz("etape-1");
    expect(store.getState().quiz.sessions).toEqual({});
    expect(store.getState().quiz.evidence).toHaveLength(1);
  });
});

describe("evidence kept per notion", () => {
  const entry = (notion: QuizEvidence["notion"], credit: number): QuizEvidence => ({ notion, credit, at: "2026-11-30", source: "quiz" });

  it("drops the oldest answer of a notion beyond the last 50, and only of that notion", () => {
    let evidence: QuizEvidence[] = [entry("deposit", 1)];
    for (let i = 0; i < EVIDENCE_PER_NOTION; i += 1) evidence = appendEvidence(evidence, entry("creditLimit", i / 100));
    expect(evidence).toHaveLength(51);
    evidence = appendEvidence(evidence, entry("creditLimit", 0.99));
    expect(evidence).toHaveLength(51);
    expect(evidence[0]).toEqual(entry("deposit", 1));
    expect(evidence.filter((e) => e.notion === "creditLimit").map((e) => e.credit)).toEqual([...Array.from({ length: 49 }, (_, i) => (i + 1) / 100), 0.99]);
  });
});

describe("today", () => {
  it("is the learner's local day, not UTC's", () => {
    expect(today(new Date(2026, 10, 30, 0, 30))).toBe("2026-11-30");
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
