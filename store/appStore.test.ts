import { describe, expect, it } from "vitest";
import type { StateStorage } from "zustand/middleware";
import { BACKUP_KEY, STORAGE_KEY, STORE_VERSION, createAppStore } from "./appStore";
import { INITIAL_CALCULATOR_DRAFT } from "./calculatorSlice";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StateStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data };
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

const attempt = {
  scenarioId: "essai",
  status: "done",
  snapshot: { status: "done", value: "finished" },
  score: { points: 14, maxPoints: 16, hintsUsed: 1, percent: 88 },
  byStage: { orderIntake: { points: 14, maxPoints: 16, hintsUsed: 1, percent: 88 } },
  runs: 2,
};

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
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: attempt } }, version: STORE_VERSION }),
    });
    expect(store.getState().calculator).toEqual(savedDraft);
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it("migrates a version 1 save: the calculator is kept and the attempts start empty", async () => {
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft }, version: 1 }),
    });
    expect(store.getState().calculator).toEqual(savedDraft);
    expect(store.getState().attempts).toEqual({});
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it("migrates a version 2 save as it was: whole-point scores and trace entries without parts stay valid", async () => {
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: attempt } }, version: 2 }),
    });
    expect(STORE_VERSION).toBe(3);
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it("keeps a score with half points (decisions scored in parts, version 3)", async () => {
    const half = { ...attempt, score: { points: 14.5, maxPoints: 16, hintsUsed: 0, percent: 91 }, byStage: { orderIntake: { points: 14.5, maxPoints: 16, hintsUsed: 0, percent: 91 } } };
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft, attempts: { essai: half } }, version: STORE_VERSION }),
    });
    expect(store.getState().attempts).toEqual({ essai: half });
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it("keeps the valid attempts when one of them is damaged", async () => {
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({
        state: { calculator: savedDraft, attempts: { essai: attempt, casse: { scenarioId: "casse", status: "fini" } } },
        version: STORE_VERSION,
      }),
    });
    expect(store.getState().attempts).toEqual({ essai: attempt });
    expect(store.getState().calculator).toEqual(savedDraft);
    expect(store.getState().recoveryNotice?.message).toMatch(/endommagée/);
  });

  it("survives text that is not JSON: French notice, fresh start, and the text kept aside", async () => {
    const { store, data } = await hydratedStore({ [STORAGE_KEY]: "{pas du json" });
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
    expect(store.getState().recoveryNotice?.message).toMatch(/n'a pas pu être relue/);
    expect(data.get(BACKUP_KEY)).toBe("{pas du json");
  });

  it("keeps the valid parts of a damaged state and says so", async () => {
    const { store, data } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: { ...savedDraft, lines: "cassé" } }, version: STORE_VERSION }),
    });
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
    expect(store.getState().recoveryNotice?.message).toMatch(/endommagée/);
    expect(JSON.parse(data.get(BACKUP_KEY) ?? "null")).toEqual({ calculator: { ...savedDraft, lines: "cassé" } });
  });

  it("does not crash on a state from an older version it cannot migrate", async () => {
    const { store } = await hydratedStore({
      [STORAGE_KEY]: JSON.stringify({ state: { calculator: savedDraft }, version: 0 }),
    });
    expect(store.getState().recoveryNotice?.message).toMatch(/aucune migration depuis la version 0/);
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
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

describe("learner progress", () => {
  it("saves an attempt in progress, then its scores when finished, and restarts it keeping the count", async () => {
    const { store } = await hydratedStore({});
    store.getState().saveAttempt("essai", { step: 1 });
    expect(store.getState().attempts.essai).toEqual({ scenarioId: "essai", status: "inProgress", snapshot: { step: 1 }, score: null, byStage: {}, runs: 1 });
    const score = { points: 4, maxPoints: 4, hintsUsed: 0, percent: 100 };
    store.getState().saveAttempt("essai", { step: 2 }, { score, byStage: { paymentFollowUp: score } });
    expect(store.getState().attempts.essai?.status).toBe("done");
    store.getState().restartAttempt("essai");
    expect(store.getState().attempts.essai).toEqual({ scenarioId: "essai", status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 2 });
  });

  it("forgets one scenario or all progress, and keeps the calculator", async () => {
    const { store } = await hydratedStore({});
    store.getState().saveAttempt("a", {});
    store.getState().saveAttempt("b", {});
    store.getState().resetAttempt("a");
    expect(Object.keys(store.getState().attempts)).toEqual(["b"]);
    store.getState().resetAllProgress();
    expect(store.getState().attempts).toEqual({});
    expect(store.getState().calculator).toEqual(INITIAL_CALCULATOR_DRAFT);
  });
});
