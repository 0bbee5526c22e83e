"use client";
import { useEffect } from "react";
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
