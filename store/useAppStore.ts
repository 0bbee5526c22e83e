"use client";
import { useEffect, useState } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppState } from "./appStore";

/** The one store of the browser app, created on first use so that the static prerender never touches localStorage. */
let browserStore: ReturnType<typeof createAppStore> | null = null;

function getBrowserStore() {
  browserStore ??= createAppStore();
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

/** True once the saved state has been read (a restored game must wait for it). */
export function useStoreHydrated(): boolean {
  const store = getBrowserStore();
  // Always false during the prerender (no storage there), so the first client render matches it.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    const unsubscribe = store.persist.onFinishHydration(() => setHydrated(true));
    if (!store.persist.hasHydrated()) void store.persist.rehydrate();
    else setHydrated(true);
    return unsubscribe;
  }, [store]);
  return hydrated;
}

/** The store itself, for event handlers that read the latest state without subscribing. */
export function appStore() {
  return getBrowserStore();
}
