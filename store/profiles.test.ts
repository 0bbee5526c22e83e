import { describe, expect, it } from "vitest";
import { createAppStore } from "./appStore";
import { addProfile, EMPTY_REGISTRY, forgetSave, newProfileId, parseRegistry, PROFILES_KEY, readProfiles, registryText, removeProfile, renameProfile, saveKeyOf, writeProfiles, type ProfileRegistry } from "./profiles";

const NOW = new Date("2026-12-02T08:00:00.000Z");

function added(registry: ProfileRegistry, pseudonym: string, id: string): ProfileRegistry {
  const change = addProfile(registry, pseudonym, id, NOW);
  if (!change.ok) throw new Error(change.message);
  return change.registry;
}

describe("the profiles of a shared computer", () => {
  it("gives the first learner the save made before profiles existed, the others a save of their own", () => {
    const camille = added(EMPTY_REGISTRY, "  Camille ", "a1");
    expect(camille).toEqual({ profiles: [{ id: "a1", pseudonym: "Camille", saveKey: "atelier-grc", createdAt: "2026-12-02T08:00:00.000Z" }], current: "a1" });
    const both = added(camille, "Inès", "b2");
    expect(both.current).toBe("b2");
    expect(saveKeyOf(both)).toBe("atelier-grc.profil.b2");
    expect(saveKeyOf({ ...both, current: "a1" })).toBe("atelier-grc");
    expect(saveKeyOf(EMPTY_REGISTRY)).toBe("atelier-grc");
  });

  it("refuses an empty, overlong or taken pseudonym (whatever its case), in French", () => {
    const camille = added(EMPTY_REGISTRY, "Camille", "a1");
    expect(addProfile(camille, "   ", "b2", NOW)).toEqual({ ok: false, message: "Écrivez un pseudonyme (votre prénom ou un surnom)." });
    expect(addProfile(camille, "x".repeat(61), "b2", NOW)).toEqual({ ok: false, message: "Pseudonyme de 61 caractères\u00a0: au plus 60." });
    expect(addProfile(camille, "CAMILLE", "b2", NOW)).toEqual({
      ok: false,
      message: "Le pseudonyme «\u00a0Camille\u00a0» est déjà pris sur cet ordinateur\u00a0: choisissez-le dans la liste ou écrivez-en un autre.",
    });
    expect(addProfile(camille, "x".repeat(60), "b2", NOW).ok).toBe(true);
  });

  it("renames a learner (the same name in another case is allowed for themself), and deletes one", () => {
    const both = added(added(EMPTY_REGISTRY, "Camille", "a1"), "Inès", "b2");
    const renamed = renameProfile(both, "a1", "camille B.");
    expect(renamed.ok && renamed.registry.profiles.map((p) => p.pseudonym)).toEqual(["camille B.", "Inès"]);
    expect(renameProfile(both, "a1", "inès")).toMatchObject({ ok: false });
    expect(renameProfile(both, "a1", "CAMILLE")).toMatchObject({ ok: true });
    expect(removeProfile(both, "b2")).toEqual({ profiles: [both.profiles[0]], current: "a1" });
    expect(removeProfile({ ...both, current: "a1" }, "a1")).toEqual({ profiles: [both.profiles[1]], current: "b2" });
    expect(removeProfile(removeProfile(both, "a1"), "b2")).toEqual(EMPTY_REGISTRY);
    // The default save, freed, goes to the next learner created.
    expect(added(removeProfile(both, "a1"), "Tom", "c3").profiles.at(-1)?.saveKey).toBe("atelier-grc");
  });

  it("makes ids without crypto.randomUUID (absent outside a secure context), usable in a save key", () => {
    const id = newProfileId(new Date("2026-12-02T08:00:00.000Z"));
    expect(id).toMatch(/^[0-9a-z]{12}$/u);
    const registry = added(added(EMPTY_REGISTRY, "Camille", "a1"), "Inès", id);
    expect(parseRegistry(registryText(registry))).toEqual(registry);
  });

  it("reads back what it writes, and drops a damaged registry or entry without failing", () => {
    const both = added(added(EMPTY_REGISTRY, "Camille", "a1"), "Inès", "b2");
    expect(parseRegistry(registryText(both))).toEqual(both);
    expect(parseRegistry("{pas du json")).toEqual(EMPTY_REGISTRY);
    expect(parseRegistry(null)).toEqual(EMPTY_REGISTRY);
    const [camille, ines] = both.profiles;
    const damaged = JSON.stringify({ profiles: [camille, { ...ines, saveKey: "autre-cle" }, { ...ines, id: "c3", pseudonym: "camille" }, 12], current: "zz" });
    expect(parseRegistry(damaged)).toEqual({ profiles: [camille], current: "a1" });
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), removeItem: (key: string) => void data.delete(key) };
    expect(writeProfiles(both, storage)).toBe(true);
    expect(data.has(PROFILES_KEY)).toBe(true);
    expect(readProfiles(storage)).toEqual(both);
    const refusing = { getItem: () => { throw new DOMException("no", "SecurityError"); } };
    expect(readProfiles(refusing)).toEqual(EMPTY_REGISTRY);
  });
});

describe("one store per learner", () => {
  it("keeps two learners' games apart, and switching back restores the first one's game", async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), removeItem: (key: string) => void data.delete(key) };
    const registry = added(added(EMPTY_REGISTRY, "Camille", "a1"), "Inès", "b2");
    const open = async (current: string) => {
      const store = createAppStore(() => storage, saveKeyOf({ ...registry, current }));
      await store.persist.rehydrate();
      return store;
    };
    const camille = await open("a1");
    camille.getState().saveAttempt("depassement-d-encours", { scenarioHash: "0123456789abcdef", snapshot: { camille: 1 } });
    const ines = await open("b2");
    expect(ines.getState().attempts).toEqual({});
    ines.getState().saveAttempt("depassement-d-encours", { scenarioHash: "0123456789abcdef", snapshot: { ines: 1 } });
    const camilleAgain = await open("a1");
    expect(camilleAgain.getState().attempts["depassement-d-encours"]?.snapshot).toEqual({ camille: 1 });
    expect((await open("b2")).getState().attempts["depassement-d-encours"]?.snapshot).toEqual({ ines: 1 });
    forgetSave("atelier-grc.profil.b2", storage);
    expect((await open("b2")).getState().attempts).toEqual({});
    expect([...data.keys()]).toEqual(["atelier-grc"]);
  });
});
