/**
 * Exercise 2 (scenarios/02): an order that takes the customer over its credit limit. The learner
 * reads the customer card (unpaid invoices + accepted orders not yet invoiced = outstanding),
 * finds the limit exceeded, asks for a deposit equal to the excess and accepts with conditions.
 * A second learner forgets the accepted order and is told why, with the figures.
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import { accountAndSolvency, fromConditionsToDecision, TITLE } from "../support/scenario02";
import {
  checklist,
  choose,
  currentCheck,
  expectRight,
  expectWrong,
  feedback,
  openModule,
  readReview,
  review,
  startScenario,
  submitCheck,
  taskPanel,
  textOf,
  type,
} from "../support/learner";

const { site, browser } = siteAndBrowser();

describe("Une commande qui fait dépasser le plafond d'encours", () => {
  it("se joue sans faute, avec un rechargement de la page au milieu : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // The customer card: the outstanding, line by line, and the limit.
    const customers = await openModule(page, "Clients");
    const card = customers.getByRole("article", { name: "Fiche client C0207 — Imprimerie Touraine Graphic" });
    const unpaid = card.getByRole("table", { name: "Factures non réglées d'Imprimerie Touraine Graphic" });
    expect(await textOf(unpaid.getByRole("row", { name: /FA-2026-00031/u }))).toMatch(/2 400,00 €/u);
    const accepted = card.getByRole("table", { name: "Commandes acceptées non facturées d'Imprimerie Touraine Graphic" });
    expect(await textOf(accepted.getByRole("row", { name: /CMD-2026-0112/u }))).toMatch(/1 800,00 €/u);
    const summary = card.getByRole("table", { name: /^Encours et plafond au 09\/03\/2026$/u });
    const row = async (name: RegExp) => (await textOf(summary.getByRole("row", { name }).getByRole("cell"))).trim();
    expect(await row(/^Total des factures non réglées/u)).toBe("2 400,00 €");
    expect(await row(/^Total des commandes acceptées non facturées/u)).toBe("1 800,00 €");
    expect(await row(/^Encours total/u)).toBe("4 200,00 €");
    expect(await row(/^Plafond de crédit/u)).toBe("5 000,00 €");

    await accountAndSolvency(page);
    await choose(page, /^Plafond dépassé/u);
    await type(page, "Encours du client", "4 200,00");
    await type(page, "Montant TTC de la commande", "1 140,00");
    const credit = await submitCheck(page, "Valider le contrôle de l'encours");
    expectRight(credit);
    expect(credit.text).toMatch(/5 340,00 € > plafond 5 000,00 €/u);

    // Three checks done: the learner closes the page's tab… and comes back.
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => currentCheck(page).textContent()).toBe("4. Conditions particulières (remises, escompte)");
    expect(await textOf(feedback(page))).toMatch(/^Bonne réponse — 2 \/ 2 points.*5 340,00 € > plafond 5 000,00 €/u);
    const steps = await checklist(page);
    expect(steps).toEqual([
      "1. Compte client : le trouver ou le créer : fait, juste",
      "2. Solvabilité du client : fait, juste",
      "3. Encours et plafond : fait, juste",
      "4. Conditions particulières (remises, escompte) : en cours",
      "5. Éléments de la commande : à faire",
      "6. Stock et délais de livraison : à faire",
      "7. Acompte : à faire",
      "Décision sur la commande : à faire",
    ]);

    await fromConditionsToDecision(page);
    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^16 \/ 16 points 100 %/u);
    expect(bilan.decisions).toHaveLength(8);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("explique une mauvaise réponse avec les chiffres, et le bilan la marque ✗", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);
    await accountAndSolvency(page);

    // The learner forgets the accepted order: 2 400,00 + 1 140,00 stays under the limit.
    await choose(page, /^Plafond respecté/u);
    await type(page, "Encours du client", "2 400,00");
    await type(page, "Montant TTC de la commande", "1 140,00");
    const firstTry = expectWrong(await submitCheck(page, "Valider le contrôle de l'encours"));
    // Training: the first try's verdict and marks, without the expected answer, and the rule (0130).
    expect(firstTry).toMatch(/^Réponse à revoir — 0,5 \/ 2 points/u);
    expect(firstTry).toMatch(/✗ À revoir : Verdict — 0 \/ 1 point/u);
    expect(firstTry).toMatch(/Vous pouvez corriger une fois : une réponse corrigée rapporte la moitié de ses points\./u);
    expect(firstTry).not.toMatch(/Attendu|4 200,00 €/u);
    await taskPanel(page).getByRole("button", { name: "Continuer sans corriger" }).click();
    await expect.poll(() => currentCheck(page).textContent()).toBe("4. Conditions particulières (remises, escompte)");
    const told = await textOf(feedback(page));
    // Verdict and outstanding wrong, order TTC right: 0,5 / 2, each part shown and the slip named (0094).
    expect(told).toMatch(/^Réponse à revoir — 0,5 \/ 2 points/u);
    expect(told).toMatch(/✗ À revoir : Verdict — 0 \/ 1 point/u);
    expect(told).toMatch(/✓ Juste : Montant TTC de la commande — 0,5 \/ 0,5 point/u);
    expect(told).toMatch(/Encours du client : 2 400,00 € au lieu de 4 200,00 € — les commandes acceptées non facturées \(1 800,00 €\) font partie de l'encours/u);
    expect(told).toMatch(/Attendu : Plafond dépassé \(encours 4 200,00 €, commande 1 140,00 €\)/u);
    expect(told).toMatch(/5 340,00 €/u);
    expect(told).toMatch(/5 000,00 €/u);
    expect(told).toMatch(/commandes acceptées non facturées 1 800,00 €/u);
    expect((await checklist(page))[2]).toBe("3. Encours et plafond : fait, à revoir");

    await fromConditionsToDecision(page);
    const bilan = await readReview(page);
    expect(bilan.overallPercent).not.toBe("100 %");
    expect(Number.parseInt(bilan.overallPercent, 10)).toBeLessThan(100);
    expect(bilan.overallText).toMatch(/^14,5 \/ 16 points 91 %/u);
    const wrong = bilan.decisions.filter((decision) => decision.startsWith("✗"));
    expect(wrong).toEqual(["✗ À revoir — 3. Encours et plafond"]);
    expect(bilan.decisions.filter((decision) => decision.startsWith("✓"))).toHaveLength(7);
    expect(errors).toEqual([]);
    await context.close();
  });
  it("corrige une fois une mauvaise réponse pour la moitié des points, et le bilan montre les deux essais", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);
    await accountAndSolvency(page);
    await choose(page, /^Plafond respecté/u);
    await type(page, "Encours du client", "2 400,00");
    await type(page, "Montant TTC de la commande", "1 140,00");
    expectWrong(await submitCheck(page, "Valider le contrôle de l'encours"));

    // « Corriger ma réponse » brings the learner back to the form, which still holds the first try.
    await taskPanel(page).getByRole("button", { name: "Corriger ma réponse" }).click();
    expect(await page.evaluate(() => document.activeElement?.closest(".task-panel") !== null && document.activeElement?.tagName !== "BUTTON")).toBe(true);
    await choose(page, /^Plafond dépassé/u);
    await type(page, "Encours du client", "4 200,00");
    await type(page, "Montant TTC de la commande", "1 140,00");
    const corrected = await submitCheck(page, "Valider le contrôle de l'encours");
    expectRight(corrected);
    // max(0,5, 2 × 0,5) = 1 point.
    expect(corrected.text).toMatch(/^Bonne réponse — 1 \/ 2 points/u);
    await expect.poll(() => currentCheck(page).textContent()).toBe("4. Conditions particulières (remises, escompte)");
    await page.screenshot({ path: "/tmp/st/second-try-corrected.png" });

    await fromConditionsToDecision(page);
    const bilan = await readReview(page);
    expect(bilan.overallText).toMatch(/^15 \/ 16 points 94 %/u);
    expect(bilan.decisions).toContain("✓ Juste au second essai — 3. Encours et plafond");
    const tries = await review(page).getByRole("list", { name: "Les deux essais" }).getByRole("listitem").allTextContents();
    expect(tries.map((line) => line.replace(/\s+/gu, " "))).toEqual([
      "1er essai : Plafond respecté (encours 2 400,00 €, commande 1 140,00 €) — 0,5 / 2. Vous avez oublié les commandes acceptées non facturées (1 800,00 €) : elles font partie de l'encours.",
      "2e essai : Plafond dépassé (encours 4 200,00 €, commande 1 140,00 €) — note retenue : 1 / 2 (une réponse corrigée rapporte la moitié de ses points)",
    ]);
    await page.screenshot({ path: "/tmp/st/second-try-review.png", fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
