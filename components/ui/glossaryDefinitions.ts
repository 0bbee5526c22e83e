import { createContext, useContext, useEffect, useState } from "react";
import type { GlossaryEntry } from "@/domain";
import { whenIdle } from "@/store/whenIdle";

/**
 * The glossary's definitions come in their own chunk (docs/decisions/0148): a page writes its terms
 * from domain/glossaryTerms.ts and fetches the definitions when one is opened, or earlier when the
 * browser is idle, so that a definition then shows at once.
 */
type EntryOf = (id: string) => GlossaryEntry | undefined;

/** A fetch that says its result once it is over, so that a definition fetched earlier shows without waiting. */
type TrackedFetch<T> = Promise<T> & { value?: T };

let definitionsFetch: TrackedFetch<EntryOf> | undefined;

/** The one fetch of the definitions; a failed fetch is forgotten, so that the next opening tries again. */
export function loadGlossaryDefinitions(): Promise<EntryOf> {
  if (definitionsFetch) return definitionsFetch;
  const fetching: TrackedFetch<EntryOf> = import("@/domain/glossary").then((module) => module.glossaryEntry);
  fetching.then(
    (entryOf) => {
      fetching.value = entryOf;
    },
    () => {
      definitionsFetch = undefined;
    },
  );
  definitionsFetch = fetching;
  return fetching;
}

/** Fetches the definitions and ignores a failure (a preload: opening a definition tries again and says so). */
export function preloadGlossaryDefinitions(): void {
  loadGlossaryDefinitions().catch(() => undefined);
}

/** How long the definitions may wait for an idle moment before they are fetched anyway. */
const PRELOAD_TIMEOUT_MS = 2_000;

let preloadScheduled = false;

/**
 * True inside a scenario's player: there the definitions wait until the first stage panel is on
 * screen (components/player/PlayerWorkspace.tsx preloads them then), so that they are not among
 * what the page downloads before its first decision.
 */
export const GlossaryPreloadDeferred = createContext(false);

/** A term on the page: its definitions are fetched when the browser is idle, unless the player defers them. */
export function useGlossaryPreload(): void {
  const deferred = useContext(GlossaryPreloadDeferred);
  useEffect(() => {
    if (deferred || preloadScheduled) return;
    preloadScheduled = true;
    whenIdle(preloadGlossaryDefinitions, PRELOAD_TIMEOUT_MS);
  }, [deferred]);
}

export type DefinitionState = { status: "loading" } | { status: "failed" } | { status: "loaded"; entry: GlossaryEntry | undefined };

/** The entry `id` with its definition: at once if the chunk is there, otherwise once it arrives. */
export function useGlossaryDefinition(id: string): DefinitionState {
  const loaded = definitionsFetch?.value;
  const [state, setState] = useState<DefinitionState>(loaded ? { status: "loaded", entry: loaded(id) } : { status: "loading" });
  useEffect(() => {
    if (state.status !== "loading") return;
    let current = true;
    loadGlossaryDefinitions().then(
      (entryOf) => current && setState({ status: "loaded", entry: entryOf(id) }),
      () => current && setState({ status: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [id, state.status]);
  return state;
}
