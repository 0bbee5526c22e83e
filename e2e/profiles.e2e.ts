/**
 * A shared classroom computer (issue 13): two learners under their pseudonyms in one browser, each
 * playing the dunning exercise, switching back and forth; each finds their own game, and the first
 * exports her signed results file, which the teacher's loader accepts.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseResultsText } from "@/domain/results/load";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { advanceClock, endFollowUp, expectRight, expectWrong, followedInvoice, openLibrary, openScenario, review, showScreenOnFailure, submitCheck, textOf } from "./support/learner";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 10_000 };
const TITLE = "Choisir l'étape de relance d'une facture impayée";
const INVOICE = "FA-2026-00140";
const SUBMIT = `Valider l'action du jour pour la facture ${INVOICE}`;

const badge = (page: Page) => page.getByRole("banner").locator(".profile-badge");

/** From the header's badge to the picker, then the new pseudonym: the page reloads under it. */
async function createLearner(page: Page, pseudonym: string): Promise<void> {
  await badge(page).getByRole("link").click();
  await page.getByRole("heading", { name: "Choisir l'élève", level: 1 }).waitFor();
  await page.getByRole("textbox", { name: /^Pseudonyme/u }).fill(pseudonym);
  await page.getByRole("button", { name: "Créer et travailler sous ce nom" }).click();
  await expect.poll(() => textOf(badge(page)), PATIENCE).toBe(`Élève : ${pseudonym} · Changer d'élève`);
}

async function switchTo(page: Page, pseudonym: string): Promise<void> {
  await badge(page).getByRole("link", { name: "Changer d'élève" }).click();
  const line = page.getByRole("listitem").filter({ has: page.getByText(pseudonym, { exact: true }) });
  await line.getByRole("button", { name: /^Travailler sous ce nom/u }).click();
  await expect.poll(() => textOf(badge(page)), PATIENCE).toBe(`Élève : ${pseudonym} · Changer d'élève`);
}

async function decide(page: Page, action: string) {
  await followedInvoice(page, INVOICE).getByRole("radio", { name: action, exact: true }).check();
  return submitCheck(page, SUBMIT);
}

async function openExercise(page: Page): Promise<string> {
  await openLibrary(page, site().url);
  await openScenario(page, TITLE);
  return textOf(followedInvoice(page, INVOICE));
}

describe("two learners on one computer", () => {
  it("keep their games apart through switches, and the first exports a signed results file with her times", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await page.goto(`${site().url}/`, { waitUntil: "networkidle" });
    await expect.poll(() => textOf(badge(page)), PATIENCE).toBe("Choisir mon pseudonyme");

    await createLearner(page, "Camille");
    expect(await openExercise(page)).not.toMatch(/Décision du jour enregistrée/u);
    expectRight(await decide(page, "Relance 2 (plus ferme)"));

    await createLearner(page, "Inès");
    expect(await openExercise(page)).not.toMatch(/Décision du jour enregistrée/u);
    expectWrong(await decide(page, "Relance 3 par lettre recommandée avec AR"));

    await switchTo(page, "Camille");
    expect(await openExercise(page)).toMatch(/Décision du jour enregistrée : Relance 2 \(plus ferme\) — ✓ juste/u);
    await advanceClock(page, "Aller à la prochaine échéance de relance");
    expectRight(await decide(page, "Relance 3 par lettre recommandée avec AR"));
    await advanceClock(page, "Aller à la prochaine échéance de relance");
    await endFollowUp(page);

    const download = page.waitForEvent("download");
    await review(page).getByRole("button", { name: "Exporter mes résultats" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^resultats-camille-choisir-l-etape-de-relance-\d{4}-\d{2}-\d{2}\.json$/u);
    await expect.poll(() => textOf(review(page).getByRole("status").last())).toBe(`Fichier « ${file.suggestedFilename()} » téléchargé : remettez-le à votre enseignant.`);
    const read = parseResultsText(readFileSync((await file.path())!, "utf8"), file.suggestedFilename());
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.results).toMatchObject({ formatVersion: 2, kind: "scenario", pseudonym: "Camille", activity: { id: "choisir-l-etape-de-relance", title: TITLE }, score: { percent: 100 } });
    if (read.results.kind !== "scenario") throw new Error("fichier de quiz");
    expect(read.results.decisions.map((decision) => decision.verdict)).toEqual(["correct", "correct"]);
    for (const decision of read.results.decisions) expect(decision.durationSeconds).toBeGreaterThan(0);
    expect(read.results.durationSeconds).toBeGreaterThan(0);

    expect(await violations(page)).toEqual([]);

    await switchTo(page, "Inès");
    expect(await violations(page)).toEqual([]);
    expect(await openExercise(page)).toMatch(/Décision du jour enregistrée : Relance 3 par lettre recommandée avec AR — ✗/u);
    await switchTo(page, "Camille");
    await page.goto(`${site().url}/scenarios/`, { waitUntil: "networkidle" });
    await expect.poll(() => textOf(page.getByRole("article", { name: TITLE, exact: true }))).toMatch(/TerminéScore : 100 % \(1 essai\)/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
