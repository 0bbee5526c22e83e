import { cleanup } from "@testing-library/react";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeAll, beforeEach, vi } from "vitest";
import { openTeacherLibrary, type LibraryRecord } from "@/store/teacherLibrary";

/**
 * What both editors' tests need: the checking module loaded once (zod's full build, the solvers), as
 * a page loads it once, and a fresh IndexedDB per test.
 */
export function setUpEditorTests(): void {
  beforeAll(async () => {
    await import("./draftCheck");
  });
  beforeEach(() => {
    vi.stubGlobal("indexedDB", new IDBFactory());
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}

/** A document added to the test's library; its id. */
export async function addedRecord(content: Pick<LibraryRecord, "kind" | "title" | "text">): Promise<string> {
  const saved = await (await openTeacherLibrary()).add(content);
  if (!saved.ok) throw new Error(saved.message);
  return saved.record.id;
}
