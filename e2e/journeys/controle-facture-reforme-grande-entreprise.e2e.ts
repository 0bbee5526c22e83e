/**
 * Exercise 7 (scenarios/07): a large company's invoice of 16/09/2026, after the e-invoicing reform.
 * The learner reports, with the mouse, the three reform mentions missing (buyer's SIREN, delivery
 * address, nature of the operation), the due date beyond the legal 60 days and the recovery
 * indemnity printed at 15 € instead of 40 €, then submits, as the engine's answer key does
 * (npm run scenario -- solve scenarios/07-controle-facture-reforme-grande-entreprise.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import { controlTarget, readReview, review, startScenario, taskPanel, textOf } from "../support/learner";
import { markEveryAnomaly, TITLE } from "../support/scenario07";

const { site, browser } = siteAndBrowser();

describe("Contrôle complet d'une facture après la réforme", () => {
  it("relève les trois mentions de la réforme, l'échéance et l'indemnité fausses : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // What the learner reads on the invoice before judging it.
    expect(await textOf(controlTarget(page, "Numéro de la pièce"))).toMatch(/FA-2026-04127/u);
    expect(await textOf(controlTarget(page, "Date d'émission"))).toMatch(/15\/09\/2026/u);
    expect(await textOf(controlTarget(page, "Date d'échéance"))).toMatch(/15\/12\/2026/u);
    expect(await textOf(controlTarget(page, "Conditions de règlement"))).toMatch(/91 jours date de facture/u);
    expect(await textOf(controlTarget(page, "Indemnité forfaitaire pour frais de recouvrement"))).toMatch(/15,00 €/u);
    expect(await textOf(controlTarget(page, "Total TTC"))).toMatch(/10 226,87 €/u);

    await markEveryAnomaly(page);
    expect(await textOf(taskPanel(page).getByRole("status"))).toBe("5 signalements.");
    await taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click();

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^10 \/ 10 points 100 %/u);
    expect(bilan.decisions).toEqual(
      [
        "SIREN de l'acheteur (réforme)",
        "Date d'échéance du paiement",
        "Indemnité forfaitaire pour frais de recouvrement",
        "Adresse de livraison, si différente (réforme)",
        "Nature de l'opération : biens, services ou les deux (réforme)",
      ].map((point) => `✓ Juste — Point de contrôle de la facture : ${point}`),
    );
    const text = await textOf(review(page));
    expect(text).toContain("60 jours après la date d'émission, soit le 14/11/2026");
    expect(text).toContain("15,00 € imprimé au lieu de 40,00 €");
    expect(text).toContain("794 815 266");
    expect(errors).toEqual([]);
    await context.close();
  });
});
