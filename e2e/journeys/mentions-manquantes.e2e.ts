/**
 * Exercise 3 (scenarios/03): an invoice to control before it is sent. The learner reports, with
 * the keyboard, the three missing mentions (seller's SIREN, due date, recovery indemnity) and the
 * wrong amount of line 1 (3 × 145,90 = 437,70, not 457,70), then submits. A second learner also
 * reports a right amount: the false alarm is shown and costs the score.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
import { siteAndBrowser } from "../support/fixtures";
import { markWithKeyboard, openLibrary, openScenario, readReview, review, showScreenOnFailure, taskPanel, textOf } from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Contrôler une facture avant envoi : mentions manquantes et montant faux";

/** The four anomalies of the answer key (npm run scenario -- solve scenarios/03-mentions-manquantes.json). */
async function reportTheFourAnomalies(page: Page): Promise<void> {
  await markWithKeyboard(page, "Mention absente : SIREN du vendeur");
  await markWithKeyboard(page, "Mention absente : Date d'échéance du paiement");
  await markWithKeyboard(page, "Mention absente : Indemnité forfaitaire pour frais de recouvrement : 40 €");
  await markWithKeyboard(page, "Ligne 1 : montant HT : 457,70 €");
}

async function submitControl(page: Page, marks: number): Promise<void> {
  expect(await textOf(taskPanel(page).getByRole("status"))).toBe(`${marks} signalements.`);
  await taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click();
}

describe("Contrôler une facture avant envoi", () => {
  it("relève les trois mentions manquantes et le montant faux : 100 %", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await openLibrary(page, site().url);
    await openScenario(page, TITLE);

    await reportTheFourAnomalies(page);
    await submitControl(page, 4);

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^8 \/ 8 points 100 %/u);
    expect(bilan.decisions).toEqual(Array.from({ length: 4 }, () => "✓ Juste — Point de contrôle de la facture"));
    const answers = (await review(page).getByRole("definition").allTextContents()).join("\n");
    for (const hit of ["SIREN du vendeur", "Date d'échéance du paiement", "Indemnité forfaitaire pour frais de recouvrement : 40 €", "Ligne 1 : montant HT"]) {
      expect(answers).toContain(`Relevé : ${hit}`);
    }
    expect(await textOf(review(page))).toContain("3 × 145,90 € = 437,70 € et non 457,70 €");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("montre une fausse alerte dans les résultats et la compte", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await openLibrary(page, site().url);
    await openScenario(page, TITLE);

    await reportTheFourAnomalies(page);
    // 2 × 89,00 = 178,00 €: this amount is right.
    await markWithKeyboard(page, "Ligne 2 : montant HT : 178,00 €");
    await submitControl(page, 5);

    const bilan = await readReview(page);
    expect(Number.parseInt(bilan.overallPercent, 10)).toBeLessThan(100);
    expect(bilan.decisions.filter((d) => d.startsWith("✓"))).toHaveLength(4);
    expect(bilan.decisions.filter((d) => d.startsWith("✗"))).toHaveLength(1);
    const falseAlarm = review(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^À revoir/u, level: 5 }) });
    const text = await textOf(falseAlarm);
    expect(text).toMatch(/Votre réponse\s*Relevé : Ligne 2 : montant HT/u);
    expect(text).toMatch(/Réponse attendue\s*Aucune anomalie à cet endroit/u);
    expect(text).toContain("Ligne 2 : montant HT (178,00 €) : cette mention est présente et exacte.");
    expect(errors).toEqual([]);
    await context.close();
  });
});
