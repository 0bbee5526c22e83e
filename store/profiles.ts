/**
 * The learners of a shared classroom computer (issue 13, docs/decisions/0120): a registry of
 * pseudonyms in localStorage, and one persisted store per profile. The first profile keeps the key
 * `atelier-grc`, so that the games saved before profiles existed become its games; the others get
 * `atelier-grc.profil.<id>`. The store reads the current profile once, when it is created: changing
 * profile writes the registry and reloads the page, so that two learners' states never meet in one tab.
 *
 * Written without zod and without the store: the site header reads it on every page.
 */

/** The key of the store's save when no profile is chosen, and of the first profile's. */
export const DEFAULT_SAVE_KEY = "atelier-grc";
export const PROFILES_KEY = "atelier-grc.profils";
export const PSEUDONYM_LIMIT = 60;
/** Said on the window when this tab changes the registry (another tab hears the `storage` event). */
export const PROFILES_CHANGED = "atelier-grc:profils";

export interface Profile {
  id: string;
  pseudonym: string;
  /** Where this learner's store is saved. */
  saveKey: string;
  createdAt: string;
}

export interface ProfileRegistry {
  profiles: Profile[];
  /** The profile whose store the pages use; null only when there is no profile at all. */
  current: string | null;
}

export const EMPTY_REGISTRY: ProfileRegistry = { profiles: [], current: null };

export type RegistryChange = { ok: true; registry: ProfileRegistry } | { ok: false; message: string };

/**
 * A new learner's id: short, and made without `crypto.randomUUID`, which a school intranet served
 * over plain http does not have (it needs a secure context).
 */
export function newProfileId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, "0")}`;
}

/** A damaged save's copy, beside the save it was read from. */
export function backupKeyOf(saveKey: string): string {
  return `${saveKey}.sauvegarde-endommagee`;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");

/** The French reason a pseudonym cannot be taken (empty, too long, already someone's), or null. */
export function pseudonymProblem(pseudonym: string, registry: ProfileRegistry, exceptId?: string): string | null {
  const name = pseudonym.trim();
  if (name === "") return "Écrivez un pseudonyme (votre prénom ou un surnom).";
  if (name.length > PSEUDONYM_LIMIT) return `Pseudonyme de ${name.length} caractères\u00a0: au plus ${PSEUDONYM_LIMIT}.`;
  const taken = registry.profiles.find((profile) => profile.id !== exceptId && sameName(profile.pseudonym, name));
  return taken ? `Le pseudonyme «\u00a0${taken.pseudonym}\u00a0» est déjà pris sur cet ordinateur\u00a0: choisissez-le dans la liste ou écrivez-en un autre.` : null;
}

/** Adds a learner and makes them the current one. The first to be created takes the default save (the games played before). */
export function addProfile(registry: ProfileRegistry, pseudonym: string, id: string, now: Date): RegistryChange {
  const problem = pseudonymProblem(pseudonym, registry);
  if (problem) return { ok: false, message: problem };
  const defaultTaken = registry.profiles.some((profile) => profile.saveKey === DEFAULT_SAVE_KEY);
  const profile: Profile = { id, pseudonym: pseudonym.trim(), saveKey: defaultTaken ? `${DEFAULT_SAVE_KEY}.profil.${id}` : DEFAULT_SAVE_KEY, createdAt: now.toISOString() };
  return { ok: true, registry: { profiles: [...registry.profiles, profile], current: id } };
}

export function renameProfile(registry: ProfileRegistry, id: string, pseudonym: string): RegistryChange {
  const problem = pseudonymProblem(pseudonym, registry, id);
  if (problem) return { ok: false, message: problem };
  return { ok: true, registry: { ...registry, profiles: registry.profiles.map((profile) => (profile.id === id ? { ...profile, pseudonym: pseudonym.trim() } : profile)) } };
}

/** The registry without this learner; deleting the current one makes the first remaining learner current. */
export function removeProfile(registry: ProfileRegistry, id: string): ProfileRegistry {
  const profiles = registry.profiles.filter((profile) => profile.id !== id);
  const current = registry.current === id ? (profiles[0]?.id ?? null) : registry.current;
  return { profiles, current };
}

export function currentProfile(registry: ProfileRegistry): Profile | undefined {
  return registry.profiles.find((profile) => profile.id === registry.current);
}

/** Where the current learner's store is saved. */
export function saveKeyOf(registry: ProfileRegistry): string {
  return currentProfile(registry)?.saveKey ?? DEFAULT_SAVE_KEY;
}

function isProfile(value: unknown): value is Profile {
  if (typeof value !== "object" || value === null) return false;
  const { id, pseudonym, saveKey, createdAt } = value as Record<string, unknown>;
  return (
    typeof id === "string" &&
    id !== "" &&
    typeof pseudonym === "string" &&
    pseudonym.trim() !== "" &&
    pseudonym.length <= PSEUDONYM_LIMIT &&
    typeof saveKey === "string" &&
    (saveKey === DEFAULT_SAVE_KEY || saveKey === `${DEFAULT_SAVE_KEY}.profil.${id}`) &&
    typeof createdAt === "string"
  );
}

/**
 * The registry a text holds; anything damaged is dropped, never raised: a broken registry must
 * not stop the atelier (the saves themselves are untouched, under their own keys).
 */
export function parseRegistry(text: string | null): ProfileRegistry {
  if (text === null) return EMPTY_REGISTRY;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY_REGISTRY;
  }
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const seen = new Set<string>();
  const profiles = (Array.isArray(record.profiles) ? record.profiles : []).filter(isProfile).filter((profile) => {
    const name = profile.pseudonym.toLocaleLowerCase("fr");
    if (seen.has(profile.id) || seen.has(name)) return false;
    seen.add(profile.id).add(name);
    return true;
  });
  const current = profiles.some((profile) => profile.id === record.current) ? (record.current as string) : (profiles[0]?.id ?? null);
  return { profiles, current };
}

export function registryText(registry: ProfileRegistry): string {
  return JSON.stringify({ version: 1, ...registry });
}

/** The browser's storage, or null when the browser refuses it (then there is one learner, in memory). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function readProfiles(storage: Pick<Storage, "getItem"> | null = browserStorage()): ProfileRegistry {
  try {
    return parseRegistry(storage?.getItem(PROFILES_KEY) ?? null);
  } catch {
    return EMPTY_REGISTRY;
  }
}

/** True when the registry is in the browser. */
export function writeProfiles(registry: ProfileRegistry, storage: Pick<Storage, "setItem"> | null = browserStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PROFILES_KEY, registryText(registry));
    if (typeof window !== "undefined") window.dispatchEvent(new Event(PROFILES_CHANGED));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a deleted learner's save and its damaged copy. */
export function forgetSave(saveKey: string, storage: Pick<Storage, "removeItem"> | null = browserStorage()): void {
  try {
    storage?.removeItem(saveKey);
    storage?.removeItem(backupKeyOf(saveKey));
  } catch {
    // Nothing to free in a storage that cannot be reached.
  }
}
