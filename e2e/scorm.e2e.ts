/**
 * Issue 14: an LMS package played in an LMS. scorm-again's Scorm12API is the LMS, on a parent page
 * with the package's launch page in an iframe, as Moodle plays a SCO. The learner plays three
 * decisions, leaves (the page is closed), comes back with what the LMS kept, resumes at the same
 * check and finishes: interactions, score and status read back from the API's cmi. Without an
 * LMS, the same page plays and saves in the browser (docs/decisions/0126).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeResume, fnv1a64, formatDateFr, learnerVariantSeed, variantOf } from "@/domain";
import { addProfile, EMPTY_REGISTRY, PROFILES_KEY, registryText, type ProfileRegistry } from "@/store/profiles";
import { STORAGE_KEY } from "@/store/appStore";
import { openPage } from "./support/browser";
import { afterIdleWrites } from "./support/idle";
import { sharedBrowser } from "./support/fixtures";
import { checklist, currentCheck, plain, readReview, showScreenOnFailure } from "./support/learner";
import { accountAndSolvency, creditExceeded, fromConditionsToDecision } from "./support/scenario02";
import { buildPackageFromOut, extractPackage } from "./support/scormZip";
import { startStaticServer, type StaticServer } from "./support/server";

/** The text the package carries: the launch page keys the game it saves on it. */
const SCENARIO_TEXT = readFileSync("scenarios/02-depassement-d-encours.json", "utf8");
const CHECKED = { timeout: 30_000 };

/**
 * The LMS's page: Scorm12API as `window.API`, started from the cmi of `#cmi` in the address (what
 * the LMS kept of the previous attempt), and the package's launch page in an iframe.
 */
const LMS_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,"><script src="scorm12.min.js"></script></head>
<body>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  const saved = decodeURIComponent(location.hash.slice(1));
  window.API.loadFromJSON(saved ? JSON.parse(saved) : { core: { student_name: "Martin, Léa", entry: "ab-initio" } }, "");
</script>
<iframe id="sco" src="activite/index.html" title="Activité" style="width:1366px;height:900px;border:0"></iframe>
</body></html>`;

type Cmi = { suspend_data: string; core: { lesson_status: string; exit: string; entry: string; session_time: string; score: { raw: string; min: string; max: string } }; interactions: Record<string, { id: string; type: string; result: string; student_response: string }> };

let server: StaticServer | undefined;
const browser = sharedBrowser();
const site = () => server as StaticServer;

/** The package `npm run package:scorm` makes of a bundled activity, unpacked as Moodle does, under the LMS's page, served as a site. */
function lmsSite(id: string, options: readonly string[] = []): Promise<StaticServer> {
  const folder = extractPackage(buildPackageFromOut(id, options));
  writeFileSync(join(folder, "index.html"), LMS_PAGE);
  copyFileSync("node_modules/scorm-again/dist/scorm12.min.js", join(folder, "scorm12.min.js"));
  return startStaticServer(folder);
}

beforeAll(async () => {
  server = await lmsSite("depassement-d-encours", ["--seuil", "80"]);
});
afterAll(async () => {
  await server?.close();
});

/** What the page asked for that the package lacks: nothing (a glossary term opens its definition in place there). */
function watchMissing(page: Page): () => string[] {
  const missing = new Set<string>();
  page.on("response", (response) => {
    if (response.status() === 404) missing.add(new URL(response.url()).pathname);
  });
  return () => [...missing].sort();
}


/** The learner helpers query by role only (mouse): the package's frame answers them as a page does. */
async function packageFrame(page: Page): Promise<Page> {
  const element = await page.waitForSelector("#sco");
  return (await element.contentFrame()) as Frame as unknown as Page;
}

async function activityFrame(page: Page): Promise<Page> {
  const frame = await packageFrame(page);
  await frame.getByRole("navigation", { name: "Modules du PGI" }).waitFor(CHECKED);
  return frame;
}

/** The learners a shared computer already knows, in every page of the site (not in about:blank, which has no storage). */
async function seedProfiles(context: BrowserContext, registry: ProfileRegistry): Promise<void> {
  await context.addInitScript(([key, text]) => {
    if (location.protocol.startsWith("http")) localStorage.setItem(key, text);
  }, [PROFILES_KEY, registryText(registry)] as const);
}

const cmiOf = (page: Page) => page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject: () => { cmi: unknown } } }).API.renderCMIToJSONObject().cmi) as Promise<Cmi>;

describe("un paquet SCORM 1.2 dans une plateforme (scorm-again)", { timeout: 180_000 }, () => {
  it("enregistre chaque décision, reprend après une sortie au milieu, puis note la fin", async () => {
    const first = await openPage(browser());
    const firstMissing = watchMissing(first.page);
    showScreenOnFailure(first.page);
    first.page.setDefaultTimeout(10_000);
    await first.page.goto(`${site().url}/`);
    let sco = await activityFrame(first.page);
    expect(await first.page.evaluate(() => (window as unknown as { API: { isInitialized: () => boolean } }).API.isInitialized())).toBe(true);
    // The LMS's learner is this browser's learner: the name of the results file.
    expect(await first.page.evaluate((key) => localStorage.getItem(key), PROFILES_KEY)).toContain('"pseudonym":"Léa Martin"');
    // The header of the kiosk: no site navigation.
    expect(await sco.getByRole("navigation", { name: "Navigation principale" }).count()).toBe(0);

    await accountAndSolvency(sco);
    // A glossary term under the feedback opens its definition in place: a package has no glossary page.
    await sco.locator(".term-button").first().click();
    const definition = sco.getByRole("dialog");
    await definition.getByRole("heading").waitFor();
    expect((await definition.locator("p").first().textContent())?.length).toBeGreaterThan(20);
    // No way out of the package: no link to the glossary page in its dialog.
    expect(await definition.getByRole("link").count()).toBe(0);
    await definition.getByRole("button", { name: "Fermer" }).click();
    await definition.waitFor({ state: "detached" });
    await creditExceeded(sco);
    const played = await checklist(sco);
    const midway = await cmiOf(first.page);
    expect(Object.values(midway.interactions).map(({ id, type, result }) => `${id} ${type} ${result}`)).toEqual(["intake_account fill-in correct", "intake_solvency fill-in correct", "intake_credit fill-in correct"]);
    expect(midway.interactions["0"]?.student_response).toBe("Compte existant C0207");
    expect(midway.core.lesson_status).toBe("incomplete");
    expect(midway.suspend_data).toMatch(/^[JZ]/u);
    await first.page.screenshot({ path: "/tmp/scorm-milieu.png" });

    // The learner closes the page: pagehide says « suspend » to the LMS.
    const frameUrl = sco.url();
    await sco.goto("about:blank");
    const left = await cmiOf(first.page);
    expect(left.core.exit).toBe("suspend");
    expect(left.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/u);
    expect(frameUrl).toMatch(/\/activite\/(index\.html)?$/u);
    expect(firstMissing()).toEqual([]);
    expect(first.errors).toEqual([]);
    await first.context.close();

    // Another day, another browser, a shared computer where Tom played before: only the LMS knows the game.
    const second = await openPage(browser());
    const secondMissing = watchMissing(second.page);
    showScreenOnFailure(second.page);
    second.page.setDefaultTimeout(10_000);
    const tom = addProfile(EMPTY_REGISTRY, "Tom", "p-tom", new Date("2026-12-03T08:00:00Z"));
    if (!tom.ok) throw new Error(tom.message);
    await seedProfiles(second.context, tom.registry);
    const kept = { ...left, core: { ...left.core, entry: "resume" } };
    await second.page.goto(`${site().url}/#${encodeURIComponent(JSON.stringify(kept))}`);
    sco = await activityFrame(second.page);
    await expect.poll(() => currentCheck(sco).textContent()).toBe("4. Conditions particulières (remises, escompte)");
    expect(await checklist(sco)).toEqual(played);

    await fromConditionsToDecision(sco);
    const bilan = await readReview(sco);
    expect(bilan.overallPercent).toBe("100 %");
    await second.page.screenshot({ path: "/tmp/scorm-fin.png" });
    const done = await cmiOf(second.page);
    expect(Object.values(done.interactions).map(({ id }) => id)).toEqual(["intake_account", "intake_solvency", "intake_credit", "intake_conditions", "intake_elements", "intake_stock", "intake_deposit", "intake_decision"]);
    expect(done.core.score).toEqual({ raw: "100", min: "0", max: "100" });
    expect(done.core.lesson_status).toBe("passed");
    // Her results file bears the LMS's name, not the browser's previous pupil's.
    expect(plain(await sco.getByText(/nom que vous donne la plateforme/u).textContent())).toBe("Il porte le nom que vous donne la plateforme : Léa Martin.");
    const [results] = await Promise.all([second.page.waitForEvent("download"), sco.getByRole("button", { name: "Exporter mes résultats" }).click()]);
    await sco.getByRole("button", { name: "Exporter mes résultats" }).scrollIntoViewIfNeeded();
    await second.page.screenshot({ path: "/tmp/scorm-export.png" });
    expect(results.suggestedFilename()).toMatch(/^resultats-lea-martin-depassement-d-encours-\d{4}-\d{2}-\d{2}\.json$/u);
    await sco.goto("about:blank");
    expect((await cmiOf(second.page)).core.exit).toBe("");
    expect(secondMissing()).toEqual([]);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it("sans plateforme, la même page se joue et s'enregistre dans le navigateur", async () => {
    const { page, errors, context } = await openPage(browser());
    const missing = watchMissing(page);
    showScreenOnFailure(page);
    page.setDefaultTimeout(10_000);
    await page.goto(`${site().url}/activite/`);
    await page.getByRole("navigation", { name: "Modules du PGI" }).waitFor(CHECKED);
    await accountAndSolvency(page);
    await afterIdleWrites(page);
    const saved = await page.evaluate((key) => Object.keys((JSON.parse(localStorage.getItem(key) ?? "{}") as { state?: { attempts?: object } }).state?.attempts ?? {}), STORAGE_KEY);
    expect(saved).toEqual([`activite:depassement-d-encours:${fnv1a64(SCENARIO_TEXT)}`]);
    await page.reload();
    await page.getByRole("navigation", { name: "Modules du PGI" }).waitFor(CHECKED);
    await expect.poll(() => currentCheck(page).textContent()).toBe("3. Encours et plafond");
    await page.screenshot({ path: "/tmp/activite-seule.png" });
    expect(missing()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("un scénario à variantes en paquet SCORM 1.2", { timeout: 90_000 }, () => {
  it("se joue dans les chiffres du nom que la plateforme donne à l'élève, même si l'ordinateur partagé garde l'élève d'avant", async () => {
    const id = "commande-d-outillage-d-un-garage-client";
    const source = JSON.parse(readFileSync("scenarios/39-commande-d-outillage-d-un-garage-client.json", "utf8")) as { clock: { start: string } };
    // scorm-again gives « Martin, Léa »: she is « Léa Martin » (scenarioRun.test.ts). Tom, who used the computer before, draws another variant.
    const seed = learnerVariantSeed(source, "Léa Martin");
    expect(learnerVariantSeed(source, "Tom")).not.toBe(seed);
    const start = formatDateFr((variantOf(source, seed).data as { clock: { start: string } }).clock.start);
    expect(start).not.toBe(formatDateFr(source.clock.start));
    const variantSite = await lmsSite(id);
    const { page, errors, context } = await openPage(browser());
    showScreenOnFailure(page);
    const tom = addProfile(EMPTY_REGISTRY, "Tom", "p-tom", new Date("2026-12-03T08:00:00Z"));
    if (!tom.ok) throw new Error(tom.message);
    await seedProfiles(context, tom.registry);
    await page.goto(`${variantSite.url}/`);
    const sco = await activityFrame(page);
    await sco.getByText(`Vos chiffres sont ceux de votre pseudonyme, « Léa Martin » (variante ${seed}) : votre voisin a les siens.`).waitFor(CHECKED);
    expect(plain(await sco.getByText(/^Date du jour/u).textContent())).toBe(`Date du jour : ${start}`);
    await page.screenshot({ path: "/tmp/activite-variante.png" });
    expect(errors).toEqual([]);
    await context.close();
    await variantSite.close();
  });
});

describe("un paquet sans activité", { timeout: 60_000 }, () => {
  it("le dit en français, sans rien jouer", async () => {
    const { page, context } = await openPage(browser());
    await page.route("**/activite/activite.js", (route) => route.abort());
    await page.goto(`${site().url}/activite/`);
    const alert = page.getByRole("alert").filter({ hasText: "Cette activité ne peut pas être ouverte" });
    await alert.waitFor(CHECKED);
    expect(plain(await alert.textContent())).toContain("Ce paquet ne contient aucune activité : le fichier activite.js manque à côté de la page, ou ne décrit rien.");
    await page.screenshot({ path: "/tmp/activite-absente.png" });
    await context.close();
  });
});

describe("un quiz en paquet SCORM 1.2", { timeout: 90_000 }, () => {
  it("garde les questions tirées dans suspend_data et les reprend dans un autre navigateur", async () => {
    const quizSite = await lmsSite("introduction");
    const first = await openPage(browser());
    showScreenOnFailure(first.page);
    await first.page.goto(`${quizSite.url}/`);
    const sco = await packageFrame(first.page);
    await sco.getByRole("button", { name: "Commencer le quiz" }).click(CHECKED);
    await sco.getByRole("button", { name: "Valider ma réponse" }).waitFor(CHECKED);
    const prompt = await sco.locator("main").textContent();
    const kept = await cmiOf(first.page);
    expect(kept.core.lesson_status).toBe("incomplete");
    const state = decodeResume(kept.suspend_data);
    expect(state).toMatchObject({ ok: true, state: { kind: "quiz", id: "introduction", position: 0 } });
    await first.page.screenshot({ path: "/tmp/scorm-quiz.png" });
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await openPage(browser());
    await second.page.goto(`${quizSite.url}/#${encodeURIComponent(JSON.stringify({ ...kept, core: { ...kept.core, entry: "resume" } }))}`);
    const again = await packageFrame(second.page);
    await again.getByRole("button", { name: "Valider ma réponse" }).waitFor(CHECKED);
    expect(await again.locator("main").textContent()).toBe(prompt);
    expect(second.errors).toEqual([]);
    await second.context.close();
    await quizSite.close();
  });
});
