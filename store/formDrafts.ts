import type { SafeStorage } from "./browserStorage";

/**
 * What the learner has typed in the stage forms and not sent yet, kept apart from the saved game
 * (docs/decisions/0135): a draft is never a move, so it has no place in the game's snapshot, and
 * its own key keeps it out of the store's versions and migrations. One book per learner, under
 * `<clé de sa sauvegarde>.brouillons`: per game (`gameKey`), per form (its decision point), per
 * field, the value as the form holds it (a text as typed, a choice), checked by the form when it
 * is read back.
 */
export const DRAFTS_SUFFIX = ".brouillons";

/** Bumped when the shape below changes: a book of another version is ignored, never misread. */
const DRAFTS_VERSION = 1;

type FormFields = Record<string, unknown>;
type GameForms = Record<string, FormFields>;
type Games = Record<string, GameForms>;

export interface DraftBook {
  /** The value kept for this field, or undefined; the caller checks its shape. */
  read: (gameKey: string, formId: string, name: string) => unknown;
  write: (gameKey: string, formId: string, name: string, value: unknown) => void;
  /** The form's answer was sent: the move is in the saved game, its draft goes. */
  clearForm: (gameKey: string, formId: string) => void;
  /** The game was restarted or finished. */
  clearGame: (gameKey: string) => void;
  /** Writes what is pending now (the page is being left). */
  flush: () => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Keeps only the entries whose value passes `keep`: a damaged game or form is dropped alone. */
function filtered<T>(record: Record<string, unknown>, keep: (value: unknown) => value is T): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, T] => keep(entry[1])));
}

const isGameForms = (value: unknown): value is GameForms => isRecord(value) && Object.values(value).every(isRecord);

/** The games of a stored text; anything unreadable, of another version or of another shape is ignored. */
export function parseDrafts(text: string | null): Games {
  if (text === null) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || parsed.version !== DRAFTS_VERSION || !isRecord(parsed.games)) return {};
    return filtered(parsed.games, isGameForms);
  } catch {
    return {};
  }
}

export function draftsText(games: Games): string {
  return JSON.stringify({ version: DRAFTS_VERSION, games });
}

/** Everything but `key`. */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/**
 * The book over `storage` at `key`. Reads are from memory (the text is read once); writes are
 * gathered and written by `schedule` (the browser's idle time), not once per keystroke.
 */
export function createDraftBook(storage: SafeStorage, key: string, schedule: (work: () => void) => void): DraftBook {
  let games = parseDrafts(storage.read(key));
  let pending = false;

  const flush = () => {
    if (!pending) return;
    pending = false;
    if (Object.keys(games).length === 0) storage.remove(key);
    else storage.write(key, draftsText(games));
  };
  const changed = (next: Games) => {
    games = next;
    if (pending) return;
    pending = true;
    schedule(flush);
  };

  return {
    read: (gameKey, formId, name) => games[gameKey]?.[formId]?.[name],
    write: (gameKey, formId, name, value) => {
      const forms = games[gameKey] ?? {};
      changed({ ...games, [gameKey]: { ...forms, [formId]: { ...forms[formId], [name]: value } } });
    },
    clearForm: (gameKey, formId) => {
      const forms = games[gameKey];
      if (forms?.[formId] === undefined) return;
      const rest = without(forms, formId);
      changed(Object.keys(rest).length === 0 ? without(games, gameKey) : { ...games, [gameKey]: rest });
    },
    clearGame: (gameKey) => {
      if (games[gameKey] !== undefined) changed(without(games, gameKey));
    },
    flush,
  };
}
