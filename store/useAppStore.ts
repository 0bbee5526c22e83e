"use client";
import { useEffect, useSyncExternalStore } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppState } from "./appStore";
import { readProfiles, saveKeyOf } from "./profiles";

/**
 * The one store of the browser app, created on first use so that the static prerender never
 * touches localStorage; it is the current learner's, read once (changing learner reloads the page).
 */
let browserStore: ReturnType<typeof createAppStore> | null = null;

function getBrowserStore() {
  browserStore ??= createAppStore(undefined, saveKeyOf(readProfiles()));
  return browserStore;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(getBrowserStore(), selector);
}

/** Reads the saved state once the page is mounted (never during the prerender). */
export function useHydrateAppStore(): void {
  useEffect(() => {
    void getBrowserStore().persist.rehydrate();
  }, []);
}

/** True once the saved state has been read (a restored game must wait for it); false in the prerender. */
export function useStoreHydrated(): boolean {
  return useSyncExternalStore(subscribeToHydration, readHydrated, () => false);
}

function subscribeToHydration(onChange: () => void): () => void {
  const store = getBrowserStore();
  const unsubscribe = store.persist.onFinishHydration(onChange);
  if (!store.persist.hasHydrated()) void store.persist.rehydrate();
  return unsubscribe;
}

function readHydrated(): boolean {
  return getBrowserStore().persist?.hasHydrated() ?? false;
}

/** The store itself, for event handlers that read the latest state without subscribing. */
export function appStore() {
  return getBrowserStore();
}
