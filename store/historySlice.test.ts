import { describe, expect, it } from "vitest";
import { createAppStore } from "./appStore";
import { totalSeconds } from "@/domain";
import { extendTimings, MAX_DECISION_MS, RUNS_KEPT, scenarioScore, summarizeRuns, type ArchivedRun } from "./historySlice";

function memoryStore() {
  const data = new Map<string, string>();
  const store = createAppStore(() => ({ getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) }));
  return { store, data };
}

/** A player's snapshot holding decisions in its running stage, as savedDecisions reads them. */
function snapshotWith(decisions: { correct: boolean; hintsUsed?: number }[]) {
  const trace = decisions.map(({ correct, hintsUsed = 0 }, index) => ({ decisionPoint: `d${index}`, stage: "orderIntake", points: correct ? 2 : 0, maxPoints: 2, correct, hintsUsed }));
  return { status: "active", context: { stages: [] }, children: { stage: { snapshot: { context: { trace } } } } };
}
const game = (snapshot: unknown) => ({ scenarioHash: "0123456789abcdef", snapshot });
const score = { points: 2, maxPoints: 4, hintsUsed: 1, percent: 50 };

describe("the time of each decision", () => {
  it("gives the time since the previous decision to the first new decision, 0 to others of the same move, and keeps those already timed", () => {
    expect(extendTimings([], 1, 12_345.6)).toEqual([12_346]);
    expect(extendTimings([12_346], 3, 5_000)).toEqual([12_346, 5_000, 0]);
    expect(extendTimings([12_346], 1, 5_000)).toEqual([12_346]);
  });

  it("leaves unknown the decisions of a game resumed from a save without times, and clamps a forgotten tab to 2 h", () => {
    expect(extendTimings([], 2, null)).toEqual([null, null]);
    expect(extendTimings([null], 2, 10 * 60 * 60 * 1000)).toEqual([null, MAX_DECISION_MS]);
    expect(extendTimings([], 1, -50)).toEqual([0]);
  });

  it("adds the known times, in seconds to the tenth", () => {
    expect(totalSeconds([1_250, null, 3_000])).toBe(4.3);
    expect(totalSeconds([null])).toBeNull();
  });

  it("is stored beside the game, one per decision, and the quiz's beside each answer", () => {
    const { store } = memoryStore();
    store.getState().saveAttempt("essai", game(snapshotWith([])), undefined, null);
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }])), undefined, 42_000);
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }])), undefined, 3_000);
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }, { correct: false }])), undefined, 7_500);
    expect(store.getState().attempts.essai?.decisionMs).toEqual([42_000, 7_500]);
    store.getState().startQuiz("etape-1", { mode: "training", certaintyBased: false, seed: 1, questionIds: ["q1"] });
    store.getState().answerQuestion("etape-1", "q1", { answer: { type: "numeric", value: 1 } }, { notion: "creditLimit", credit: 0, correct: false }, 9_000);
    store.getState().answerQuestion("etape-1", "q1", { answer: { type: "numeric", value: 2 } }, { notion: "creditLimit", credit: 1, correct: true }, 15_000);
    expect(store.getState().quiz.sessions["etape-1"]?.answerMs).toEqual({ q1: 15_000 });
  });
});

describe("attempts kept", () => {
  it("« Recommencer » archives the previous game: date, scores, its decisions, its time; the current game starts empty", () => {
    const { store } = memoryStore();
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true, hintsUsed: 1 }])), undefined, 20_000);
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true, hintsUsed: 1 }, { correct: false }])), { score, byStage: { orderIntake: score } }, 10_000);
    const savedAt = store.getState().attempts.essai?.savedAt;
    store.getState().restartAttempt("essai");
    expect(store.getState().history.scenarios.essai).toEqual([
      {
        endedAt: savedAt,
        finished: true,
        score: { points: 2, maxPoints: 4, percent: 50 },
        byStage: { orderIntake: { points: 2, maxPoints: 4, percent: 50 } },
        decisions: { count: 2, right: 1, hintsUsed: 1 },
        durationSeconds: 30,
      },
    ]);
    expect(store.getState().attempts.essai).toMatchObject({ status: "inProgress", snapshot: null, runs: 2 });
  });

  it("archives a game left under way without a score, and nothing for a game where no decision was taken", () => {
    const { store } = memoryStore();
    store.getState().saveAttempt("essai", game(snapshotWith([])));
    store.getState().restartAttempt("essai");
    expect(store.getState().history.scenarios.essai).toBeUndefined();
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: false }])), undefined, 1_000);
    store.getState().restartAttempt("essai");
    expect(store.getState().history.scenarios.essai).toEqual([expect.objectContaining({ finished: false, score: null, byStage: {}, decisions: { count: 1, right: 0, hintsUsed: 0 }, durationSeconds: 1 })]);
  });

  it(`keeps the ${RUNS_KEPT} latest attempts of an activity, and a quiz's when it is started again`, () => {
    const { store } = memoryStore();
    for (let run = 0; run < RUNS_KEPT + 3; run += 1) {
      store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }])), { score: { ...score, points: run }, byStage: {} });
      store.getState().restartAttempt("essai");
    }
    const runs = store.getState().history.scenarios.essai ?? [];
    expect(runs).toHaveLength(RUNS_KEPT);
    expect(runs.map((run) => run.score?.points)).toEqual(Array.from({ length: RUNS_KEPT }, (_, index) => index + 3));
    const quizRun: ArchivedRun = { endedAt: "2026-12-02T10:00:00.000Z", finished: true, score: { points: 1, maxPoints: 2, percent: 50 }, byStage: {}, decisions: { count: 2, right: 1, hintsUsed: 0 }, durationSeconds: 12 };
    store.getState().startQuiz("etape-1", { mode: "training", certaintyBased: false, seed: 1, questionIds: ["q1"] });
    store.getState().leaveQuiz("etape-1", quizRun);
    expect(store.getState().history.quizzes["etape-1"]).toEqual([quizRun]);
    expect(store.getState().quiz.sessions["etape-1"]).toBeUndefined();
  });

  it("sums up the finished attempts: how many, the best (percent, then points, the earliest of equals) and the last, and the best one's stage scores", () => {
    const run = (percent: number, points: number) => ({ score: { points, maxPoints: 10, percent }, byStage: { orderIntake: { points, maxPoints: 10, percent } } });
    expect(summarizeRuns([run(60, 6), run(85, 8.5), { score: null, byStage: {} }, run(70, 7)])).toEqual({
      attempts: 3,
      best: { points: 8.5, maxPoints: 10, percent: 85 },
      last: { points: 7, maxPoints: 10, percent: 70 },
      bestByStage: { orderIntake: { points: 8.5, maxPoints: 10, percent: 85 } },
    });
    expect(summarizeRuns([])).toEqual({ attempts: 0, best: null, last: null, bestByStage: {} });
    expect(summarizeRuns([{ score: null, byStage: {} }])).toEqual({ attempts: 0, best: null, last: null, bestByStage: {} });
  });

  it("gives one score per scenario: 83 % then 50 % archived, 67 % finished now: best 83 %, last 67 %, 3 attempts; a game under way adds none", () => {
    const { store } = memoryStore();
    const played = (points: number) => ({ points, maxPoints: 24, hintsUsed: 0, percent: Math.round((points / 24) * 100) });
    for (const points of [20, 12, 16]) {
      store.getState().restartAttempt("essai");
      store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }])), { score: played(points), byStage: { orderIntake: played(points) } });
    }
    const { attempts, history } = store.getState();
    expect(scenarioScore(history.scenarios.essai, attempts.essai)).toEqual({
      attempts: 3,
      best: { points: 20, maxPoints: 24, percent: 83 },
      last: { points: 16, maxPoints: 24, percent: 67 },
      bestByStage: { orderIntake: { points: 20, maxPoints: 24, percent: 83 } },
    });
    // « Rejouer »: the last game goes to the history, the new one is under way: still 3 attempts, the same best and last.
    store.getState().restartAttempt("essai");
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: false }])), undefined, 1_000);
    const replaying = store.getState();
    expect(scenarioScore(replaying.history.scenarios.essai, replaying.attempts.essai)).toMatchObject({ attempts: 3, best: { percent: 83 }, last: { percent: 67 } });
    expect(scenarioScore(undefined, undefined)).toEqual({ attempts: 0, best: null, last: null, bestByStage: {} });
  });

  it(`never drops the best attempt beyond the ${RUNS_KEPT} kept, however old`, () => {
    const { store } = memoryStore();
    for (let run = 0; run < RUNS_KEPT + 5; run += 1) {
      const percent = run === 0 ? 95 : 40;
      store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }])), { score: { points: run, maxPoints: 30, hintsUsed: 0, percent }, byStage: {} });
      store.getState().restartAttempt("essai");
    }
    const runs = store.getState().history.scenarios.essai ?? [];
    expect(runs).toHaveLength(RUNS_KEPT);
    expect(runs.map((run) => run.score?.points)).toEqual([0, ...Array.from({ length: RUNS_KEPT - 1 }, (_, index) => index + 6)]);
    expect(summarizeRuns(runs).best).toEqual({ points: 0, maxPoints: 30, percent: 95 });
  });

  it("archives a game set aside because its scenario changed: its score still counts, and the note keeps it beside the new game", () => {
    const { store } = memoryStore();
    store.getState().saveAttempt("essai", game(snapshotWith([{ correct: true }, { correct: false }])), { score, byStage: { orderIntake: score } });
    store.getState().setAsideAttempt("essai");
    const { attempts, history } = store.getState();
    expect(history.scenarios.essai).toEqual([expect.objectContaining({ finished: true, score: { points: 2, maxPoints: 4, percent: 50 }, decisions: { count: 2, right: 1, hintsUsed: 0 } })]);
    expect(attempts.essai?.setAside).toMatchObject({ status: "done", score });
    expect(scenarioScore(history.scenarios.essai, attempts.essai)).toMatchObject({ attempts: 1, best: { percent: 50 }, last: { percent: 50 } });
  });
});
