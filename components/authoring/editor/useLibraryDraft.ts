"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { openTeacherLibrary, type LibraryKind, type LibraryRecord, type TeacherLibrary } from "@/store/teacherLibrary";

/**
 * A document of the teacher's library opened in an editor: read once, then saved by itself a
 * moment after each change, always on top of the revision it opened (another tab's save is
 * never overwritten: the library says so in French), again when the tab is hidden, and with
 * the browser's warning before leaving while a change is not saved (docs/decisions/0115).
 */

export type DraftStatus =
  | { kind: "loading" }
  | { kind: "saved"; at: string }
  | { kind: "unsaved" }
  | { kind: "refused"; message: string }
  /** Nothing to edit: the record is missing, of the other kind, or not readable as a form. */
  | { kind: "unavailable"; message: string };

export interface DraftSource {
  /** A record of the library. */
  id?: string | undefined;
  /** A new record, a copy of this text (a bundled scenario taken as a model). */
  copyOf?: { title: string; text: string } | undefined;
}

export interface LibraryDraft {
  record: LibraryRecord | undefined;
  value: unknown;
  status: DraftStatus;
  edit: (value: unknown) => void;
  /** Memory only: the browser refuses IndexedDB, the work lasts as long as the tab. */
  memoryOnly: boolean;
}

/** How long after the last change the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

const KIND_NAMES: Record<LibraryKind, string> = { scenario: "un scénario", quiz: "un questionnaire" };

/** The text a form saves: the value, indented as a teacher would write it by hand. */
export const draftText = (value: unknown): string => JSON.stringify(value, null, 2);

function readable(record: LibraryRecord, kind: LibraryKind): { ok: true; value: unknown } | { ok: false; message: string } {
  if (record.kind !== kind) return { ok: false, message: `«\u00a0${record.title}\u00a0» est ${KIND_NAMES[record.kind]}\u00a0: ouvrez-le depuis la bibliothèque dans son propre éditeur.` };
  try {
    return { ok: true, value: JSON.parse(record.text) as unknown };
  } catch (error) {
    return { ok: false, message: `Le texte de «\u00a0${record.title}\u00a0» n'est pas lisible par le formulaire (${error instanceof Error ? error.message : String(error)})\u00a0: il reste tel quel dans la bibliothèque, à corriger dans un éditeur de texte puis à importer.` };
  }
}

const NOT_HERE = "Ce document n'est pas dans la bibliothèque de ce navigateur\u00a0: ouvrez-le depuis la bibliothèque.";

/** The record to edit: the one named, or a new copy of a model. */
async function openSource(library: TeacherLibrary, kind: LibraryKind, source: DraftSource): Promise<{ ok: true; record: LibraryRecord } | { ok: false; message: string }> {
  if (source.copyOf !== undefined) return library.add({ kind, ...source.copyOf });
  const record = source.id === undefined ? undefined : await library.get(source.id);
  return record === undefined ? { ok: false, message: NOT_HERE } : { ok: true, record };
}

export function useLibraryDraft(kind: LibraryKind, source: DraftSource, titleOf: (value: unknown) => string, onCreated: (id: string) => void): LibraryDraft {
  const [record, setRecord] = useState<LibraryRecord | undefined>(undefined);
  const [value, setValue] = useState<unknown>(undefined);
  const [status, setStatus] = useState<DraftStatus>({ kind: "loading" });
  const [memoryOnly, setMemoryOnly] = useState(false);
  const library = useRef<TeacherLibrary | null>(null);
  const latest = useRef<{ record: LibraryRecord | undefined; value: unknown; dirty: boolean; saving: boolean }>({ record: undefined, value: undefined, dirty: false, saving: false });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const opened = await openTeacherLibrary();
      library.current = opened;
      setMemoryOnly(opened.persistence() === "memoryOnly");
      const opening = await openSource(opened, kind, source);
      if (!opening.ok) return setStatus({ kind: "unavailable", message: opening.message });
      const loaded = opening.record;
      const read = readable(loaded, kind);
      if (!read.ok) return setStatus({ kind: "unavailable", message: read.message });
      latest.current = { record: loaded, value: read.value, dirty: false, saving: false };
      setRecord(loaded);
      setValue(read.value);
      setStatus({ kind: "saved", at: loaded.updatedAt });
      if (source.copyOf !== undefined) onCreated(loaded.id);
    })();
    // The source is read once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = useCallback(async () => {
    const current = latest.current;
    const opened = library.current;
    if (opened === null || current.record === undefined || current.saving) return;
    current.saving = true;
    // A change typed while saving is saved next, on top of the revision just written.
    while (current.dirty && current.record !== undefined) {
      const saved = current.value;
      current.dirty = false;
      const outcome = await opened.save({ id: current.record.id, kind, title: titleOf(saved) || current.record.title, text: draftText(saved), revision: current.record.revision });
      setMemoryOnly(opened.persistence() === "memoryOnly");
      if (!outcome.ok) {
        current.dirty = true;
        setStatus({ kind: "refused", message: outcome.message });
        break;
      }
      current.record = outcome.record;
      setRecord(outcome.record);
      if (!current.dirty) setStatus({ kind: "saved", at: outcome.record.updatedAt });
    }
    current.saving = false;
  }, [kind, titleOf]);

  const edit = useCallback((next: unknown) => {
    latest.current.value = next;
    latest.current.dirty = true;
    setValue(next);
    setStatus((previous) => (previous.kind === "refused" ? previous : { kind: "unsaved" }));
  }, []);

  useEffect(() => {
    if (status.kind !== "unsaved") return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, status.kind, save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!latest.current.dirty) return;
      event.preventDefault();
      // Older browsers show the warning only when returnValue is set.
      event.returnValue = "";
    };
    const flush = () => {
      if (document.visibilityState === "hidden") void save();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", flush);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", flush);
    };
  }, [save]);

  return { record, value, status, edit, memoryOnly };
}

/** « 10 h 42 »: the hour of a save, as French typography writes it. */
export function savedTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getHours()}\u00a0h\u00a0${String(date.getMinutes()).padStart(2, "0")}`;
}
