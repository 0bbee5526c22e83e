/**
 * Every glossary term of the site opens its definition in place and lands on an entry (issue 15,
 * item 10, docs/decisions/0135): on every exported page, and in the states a page only shows once
 * played (a stage's forms, a scenario's review, a quiz's feedback), each link to the glossary names
 * an anchor of /glossaire/, and a term opens a dialog with a non-empty definition. One dialog is
 * opened and closed with the keyboard alone: the focus stays in it, Escape gives it back to the term.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { exportedPages } from "./support/exportedSite";
import { openPage } from "./support/browser";
import { sharedReadingPage, siteAndBrowser } from "./support/fixtures";
import { readReview, review, startScenario, taskPanel, textOf } from "./support/learner";
import { answerWithKeyboard, bundledQuiz, press, questionsUnderWay, validate } from "./support/quizLearner";
import { accountAndSolvency, creditExceeded, fromConditionsToDecision, TITLE as SCENARIO_02 } from "./support/scenario02";

const { site, browser } = siteAndBrowser();
const reader = sharedReadingPage(browser);
const ROUTES = exportedPages("out").map((page) => page.route);

/** The anchors of the glossary page, read once in the browser. */
let anchors: ReadonlySet<string> = new Set();

beforeAll(async () => {
  const { page } = await reader.open(`${site().url}/glossaire/`);
  anchors = new Set(await page.locator("dl.glossary-list dt[id]").evaluateAll((terms) => terms.map((term) => term.id)));
});

/** The entry each glossary link of the page names (the fragment of `…/glossaire/#<id>`). */
function glossaryTargets(page: Page): Promise<string[]> {
  return page.locator('a[href*="glossaire/"]').evaluateAll((links) => links.flatMap((link) => (link instanceof HTMLAnchorElement && link.hash !== "" ? [decodeURIComponent(link.hash.slice(1))] : [])));
}

/**
 * Every glossary link of the page resolves to an anchor of /glossaire/, and its first term opens a
 * dialog with a definition, closed by Escape. Returns how many terms were read.
 */
async function expectTermsResolve(page: Page, where: string): Promise<number> {
  const targets = await glossaryTargets(page);
  expect(targets.filter((id) => !anchors.has(id)), where).toEqual([]);
  const terms = page.locator('a[aria-haspopup="dialog"], button.term-button');
  const count = await terms.count();
  // A term may sit in a module hidden under an open document (0132): the learner clicks one in view.
  const shown = terms.filter({ visible: true });
  if (count > 0) {
    await shown.first().click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // The definition comes with the glossary's chunk (0148): « Chargement… » (a status) until it is there.
    const definition = dialog.locator("p:not([role])").first();
    await definition.waitFor();
    expect((await textOf(definition)).trim().length, where).toBeGreaterThan(20);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  }
  return count;
}

describe("every glossary link", () => {
  it("is read against a glossary page with all its entries", () => {
    expect(anchors.size).toBeGreaterThan(40);
    expect(ROUTES).toEqual(expect.arrayContaining(["/", "/glossaire/", "/scenarios/depassement-d-encours/", "/quiz/facturation/"]));
  });

  it.each(ROUTES)("on %s lands on an entry of the glossary", async (route) => {
    const { page, errors } = await reader.open(`${site().url}${route}`);
    await expectTermsResolve(page, route);
    // The LMS kiosk page opened outside a package asks for the package's files, which are not there (a 404).
    expect(errors().filter((error) => route !== "/activite/" || !error.includes("404"))).toEqual([]);
  });

  it("in a stage's forms and in the review of a finished scenario (02)", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, SCENARIO_02);
    await accountAndSolvency(page);
    expect(await expectTermsResolve(page, "contrôle de l'encours")).toBeGreaterThan(0);
    await creditExceeded(page);
    await fromConditionsToDecision(page);
    await readReview(page);
    expect(await expectTermsResolve(page, "bilan du scénario 02")).toBeGreaterThan(0);
    expect(await review(page).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("in a quiz's feedback", async () => {
    const { context, page, errors } = await openPage(browser());
    const quiz = bundledQuiz("facturation");
    await page.goto(`${site().url}/quiz/${quiz.id}/`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Commencer le quiz" }).click();
    await page.getByRole("heading", { level: 2, name: /^Question 1 sur/u }).waitFor({ timeout: 15_000 });
    const [first] = await questionsUnderWay(page, quiz.id);
    if (!first) throw new Error("aucune question");
    // A right answer: its feedback is final, with the explanation and the glossary (a wrong first try waits for the second).
    await answerWithKeyboard(page, first, true);
    await validate(page);
    await page.getByText("Voir le glossaire :").first().waitFor();
    expect(await expectTermsResolve(page, "retour d'une question de quiz")).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens its definition in a dialog with the keyboard alone, keeps the focus in it and gives it back to the term", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, SCENARIO_02);
    await accountAndSolvency(page);
    const term = taskPanel(page).getByRole("link", { name: "Encours", exact: true });
    await press(page, term, "Enter");
    const dialog = page.getByRole("dialog", { name: "Encours client" });
    await dialog.getByText(/factures non réglées/u).waitFor();
    expect(await textOf(dialog)).toMatch(/factures non réglées \(TTC\) plus commandes acceptées/u);
    const link = dialog.getByRole("link", { name: "Voir tout le glossaire" });
    expect(await link.getAttribute("href")).toMatch(/glossaire\/#outstanding$/u);
    await page.screenshot({ path: "/tmp/glossary-dialog.png" });
    // The rest of the page is inert: Tab goes round the dialog's controls.
    for (let tab = 0; tab < 4; tab += 1) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await term.evaluate((element) => element === document.activeElement)).toBe(true);
    // The scenario is where it was.
    expect(await taskPanel(page).getByRole("button", { name: "Valider le contrôle de l'encours" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
