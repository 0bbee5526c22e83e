"use client";
import { useMemo, useSyncExternalStore } from "react";
import { parseRegistry, PROFILES_CHANGED, PROFILES_KEY, type ProfileRegistry } from "./profiles";

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROFILES_KEY) onChange();
  };
  window.addEventListener(PROFILES_CHANGED, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(PROFILES_CHANGED, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** The registry's text: a string, so that React sees no change while nothing changed. */
function readText(): string | null {
  try {
    return localStorage.getItem(PROFILES_KEY);
  } catch {
    return null;
  }
}

/** The learners of this computer; null in the prerender and before the page is mounted. */
export function useProfiles(): ProfileRegistry | null {
  const text = useSyncExternalStore(subscribe, readText, () => undefined);
  return useMemo(() => (text === undefined ? null : parseRegistry(text)), [text]);
}
