import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StateStorage } from "zustand/middleware";
import { BACKUP_KEY, STORAGE_KEY, STORE_VERSION, createAppStore, persistedText } from "./appStore";
import { INITIAL_CALCULATOR_DRAFT } from "./calculatorSlice";
import { EMPTY_HISTORY, scenarioScore } from "./historySlice";
import { EMPTY_QUIZ_PROGRESS } from "./quizSlice";
import type { Attempt } from "./progressSlice";
import { scenarioFingerprint, withScenario, type Scenario } from "@/domain";

/** A storage in memory; `full` makes every write throw as a full browser does. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const control = { full: false };
  const storage: StateStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (control.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data, control };
}
const savedDraft = {
  lines: [{ description: "Chaise", quantity: "3", unitPrice: "45,50", vatRate: "20" }],
  tradeDiscounts: "5",
  allowances: "",
  rebates: "",
  cashDiscount: "2",
  shipping: "12",
  deposit: "",
};

/** A game as the player saves it; the store does not look inside the snapshot. */
const game = (snapshot: object) => ({ scenarioHash: "0123456789abcdef", snapshot });

/** A game as versions 2 and 3 saved it (the snapshot held the scenario then; this one holds nothing). */
const oldAttempt = {
  scenarioId: "essai",
  status: "done",
  snapshot: { status: "done", value: "finished" },
  score: { points: 14, maxPoints: 16, hintsUsed: 1, percent: 88 },
  byStage: { orderIntake: { points: 14, maxPoints: 16, hintsUsed: 1, percent: 88 } },
  runs: 2,
};
const attempt = { ...oldAttempt, scenarioHash: "0123456789abcdef" };

async function hydratedStore(initial: Record<string, string>) {
  const { storage, data } = memoryStorage(initial);
  const store = createAppStore(() => storage);
  await store.persist.rehydrate();
  return { store, data };
}

describe("app store persistence", () => {
  it("starts on the course's example when nothing is saved, with no notice", async () => {
    const { store } = await hydratedStore({});
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
    expect(store.getState().recoveryNotice).toBeNull();
    expect(store.getState().persistence).toBe("saved");
  });

  it("saves what the learner types and restores it in a new session", async () => {
    const { storage } = memoryStorage();
    const first = createAppStore(() => storage);
    await first.persist.rehydrate();
    first.getState().updateCalculatorLine(0, { unitPrice: "1 234,5" });
    const second = createAppStore(() => storage);
    await second.persist.rehydrate();
    expect(second.getState().calculator.lines[0]?.unitPrice).toBe("1 234,5");
  });

  it("restores a valid saved state of the current version as it was", async () => {
    const { store, data } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: attempt }, quiz: EMPTY_QUIZ_PROGRESS, history: EMPTY_HISTORY }, version: STORE_VERSION }),
    });
    expect(store.getState().calculator).toEqual(savedDraft);
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().recoveryNotice).toBeNull();
    expect(data.has(BACKUP_KEY)).toBe(false);
  });

  it("keeps a score with half points (decisions scored in parts, version 3)", async () => {
    const half = { ...attempt, score: { points: 14.5, maxPoints: 16, hintsUsed: 0, percent: 91 }, byStage: { orderIntake: { points: 14.5, maxPoints: 16, hintsUsed: 0, percent: 91 } } };
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: half }, quiz: EMPTY_QUIZ_PROGRESS, history: EMPTY_HISTORY }, version: STORE_VERSION }),
    });
    expect(store.getState().attempts).toEqual({ essai: half });
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it("lets the learner dismiss the notice", async () => {
    const { store } = await hydratedStore({ [STORAGE_KEY]: "null{" });
    store.getState().dismissRecoveryNotice();
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it("never removes the last line of the calculator", async () => {
    const { store } = await hydratedStore({});
    store.getState().removeCalculatorLine(0);
    expect(store.getState().calculator.lines).toHaveLength(1);
    store.getState().addCalculatorLine();
    store.getState().removeCalculatorLine(0);
    expect(store.getState().calculator.lines).toEqual([{ description: "", quantity: "1", unitPrice: "", vatRate: "20" }]);
  });
});

/**
 * Saves as earlier builds wrote them (store/fixtures/, see store/README.md): version 0 is zustand's
 * default before the store was numbered (no commit of this repository wrote it: b90e8e0 started at
 * version 1, with the same calculator); version 1 was written by b90e8e0 (the calculator only);
 * version 2 by 6aed8fc to 298c90a (attempts, whole-point scores); version 3 by f1d4487 (the last to
 * save two copies of the scenario in each game: a game in progress and a finished one); version 4 by
 * 3664392 (games referring to their scenario by hash, no quiz yet: a game in progress with a wrong
 * credit check, a finished one); version 5 by 7742d63 (the version-4 save read by that commit, then a
 * quiz of three questions answered on its page's store: evidence, two cards, the finished session).
 */
const fixture = (version: number) => readFileSync(`store/fixtures/version-${version}.json`, "utf8");
const fixtureState = (version: number) => (JSON.parse(fixture(version)) as { state: Record<string, unknown> }).state;

describe("the saves of every earlier version", () => {
  it.each([0, 1])("version %i: the calculator's draft is kept, no game to lose, no notice", async (version) => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: fixture(version) });
    expect(store.getState().calculator).toEqual(fixtureState(version).calculator);
    expect(store.getState().calculator.lines[0]?.description).toBe("Chaise visiteur");
    expect(store.getState().attempts).toEqual({});
    expect(store.getState().recoveryNotice).toBeNull();
    expect(data.has(BACKUP_KEY)).toBe(false);
  });

  it.each([2, 3])("version %i: the calculator and the games are kept, each referring to the scenario copy it was played on", async (version) => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: fixture(version) });
    const saved = fixtureState(version).attempts as Record<string, Attempt>;
    expect(store.getState().calculator).toEqual(fixtureState(version).calculator);
    expect(Object.keys(store.getState().attempts)).toEqual(Object.keys(saved));
    for (const [id, old] of Object.entries(saved)) {
      const migrated = store.getState().attempts[id];
      const copy = (old.snapshot as { context: { scenario: Scenario } }).context.scenario;
      expect(copy.id).toBe(id);
      expect(migrated).toEqual({ ...old, scenarioHash: scenarioFingerprint(copy), snapshot: expect.anything() });
      expect(JSON.stringify(migrated?.snapshot)).not.toContain(copy.title);
      // Put back, the scenario makes the very snapshot that was saved.
      expect(withScenario(migrated?.snapshot, copy)).toEqual(old.snapshot);
    }
    expect(store.getState().recoveryNotice).toBeNull();
    expect(data.has(BACKUP_KEY)).toBe(false);
  });

  it("versions 2 and 3: the finished game keeps its score, and the save written back is far smaller", async () => {
    const { store: two } = await hydratedStore({ [STORAGE_KEY]: fixture(2) });
    expect(two.getState().attempts["mentions-manquantes"]?.score).toEqual({ points: 8, maxPoints: 8, hintsUsed: 0, percent: 100 });
    const { store: three } = await hydratedStore({ [STORAGE_KEY]: fixture(3) });
    expect(three.getState().attempts["nouveau-client-par-telephone"]?.status).toBe("inProgress");
    expect(three.getState().attempts["choisir-l-etape-de-relance"]?.score).toEqual({ points: 4, maxPoints: 4, hintsUsed: 0, percent: 100 });
    expect(persistedText(three.getState()).length).toBeLessThan(fixture(3).length * 0.7);
  });

  it("version 4: the calculator and the games are kept as they were, and the quizzes start empty", async () => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: fixture(4) });
    const saved = fixtureState(4);
    expect(store.getState().calculator).toEqual(saved.calculator);
    expect(store.getState().calculator.lines[0]).toEqual({ description: "Chaise visiteur", quantity: "6", unitPrice: "48,90", vatRate: "20" });
    expect(store.getState().attempts).toEqual(saved.attempts);
    expect(store.getState().attempts["depassement-d-encours"]?.status).toBe("inProgress");
    expect(store.getState().attempts["choisir-l-etape-de-relance"]?.score).toEqual({ points: 4, maxPoints: 4, hintsUsed: 0, percent: 100 });
    expect(store.getState().quiz).toEqual({ evidence: [], cards: {}, sessions: {} });
    expect(store.getState().recoveryNotice).toBeNull();
    store.getState().startQuiz("etape-1", { mode: "training", certaintyBased: false, seed: 7, questionIds: ["encours-plafond"] });
    const written = JSON.parse(data.get(STORAGE_KEY) ?? "null");
    expect(written.version).toBe(STORE_VERSION);
    expect(written.state.attempts).toEqual(saved.attempts);
    expect(written.state.quiz.sessions["etape-1"]).toMatchObject({ mode: "training", seed: 7, questionIds: ["encours-plafond"], position: 0, tries: {} });
  });

  it("version 6: the games, the quizzes and the calculator are kept, the history starts empty, and restarting archives the finished game", async () => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: fixture(5) });
    const saved = fixtureState(5) as { attempts: Record<string, Attempt>; quiz: unknown; calculator: unknown };
    expect(store.getState().recoveryNotice).toBeNull();
    expect(store.getState().attempts).toEqual(saved.attempts);
    expect(store.getState().quiz).toEqual(saved.quiz);
    expect(store.getState().calculator).toEqual(saved.calculator);
    expect(store.getState().history).toEqual({ scenarios: {}, quizzes: {} });
    expect(store.getState().attempts["depassement-d-encours"]?.decisionMs).toBeUndefined();
    store.getState().restartAttempt("choisir-l-etape-de-relance");
    const [run] = store.getState().history.scenarios["choisir-l-etape-de-relance"] ?? [];
    expect(run).toEqual({
      endedAt: saved.attempts["choisir-l-etape-de-relance"]?.savedAt,
      finished: true,
      score: { points: 4, maxPoints: 4, percent: 100 },
      byStage: { paymentFollowUp: { points: 4, maxPoints: 4, percent: 100 } },
      decisions: { count: 2, right: 2, hintsUsed: 0 },
      durationSeconds: null,
    });
    const written = JSON.parse(data.get(STORAGE_KEY) ?? "null");
    expect(written.version).toBe(6);
    expect(written.state.history.scenarios["choisir-l-etape-de-relance"]).toEqual([run]);
  });

  it.each([
    [2, "mentions-manquantes", { points: 8, maxPoints: 8, percent: 100 }],
    [5, "choisir-l-etape-de-relance", { points: 4, maxPoints: 4, percent: 100 }],
  ])("version %i: the result saved before attempts were kept is the first attempt of the scenario's one score; a replay adds the second", async (version, id, saved) => {
    const { store } = await hydratedStore({ [STORAGE_KEY]: fixture(version) });
    const scoreOf = () => scenarioScore(store.getState().history.scenarios[id], store.getState().attempts[id]);
    expect(scoreOf()).toMatchObject({ attempts: 1, best: saved, last: saved });
    store.getState().restartAttempt(id);
    expect(scoreOf()).toMatchObject({ attempts: 1, best: saved, last: saved });
    const half = { points: saved.points / 2, maxPoints: saved.maxPoints, hintsUsed: 0, percent: 50 };
    store.getState().saveAttempt(id, { scenarioHash: "0123456789abcdef", snapshot: { status: "done" } }, { score: half, byStage: {} });
    expect(scoreOf()).toEqual({ attempts: 2, best: saved, last: { points: half.points, maxPoints: half.maxPoints, percent: 50 }, bestByStage: expect.any(Object) });
  });

  it("the migrated save is written back in the current version on the next move", async () => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: fixture(1) });
    store.getState().updateCalculator({ shipping: "15" });
    expect(JSON.parse(data.get(STORAGE_KEY) ?? "null")).toMatchObject({ version: STORE_VERSION, state: { calculator: { shipping: "15" }, attempts: {} } });
  });

  it("a version-1 save that already holds games keeps them through the 1 → 2 step", async () => {
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: oldAttempt } }, version: 1 }),
    });
    // Its snapshot embeds no scenario: no hash to keep (the player then says the game cannot go on).
    expect(store.getState().attempts).toEqual({ essai: { ...oldAttempt, scenarioHash: null } });
    expect(store.getState().recoveryNotice).toBeNull();
  });
});

const PARTIAL = "Votre sauvegarde dans ce navigateur était en partie endommagée\u00a0: tout ce qui était valide a été gardé.";
const UNREADABLE_JSON = "Votre sauvegarde dans ce navigateur n'a pas pu être relue\u00a0: le texte enregistré est tronqué ou n'est pas du JSON. L'atelier repart de zéro.";
const NOT_A_SAVE = "Votre sauvegarde dans ce navigateur n'a pas pu être relue\u00a0: elle ne contient ni partie ni calculette. L'atelier repart de zéro.";

describe("a damaged save", () => {
  it("keeps the valid games when one of them is damaged, and names the lost one", async () => {
    const text = JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: attempt, casse: { scenarioId: "casse", status: "fini" } }, quiz: EMPTY_QUIZ_PROGRESS, history: EMPTY_HISTORY }, version: STORE_VERSION });
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().calculator).toEqual(savedDraft);
    expect(store.getState().recoveryNotice).toEqual({ message: PARTIAL, lostScenarios: ["casse"], repairedScenarios: [], backupKept: true, discardedText: text });
    expect(data.get(BACKUP_KEY)).toBe(text);
    expect(store.getState().backupPresent).toBe(true);
  });

  it("keeps a game whose status is wrong, with the status its snapshot implies, and says so", async () => {
    const inProgress = { ...attempt, scenarioId: "en-cours", status: "en cours", snapshot: { status: "active", value: "intake" }, score: null, byStage: {} };
    const text = JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: { ...attempt, status: "fini" }, "en-cours": inProgress }, quiz: EMPTY_QUIZ_PROGRESS, history: EMPTY_HISTORY }, version: STORE_VERSION });
    const { store } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().attempts).toEqual({ essai: attempt, "en-cours": { ...inProgress, status: "inProgress" } });
    expect(store.getState().recoveryNotice).toMatchObject({ message: PARTIAL, lostScenarios: [], repairedScenarios: ["essai", "en-cours"], backupKept: true });
  });

  it("keeps the games when the calculator's draft is damaged, and says the calculator starts again", async () => {
    const text = JSON.stringify({ state: { calculator: { ...savedDraft, lines: "cassé" }, attempts: { essai: attempt }, quiz: EMPTY_QUIZ_PROGRESS, history: EMPTY_HISTORY }, version: STORE_VERSION });
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().recoveryNotice?.message).toBe(`${PARTIAL} La saisie de la calculette n'a pas pu être relue\u00a0: elle repart de l'exemple du cours.`);
    expect(data.get(BACKUP_KEY)).toBe(text);
  });

  it("keeps every quiz answer, card and quiz under way that validates, drops the others, and says so", async () => {
    const answer = { notion: "creditLimit", credit: 1, at: "2026-11-30", source: "quiz" };
    const card = { questionId: "encours-plafond", box: 1, due: "2026-12-01", rightInARow: 0 };
    const session = { mode: "assessment", certaintyBased: true, seed: 3, questionIds: ["encours-plafond"], tries: { "encours-plafond": [{ answer: { type: "numeric", value: 5340 }, certainty: 2 }] }, position: 1, startedAt: "2026-11-30T08:00:00.000Z" };
    const quiz = {
      evidence: [answer, { ...answer, notion: "inconnue" }, { ...answer, credit: 2 }],
      cards: { "encours-plafond": card, casse: { questionId: "casse", box: 0 } },
      sessions: { "etape-1": session, "etape-2": { ...session, tries: { x: [{ answer: { type: "numeric", value: "5340" } }] } } },
    };
    const text = JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: attempt }, quiz, history: EMPTY_HISTORY }, version: STORE_VERSION });
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().quiz).toEqual({ evidence: [answer], cards: { "encours-plafond": card }, sessions: { "etape-1": session } });
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().recoveryNotice?.message).toBe(
      `${PARTIAL} Une partie de vos réponses aux quiz n'a pas pu être relue\u00a0: votre maîtrise des notions et vos erreurs à revoir sont calculées sur le reste.`,
    );
    expect(data.get(BACKUP_KEY)).toBe(text);
  });

  it.each([
    ["truncated JSON", `{"state":{"calculator":{"lines":[{"description":"Chai`],
    ["binary junk", "\u0000\u00ff\ufffd\u0007PK\u0003\u0004"],
  ])("%s: a French reason, no parser message nor saved text, a fresh start and the text kept aside", async (_kind, text) => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
    expect(store.getState().recoveryNotice).toEqual({ message: UNREADABLE_JSON, lostScenarios: [], repairedScenarios: [], backupKept: true, discardedText: text });
    expect(data.get(BACKUP_KEY)).toBe(text);
  });

  it.each([["null"], ['"bonjour"'], ["42"], ["[]"], ['{"calculator":{}}']])("the whole value %s: a French notice, a fresh start, the text kept aside", async (text) => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().recoveryNotice).toMatchObject({ message: NOT_A_SAVE, backupKept: true });
    expect(store.getState().attempts).toEqual({});
    expect(data.get(BACKUP_KEY)).toBe(text);
  });

  it("a save from a newer version (an old cached app met it) is not read, never written over, and the learner is told to reload", async () => {
    const text = JSON.stringify({ state: { scenarios: { essai: { id: "essai", hash: "abc" } } }, version: STORE_VERSION + 1 });
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: text });
    expect(store.getState().newerSaveNotice).toBe(
      `Votre sauvegarde a été enregistrée par une version plus récente de l'atelier (version ${STORE_VERSION + 1}), que cette page ne sait pas relire\u00a0: elle est gardée telle quelle, et ce que vous faites ici ne sera pas enregistré. Rechargez la page en étant connecté au réseau, ou acceptez la mise à jour proposée, pour retrouver votre travail.`,
    );
    expect(store.getState().recoveryNotice).toBeNull();
    // The learner plays on in this old page: the moves live in the tab, the newer save stays as it was.
    store.getState().saveAttempt("essai", game({ step: 1 }));
    store.getState().updateCalculator({ shipping: "9" });
    store.getState().retrySave();
    expect(store.getState().attempts.essai?.snapshot).toEqual({ step: 1 });
    expect(data.get(STORAGE_KEY)).toBe(text);
    expect(data.has(BACKUP_KEY)).toBe(false);
    // The same page reloaded (or another tab) still finds it whole.
    const again = await hydratedStore(Object.fromEntries(data));
    expect(again.store.getState().newerSaveNotice).not.toBeNull();
  });

  it("a save of this version after the update: read, and written again with the next move", async () => {
    const { store, data } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: {}, quiz: EMPTY_QUIZ_PROGRESS, history: EMPTY_HISTORY }, version: STORE_VERSION }),
    });
    expect(store.getState().newerSaveNotice).toBeNull();
    store.getState().updateCalculator({ shipping: "9" });
    expect(JSON.parse(data.get(STORAGE_KEY)!)).toMatchObject({ state: { calculator: { ...savedDraft, shipping: "9" } }, version: STORE_VERSION });
  });

  it("says the copy could not be written when the browser is full, and keeps the text for a download", async () => {
    const { storage, data, control } = memoryStorage({ [STORAGE_KEY]: "{pas du json" });
    control.full = true;
    const store = createAppStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState().recoveryNotice).toMatchObject({ message: UNREADABLE_JSON, backupKept: false, discardedText: "{pas du json" });
    expect(data.has(BACKUP_KEY)).toBe(false);
    expect(store.getState().backupPresent).toBe(false);
  });
});

describe("a browser that refuses storage", () => {
  const refusing = () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };

  it("runs in memory: the store says so, the learner's moves are kept for the session, nothing throws", async () => {
    const store = createAppStore(refusing);
    await store.persist.rehydrate();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().persistence).toBe("memoryOnly");
    store.getState().saveAttempt("essai", game({ step: 1 }));
    store.getState().updateCalculator({ shipping: "9" });
    expect(store.getState().attempts.essai?.snapshot).toEqual({ step: 1 });
    expect(store.getState().persistence).toBe("memoryOnly");
  });

  it("runs in memory when reading throws too (a private window)", async () => {
    const store = createAppStore(() => ({ getItem: refusing, setItem: refusing, removeItem: refusing }));
    await store.persist.rehydrate();
    expect(store.getState().persistence).toBe("memoryOnly");
    expect(() => store.getState().saveAttempt("essai", game({}))).not.toThrow();
  });
});

describe("writes that wait for the browser's idle moment (docs/decisions/0150)", () => {
  /** A store whose writes wait until the test runs them, as the browser's store waits for an idle moment. */
  async function waitingStore() {
    const { storage, data, control } = memoryStorage();
    const scheduled: (() => void)[] = [];
    const store = createAppStore(() => storage, STORAGE_KEY, (write) => void scheduled.push(write));
    await store.persist.rehydrate();
    const runScheduled = () => scheduled.splice(0).forEach((write) => write());
    return { store, data, control, scheduled, runScheduled };
  }
  const savedSnapshot = (data: Map<string, string>) => JSON.parse(data.get(STORAGE_KEY) ?? "null")?.state.attempts.essai?.snapshot;

  it("writes nothing in the move; the moves made before the idle moment are written once, the latest state", async () => {
    const { store, data, scheduled, runScheduled } = await waitingStore();
    runScheduled();
    store.getState().saveAttempt("essai", game({ step: 1 }));
    store.getState().saveAttempt("essai", game({ step: 2 }));
    expect(store.getState().attempts.essai?.snapshot).toEqual({ step: 2 });
    expect(savedSnapshot(data)).toBeUndefined();
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(savedSnapshot(data)).toEqual({ step: 2 });
    expect(store.getState().persistence).toBe("saved");
  });

  it("flushWrites writes what waits at once (a page that goes), and the idle write then has nothing left to write", async () => {
    const { store, data, scheduled, runScheduled } = await waitingStore();
    runScheduled();
    store.getState().saveAttempt("essai", game({ step: 3 }));
    store.flushWrites();
    expect(savedSnapshot(data)).toEqual({ step: 3 });
    data.delete(STORAGE_KEY);
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(data.has(STORAGE_KEY)).toBe(false);
  });

  it("a write that fails when it comes says « unsaved », and the next one that succeeds says « saved »", async () => {
    const { store, control, runScheduled } = await waitingStore();
    runScheduled();
    control.full = true;
    store.getState().saveAttempt("essai", game({ step: 1 }));
    expect(store.getState().persistence).toBe("saved");
    runScheduled();
    expect(store.getState().persistence).toBe("unsaved");
    control.full = false;
    store.getState().retrySave();
    runScheduled();
    expect(store.getState().persistence).toBe("saved");
  });

  it("a save removed while a write waits is not written again afterwards", async () => {
    const { store, data, runScheduled } = await waitingStore();
    runScheduled();
    store.getState().saveAttempt("essai", game({ step: 1 }));
    store.persist.clearStorage();
    runScheduled();
    expect(data.has(STORAGE_KEY)).toBe(false);
  });
});

describe("a full browser", () => {
  it("full before a game: the first write fails, the game goes on in memory and the store knows it is unsaved", async () => {
    const { storage, data, control } = memoryStorage();
    control.full = true;
    const store = createAppStore(() => storage);
    await store.persist.rehydrate();
    expect(() => store.getState().saveAttempt("essai", game({ step: 1 }))).not.toThrow();
    expect(store.getState().attempts.essai?.snapshot).toEqual({ step: 1 });
    expect(store.getState().persistence).toBe("unsaved");
    expect(data.has(STORAGE_KEY)).toBe(false);
  });

  it("full during a game: later moves are unsaved, then freeing room and retrying saves them all", async () => {
    const { storage, data, control } = memoryStorage({ [BACKUP_KEY]: "{ancienne" });
    const store = createAppStore(() => storage);
    await store.persist.rehydrate();
    store.getState().saveAttempt("ancien", game({ step: 9 }), { score: attempt.score, byStage: {} });
    store.getState().saveAttempt("essai", game({ step: 1 }));
    expect(store.getState().persistence).toBe("saved");
    control.full = true;
    store.getState().saveAttempt("essai", game({ step: 2 }));
    store.getState().saveAttempt("essai", game({ step: 3 }));
    expect(store.getState().persistence).toBe("unsaved");
    expect(JSON.parse(data.get(STORAGE_KEY) ?? "null").state.attempts.essai.snapshot).toEqual({ step: 1 });
    expect(store.getState().backupPresent).toBe(true);
    store.getState().discardBackup();
    store.getState().resetAttempt("ancien");
    expect(data.has(BACKUP_KEY)).toBe(false);
    control.full = false;
    store.getState().retrySave();
    expect(store.getState().persistence).toBe("saved");
    expect(store.getState().backupPresent).toBe(false);
    const saved = JSON.parse(data.get(STORAGE_KEY) ?? "null");
    expect(Object.keys(saved.state.attempts)).toEqual(["essai"]);
    expect(saved.state.attempts.essai.snapshot).toEqual({ step: 3 });
  });

  it("the export is the text the browser would hold, readable by the store", async () => {
    const { store } = await hydratedStore({});
    store.getState().saveAttempt("essai", game({ step: 4 }));
    const exported = persistedText(store.getState());
    const { store: reread } = await hydratedStore({ [STORAGE_KEY]: exported });
    expect(reread.getState().attempts.essai?.snapshot).toEqual({ step: 4 });
    expect(reread.getState().recoveryNotice).toBeNull();
  });
});

describe("learner progress", () => {
  it("saves an attempt in progress, then its scores when finished, and restarts it keeping the count", async () => {
    const { store } = await hydratedStore({});
    store.getState().saveAttempt("essai", game({ step: 1 }));
    expect(store.getState().attempts.essai).toEqual({ scenarioId: "essai", scenarioHash: "0123456789abcdef", status: "inProgress", snapshot: { step: 1 }, score: null, byStage: {}, runs: 1, savedAt: expect.any(String), decisionMs: [] });
    const score = { points: 4, maxPoints: 4, hintsUsed: 0, percent: 100 };
    store.getState().saveAttempt("essai", game({ step: 2 }), { score, byStage: { paymentFollowUp: score } });
    expect(store.getState().attempts.essai?.status).toBe("done");
    store.getState().restartAttempt("essai");
    expect(store.getState().attempts.essai).toEqual({ scenarioId: "essai", scenarioHash: null, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 2, savedAt: expect.any(String) });
  });

  it("sets aside a game whose scenario changed: its scores are kept, not its snapshot, through the next games", async () => {
    const { store } = await hydratedStore({});
    const score = { points: 3, maxPoints: 4, hintsUsed: 1, percent: 75 };
    store.getState().saveAttempt("essai", game({ step: 2 }), { score, byStage: { paymentFollowUp: score } });
    store.getState().setAsideAttempt("essai");
    const setAside = { scenarioHash: "0123456789abcdef", status: "done", score, byStage: { paymentFollowUp: score }, savedAt: expect.any(String) };
    expect(store.getState().attempts.essai).toEqual({ scenarioId: "essai", scenarioHash: null, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 2, savedAt: expect.any(String), setAside });
    store.getState().saveAttempt("essai", { scenarioHash: "fedcba9876543210", snapshot: { step: 1 } });
    expect(store.getState().attempts.essai?.setAside).toEqual(setAside);
  });

  it("forgets one scenario or all progress, and keeps the calculator", async () => {
    const { store } = await hydratedStore({});
    store.getState().saveAttempt("a", game({}));
    store.getState().saveAttempt("b", game({}));
    store.getState().resetAttempt("a");
    expect(Object.keys(store.getState().attempts)).toEqual(["b"]);
    store.getState().resetAllProgress();
    expect(store.getState().attempts).toEqual({});
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
  });
});
