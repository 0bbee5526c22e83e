/**
 * One score per scenario everywhere (issue 15, item 12, docs/decisions/0134): the dunning exercise
 * (scenarios/04) played with one wrong decision, then replayed right. The learning path of the home
 * page and the library card say the very same words after each game — the score of the only game,
 * then the best and the last of both — and so after a reload; the review says it too.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { bundledScenario } from "./support/savedGame";
import { siteAndBrowser } from "./support/fixtures";
import {
  advanceClock,
  declineSecondTry,
  endFollowUp,
  expectRight,
  expectWrong,
  followedInvoice,
  homePage,
  openLibrary,
  readReview,
  review,
  showScreenOnFailure,
  simulatedToday,
  submitCheck,
  textOf,
} from "./support/learner";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 10_000 };
const TITLE = "Choisir l'étape de relance d'une facture impayée";
const INVOICE = "FA-2026-00140";
const SUBMIT = `Valider l'action du jour pour la facture ${INVOICE}`;
const SCORE_LINE = /^(Score|Meilleur)\s:/u;
const OBJECTIVES = bundledScenario("choisir-l-etape-de-relance").objectives;

async function decide(page: Page, action: string) {
  await followedInvoice(page, INVOICE).getByRole("radio", { name: action, exact: true }).check();
  return submitCheck(page, SUBMIT);
}

/** From the library card: « Rejouer » opens the finished game's review, « Rejouer depuis le début » starts the next game on its first day. */
async function replay(page: Page): Promise<void> {
  await libraryCard(page).getByRole("link", { name: `Rejouer : ${TITLE}` }).click();
  await review(page).getByRole("button", { name: "Rejouer depuis le début" }).click();
  await expect.poll(() => simulatedToday(page), PATIENCE).toBe("25/04/2026");
}

/**
 * The exercise from its first day: the firm reminder (right), then on the next due date the
 * registered letter (right) or, with `mistake`, a formal notice too early (wrong); the end of the
 * follow-up; returns the overall score the review shows (« 50 % »).
 */
async function playTheExercise(page: Page, mistake: boolean): Promise<string> {
  expectRight(await decide(page, "Relance 2 (plus ferme)"));
  await advanceClock(page, "Aller à la prochaine échéance de relance");
  if (mistake) {
    expectWrong(await decide(page, "Mise en demeure"));
    await declineSecondTry(page);
  } else expectRight(await decide(page, "Relance 3 par lettre recommandée avec AR"));
  await advanceClock(page, "Aller à la prochaine échéance de relance");
  await endFollowUp(page);
  return (await readReview(page)).overallPercent;
}

/** The scenario's line on the learning path (its stage's list, on the home page). */
function pathItem(page: Page): Locator {
  const path = page.getByRole("list", { name: "Les cinq étapes du cours" });
  // The stage's item holds the scenario's item: the last match is the scenario's own.
  return path.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE, exact: true }) }).last();
}

function libraryCard(page: Page): Locator {
  return page.getByRole("article", { name: TITLE, exact: true });
}

/** The library, with more patience than the journeys' 5 s: this test plays three games on a shared machine. */
async function openTheLibrary(page: Page): Promise<void> {
  await openLibrary(page, site().url);
  page.setDefaultTimeout(15_000);
}

/** What the home page and then the library say of the scenario's score. */
async function scoresShown(page: Page): Promise<{ home: string; library: string }> {
  await page.goto(homePage(site().url), { waitUntil: "networkidle" });
  const home = pathItem(page).getByText(SCORE_LINE);
  await home.waitFor(PATIENCE);
  const homeText = await textOf(home);
  await openTheLibrary(page);
  const library = libraryCard(page).getByText(SCORE_LINE);
  await library.waitFor(PATIENCE);
  return { home: homeText, library: await textOf(library) };
}

describe("one score per scenario", () => {
  it("the home page and the library say the same score after a game with a mistake, then the best and the last after a replay, and after a reload", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);

    await openTheLibrary(page);
    await libraryCard(page).getByRole("link", { name: `Commencer : ${TITLE}` }).click();
    const first = await playTheExercise(page, true);
    expect(first).toMatch(/^\d+ %$/u);
    expect(first).not.toBe("100 %");
    expect(await scoresShown(page)).toEqual({ home: `Score : ${first} (1 essai)`, library: `Score : ${first} (1 essai)` });

    await replay(page);
    expect(await playTheExercise(page, false)).toBe("100 %");
    const both = `Meilleur : 100 % — Dernier : 100 % (2 essais)`;
    expect(await textOf(review(page).getByText(/^Vos essais de ce scénario/u).locator(".."))).toBe(`Vos essais de ce scénario : ${both}`);
    // The objectives are said at the end, never on the card read before playing.
    const worked = review(page).getByRole("region", { name: "Ce que vous avez travaillé" });
    expect(await worked.getByRole("listitem").allTextContents()).toEqual(OBJECTIVES);
    await review(page).locator(".review-attempts").screenshot({ path: "/tmp/scores-review-attempts.png" });
    await worked.screenshot({ path: "/tmp/scores-review-objectives.png" });
    // On a phone, the score by stage fits the screen: no column left behind a sideways scroll.
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const byStage = review(page).getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Indices" }) });
    expect(await byStage.evaluate((table) => [table.scrollWidth, table.parentElement?.clientWidth])).toEqual([350, 350]);
    if (desktop) await page.setViewportSize(desktop);
    expect(await scoresShown(page)).toEqual({ home: both, library: both });
    expect(await textOf(libraryCard(page))).not.toContain(OBJECTIVES[1]);
    expect(await textOf(libraryCard(page).getByRole("group"))).toMatch(new RegExp(`^Tentatives précédentes \\(1\\) : ${TITLE}\\d{2}/\\d{2}/20\\d\\d : \\d+ / 4 \\(${first}\\)`, "u"));

    // A third game with the mistake again: the best stays, the last is the new one.
    await replay(page);
    expect(await playTheExercise(page, true)).toBe(first);
    const three = `Meilleur : 100 % — Dernier : ${first} (3 essais)`;
    expect(await scoresShown(page)).toEqual({ home: three, library: three });

    await page.reload({ waitUntil: "networkidle" });
    expect(await scoresShown(page)).toEqual({ home: three, library: three });
    await libraryCard(page).screenshot({ path: "/tmp/scores-library-card.png" });
    await page.goto(homePage(site().url), { waitUntil: "networkidle" });
    await pathItem(page).getByText(SCORE_LINE).waitFor(PATIENCE);
    await pathItem(page).screenshot({ path: "/tmp/scores-home-item.png" });
    expect(errors).toEqual([]);
    await context.close();
    // Three games, each read on two pages, then a reload.
  }, 240_000);
});
