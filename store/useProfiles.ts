"use client";
import { useMemo, useState, useSyncExternalStore } from "react";
import { currentProfile, parseRegistry, PROFILES_CHANGED, PROFILES_KEY, type ProfileRegistry } from "./profiles";

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

/**
 * The learner when the page opened (their pseudonym, or none), null until the browser's storage is
 * read. Kept for the page's life: a pseudonym chosen later (to export one's results at the end)
 * must not swap the figures of the game on screen (docs/decisions/0144).
 */
export function usePseudonymAtOpening(): { pseudonym: string | undefined } | null {
  const registry = useProfiles();
  const [opening, setOpening] = useState<{ pseudonym: string | undefined } | null>(null);
  if (opening === null && registry !== null) {
    const pseudonym = currentProfile(registry)?.pseudonym;
    setOpening({ pseudonym });
    return { pseudonym };
  }
  return opening;
}
