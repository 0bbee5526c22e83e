import type { AppState } from "@/store/appStore";
import { appStore } from "@/store/useAppStore";

/**
 * Forgets what a test left in the store — its games, and the other fields given — in the storage
 * too, and at once: the next test rehydrates the store from the storage in its `beforeEach`, while
 * the store's own write waits for an idle moment (docs/decisions/0150) that may come after that. CI
 * once saw a test find the games of the test before it.
 */
export function forgetSavedGames(state: Partial<AppState> = {}): void {
  appStore().setState({ attempts: {}, ...state });
  appStore().flushWrites();
}
