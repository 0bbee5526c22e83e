/**
 * The envelope of a save, as written after each change: light enough for every page's first load.
 * Reading a save back (migrations of older versions, validation) is savedState.ts, loaded by
 * import() only when there is a save to read (docs/decisions/0111).
 */
import type { PersistedState } from "./savedState";

/**
 * The version written with each save. It is the number of steps of savedState.ts's MIGRATIONS,
 * which does not compile when the two differ: a change of shape is a step there and a bump here (0098).
 */
export const STORE_VERSION = 6;

/** The text that localStorage holds for this state: also the file a learner downloads to keep it. */
export function saveText(state: PersistedState): string {
  return JSON.stringify({ state, version: STORE_VERSION });
}
