/**
 * A failing browser never loses a game (issue 10, points 8–11): storage refused, storage full before
 * and during a game, and every kind of damaged save, each with its French message and all that could
 * be kept. The faults are made by init scripts, as a locked-down profile or a full disk would.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterIdleWrites } from "./support/idle";
import { describe, expect, it } from "vitest";
import { BACKUP_KEY, STORAGE_KEY, STORE_VERSION } from "@/store/appStore";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { plain, showScreenOnFailure } from "./support/learner";
import { bundledScenario, savedGame } from "./support/savedGame";

const { site, browser } = siteAndBrowser();
/** The page hydrates after `networkidle`: on a loaded machine that takes more than the default second. */
const PATIENCE = { timeout: 10_000 };

const IN_PROGRESS = bundledScenario("depassement-d-encours").title;
const FINISHED = bundledScenario("mentions-manquantes").title;
const fixture = (version: number) => readFileSync(`store/fixtures/version-${version}.json`, "utf8");

const MEMORY_ONLY =
  "Ce navigateur refuse l'enregistrement (navigation privée ou profil verrouillé)\u00a0: vos parties ne seront pas conservées après la fermeture de l'onglet.";
const FULL = "L'espace de ce navigateur est plein\u00a0: vos derniers coups ne sont pas enregistrés.";
const UNREADABLE_JSON = "Votre sauvegarde dans ce navigateur n'a pas pu être relue\u00a0: le texte enregistré est tronqué ou n'est pas du JSON. L'atelier repart de zéro.";
const NOT_A_SAVE = "Votre sauvegarde dans ce navigateur n'a pas pu être relue\u00a0: elle ne contient ni partie ni calculette. L'atelier repart de zéro.";
const COPY_KEPT = "Une copie de l'ancienne sauvegarde est conservée dans ce navigateur.";

/** A profile whose `localStorage` getter throws, as a locked-down school profile does. */
async function refuseStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
}

/**
 * A storage with a quota of `e2e-quota` characters (keys and values, as browsers count), read from
 * sessionStorage so that the test can lower it in the middle of a game: a write beyond it throws a
 * QuotaExceededError; freeing room makes the next write pass.
 */
async function limitStorage(context: BrowserContext, initialQuota?: number): Promise<void> {
  await context.addInitScript((quota) => {
    if (quota !== null && sessionStorage.getItem("e2e-quota") === null) sessionStorage.setItem("e2e-quota", String(quota));
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      const limit = Number(sessionStorage.getItem("e2e-quota") ?? Infinity);
      if (this === window.localStorage) {
        let used = key.length + value.length;
        for (let i = 0; i < this.length; i += 1) {
          const other = this.key(i);
          if (other !== null && other !== key) used += other.length + (this.getItem(other) ?? "").length;
        }
        if (used > limit) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      realSetItem.call(this, key, value);
    };
  }, initialQuota ?? null);
}

/** The saved text of the first visit only: a reload shows what the app made of it. */
async function seedOnce(context: BrowserContext, text: string): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem("e2e-seeded")) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem("e2e-seeded", "1");
    },
    [STORAGE_KEY, text] as const,
  );
}

async function askHint(page: Page): Promise<number> {
  const hints = page.getByRole("region", { name: "Indices" }).locator("li");
  const before = await hints.count();
  await page.getByRole("button", { name: /Demander un indice/ }).click();
  await expect.poll(() => hints.count(), PATIENCE).toBe(before + 1);
  return before + 1;
}

const hintCount = (page: Page) => page.getByRole("region", { name: "Indices" }).locator("li").count();
const notice = (page: Page, name: string) => page.getByRole("main").getByRole(name === "Enregistrement des parties" ? "status" : "alert", { name });
/** What the browser holds under `key`, once the store's writes waiting for an idle moment are done (docs/decisions/0150). */
async function stored(page: Page, key: string): Promise<string | null> {
  await afterIdleWrites(page);
  return page.evaluate((k) => localStorage.getItem(k), key);
}

async function visit(page: Page, route: string): Promise<void> {
  await page.goto(`${site().url}${route}`, { waitUntil: "networkidle" });
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

describe("a browser that refuses storage", () => {
  it("every page loads, a polite French banner says why, a game is played in memory", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await refuseStorage(context);
    for (const route of ["/", "/scenarios/", "/calculette/", "/glossaire/"]) {
      await visit(page, route);
      const banner = notice(page, "Enregistrement des parties");
      await expect.poll(() => banner.textContent(), PATIENCE).toContain(MEMORY_ONLY);
    }
    await visit(page, "/scenarios/depassement-d-encours/");
    const banner = notice(page, "Enregistrement des parties");
    await banner.waitFor();
    await page.screenshot({ path: "/tmp/storage-memory-only.png" });
    expect(await banner.getByRole("button", { name: "Télécharger ma sauvegarde (.json)" }).count()).toBe(1);
    expect(await askHint(page)).toBe(1);
    expect(await askHint(page)).toBe(2);
    await banner.getByRole("button", { name: "J'ai compris" }).focus();
    await page.keyboard.press("Enter");
    expect(await banner.count()).toBe(0);
    expect(await hintCount(page)).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a full browser", () => {
  it("full before a game: the page loads, the game goes on, the notice says nothing is saved and offers the export", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await limitStorage(context, 0);
    await visit(page, "/");
    await visit(page, "/scenarios/depassement-d-encours/");
    const full = notice(page, "Partie non enregistrée");
    await expect.poll(() => full.textContent(), PATIENCE).toContain(FULL);
    expect(await askHint(page)).toBe(1);
    await full.getByText("Libérer de la place : choisir ce qui peut être supprimé").click();
    expect(await full.getByRole("checkbox", { name: new RegExp(`« ${IN_PROGRESS} » — partie en cours, enregistrée le`, "u") }).count()).toBe(1);
    const download = page.waitForEvent("download");
    await full.getByRole("button", { name: "Télécharger ma sauvegarde (.json)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^atelier-grc-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/u);
    const exported = JSON.parse(readFileSync((await file.path())!, "utf8")) as { version: number; state: { attempts: Record<string, unknown> } };
    expect(exported.version).toBe(STORE_VERSION);
    expect(Object.keys(exported.state.attempts)).toEqual(["depassement-d-encours"]);
    expect(await stored(page, STORAGE_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("full during a game: the notice appears, play goes on, deleting a finished game saves everything again", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await limitStorage(context);
    // A learner who finished a scenario earlier (the version-2 fixture), starting another one.
    const earlier = JSON.parse(fixture(2)) as { state: { attempts: Record<string, unknown> } };
    delete earlier.state.attempts["depassement-d-encours"];
    await seedOnce(context, JSON.stringify(earlier));
    await visit(page, "/scenarios/depassement-d-encours/");
    await askHint(page);
    // The browser is now full: the next moves do not fit.
    await page.evaluate(() => {
      let used = 0;
      for (let i = 0; i < localStorage.length; i += 1) used += (localStorage.key(i) ?? "").length + (localStorage.getItem(localStorage.key(i) ?? "") ?? "").length;
      sessionStorage.setItem("e2e-quota", String(used + 10));
    });
    expect(await askHint(page)).toBe(2);
    const full = notice(page, "Partie non enregistrée");
    await expect.poll(() => full.textContent(), PATIENCE).toContain(FULL);
    const savedBefore = JSON.parse((await stored(page, STORAGE_KEY)) ?? "null") as { state: { attempts: Record<string, unknown> } };
    expect(Object.keys(savedBefore.state.attempts).sort()).toEqual(["depassement-d-encours", "mentions-manquantes"]);
    await full.getByText("Libérer de la place : choisir ce qui peut être supprimé").click();
    const choices = (await full.locator("label").allTextContents()).map(plain);
    expect(choices).toHaveLength(2);
    expect(choices[0]).toBe(`« ${FINISHED} » — partie terminée`);
    expect(choices[1]).toMatch(new RegExp(`^« ${IN_PROGRESS} » — partie en cours, enregistrée le \\d+ \\S+ 20\\d\\d à \\d\\d:\\d\\d$`, "u"));
    await full.getByRole("checkbox", { name: new RegExp(`^«\\s${FINISHED}\\s»`, "u") }).check();
    await page.screenshot({ path: "/tmp/storage-full.png" });
    await full.getByRole("button", { name: "Supprimer la sélection et réessayer l'enregistrement" }).click();
    await expect.poll(() => full.count(), PATIENCE).toBe(0);
    const saved = JSON.parse((await stored(page, STORAGE_KEY)) ?? "null") as { state: { attempts: Record<string, unknown> } };
    expect(Object.keys(saved.state.attempts)).toEqual(["depassement-d-encours"]);
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => hintCount(page), PATIENCE).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a reload after a failed write goes back to what was saved, as the notice said", async () => {
    const { context, page, errors } = await openPage(browser());
    await limitStorage(context);
    await visit(page, "/scenarios/depassement-d-encours/");
    await askHint(page);
    // The game is written when the browser is idle (docs/decisions/0136): the first hint is saved before the storage fills up.
    await expect.poll(async () => (await stored(page, STORAGE_KEY)) ?? "", PATIENCE).toContain('"hintsUsedOnCurrent":1');
    await page.evaluate(() => sessionStorage.setItem("e2e-quota", "0"));
    await askHint(page);
    await expect.poll(() => notice(page, "Partie non enregistrée").textContent(), PATIENCE).toContain("si vous rechargez la page, vous reprendrez au dernier coup enregistré");
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => hintCount(page), PATIENCE).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The notice after a damaged save, its text, and the copy under BACKUP_KEY. */
async function recovered(text: string, route = "/scenarios/"): Promise<{ page: Page; message: string; backup: string | null; close: () => Promise<void>; errors: string[] }> {
  const { context, page, errors } = await openPage(browser());
  showScreenOnFailure(page);
  await seedOnce(context, text);
  await visit(page, route);
  const alert = notice(page, "Sauvegarde récupérée");
  await alert.waitFor();
  return { page, message: (await alert.textContent()) ?? "", backup: await stored(page, BACKUP_KEY), close: () => context.close(), errors };
}

describe("a damaged save", () => {
  it.each([
    ["truncated JSON", fixture(2).slice(0, 11_969)],
    ["binary junk", "\u0000\u0001PK\u0003\u0004\uFFFD\u00FF\u0007 ÿØÿà JFIF"],
  ])("%s: the French reason without the parser's words nor the junk, and the copy kept", async (_kind, text) => {
    const { message, backup, close, errors } = await recovered(text);
    expect(message).toContain(UNREADABLE_JSON);
    expect(message).toContain(COPY_KEPT);
    expect(message).not.toMatch(/position|Unexpected|Unterminated|JSON at|PK|JFIF|Chaise/u);
    expect(backup).toBe(text);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([["null"], ['"bonjour"']])("the whole value %s: a notice, a fresh start, the copy kept", async (text) => {
    const { message, backup, close, errors } = await recovered(text);
    expect(message).toContain(NOT_A_SAVE);
    expect(message).toContain(COPY_KEPT);
    expect(backup).toBe(text);
    expect(errors).toEqual([]);
    await close();
  });

  it("a wrong status: the game is kept, its status recomputed, the learner told which one", async () => {
    const save = JSON.parse(fixture(2)) as { state: { attempts: Record<string, { status: string }> } };
    save.state.attempts["mentions-manquantes"]!.status = "fini";
    const text = JSON.stringify(save);
    const { page, message, backup, close, errors } = await recovered(text);
    expect(message).toContain(`Parties gardées, dont l'état (en cours ou terminée) a été recalculé\u00a0:«\u00a0${FINISHED}\u00a0»`);
    expect(message).toContain(COPY_KEPT);
    expect(backup).toBe(text);
    expect(await page.getByRole("link", { name: `Rejouer : ${FINISHED}` }).count()).toBe(1);
    expect(await page.getByRole("link", { name: `Reprendre : ${IN_PROGRESS}` }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("a save from a newer version (an old cached app met it): not read, never written over, and said so", async () => {
    const text = JSON.stringify({ state: { games: { "depassement-d-encours": { hash: "9f2c" } } }, version: STORE_VERSION + 1 });
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await seedOnce(context, text);
    await visit(page, "/calculette/");
    const alert = notice(page, "Sauvegarde d'une version plus récente");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `Votre sauvegarde a été enregistrée par une version plus récente de l'atelier (version ${STORE_VERSION + 1}), que cette page ne sait pas relire\u00a0: elle est gardée telle quelle, et ce que vous faites ici ne sera pas enregistré.`,
    );
    // The learner types in this old page: the newer save is still there, whole, and nothing was copied over it.
    await page.getByLabel("Prix unitaire HT, ligne 1").fill("99");
    await expect.poll(() => page.getByLabel("Prix unitaire HT, ligne 1").inputValue()).toBe("99");
    expect(await stored(page, STORAGE_KEY)).toBe(text);
    expect(await stored(page, BACKUP_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the saves of earlier versions", () => {
  it.each([0, 1])("version %i: the calculator's draft is back, with no notice", async (version) => {
    const { context, page, errors } = await openPage(browser());
    await seedOnce(context, fixture(version));
    await visit(page, "/calculette/");
    await expect.poll(() => page.getByLabel("Désignation, ligne 1").inputValue(), PATIENCE).toBe("Chaise visiteur");
    expect(await page.getByLabel("Prix unitaire HT, ligne 2").inputValue()).toBe("80");
    expect(await page.getByRole("main").getByRole("alert").allTextContents()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("version 2: the finished game and the game in progress are back, and the game resumes", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await seedOnce(context, fixture(2));
    await visit(page, "/scenarios/");
    await page.getByRole("link", { name: `Rejouer : ${FINISHED}` }).waitFor();
    await page.getByRole("link", { name: `Reprendre : ${IN_PROGRESS}` }).click();
    await page.getByRole("heading", { name: IN_PROGRESS, level: 1 }).waitFor();
    expect(await page.getByRole("main").getByRole("alert").allTextContents()).toEqual([]);
    expect(await stored(page, BACKUP_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the last save that held its scenario (version 3)", () => {
  it("the game in progress resumes on today's scenario with no notice, and is written back without the scenario's copies", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    const text = fixture(3);
    await seedOnce(context, text);
    await visit(page, "/scenarios/nouveau-client-par-telephone/");
    await page.getByRole("navigation", { name: "Modules du PGI" }).waitFor(PATIENCE);
    expect(await page.getByRole("main").getByRole("alert").allTextContents()).toEqual([]);
    await askHint(page);
    const saved = (await stored(page, STORAGE_KEY)) ?? "";
    expect(JSON.parse(saved)).toMatchObject({ version: STORE_VERSION, state: { attempts: { "nouveau-client-par-telephone": { scenarioHash: expect.stringMatching(/^[0-9a-f]{16}$/u) } } } });
    expect(saved).not.toContain(bundledScenario("nouveau-client-par-telephone").title);
    expect(saved.length).toBeLessThan(text.length * 0.7);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a game saved on another version of its scenario", () => {
  it("is not restored: the French notice has the focus, the keyboard starts again, the old game is set aside, a reload resumes the new one", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    const scenario = bundledScenario("depassement-d-encours");
    // The game was played before the teacher retitled the scenario: same id, other content.
    await seedOnce(context, savedGame({ ...scenario, title: `${scenario.title} (première version)` }));
    await visit(page, "/scenarios/depassement-d-encours/");
    const changed = page.getByRole("alert", { name: "Partie enregistrée sur une autre version du scénario" });
    await changed.waitFor(PATIENCE);
    expect(await changed.textContent()).toMatch(
      /Ce scénario a été modifié depuis votre dernière partie \(partie enregistrée le \d\d\/\d\d\/20\d\d\)\u00a0: votre partie ne peut pas reprendre telle quelle\./u,
    );
    expect(await changed.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByRole("navigation", { name: "Modules du PGI" }).count()).toBe(0);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Recommencer le scénario");
    await page.keyboard.press("Enter");
    await page.getByRole("navigation", { name: "Modules du PGI" }).waitFor(PATIENCE);
    expect(await askHint(page)).toBe(1);
    const saved = JSON.parse((await stored(page, STORAGE_KEY)) ?? "null") as { state: { attempts: Record<string, { runs: number; setAside?: { status: string } }> } };
    expect(saved.state.attempts["depassement-d-encours"]).toMatchObject({ runs: 2, setAside: { status: "inProgress" } });
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => hintCount(page), PATIENCE).toBe(1);
    expect(await changed.count()).toBe(0);
    // The library shows what the game set aside had reached, under the new game's status.
    await visit(page, "/scenarios/");
    const card = page.getByRole("article", { name: IN_PROGRESS });
    await card.getByText("En cours", { exact: true }).waitFor(PATIENCE);
    expect(await card.getByText(/^Partie précédente/u).textContent()).toMatch(/^Partie précédente \(version antérieure du scénario\)\u00a0: laissée en cours le \d{1,2}(er)?\u00a0[a-zéû]+\u00a020\d\d\.$/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
