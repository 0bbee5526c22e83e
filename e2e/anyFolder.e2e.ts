/**
 * The built site, unchanged, from a school server's sub-folder and from a local file (a USB key,
 * a shared drive): the styles apply, the pages hydrate, the `import()` chunks load (the quiz run,
 * the stage panels, the PDF library), and every page is reached by clicking its links, without a
 * request outside the site's folder (docs/decisions/0124). In both, a learner goes from the home
 * page to the glossary, a quiz, then a scenario played to the end with its PDF downloaded.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { controlTarget, homePage, openScenario, readReview, showScreenOnFailure, taskPanel, textOf } from "./support/learner";
import { markEveryAnomaly, TITLE } from "./support/scenario07";
import { pdfText, timedDownload } from "./support/pdf";
import { press } from "./support/quizLearner";

const SUB_FOLDER = "/~prof/atelier";
const PATIENCE = { timeout: 15_000 };

const { site, browser } = siteAndBrowser({ prefix: SUB_FOLDER });

/**
 * Every request that failed or was answered with an error, as "<status> <address>". A request
 * the browser cancels because the learner left the page (net::ERR_ABORTED, a chunk still coming
 * when a link is clicked) is not one: a missing file answers 404 on a server and
 * net::ERR_FILE_NOT_FOUND from a file.
 */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "échec";
    if (error !== "net::ERR_ABORTED") failed.push(`${error} ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return failed;
}

/** The address of a page of the site: its folder on a server, its index.html from a file. */
function pageAddress(siteUrl: string, route: string): string {
  return siteUrl.startsWith("file:") ? `${siteUrl}${route}index.html` : `${siteUrl}${route}`;
}

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Navigation principale" });

/** The site's own styles, read from the computed style of the header (not the browser's defaults). */
async function headerStyle(page: Page): Promise<{ display: string; background: string }> {
  return page.locator(".site-header").evaluate((header) => {
    const style = getComputedStyle(header);
    return { display: style.display, background: style.backgroundColor };
  });
}

async function visitEverything(siteUrl: string): Promise<void> {
  const { context, page, errors } = await openPage(browser());
  showScreenOnFailure(page);
  page.setDefaultTimeout(5_000);
  const failed = failedRequests(page);
  onTestFailed(() => console.log(`Requêtes en échec : ${JSON.stringify(failed)}\nErreurs de la console : ${JSON.stringify(errors)}`));

  await page.goto(homePage(siteUrl), { waitUntil: "networkidle" });
  expect(await headerStyle(page)).toEqual({ display: "flex", background: "rgb(19, 41, 75)" });
  expect(await mainNavigation(page).getByRole("link", { name: "Accueil", exact: true }).getAttribute("aria-current")).toBe("page");

  // The glossary, by the header's link.
  await mainNavigation(page).getByRole("link", { name: "Glossaire", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Glossaire de la relation client" }).waitFor();
  expect(page.url()).toBe(pageAddress(siteUrl, "/glossaire/"));
  expect(await mainNavigation(page).getByRole("link", { name: "Glossaire", exact: true }).getAttribute("aria-current")).toBe("page");

  // A quiz, by the keyboard: its run is an import() chunk, loaded once the page is shown.
  await press(page, mainNavigation(page).getByRole("link", { name: "Quiz", exact: true }));
  await page.getByRole("heading", { level: 1, name: "Quiz d'autoévaluation" }).waitFor();
  expect(page.url()).toBe(pageAddress(siteUrl, "/quiz/"));
  await press(page, page.getByRole("link", { name: "La facture dans le processus de vente", exact: true }));
  await page.getByRole("heading", { level: 1, name: "La facture dans le processus de vente" }).waitFor();
  expect(page.url()).toBe(pageAddress(siteUrl, "/quiz/facturation/"));
  await press(page, page.getByRole("button", { name: "Commencer le quiz" }));
  await page.getByRole("heading", { level: 2, name: /^Question 1 sur 10/u }).waitFor(PATIENCE);

  // A scenario from the library, played to the end; its invoice downloaded as a PDF.
  await mainNavigation(page).getByRole("link", { name: "Scénarios", exact: true }).click();
  await page.getByRole("heading", { name: "Bibliothèque des scénarios", level: 1 }).waitFor();
  expect(page.url()).toBe(pageAddress(siteUrl, "/scenarios/"));
  await openScenario(page, TITLE);
  expect(page.url()).toBe(pageAddress(siteUrl, "/scenarios/controle-facture-reforme-grande-entreprise/"));
  expect(await textOf(controlTarget(page, "Total TTC"))).toMatch(/10 226,87 €/u);

  const { download } = await timedDownload(page, taskPanel(page).getByRole("button", { name: "Télécharger la facture à contrôler (PDF)" }));
  expect(download.suggestedFilename()).toMatch(/^FA-2026-04127.*\.pdf$/u);
  const text = await pdfText(download);
  expect(text).toContain("FA-2026-04127");
  expect(text).toContain("10 226,87 €");

  await markEveryAnomaly(page);
  await taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click();
  const bilan = await readReview(page);
  expect(bilan.overallPercent).toBe("100 %");

  // The teacher's space: a bundled scenario copied, its text fetched from the site's folder; from a
  // file, where browsers refuse that fetch, the page says why instead.
  await mainNavigation(page).getByRole("link", { name: "Espace enseignant", exact: true }).click();
  await page.getByText("Copier un scénario livré, ou lire son corrigé").click();
  await page.getByRole("button", { name: `Copier dans ma bibliothèque : ${TITLE}` }).click();
  const copied = siteUrl.startsWith("file:") ? /ouvrez l'atelier depuis un serveur \(celui du lycée, par exemple\) pour copier un scénario livré/u : /\(copie\)\s» est créé dans votre bibliothèque\./u;
  await page.getByText(copied).waitFor(PATIENCE);

  // Back home by the brand's link: the page's own folder, never the domain's root.
  await page.getByRole("link", { name: "Atelier GRC" }).first().click();
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  expect(page.url()).toBe(homePage(siteUrl));

  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}

describe("Le site construit, sans changement, hors de la racine d'un domaine", () => {
  it("depuis un sous-dossier d'un serveur : styles, pages, quiz, scénario joué jusqu'au bout et PDF", async () => {
    await visitEverything(site().url);
    expect(site().outside).toEqual([]);
  }, 120_000);

  it("ouvert comme un fichier local (clé USB) : les mêmes pages, par les mêmes liens", async () => {
    await visitEverything(pathToFileURL(resolve("out")).href);
  }, 120_000);
});
