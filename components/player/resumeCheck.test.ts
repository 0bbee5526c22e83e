import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Scenario } from "@/domain";
import { findScenario } from "@/components/catalog/catalog";
import { persistGame, resumePlayer } from "@/machines/persistedGame";
import { solveScenario } from "@/machines/answerKey";
import { playScenario, startPlayer, type PlayerEvent } from "@/machines/player";
import { createAppStore, STORAGE_KEY } from "@/store/appStore";
import type { Attempt } from "@/store/progressSlice";
import { resumeCheck } from "./resumeCheck";

function bundled(id: string): Scenario {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`scénario ${id} absent du catalogue`);
  return scenario;
}

/** Plays `events`, saves as the browser does after move `at` (through JSON), restores on a fresh copy of the scenario, plays the rest. */
function playAcrossReload(scenario: Scenario, events: readonly PlayerEvent[], at: number) {
  const before = startPlayer(scenario);
  for (const event of events.slice(0, at)) before.send(event);
  const saved = JSON.parse(JSON.stringify(persistGame(before, scenario))) as ReturnType<typeof persistGame>;
  before.stop();
  const after = resumePlayer(structuredClone(scenario), saved.snapshot);
  for (const event of events.slice(at)) after.send(event);
  const output = after.getSnapshot().output;
  after.stop();
  return output;
}

describe("a game saved and restored at any move plays on exactly as one that never left", () => {
  it.each(["parcours-complet-devis-a-reglement", "chaine-complete-livraison-partielle-acompte"])("%s: same trace and score after a reload at every move", (id) => {
    const scenario = bundled(id);
    const { events } = solveScenario(scenario);
    const uninterrupted = playScenario(scenario, events);
    expect(uninterrupted.finished).toBe(true);
    for (let at = 0; at <= events.length; at += 1) {
      const output = playAcrossReload(scenario, events, at);
      expect(output?.trace, `rechargé après le coup ${at}`).toEqual(uninterrupted.trace);
      expect(output?.score, `rechargé après le coup ${at}`).toEqual(uninterrupted.score);
    }
  }, 60_000);
});

function attempt(fields: Partial<Attempt>): Attempt {
  return { scenarioId: "depassement-d-encours", scenarioHash: null, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 1, savedAt: "2026-11-28T09:15:00.000Z", ...fields };
}

/** A game saved on `played` (its snapshot is not read by the check). */
function savedOn(played: Scenario, fields: Partial<Attempt> = {}): Attempt {
  const actor = startPlayer(played);
  const game = persistGame(actor, played);
  actor.stop();
  return attempt({ scenarioHash: game.scenarioHash, snapshot: game.snapshot, ...fields });
}

describe("whether a saved game can go on", () => {
  const current = bundled("depassement-d-encours");
  const edited: Scenario = { ...current, title: `${current.title} (nouvelle version)` };

  it("nothing saved, or a game started again: a fresh game", () => {
    expect(resumeCheck(undefined, current)).toEqual({ kind: "fresh" });
    expect(resumeCheck(attempt({ snapshot: null }), current)).toEqual({ kind: "fresh" });
  });

  it("played on this very content (another object, another key order): it goes on", () => {
    const saved = savedOn(current);
    const reordered = Object.fromEntries(Object.entries(structuredClone(current)).reverse()) as Scenario;
    expect(resumeCheck(saved, reordered)).toEqual({ kind: "resume", snapshot: saved.snapshot });
  });

  it("the scenario changed since: says so in French, and what becomes of the game in progress", () => {
    expect(resumeCheck(savedOn(edited), current)).toEqual({
      kind: "changed",
      notice:
        "Ce scénario a été modifié depuis votre dernière partie (partie enregistrée le 28/11/2026)\u00a0: votre partie ne peut pas reprendre telle quelle. Si vous recommencez, elle est mise de côté\u00a0: ce qu'elle avait atteint reste enregistré dans ce navigateur.",
    });
  });

  it("a finished game on a changed scenario: its score stays", () => {
    const score = { points: 7.5, maxPoints: 8, hintsUsed: 1, percent: 93.75 };
    const check = resumeCheck(savedOn(edited, { status: "done", score, byStage: { orderIntake: score } }), current);
    expect(check).toEqual({
      kind: "changed",
      notice:
        "Ce scénario a été modifié depuis votre dernière partie (partie enregistrée le 28/11/2026)\u00a0: votre partie ne peut pas reprendre telle quelle. Votre score de 93,75\u00a0% reste enregistré dans ce navigateur.",
    });
  });

  it("a game whose scenario is gone, or whose save could not say which one it was played on: never restored", () => {
    expect(resumeCheck(savedOn(current), undefined)).toEqual({
      kind: "changed",
      notice:
        "Ce scénario n'existe plus dans l'atelier (partie enregistrée le 28/11/2026)\u00a0: votre partie ne peut pas reprendre. Si vous recommencez, elle est mise de côté\u00a0: ce qu'elle avait atteint reste enregistré dans ce navigateur.",
    });
    expect(resumeCheck(attempt({ snapshot: { status: "active" }, savedAt: undefined }), current)).toMatchObject({ kind: "changed", notice: expect.stringContaining("(partie enregistrée dans ce navigateur)") });
  });
});

describe("saves of earlier versions, against today's scenarios", () => {
  async function migrated(version: number): Promise<Record<string, Attempt>> {
    const text = readFileSync(`store/fixtures/version-${version}.json`, "utf8");
    const store = createAppStore(() => ({ getItem: (key) => (key === STORAGE_KEY ? text : null), setItem: () => undefined, removeItem: () => undefined }));
    await store.persist.rehydrate();
    return store.getState().attempts;
  }

  it("version 2 (written by 6aed8fc to 298c90a, on scenarios unchanged since): both games go on", async () => {
    const attempts = await migrated(2);
    for (const id of ["depassement-d-encours", "mentions-manquantes"]) expect(resumeCheck(attempts[id], bundled(id)).kind).toBe("resume");
  });

  it("version 3 (written from today's scenarios): both games go on, and the one in progress plays on to full marks", async () => {
    const attempts = await migrated(3);
    const scenario = bundled("nouveau-client-par-telephone");
    const check = resumeCheck(attempts["nouveau-client-par-telephone"], scenario);
    expect(resumeCheck(attempts["choisir-l-etape-de-relance"], bundled("choisir-l-etape-de-relance")).kind).toBe("resume");
    if (check.kind !== "resume") throw new Error("la partie en cours ne reprend pas");
    const actor = resumePlayer(scenario, check.snapshot);
    for (const event of solveScenario(scenario).events.slice(3)) actor.send(event);
    expect(actor.getSnapshot().output?.score.overall.percent).toBe(100);
    actor.stop();
  });
});
