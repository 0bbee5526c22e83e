import { persist, type PersistStorage, type StateStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { safeStorage, type Persistence } from "./browserStorage";
import { createCalculatorSlice, type CalculatorSlice } from "./calculatorSlice";
import { createProgressSlice, type ProgressSlice } from "./progressSlice";
import { createQuizSlice, type QuizSlice } from "./quizSlice";
import { backupKeyOf, DEFAULT_SAVE_KEY } from "./profiles";
import { saveText, STORE_VERSION } from "./saveFormat";
import type { Damage, PersistedState } from "./savedState";

export { STORE_VERSION } from "./saveFormat";
export type { Persistence } from "./browserStorage";
/** The save of the first learner, or of the only one (a profile's save has its own key: profiles.ts). */
export const STORAGE_KEY = DEFAULT_SAVE_KEY;
/** Where a damaged save is copied before anything of it is dropped, so that nothing is destroyed silently. */
export const BACKUP_KEY = backupKeyOf(STORAGE_KEY);

export interface RecoveryNotice {
  /** French explanation shown to the learner (never the saved text, nor a parser's message). */
  message: string;
  /** Ids of the scenarios whose game could not be kept; the view names them by title. */
  lostScenarios: string[];
  /** Ids of the scenarios whose game was kept after its status was recomputed from its snapshot. */
  repairedScenarios: string[];
  /** True only when the copy under BACKUP_KEY was really written. */
  backupKept: boolean;
  /** The save as it was stored, offered as a download when it could not be copied; never shown. */
  discardedText: string;
}

export interface SystemSlice {
  recoveryNotice: RecoveryNotice | null;
  dismissRecoveryNotice: () => void;
  /** Whether the latest state is in the browser (see Persistence). */
  persistence: Persistence;
  /** True while the copy of a damaged save takes room under BACKUP_KEY. */
  backupPresent: boolean;
  /**
   * Set when the save was written by a newer version of the atelier (an old cached copy of the app
   * met it): the French explanation. The save is then left untouched, nothing is written over it.
   */
  newerSaveNotice: string | null;
  /** Frees the room of the damaged save's copy (the learner chose to, to save the game). */
  discardBackup: () => void;
  /** Writes the current state again, after the learner freed some room. */
  retrySave: () => void;
}

export type AppState = CalculatorSlice & ProgressSlice & QuizSlice & SystemSlice;

/** What the app writes, and what a learner downloads to keep a save the browser cannot hold. */
export function persistedText(state: AppState): string {
  return saveText(persisted(state));
}

/** The part of the state written to the browser. */
function persisted(state: AppState): PersistedState {
  return { calculator: state.calculator, attempts: state.attempts, quiz: state.quiz, history: state.history };
}

function noticeFor(damage: Damage, message: string, discardedText: string, backupKept: boolean): RecoveryNotice {
  const partial = damage.kind === "partial" ? damage : null;
  return {
    message,
    lostScenarios: partial?.lostScenarios ?? [],
    repairedScenarios: partial?.repairedScenarios ?? [],
    backupKept,
    discardedText,
  };
}

/**
 * When the store's text is written: `write` at once (the default: Node, the tests), or later (the
 * browser's store: when idle, docs/decisions/0150). Every change in between is in the one write.
 */
export type WriteSchedule = (write: () => void) => void;

const writeAtOnce: WriteSchedule = (write) => write();

/**
 * The store of one learner: `saveKey` is the current profile's (profiles.ts `saveKeyOf`), read once,
 * when the page starts. With a `scheduleWrite` that waits, `flushWrites` writes what waits at once
 * (a page that goes, a save about to be deleted).
 */
export function createAppStore(getStorage: () => StateStorage = () => localStorage, saveKey: string = STORAGE_KEY, scheduleWrite: WriteSchedule = writeAtOnce) {
  const storage = safeStorage(getStorage);
  const backupKey = backupKeyOf(saveKey);
  let pendingNotice: RecoveryNotice | null = null;
  // A save of a newer version: this older app can neither read it nor write over it (docs/decisions/0128).
  let newerSaveNotice: string | null = null;
  // While the save is being read (its reader is fetched), a write would put a blank state over it.
  let reading = false;
  // The latest state to write, while its write waits: only the latest is written.
  let waiting: { name: string; state: PersistedState } | null = null;

  const reportWrite = (written: boolean) => {
    if (!storage.available) return;
    const persistence: Persistence = written ? "saved" : "unsaved";
    // Only on a change: this write of the status is itself saved, and must not loop.
    if (store.getState().persistence !== persistence) store.setState({ persistence });
  };

  /**
   * Reads, migrates and sorts the save; a damaged one is copied aside first, and the notice says
   * whether it was. The reader (zod/mini, the migrations of older saves) is fetched only when there
   * is a save to read, once the page is on screen (docs/decisions/0111).
   */
  const persistStorage: PersistStorage<PersistedState> = {
    getItem: async (name) => {
      const text = storage.read(name);
      if (text === null) return null;
      reading = true;
      const { damageMessage, loadSave } = await import("./savedState").finally(() => {
        reading = false;
      });
      const { state, damage } = loadSave(text);
      if (damage?.kind === "newerVersion") newerSaveNotice = damageMessage(damage);
      else if (damage) pendingNotice = noticeFor(damage, damageMessage(damage), text, storage.available && storage.write(backupKey, text));
      return state === undefined ? null : { state: state as PersistedState, version: STORE_VERSION };
    },
    setItem: (name, value) => {
      if (reading || newerSaveNotice !== null) return;
      const scheduled = waiting !== null;
      waiting = { name, state: value.state };
      if (!scheduled) scheduleWrite(flushWrites);
    },
    removeItem: (name) => {
      waiting = null;
      storage.remove(name);
    },
  };

  /** Writes the state that waits, if any: the text (JSON of every kept game) is made here, not in the learner's click. */
  function flushWrites(): void {
    const write = waiting;
    if (write === null) return;
    waiting = null;
    reportWrite(storage.write(write.name, saveText(write.state)));
  }

  const store = createStore<AppState>()(
    persist(
      (set, get) => ({
        ...createCalculatorSlice(set as never),
        ...createProgressSlice(set as never),
        ...createQuizSlice(set as never),
        recoveryNotice: null,
        newerSaveNotice: null,
        dismissRecoveryNotice: () => set({ recoveryNotice: null }),
        persistence: storage.available ? "saved" : "memoryOnly",
        backupPresent: storage.read(backupKey) !== null,
        discardBackup: () => {
          storage.remove(backupKey);
          set({ backupPresent: false });
        },
        retrySave: () => set({ calculator: get().calculator }),
      }),
      {
        name: saveKey,
        version: STORE_VERSION,
        storage: persistStorage,
        partialize: persisted,
        merge: (persisted, current) => ({ ...current, ...(persisted as Partial<PersistedState> | undefined) }),
        skipHydration: true,
        onRehydrateStorage: () => () => {
          if (newerSaveNotice !== null) store.setState({ newerSaveNotice });
          if (!pendingNotice) return;
          const notice = pendingNotice;
          pendingNotice = null;
          store.setState({ recoveryNotice: notice, backupPresent: storage.read(backupKey) !== null });
        },
      },
    ),
  );
  return Object.assign(store, { flushWrites });
}
