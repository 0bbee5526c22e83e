"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { withoutLabel } from "@/domain";
import type { Persistence } from "@/store/browserStorage";
import { openTeacherLibrary, type LibraryListing, type LibraryRecord, type TeacherLibrary } from "@/store/teacherLibrary";
import type { CheckedContent } from "../library";
import { nextTask } from "@/components/ui/nextTask";

/**
 * The full check and the import (zod's full build, the engine's key): loaded by import() once the
 * page is on screen, never in its first load (docs/decisions/0101, 0110).
 */
export const loadAuthoring = () => import("../library");

/** What the full check says of a record, as the list shows it. */
export type RecordCheck =
  | { state: "pending" }
  /** `servedVariants`: a scenario with variants, the number its learners can draw, each checked. */
  | { state: "valid"; warnings: string[]; servedVariants?: number }
  | { state: "invalid"; messages: string[] };

/** The source named in a record's messages, left out under its card: the card already names it. */
const SOURCE = "document";
const withoutSource = (messages: readonly string[]) => messages.map((message) => withoutLabel(message, SOURCE));

function validCheck(checked: Extract<CheckedContent, { ok: true }>): RecordCheck {
  const served = checked.kind === "scenario" ? checked.servedVariants : undefined;
  return { state: "valid", warnings: withoutSource(checked.warnings), ...(served !== undefined ? { servedVariants: served } : {}) };
}

/** A record's check is redone only when it was saved again. */
const checkKey = (record: LibraryRecord) => `${record.id}:${record.revision}`;

export interface TeacherLibraryState {
  /** Null until IndexedDB was opened (or refused). */
  library: TeacherLibrary | null;
  listing: LibraryListing | null;
  persistence: Persistence;
  checkOf: (record: LibraryRecord) => RecordCheck;
  /** Reads the list again after a change, and what the browser did with it. */
  refresh: () => Promise<void>;
}

export function useTeacherLibrary(): TeacherLibraryState {
  const [library, setLibrary] = useState<TeacherLibrary | null>(null);
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [persistence, setPersistence] = useState<Persistence>("saved");
  const [checks, setChecks] = useState<ReadonlyMap<string, RecordCheck>>(new Map());
  const checking = useRef(new Set<string>());

  const read = useCallback(async (opened: TeacherLibrary) => {
    setListing(await opened.list());
    setPersistence(opened.persistence());
  }, []);

  useEffect(() => {
    let live = true;
    void openTeacherLibrary().then(async (opened) => {
      if (!live) return;
      setLibrary(opened);
      await read(opened);
    });
    return () => {
      live = false;
    };
  }, [read]);

  useEffect(() => {
    const unchecked = (listing?.records ?? []).filter((record) => !checking.current.has(checkKey(record)));
    if (unchecked.length === 0) return;
    for (const record of unchecked) checking.current.add(checkKey(record));
    void (async () => {
      const { checkContent } = await loadAuthoring();
      for (const record of unchecked) {
        const checked = await checkContent(record.kind, record.text, SOURCE, "teacher");
        const check: RecordCheck = checked.ok ? validCheck(checked) : { state: "invalid", messages: withoutSource(checked.messages) };
        setChecks((previous) => new Map(previous).set(checkKey(record), check));
        // One record at a time, the page answering in between: a long list does not freeze it.
        await nextTask();
      }
    })();
  }, [listing]);

  const refresh = useCallback(async () => {
    if (library) await read(library);
  }, [library, read]);

  const checkOf = useCallback((record: LibraryRecord): RecordCheck => checks.get(checkKey(record)) ?? { state: "pending" }, [checks]);

  return { library, listing, persistence, checkOf, refresh };
}
