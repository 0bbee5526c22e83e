import { createJSONStorage, persist, type PersistStorage, type StateStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import * as z from "zod/mini";
import { calculatorDraftSchema, createCalculatorSlice, type CalculatorSlice } from "./calculatorSlice";
import { attemptSchema, createProgressSlice, type ProgressSlice } from "./progressSlice";

/** Bump with a step in `migrations` whenever the persisted shape changes (docs/decisions/0001). */
export const STORE_VERSION = 3;
export const STORAGE_KEY = "atelier-grc";
/** Where an unreadable save is copied before the app starts afresh, so that nothing is destroyed. */
export const BACKUP_KEY = `${STORAGE_KEY}.sauvegarde-endommagee`;

/** What is written to the browser: data only, never functions or derived values. */
const persistedSchema = z.strictObject({
  calculator: calculatorDraftSchema,
  attempts: z.record(z.string(), attemptSchema),
});
type PersistedState = z.infer<typeof persistedSchema>;

export interface RecoveryNotice {
  /** French explanation shown to the learner. */
  message: string;
  /** The raw saved state, kept so that nothing is silently destroyed. */
  discarded: unknown;
}

export interface SystemSlice {
  recoveryNotice: RecoveryNotice | null;
  dismissRecoveryNotice: () => void;
}

export type AppState = CalculatorSlice & ProgressSlice & SystemSlice;

/** One function per version step: migrations[n] turns a version-n state into version n+1. */
const migrations: Record<number, (state: unknown) => unknown> = {
  // Version 2 keeps the learner's scenario attempts.
  1: (state) => ({ ...(state as object), attempts: {} }),
  // Version 3 scores decisions in parts, so a score's points may be fractional (docs/decisions/0094).
  // A version-2 save is already valid: whole points, and trace entries without parts are shown as before.
  2: (state) => state,
};

function migrate(persisted: unknown, fromVersion: number): unknown {
  let state = persisted;
  for (let version = fromVersion; version < STORE_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`aucune migration depuis la version ${version}`);
    state = step(state);
  }
  return state;
}

/** Keeps every slice that still validates; the rest falls back to its default, with a notice. */
function restore(persisted: unknown, current: AppState): AppState {
  if (persisted === undefined) return current;
  const parsed = persistedSchema.safeParse(persisted);
  if (parsed.success) return { ...current, ...parsed.data };
  const partial = (typeof persisted === "object" && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const kept: Partial<PersistedState> = {};
  const calculator = calculatorDraftSchema.safeParse(partial.calculator);
  if (calculator.success) kept.calculator = calculator.data;
  // Attempts are kept one by one: a damaged scenario does not cost the others.
  const attempts = typeof partial.attempts === "object" && partial.attempts !== null ? Object.entries(partial.attempts) : [];
  kept.attempts = Object.fromEntries(
    attempts.flatMap(([id, attempt]) => {
      const parsed = attemptSchema.safeParse(attempt);
      return parsed.success ? [[id, parsed.data]] : [];
    }),
  );
  return {
    ...current,
    ...kept,
    recoveryNotice: {
      message:
        "Votre sauvegarde dans ce navigateur était endommagée : ce qui pouvait l'être a été récupéré, le reste a été remis à zéro.",
      discarded: persisted,
    },
  };
}

function unreadableNotice(error: unknown, raw: unknown): RecoveryNotice {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    message: `Votre sauvegarde dans ce navigateur n'a pas pu être relue (${reason}) : l'atelier repart de zéro.`,
    discarded: raw,
  };
}

/**
 * A JSON storage that never throws on a corrupted entry: the parse error becomes a notice
 * in the store instead of a crash, and the broken text is kept in the notice.
 */
function tolerantStorage(getStorage: () => StateStorage, onUnreadable: (notice: RecoveryNotice) => void): PersistStorage<PersistedState> | undefined {
  const json = createJSONStorage<PersistedState>(getStorage);
  if (!json) return undefined;
  return {
    ...json,
    getItem: (name) => {
      try {
        return json.getItem(name) as ReturnType<PersistStorage<PersistedState>["getItem"]>;
      } catch (error) {
        let raw: unknown = null;
        try {
          raw = getStorage().getItem(name);
        } catch {
          raw = null;
        }
        onUnreadable(unreadableNotice(error, raw));
        return null;
      }
    },
  };
}

function keepBackup(getStorage: () => StateStorage, discarded: unknown): void {
  try {
    const text = typeof discarded === "string" ? discarded : JSON.stringify(discarded);
    if (text !== undefined) void getStorage().setItem(BACKUP_KEY, text);
  } catch {
    // A full or unavailable storage must not stop the app: the notice still tells the learner.
  }
}

export function createAppStore(getStorage: () => StateStorage = () => localStorage) {
  let pendingNotice: RecoveryNotice | null = null;
  const store = createStore<AppState>()(
    persist(
      (set) => ({
        ...createCalculatorSlice(set as never),
        ...createProgressSlice(set as never),
        recoveryNotice: null,
        dismissRecoveryNotice: () => set({ recoveryNotice: null }),
      }),
      {
        name: STORAGE_KEY,
        version: STORE_VERSION,
        storage: tolerantStorage(getStorage, (notice) => {
          pendingNotice = notice;
        }),
        partialize: (state): PersistedState => ({ calculator: state.calculator, attempts: state.attempts }),
        migrate: (persisted, version) => {
          try {
            return migrate(persisted, version) as PersistedState;
          } catch (error) {
            pendingNotice = unreadableNotice(error, persisted);
            return {} as PersistedState;
          }
        },
        merge: (persisted, current) => restore(persisted, current),
        skipHydration: true,
        onRehydrateStorage: () => (state) => {
          const notice = pendingNotice ?? state?.recoveryNotice ?? null;
          if (notice) keepBackup(getStorage, notice.discarded);
          if (pendingNotice && state) {
            store.setState({ recoveryNotice: pendingNotice });
            pendingNotice = null;
          }
        },
      },
    ),
  );
  return store;
}
