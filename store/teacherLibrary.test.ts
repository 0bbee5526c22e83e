import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { createStore, set, type UseStore } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LIBRARY_DATABASE, LIBRARY_STORE, LIBRARY_VERSION, openTeacherLibrary, type LibraryOptions } from "./teacherLibrary";

/** A clock that ticks one minute per save, and ids in order: records sort and compare exactly. */
function testOptions(extra: LibraryOptions = {}): LibraryOptions {
  let minute = 0;
  let id = 0;
  return {
    now: () => `2026-09-01T08:${String(minute++).padStart(2, "0")}:00.000Z`,
    newId: () => `copie-${++id}`,
    ...extra,
  };
}

const draft = { id: "credit", kind: "scenario" as const, title: "Dépassement d'encours", text: '{"id":"credit"}', revision: 0 };

beforeEach(() => {
  // A fresh browser profile for each test.
  vi.stubGlobal("indexedDB", new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the teacher's library in IndexedDB", () => {
  it("saves, lists, reopens, duplicates and deletes records", async () => {
    const library = await openTeacherLibrary(testOptions());
    expect(library.persistence()).toBe("saved");

    const first = await library.save(draft);
    expect(first).toEqual({ ok: true, record: { ...draft, revision: 1, updatedAt: "2026-09-01T08:00:00.000Z" } });
    const second = await library.save({ ...draft, text: '{"id":"credit","v":2}', revision: 1 });
    expect(second.ok && second.record.revision).toBe(2);
    await library.save({ id: "quiz-tva", kind: "quiz", title: "La TVA", text: "{}", revision: 0 });

    // Another tab, or the same one after a reload, reads what IndexedDB holds.
    const reopened = await openTeacherLibrary(testOptions());
    expect(await reopened.get("credit")).toEqual({ ...draft, text: '{"id":"credit","v":2}', revision: 2, updatedAt: "2026-09-01T08:01:00.000Z" });
    const copy = await reopened.duplicate("credit");
    expect(copy).toEqual({ ok: true, record: { id: "copie-1", kind: "scenario", title: "Dépassement d'encours (copie)", text: '{"id":"credit","v":2}', revision: 1, updatedAt: "2026-09-01T08:00:00.000Z" } });

    expect(await reopened.remove("quiz-tva")).toBe(true);
    const listing = await library.list();
    expect(listing.records.map((record) => record.id)).toEqual(["credit", "copie-1"]);
    expect(listing.damaged).toEqual([]);
    expect(await library.get("quiz-tva")).toBeUndefined();
    expect(await library.duplicate("quiz-tva")).toEqual({ ok: false, message: "Ce document n'est plus dans votre bibliothèque." });
  });

  it("refuses to save over a newer revision, saved meanwhile in another tab", async () => {
    const tabA = await openTeacherLibrary(testOptions());
    const tabB = await openTeacherLibrary(testOptions());
    await tabA.save(draft);
    expect((await tabB.save({ ...draft, text: "de l'onglet B", revision: 1 })).ok).toBe(true);

    expect(await tabA.save({ ...draft, text: "de l'onglet A", revision: 1 })).toEqual({
      ok: false,
      message:
        "«\u00a0Dépassement d'encours\u00a0» a été enregistré ailleurs (dans un autre onglet\u00a0?) depuis que vous l'avez ouvert\u00a0: votre version ne remplace pas la plus récente (révision 2 du 2026-09-01). Rouvrez le document, ou enregistrez votre version comme une copie.",
    });
    expect((await tabA.get("credit"))?.text).toBe("de l'onglet B");
    // A draft based on a record deleted meanwhile is not resurrected under an old revision either.
    expect(await tabA.save({ ...draft, id: "disparu", revision: 3 })).toEqual({ ok: false, message: "Ce document n'est plus dans votre bibliothèque." });
  });

  it("names the records it cannot read, keeps them and never saves over them", async () => {
    const store = createStore(LIBRARY_DATABASE, LIBRARY_STORE);
    await set("futur", { version: LIBRARY_VERSION + 1, record: { id: "futur" } }, store);
    await set("abime", { version: 1, record: { id: "abime", kind: "video" } }, store);
    await set("credit", { version: 1, record: { ...draft, revision: 1, updatedAt: "2026-08-01T00:00:00.000Z" } }, store);
    const library = await openTeacherLibrary(testOptions());

    const listing = await library.list();
    expect(listing.records.map((record) => record.id)).toEqual(["credit"]);
    expect(listing.damaged).toEqual(
      expect.arrayContaining([
        { id: "futur", kind: "newerVersion", version: LIBRARY_VERSION + 1 },
        { id: "abime", kind: "unreadable" },
      ]),
    );
    expect(await library.save({ ...draft, id: "futur" })).toEqual({
      ok: false,
      message: `Un document de votre bibliothèque a été enregistré par une version plus récente de l'atelier (version ${LIBRARY_VERSION + 1})\u00a0: il est gardé tel quel, ouvrez-le avec cette version.`,
    });
  });
});

describe("a browser that refuses IndexedDB", () => {
  it("keeps the library in the tab when IndexedDB is missing, and says so", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const library = await openTeacherLibrary(testOptions());
    expect(library.persistence()).toBe("memoryOnly");
    expect((await library.save(draft)).ok).toBe(true);
    expect(await library.save({ ...draft, revision: 0 })).toMatchObject({ ok: false });
    expect((await library.duplicate("credit")).ok).toBe(true);
    expect((await library.list()).records.map((record) => record.id)).toEqual(["copie-1", "credit"]);
    expect(library.persistence()).toBe("memoryOnly");
  });

  it("keeps the library in the tab when opening the database fails (private window)", async () => {
    // Firefox's private windows before version 115: open() fails with InvalidStateError.
    const refusingFactory = {
      open: () => {
        const request: Partial<IDBOpenDBRequest> & { error: DOMException } = { error: new DOMException("A mutation operation was attempted on a database that did not allow mutations.", "InvalidStateError") };
        setTimeout(() => request.onerror?.call(request as IDBOpenDBRequest, new Event("error")));
        return request;
      },
    };
    vi.stubGlobal("indexedDB", refusingFactory);
    const library = await openTeacherLibrary(testOptions());
    expect(library.persistence()).toBe("memoryOnly");
    expect((await library.save(draft)).ok).toBe(true);
    expect((await library.get("credit"))?.title).toBe("Dépassement d'encours");
  });

  it("keeps a write that failed (storage full) in the tab, says it, and writes it with the next save", async () => {
    const control = { full: false };
    const real = createStore(LIBRARY_DATABASE, LIBRARY_STORE);
    const fillable: UseStore = (mode, callback) =>
      mode === "readwrite" && control.full ? Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError")) : real(mode, callback);
    const library = await openTeacherLibrary(testOptions({ openStore: () => fillable }));
    await library.save(draft);

    control.full = true;
    const typed = await library.save({ ...draft, text: "saisi pendant que le disque est plein", revision: 1 });
    expect(typed).toMatchObject({ ok: true, record: { revision: 2 } });
    expect(library.persistence()).toBe("unsaved");
    expect((await library.get("credit"))?.text).toBe("saisi pendant que le disque est plein");
    expect((await (await openTeacherLibrary()).get("credit"))?.revision).toBe(1);

    control.full = false;
    await library.save({ id: "quiz", kind: "quiz", title: "Quiz", text: "{}", revision: 0 });
    expect(library.persistence()).toBe("saved");
    const reopened = await openTeacherLibrary();
    expect((await reopened.get("credit"))?.text).toBe("saisi pendant que le disque est plein");
    expect((await reopened.list()).records).toHaveLength(2);
  });
});
