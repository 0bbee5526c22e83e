"use client";
import { useEffect, useSyncExternalStore } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppState } from "./appStore";
import { readProfiles, saveKeyOf } from "./profiles";
import { whenIdle } from "./whenIdle";

/**
 * The one store of the browser app, created on first use so that the static prerender never
 * touches localStorage; it is the current learner's, read once (changing learner reloads the page).
 */
let browserStore: ReturnType<typeof createAppStore> | null = null;

/**
 * At the latest this long after a change, the store is written (sooner when the browser is idle):
 * a click's feedback is painted before the JSON of every kept game is made and written (issue 16,
 * docs/decisions/0150), and so is a quiz's answer.
 */
const WRITE_DEADLINE_MS = 1_000;

function createBrowserStore() {
  // The static prerender has no window: its store lives in memory and writes nothing anyway.
  if (typeof window === "undefined") return createAppStore(undefined, saveKeyOf(readProfiles()));
  const store = createAppStore(undefined, saveKeyOf(readProfiles()), (write) => whenIdle(write, WRITE_DEADLINE_MS));
  // Nothing lost when the page goes: a reload, a closed tab, a phone that hides the browser.
  window.addEventListener("pagehide", store.flushWrites);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") store.flushWrites();
  });
  return store;
}

function getBrowserStore() {
  browserStore ??= createBrowserStore();
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
