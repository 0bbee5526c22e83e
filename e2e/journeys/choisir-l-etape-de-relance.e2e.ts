/**
 * Exercise 4 (scenarios/04): an invoice 27 days past due, reminded once. The learner sends the
 * firm reminder (relance 2) today, moves the clock to the next step due and sends the registered
 * letter (relance 3), then moves the clock to the last day and ends the follow-up, as the engine's solver does
 * (npm run scenario -- solve scenarios/04-choisir-l-etape-de-relance.json). Played once at
 * 1366×768 with the mouse, once on a tablet (768×1024) with the keyboard alone.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
import { siteAndBrowser } from "../support/fixtures";
import {
  advanceClock,
  endFollowUp,
  expectRight,
  followedInvoice,
  openLibrary,
  openScenario,
  readReview,
  showScreenOnFailure,
  simulatedToday,
  submitCheck,
  tabTo,
  taskPanel,
  textOf,
} from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Choisir l'étape de relance d'une facture impayée";
const INVOICE = "FA-2026-00140";
const SUBMIT = `Valider l'action du jour pour la facture ${INVOICE}`;

type Hands = "mouse" | "keyboard";

/** Chooses the day's action for the invoice and validates it, with the mouse or with the keyboard alone. */
async function decide(page: Page, action: string, hands: Hands) {
  const radio = followedInvoice(page, INVOICE).getByRole("radio", { name: action, exact: true });
  if (hands === "mouse") {
    await radio.check();
    return submitCheck(page, SUBMIT);
  }
  await tabTo(page, followedInvoice(page, INVOICE).getByRole("radio").first());
  // In a radio group the arrow keys move the choice; Space ticks the one focused.
  for (let moves = 0; moves < 10 && !(await radio.evaluate((element) => element === document.activeElement)); moves += 1) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  expect(await radio.isChecked()).toBe(true);
  return submitCheck(page, SUBMIT, "keyboard");
}

async function playTheExercise(page: Page, hands: Hands): Promise<void> {
  await openLibrary(page, site().url);
  await openScenario(page, TITLE);

  // Due + 27: the situation of the invoice.
  expect(await simulatedToday(page)).toBe("25/04/2026");
  const card = followedInvoice(page, INVOICE);
  const facts = await textOf(card);
  expect(facts).toMatch(/Échéance\s*29\/03\/2026/u);
  expect(facts).toMatch(/Retard\s*27 jours/u);
  expect(facts).toMatch(/Relance 1 \(courtoise\) le 08\/04\/2026/u);

  const firm = await decide(page, "Relance 2 (plus ferme)", hands);
  expectRight(firm);
  expect(firm.text).toMatch(/la relance 2 est due depuis le 18\/04\/2026/u);
  expect(await textOf(card)).toMatch(/Décision du jour enregistrée : Relance 2 \(plus ferme\) — ✓ juste/u);

  if (hands === "mouse") await advanceClock(page, "Aller à la prochaine échéance de relance");
  else {
    await tabTo(page, taskPanel(page).getByRole("button", { name: "Aller à la prochaine échéance de relance" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => simulatedToday(page)).toBe("05/05/2026");
  }
  expect(await simulatedToday(page)).toBe("05/05/2026");
  expectRight(await decide(page, "Relance 3 par lettre recommandée avec AR", hands));

  // Nothing else is due before the end of the follow-up: the clock stops on its last day, and the
  // learner ends the follow-up (confirmed).
  await advanceClock(page, "Aller à la prochaine échéance de relance");
  expect(await simulatedToday(page)).toBe("10/05/2026");
  await endFollowUp(page, hands);
}

async function expectPerfectReview(page: Page): Promise<void> {
  const bilan = await readReview(page);
  expect(bilan.overallPercent).toBe("100 %");
  expect(bilan.overallText).toMatch(/^4 \/ 4 points 100 %/u);
  expect(bilan.decisions).toHaveLength(2);
  for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
  const answers = await textOf(page.getByRole("region", { name: /^Bilan du scénario/u }));
  expect(answers).toMatch(/Relance 2 \(plus ferme\)/u);
  expect(answers).toMatch(/Relance 3 par lettre recommandée avec AR/u);
}

describe("Choisir l'étape de relance", () => {
  it("relance 2 à échéance + 27, puis relance 3 à sa date : 100 % (1366×768, à la souris)", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await playTheExercise(page, "mouse");
    await expectPerfectReview(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("se joue aussi sur tablette (768×1024), au clavier seul, sans défilement horizontal", async () => {
    const { context, page, errors } = await openPage(browser(), { width: 768, height: 1024 });
    showScreenOnFailure(page);
    await playTheExercise(page, "keyboard");
    await expectPerfectReview(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    expect(errors).toEqual([]);
    await context.close();
  });
});
