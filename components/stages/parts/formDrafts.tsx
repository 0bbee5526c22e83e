"use client";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { safeStorage } from "@/store/browserStorage";
import { createDraftBook, DRAFTS_SUFFIX, type DraftBook } from "@/store/formDrafts";
import { readProfiles, saveKeyOf } from "@/store/profiles";
import { whenIdle } from "@/store/whenIdle";

/**
 * The drafts of the stage forms (docs/decisions/0135): each field a learner types in is kept
 * under the game and the form's decision point, restored after a reload, and forgotten when the
 * form's answer is sent or the game restarted. A draft only fills the fields: nothing is sent
 * until the learner validates.
 */

/** At the latest this long after a keystroke, the draft is written (sooner if the browser is idle). */
const WRITE_DEADLINE_MS = 1000;

let browserBook: DraftBook | null = null;

/** The current learner's book, made on first use (never in the prerender); what is pending is written when the page is left. */
function draftBook(): DraftBook {
  if (browserBook === null) {
    const book = createDraftBook(safeStorage(() => window.localStorage), `${saveKeyOf(readProfiles())}${DRAFTS_SUFFIX}`, (work) => whenIdle(work, WRITE_DEADLINE_MS));
    window.addEventListener("pagehide", book.flush);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") book.flush();
    });
    browserBook = book;
  }
  return browserBook;
}

/** Forgets a game's drafts: it starts again from the beginning. */
export function clearGameDrafts(gameKey: string): void {
  draftBook().clearGame(gameKey);
}

/** The game whose forms are drafted; null (a teacher's preview, a test): the forms keep their values in memory only. */
const DraftGame = createContext<string | null>(null);

export function DraftScope({ gameKey, children }: { gameKey: string | null; children: ReactNode }) {
  return <DraftGame.Provider value={gameKey}>{children}</DraftGame.Provider>;
}

export const isText = (value: unknown): value is string => typeof value === "string";

export const isFlag = (value: unknown): value is boolean => typeof value === "boolean";

/** A guard for one of `values` (a choice). */
export function oneOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  return (value): value is T => values.includes(value as T);
}

/** A guard for one of the keys of `labels` (a choice named by its labels). */
export function oneOfKeys<T extends string>(labels: Readonly<Record<T, unknown>>): (value: unknown) => value is T {
  return oneOf(Object.keys(labels) as T[]);
}

/** `guard`, or null: nothing chosen yet. */
export function orNull<T>(guard: (value: unknown) => value is T): (value: unknown) => value is T | null {
  return (value): value is T | null => value === null || guard(value);
}

/** A guard for texts by key (the fields of a table of figures). */
export function isTextRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(isText);
}

/** A guard for texts under the very keys of `template` (a form's fields kept as one object). */
export function textsLike<T extends { [K in keyof T]: string }>(template: T): (value: unknown) => value is T {
  return (value): value is T => isTextRecord(value) && Object.keys(template).every((key) => key in value);
}

/** A guard for a list whose every item passes `item`. */
export function listOf<T>(item: (value: unknown) => value is T): (value: unknown) => value is T[] {
  return (value): value is T[] => Array.isArray(value) && value.every(item);
}

type Update<T> = T | ((previous: T) => T);

/**
 * `useState` for a field of a stage form, kept as a draft: `formId` names the form and its
 * decision point ("intake.credit", "followUp.entry.2"), `name` the field. A kept value that fails
 * `guard` (damaged, another version of the form) is ignored and the field starts from `initial`.
 */
export function useDraftField(formId: string, name: string, initial: string): [string, (next: Update<string>) => void];
export function useDraftField<T>(formId: string, name: string, initial: T, guard: (value: unknown) => value is T): [T, (next: Update<T>) => void];
export function useDraftField<T>(formId: string, name: string, initial: T, guard: (value: unknown) => value is T = isText as (value: unknown) => value is T): [T, (next: Update<T>) => void] {
  const gameKey = useContext(DraftGame);
  const [value, setValue] = useState<T>(() => {
    if (gameKey === null) return initial;
    const kept = draftBook().read(gameKey, formId, name);
    return kept !== undefined && guard(kept) ? kept : initial;
  });
  const update = useCallback(
    (next: Update<T>) =>
      setValue((previous) => {
        const value = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
        if (gameKey !== null) draftBook().write(gameKey, formId, name, value);
        return value;
      }),
    [gameKey, formId, name],
  );
  return [value, update];
}

/** `send` that also forgets the form's draft: its answer is now a move of the saved game. */
export function useDraftedSend<E>(formId: string, send: (event: E) => void): (event: E) => void {
  const gameKey = useContext(DraftGame);
  return useCallback(
    (event: E) => {
      send(event);
      if (gameKey !== null) draftBook().clearForm(gameKey, formId);
    },
    [gameKey, formId, send],
  );
}
