/**
 * Exercise 3 (scenarios/03): an invoice to control before it is sent. The learner reports, with
 * the keyboard, the three missing mentions (seller's SIREN, due date, recovery indemnity) and the
 * wrong amount of line 1 (3 × 145,90 = 437,70, not 457,70), then submits. A second learner also
 * reports a right amount: the false alarm is shown and costs the score. Both read their invoice
 * handed back corrected in the review: each outcome written on its target, then the three lists.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import { declineSecondTry, feedback, markWithKeyboard, plain, readReview, review, startScenario, taskPanel, textOf } from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Contrôler une facture avant son envoi";

/** The four anomalies of the answer key (npm run scenario -- solve scenarios/03-mentions-manquantes.json). */
async function reportTheFourAnomalies(page: Page): Promise<void> {
  await markWithKeyboard(page, "Mention absente : SIREN du vendeur");
  await markWithKeyboard(page, "Mention absente : Date d'échéance du paiement");
  await markWithKeyboard(page, "Mention absente : Indemnité forfaitaire pour frais de recouvrement : 40 €");
  await markWithKeyboard(page, "Ligne 1 : montant HT : 457,70 €");
}

/** The review's corrected copy of the control. */
function correctedCopy(page: Page): Locator {
  return review(page).getByRole("region", { name: "Contrôle de la facture : copie corrigée" });
}

/** What one target of the copy says, label first ("Ligne 1 : montant HT : 457,70 € ✗ signalé ✓ anomalie relevée"). */
async function annotation(page: Page, name: string): Promise<string> {
  return (await textOf(correctedCopy(page).locator(".control-target").filter({ hasText: name }))).replace(/\s+/gu, " ").trim();
}

/** The text of one of the copy's three lists, found by its heading (with its count). */
async function resultList(page: Page, title: string): Promise<string> {
  return (await textOf(correctedCopy(page).getByRole("region", { name: title }))).replace(/\s+/gu, " ");
}

/** The four anomalies, each written « relevée » where the learner marked it; nothing left to press. */
async function expectTheFourFound(page: Page): Promise<void> {
  expect(await correctedCopy(page).getByRole("button").count()).toBe(0);
  expect(await annotation(page, "Ligne 1 : montant HT")).toBe("Ligne 1 : montant HT : 457,70 € ✗ signalé ✓ anomalie relevée");
  expect(await annotation(page, "Mention absente : SIREN du vendeur")).toBe("Mention absente : SIREN du vendeur ✗ signalé ✓ anomalie relevée");
  expect(await annotation(page, "Mention absente : Date d'échéance du paiement")).toMatch(/✗ signalé ✓ anomalie relevée$/u);
  expect(await resultList(page, "✓ Anomalies relevées (4)")).toContain("Relevé : Ligne 1 : montant HT");
  expect(await resultList(page, "⚠ Anomalies manquées (0)")).toContain("Aucune anomalie manquée.");
}

async function submitControl(page: Page, marks: number): Promise<void> {
  expect(await textOf(taskPanel(page).getByRole("status"))).toBe(`${marks} signalements.`);
  await taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click();
}

describe("Contrôler une facture avant envoi", () => {
  it("relève les trois mentions manquantes et le montant faux : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    await reportTheFourAnomalies(page);
    await submitControl(page, 4);

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^8 \/ 8 points 100 %/u);
    // Each decision says which mention it was about, not the same words four times.
    expect(bilan.decisions).toEqual(
      ["SIREN du vendeur", "Date d'échéance du paiement", "Indemnité forfaitaire pour frais de recouvrement : 40 €", "Ligne 1 : montant HT"].map((point) => `✓ Juste — Point de contrôle de la facture : ${point}`),
    );
    const answers = (await review(page).getByRole("definition").allTextContents()).map(plain).join("\n");
    for (const hit of ["SIREN du vendeur", "Date d'échéance du paiement", "Indemnité forfaitaire pour frais de recouvrement : 40 €", "Ligne 1 : montant HT"]) {
      expect(answers).toContain(`Relevé : ${hit}`);
    }
    expect(await textOf(review(page))).toContain("3 × 145,90 € = 437,70 € et non 457,70 €");
    await expectTheFourFound(page);
    expect(await resultList(page, "✗ Fausses alertes (0)")).toContain("Aucune fausse alerte.");

    // Printed to hand in: the decisions and the documents' list, not the buttons that only work on screen.
    const onScreenOnly = [
      review(page).getByRole("button", { name: "Rejouer depuis le début" }),
      review(page).getByRole("button", { name: "Exporter mes résultats" }),
      page.getByRole("button", { name: "Recommencer le scénario" }),
    ];
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(false);
    expect(await review(page).getByRole("heading", { level: 5, name: /SIREN du vendeur$/u }).isVisible()).toBe(true);
    // The corrected copy prints in its place in the review, not alone as a document shown in the PGI would.
    expect(await review(page).getByRole("heading", { level: 5, name: "✓ Anomalies relevées (4)" }).isVisible()).toBe(true);
    expect(await page.locator(".review-decisions > li").first().evaluate((item) => getComputedStyle(item).breakInside)).toBe("avoid");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("montre une fausse alerte dans les résultats et la compte", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    await reportTheFourAnomalies(page);
    // 2 × 89,00 = 178,00 €: this amount is right.
    await markWithKeyboard(page, "Ligne 2 : montant HT : 178,00 €");
    await submitControl(page, 5);
    // Training: the control may be submitted once more (0130); its points so far, no answer given.
    const held = feedback(page);
    await held.waitFor();
    const heldText = await textOf(held);
    expect(heldText).toMatch(/^Réponse à revoir — 8 \/ 10 points/u);
    expect(heldText).toContain("Vous pouvez corriger une fois : une réponse corrigée rapporte la moitié de ses points.");
    await declineSecondTry(page);

    const bilan = await readReview(page);
    expect(Number.parseInt(bilan.overallPercent, 10)).toBeLessThan(100);
    expect(bilan.decisions.filter((d) => d.startsWith("✓"))).toHaveLength(4);
    expect(bilan.decisions.filter((d) => d.startsWith("✗"))).toHaveLength(1);
    const falseAlarm = review(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^À revoir/u, level: 5 }) });
    const text = await textOf(falseAlarm);
    expect(text).toMatch(/Votre réponse\s*Relevé : Ligne 2 : montant HT/u);
    expect(text).toMatch(/Réponse attendue\s*Aucune anomalie à cet endroit/u);
    expect(text).toContain("Ligne 2 : montant HT (178,00 €) : cette mention est présente et exacte.");
    await expectTheFourFound(page);
    expect(await annotation(page, "Ligne 2 : montant HT")).toBe("Ligne 2 : montant HT : 178,00 € ✗ signalé ✗ fausse alerte");
    expect(await resultList(page, "✗ Fausses alertes (1)")).toContain("Ligne 2 : montant HT (178,00 €) : cette mention est présente et exacte.");
    expect(errors).toEqual([]);
    await context.close();
  });
});
