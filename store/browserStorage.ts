import type { StateStorage } from "zustand/middleware";

/**
 * Whether the latest state is in the browser: `saved`; `memoryOnly` when the browser refuses storage
 * altogether (the game lives in the tab only); `unsaved` when a write failed (storage full).
 */
export type Persistence = "saved" | "memoryOnly" | "unsaved";

/** A storage whose calls never throw: what the browser refuses is reported, never raised into React. */
export interface SafeStorage {
  /** False when the browser refuses storage: everything then lives in memory. */
  available: boolean;
  read: (key: string) => string | null;
  /** True when the text is in the browser. */
  write: (key: string, text: string) => boolean;
  remove: (key: string) => void;
}

function memoryStorage(): StateStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/**
 * The browser's storage if it can be read: a locked-down profile throws a SecurityError on the
 * `localStorage` getter itself, some private windows on `getItem`; then a memory map stands in.
 */
function reachableStorage(getStorage: () => StateStorage): StateStorage | null {
  try {
    const storage = getStorage();
    storage.getItem("atelier-grc");
    return storage;
  } catch {
    return null;
  }
}

export function safeStorage(getStorage: () => StateStorage): SafeStorage {
  const reachable = reachableStorage(getStorage);
  const storage = reachable ?? memoryStorage();
  return {
    available: reachable !== null,
    read: (key) => {
      try {
        return storage.getItem(key) as string | null;
      } catch {
        return null;
      }
    },
    write: (key, text) => {
      try {
        void storage.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
    remove: (key) => {
      try {
        void storage.removeItem(key);
      } catch {
        // Nothing to free in a storage that cannot be reached.
      }
    },
  };
}
