/**
 * Issue 13: a teacher previews an exercise from a later stage, shares it by a link, and a learner
 * who opens the link plays it. The link is built as the atelier builds it (encodeShareLink) from a
 * bundled scenario's file; the library record is written in IndexedDB as store/teacherLibrary.ts
 * writes it (same database, store and envelope).
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterIdleWrites } from "./support/idle";
import { describe, expect, it } from "vitest";
import { encodeShareLink } from "@/components/authoring/shareLink";
import { fnv1a64 } from "@/domain";
import { STORAGE_KEY } from "@/store/appStore";
import { LIBRARY_DATABASE, LIBRARY_STORE, LIBRARY_VERSION } from "@/store/teacherLibrary";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { checklist, choose, expectRight, openModule, select, showScreenOnFailure, stageReady, submitCheck, textOf } from "./support/learner";

const { site, browser } = siteAndBrowser();
/** The page checks the content (schema, the engine's key played) before it shows the PGI. */
const CHECKED = { timeout: 20_000 };

const SCENARIO_TEXT = readFileSync("scenarios/02-depassement-d-encours.json", "utf8");
const CHAIN_TEXT = readFileSync("scenarios/05-chaine-complete-livraison-partielle-acompte.json", "utf8");

const modules = (page: Page) => page.getByRole("navigation", { name: "Modules du PGI" });

/** The ids under which the browser keeps games. */
async function savedGames(page: Page): Promise<string[]> {
  await afterIdleWrites(page);
  return page.evaluate((key) => Object.keys((JSON.parse(localStorage.getItem(key) ?? "{}") as { state?: { attempts?: object } }).state?.attempts ?? {}), STORAGE_KEY);
}

describe("un lien de partage ouvert par un élève", { timeout: 90_000 }, () => {
  it("joue le scénario qu'il porte, enregistré à part du scénario livré, et le reprend après un rechargement", async () => {
    const { page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    page.setDefaultTimeout(10_000);
    const link = encodeShareLink("scenario", SCENARIO_TEXT, `${site().url}/partage/`);
    await page.goto(link);
    await modules(page).waitFor(CHECKED);

    // The first decision of the scenario, as in its bundled journey.
    await choose(page, "Compte trouvé dans le fichier clients");
    await select(page, "Compte du client", "C0207 — Imprimerie Touraine Graphic");
    expectRight(await submitCheck(page, "Valider le compte client"));
    const played = await checklist(page);
    expect(played[0]).toBe("1. Compte client : le trouver ou le créer : fait, juste");
    expect(await savedGames(page)).toEqual([`partage:depassement-d-encours:${fnv1a64(SCENARIO_TEXT)}`]);

    await page.reload();
    await modules(page).waitFor(CHECKED);
    await stageReady(page);
    expect(page.url()).toBe(link);
    expect(await checklist(page)).toEqual(played);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("explique en français un lien coupé en le copiant, sans rien jouer", async () => {
    const { page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    const link = encodeShareLink("scenario", SCENARIO_TEXT, `${site().url}/partage/`);
    await page.goto(link.slice(0, 1_200));
    const alert = page.getByRole("alert").filter({ hasText: "Ce lien ne peut pas être ouvert" });
    await alert.waitFor(CHECKED);
    expect(await textOf(alert)).toContain("lien abîmé : il est incomplet : il a sans doute été coupé en le copiant.");
    expect(await modules(page).count()).toBe(0);
    expect(await savedGames(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("l'aperçu d'un document de la bibliothèque", { timeout: 90_000 }, () => {
  it("commence à l'étape 3 avec la commande traitée, et n'enregistre aucune partie", async () => {
    const { page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    page.setDefaultTimeout(10_000);
    const notFound: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
    });
    await page.goto(`${site().url}/partage/`);
    const record = { id: "chaine", kind: "scenario", title: "Chaîne complète (ma version)", text: CHAIN_TEXT, updatedAt: "2026-12-01T08:00:00.000Z", revision: 1 };
    await page.evaluate(
      ({ database, store, envelope }) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open(database);
          opening.onupgradeneeded = () => opening.result.createObjectStore(store);
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const transaction = opening.result.transaction(store, "readwrite");
            transaction.objectStore(store).put(envelope, envelope.record.id);
            transaction.oncomplete = () => {
              opening.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { database: LIBRARY_DATABASE, store: LIBRARY_STORE, envelope: { version: LIBRARY_VERSION, record } },
    );

    await page.goto(`${site().url}/enseignant/apercu/?id=chaine&etape=invoicing`);
    await modules(page).waitFor(CHECKED);
    const banner = page.getByRole("region", { name: "Aperçu" });
    expect(await textOf(banner)).toContain("Aperçu — rien n'est enregistré");
    expect(await banner.getByRole("link", { name: "Retour à l'éditeur" }).getAttribute("href")).toBe("../../enseignant/scenario/?id=chaine");
    expect(await textOf(page.getByLabel("Entreprise et date simulée"))).toContain("Étape en cours : Facturation");
    const orders = await openModule(page, "Commandes");
    expect(await textOf(orders)).toContain("Émis (AR-2026-00001)");
    expect(await page.getByLabel("Commencer à l'étape :").inputValue()).toBe("invoicing");
    expect(await savedGames(page)).toEqual([]);
    // The editors' routes (other pages of the teacher's space) may not be built yet: their prefetch is the only 404 allowed.
    expect(notFound.filter((path) => !/^\/enseignant\/(?:scenario\/|quiz\/)?(?:index\.txt)?$/u.test(path))).toEqual([]);
    expect(errors.filter((error) => !error.startsWith("Failed to load resource: the server responded with a status of 404"))).toEqual([]);
    await page.context().close();
  });
});
