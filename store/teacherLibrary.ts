import { createStore, del, entries, get, promisifyRequest, set, update, type UseStore } from "idb-keyval";
import type { Persistence } from "./browserStorage";
import type { LibraryRecord, ParseLibraryRecord } from "./libraryRecordSchema";

/**
 * The teacher's library: their scenarios and quizzes, as they typed them, in the browser's
 * IndexedDB (a record may weigh up to 2 Mo, past what localStorage holds). Storage only: what
 * checks a file, imports and shares it is in components/authoring/ (docs/decisions/0110).
 */

export type LibraryKind = "scenario" | "quiz";

export type { LibraryRecord };

/** What an editor saves: the record as it opened it (revision 0 when new), with the teacher's changes. */
export type LibraryDraft = Omit<LibraryRecord, "updatedAt" | "revision"> & { revision: number };

export type SaveOutcome = { ok: true; record: LibraryRecord } | { ok: false; message: string };

/** A stored entry that cannot be read; kept as it is, never overwritten, and named to the teacher. */
export type LibraryDamage = { id: string; kind: "unreadable" } | { id: string; kind: "newerVersion"; version: number };

export interface LibraryListing {
  /** The most recently saved first. */
  records: LibraryRecord[];
  damaged: LibraryDamage[];
}

export interface TeacherLibrary {
  /** `saved`; `memoryOnly` when the browser refuses IndexedDB; `unsaved` while a write failed (nothing is lost: it stays in the tab). */
  persistence: () => Persistence;
  list: () => Promise<LibraryListing>;
  get: (id: string) => Promise<LibraryRecord | undefined>;
  save: (draft: LibraryDraft) => Promise<SaveOutcome>;
  /** A new record, under a new id. */
  add: (content: Pick<LibraryRecord, "kind" | "title" | "text">) => Promise<SaveOutcome>;
  /** True when it is gone from the browser too. */
  remove: (id: string) => Promise<boolean>;
  duplicate: (id: string) => Promise<SaveOutcome>;
}

export const LIBRARY_DATABASE = "atelier-grc";
export const LIBRARY_STORE = "bibliotheque";

type StoredObject = Record<string, unknown>;

/**
 * The migration chain of a record: MIGRATIONS[n] turns a version n + 1 record into version n + 2
 * (the library starts at version 1). A step only converts shapes; what still does not validate is
 * reported as damaged, never dropped. A new version is one function here and its test.
 */
const MIGRATIONS: readonly ((record: StoredObject) => StoredObject)[] = [];

export const LIBRARY_VERSION = MIGRATIONS.length + 1;

/** What IndexedDB holds under a record's id: the record and the version of its shape. */
interface Envelope {
  version: number;
  record: LibraryRecord;
}

function isObject(value: unknown): value is StoredObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type ReadRecord = { ok: true; record: LibraryRecord } | { ok: false; damage: LibraryDamage };

/** A stored entry, whatever its version: migrated to the current shape, or named as damaged. */
export function readEnvelope(id: string, stored: unknown, parse: ParseLibraryRecord): ReadRecord {
  if (!isObject(stored) || !Number.isInteger(stored.version) || (stored.version as number) < 1 || !isObject(stored.record)) {
    return { ok: false, damage: { id, kind: "unreadable" } };
  }
  const version = stored.version as number;
  if (version > LIBRARY_VERSION) return { ok: false, damage: { id, kind: "newerVersion", version } };
  const migrated = MIGRATIONS.slice(version - 1).reduce((record, step) => step(record), stored.record);
  const record = parse(migrated);
  return record !== undefined && record.id === id ? { ok: true, record } : { ok: false, damage: { id, kind: "unreadable" } };
}

export function libraryDamageMessage(damage: LibraryDamage): string {
  return damage.kind === "newerVersion"
    ? `Un document de votre bibliothèque a été enregistré par une version plus récente de l'atelier (version ${damage.version})\u00a0: il est gardé tel quel, ouvrez-le avec cette version.`
    : "Un document de votre bibliothèque n'a pas pu être relu\u00a0: il est gardé tel quel dans le navigateur, sans être affiché.";
}

function staleMessage(title: string, stored: LibraryRecord): string {
  return `«\u00a0${title}\u00a0» a été enregistré ailleurs (dans un autre onglet\u00a0?) depuis que vous l'avez ouvert\u00a0: votre version ne remplace pas la plus récente (révision ${stored.revision} du ${stored.updatedAt.slice(0, 10)}). Rouvrez le document, ou enregistrez votre version comme une copie.`;
}

const MISSING = "Ce document n'est plus dans votre bibliothèque.";

/** IndexedDB could not be read: the draft is kept rather than refused on a revision nobody can see. */
const UNREADABLE = Symbol("unreadable");

/** Saving `draft` over what is stored: only on top of the revision the editor opened. */
function nextRecord(draft: LibraryDraft, stored: unknown, updatedAt: string, parse: ParseLibraryRecord): SaveOutcome {
  if (stored === UNREADABLE) return validRecord({ ...draft, updatedAt, revision: draft.revision + 1 }, parse);
  const read = stored === undefined ? null : readEnvelope(draft.id, stored, parse);
  if (read !== null && !read.ok) return { ok: false, message: libraryDamageMessage(read.damage) };
  const storedRevision = read?.record.revision ?? 0;
  if (read !== null && draft.revision !== storedRevision) return { ok: false, message: staleMessage(draft.title, read.record) };
  if (read === null && draft.revision !== 0) return { ok: false, message: MISSING };
  return validRecord({ ...draft, updatedAt, revision: storedRevision + 1 }, parse);
}

function validRecord(record: LibraryRecord, parse: ParseLibraryRecord): SaveOutcome {
  const parsed = parse(record);
  return parsed !== undefined ? { ok: true, record: parsed } : { ok: false, message: "Ce document est incomplet (identifiant, titre ou texte manquant)\u00a0: il n'est pas enregistré." };
}

const envelope = (record: LibraryRecord): Envelope => ({ version: LIBRARY_VERSION, record });

/** A store opened and read once, or null when the browser refuses IndexedDB (missing, private mode, blocked). */
async function reachableStore(open: () => UseStore): Promise<UseStore | null> {
  try {
    const store = open();
    await store("readonly", (objects) => promisifyRequest(objects.count()));
    return store;
  } catch {
    return null;
  }
}

/** Thrown inside the IndexedDB transaction to leave the stored record as it is. */
class Refused extends Error {}

function randomId(): string {
  // getRandomValues, unlike randomUUID, works on a site served without HTTPS.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export interface LibraryOptions {
  /** The IndexedDB store; the default is `createStore("atelier-grc", "bibliotheque")`. */
  openStore?: () => UseStore;
  now?: () => string;
  newId?: () => string;
}

/**
 * The library, in IndexedDB when the browser allows it, else in the tab's memory (said by
 * `persistence`). A write that fails is kept in memory and written again with the next save:
 * nothing the teacher typed is lost silently.
 */
export async function openTeacherLibrary(options: LibraryOptions = {}): Promise<TeacherLibrary> {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? randomId;
  // The record's schema (zod/mini) comes with the library, not with the page that will open it (docs/decisions/0111).
  const [{ parseLibraryRecord: parse }, durable] = await Promise.all([import("./libraryRecordSchema"), reachableStore(options.openStore ?? (() => createStore(LIBRARY_DATABASE, LIBRARY_STORE)))]);
  /** Everything when IndexedDB is refused; otherwise the records whose write failed, newer than IndexedDB's. */
  const memory = new Map<string, Envelope>();
  let status: Persistence = durable === null ? "memoryOnly" : "saved";

  async function flush(): Promise<void> {
    if (durable === null) return;
    for (const [id, pending] of memory) {
      try {
        await set(id, pending, durable);
        memory.delete(id);
      } catch {
        break;
      }
    }
    status = memory.size === 0 ? "saved" : "unsaved";
  }

  async function readStored(id: string): Promise<unknown> {
    if (memory.has(id) || durable === null) return memory.get(id);
    try {
      return await get(id, durable);
    } catch {
      return UNREADABLE;
    }
  }

  async function storedEntries(): Promise<[string, unknown][]> {
    let stored: [IDBValidKey, unknown][] = [];
    try {
      stored = durable === null ? [] : await entries(durable);
    } catch {
      // Unreadable now: what the tab holds is still listed.
    }
    const merged = new Map<string, unknown>(stored.map(([key, value]) => [String(key), value]));
    for (const [id, pending] of memory) merged.set(id, pending);
    return [...merged];
  }

  /** In one IndexedDB transaction, so that two tabs cannot both save on top of the same revision. */
  async function saveDurably(store: UseStore, draft: LibraryDraft): Promise<SaveOutcome | null> {
    let outcome: SaveOutcome | null = null;
    try {
      await update(
        draft.id,
        (stored: unknown) => {
          outcome = nextRecord(draft, stored, now(), parse);
          if (!outcome.ok) throw new Refused();
          return envelope(outcome.record);
        },
        store,
      );
      await flush();
      return outcome;
    } catch (error) {
      return error instanceof Refused ? outcome : null;
    }
  }

  async function save(draft: LibraryDraft): Promise<SaveOutcome> {
    if (durable !== null && !memory.has(draft.id)) {
      const outcome = await saveDurably(durable, draft);
      if (outcome !== null) return outcome;
    }
    // In memory: IndexedDB is refused, failed just now, or holds an older copy than the tab.
    const outcome = nextRecord(draft, await readStored(draft.id), now(), parse);
    if (outcome.ok) {
      memory.set(draft.id, envelope(outcome.record));
      await flush();
    }
    return outcome;
  }

  async function getRecord(id: string): Promise<LibraryRecord | undefined> {
    const stored = await readStored(id);
    if (stored === undefined || stored === UNREADABLE) return undefined;
    const read = readEnvelope(id, stored, parse);
    return read.ok ? read.record : undefined;
  }

  const add: TeacherLibrary["add"] = (content) => save({ ...content, id: newId(), revision: 0 });

  return {
    persistence: () => status,
    get: getRecord,
    save,
    add,
    list: async () => {
      const reads = (await storedEntries()).map(([id, stored]) => readEnvelope(id, stored, parse));
      return {
        records: reads.flatMap((read) => (read.ok ? [read.record] : [])).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title)),
        damaged: reads.flatMap((read) => (read.ok ? [] : [read.damage])),
      };
    },
    remove: async (id) => {
      memory.delete(id);
      if (durable === null) return true;
      try {
        await del(id, durable);
        return true;
      } catch {
        return false;
      }
    },
    duplicate: async (id) => {
      const original = await getRecord(id);
      if (original === undefined) return { ok: false, message: MISSING };
      return add({ kind: original.kind, title: `${original.title} (copie)`, text: original.text });
    },
  };
}
