/**
 * Offline after the first visit (issue 14, docs/decisions/0128): the home page visited once, the
 * worker installed, then the network cut (the browser offline and the server stopped): the page
 * reloads, the library and a scenario are reached by their links, the invoice control of exercise
 * 7 is played to 100 % and the invoice's PDF downloaded and read. Then a new version is published
 * (a copy of out/ whose sw.js differs, at the same address): online again, the banner offers it,
 * « Mettre à jour » reloads the page under the new worker, and the game played offline is still there.
 * The time from the first visit to the worker controlling the page is printed (the ADR's figure).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { sharedBrowser } from "./support/fixtures";
import { violations } from "./support/axe";
import { openScenario, readReview, review, showScreenOnFailure, tabTo, taskPanel, textOf } from "./support/learner";
import { markEveryAnomaly, TITLE } from "./support/scenario07";
import { pdfText, timedDownload } from "./support/pdf";
import { startStaticServer, type StaticServer } from "./support/server";

/** Installing means downloading the whole site (≈ 13 Mio): seconds on a loaded machine. */
const PATIENCE = { timeout: 45_000 };
/** The whole journey, two installs included. */
const JOURNEY_TIMEOUT = 180_000;

const browser = sharedBrowser();
let site: StaticServer;
let newVersion: string;

beforeAll(async () => {
  site = await startStaticServer("out");
  newVersion = mkdtempSync(join(tmpdir(), "atelier-nouvelle-version-"));
});
afterAll(async () => {
  await site.close();
  rmSync(newVersion, { recursive: true, force: true });
});

/** The version the worker controlling the page precaches, read from the cache it uses. */
async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** out/ as the next build would publish it: the same site, a worker of another version. */
function publishNewVersion(folder: string): string {
  cpSync("out", folder, { recursive: true });
  const worker = join(folder, "sw.js");
  const text = readFileSync(worker, "utf8");
  const version = /"version":"([0-9a-f]+)"/u.exec(text)?.[1];
  if (!version) throw new Error("sw.js sans version : lancez « npm run build ».");
  writeFileSync(worker, text.replace(`"version":"${version}"`, `"version":"${version}-suivante"`));
  return `atelier-grc-${version}-suivante`;
}

describe("Hors connexion après la première visite", () => {
  it("joue un scénario et télécharge son PDF sans réseau, puis propose la nouvelle version et garde la partie", async () => {
    const { context, page, errors } = await openPage(browser(), undefined, "allow");
    showScreenOnFailure(page);
    page.setDefaultTimeout(10_000);

    // The first visit: the worker installs the whole site, then controls the page.
    const visited = performance.now();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, PATIENCE);
    console.log(`Worker installé et aux commandes en ${Math.round(performance.now() - visited)} ms après la première visite.`);
    const [firstCache] = await cacheNames(page);
    expect(firstCache).toMatch(/^atelier-grc-[0-9a-f]{16}$/u);

    // The network goes down: the browser is offline and the school's server stopped.
    await context.setOffline(true);
    const port = Number(new URL(site.url).port);
    await site.close();
    await page.reload();
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Scénarios", exact: true }).click();
    await page.getByRole("heading", { name: "Bibliothèque des scénarios", level: 1 }).waitFor();
    await openScenario(page, TITLE);

    // The invoice to control, as a PDF: the PDF library and the fonts come from the cache too.
    const { download } = await timedDownload(page, page.getByRole("button", { name: "Télécharger la facture à contrôler (PDF)" }));
    const printed = await pdfText(download);
    expect(printed).toContain("FA-2026-04127");
    expect(printed).toContain("10 226,87 €");

    await markEveryAnomaly(page);
    await taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click();
    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^10 \/ 10 points 100 %/u);

    // A new version is published at the same address; the learner comes back online and reloads.
    const newCache = publishNewVersion(newVersion);
    site = await startStaticServer(newVersion, { port });
    await context.setOffline(false);
    await page.reload();
    const banner = page.getByRole("status", { name: "Nouvelle version" });
    await banner.waitFor(PATIENCE);
    expect(await textOf(banner)).toContain("Une nouvelle version de l'atelier est disponible.");
    await page.screenshot({ path: "/tmp/offline-update-banner.png" });
    // Nothing reloads by itself: the page is the same until the learner chooses.
    expect(await cacheNames(page)).toEqual(expect.arrayContaining([firstCache]));

    expect(await violations(page)).toEqual([]);

    // Applied from the keyboard, as any control of the atelier.
    const update = banner.getByRole("button", { name: "Mettre à jour" });
    await tabTo(page, update);
    await Promise.all([page.waitForEvent("load", PATIENCE), page.keyboard.press("Enter")]);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, PATIENCE);
    expect(await cacheNames(page)).toEqual([newCache]);
    expect(await banner.count()).toBe(0);

    // The game played offline is read by the new version: its review, at 100 %.
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    expect(await textOf(review(page))).toMatch(/10 \/ 10 points/u);
    expect(errors).toEqual([]);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
