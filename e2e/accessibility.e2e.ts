import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { violations } from "./support/axe";
import { sharedReadingPage, siteAndBrowser } from "./support/fixtures";
import { openModule } from "./support/learner";
import { openSavedGame as openSavedGameAt } from "./support/savedGame";

const { site, browser } = siteAndBrowser();
const reader = sharedReadingPage(browser);

const ROUTES = ["/", "/scenarios/", "/calculette/", "/glossaire/", "/quiz/", "/quiz/controle-de-la-facture/", "/quiz/revision/", "/scenarios/depassement-d-encours/", "/scenarios/mentions-manquantes/", "/scenarios/choisir-l-etape-de-relance/"];

/** The player of a bundled scenario, opened on the engine's answer key played but its last move. */
async function openSavedGame(id: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openSavedGameAt(browser(), site().url, id);
  return { page, close: () => context.close() };
}

describe("accessibility (axe, WCAG 2.1 A and AA rules)", () => {
  it.each(ROUTES)("%s has no violation", async (route) => {
    const { page } = await reader.open(`${site().url}${route}`);
    expect(await violations(page)).toEqual([]);
  });

  it("the printed documents shown on screen have no violation: acknowledgement, delivery note, invoice", async () => {
    const { page, close } = await openSavedGame("facture-et-avoir");
    const orders = await openModule(page, "Commandes");
    await orders.getByRole("button", { name: /^Ouvrir commande/u }).first().click();
    await orders.getByRole("button", { name: /^Ouvrir accusé de réception/u }).first().click();
    await orders.getByRole("article", { name: /^ACCUSÉ DE RÉCEPTION/u }).waitFor();
    expect(await violations(page)).toEqual([]);
    const deliveries = await openModule(page, "Livraisons");
    await deliveries.getByRole("button", { name: /^Ouvrir bon de livraison/u }).first().click();
    await deliveries.getByRole("button", { name: "Voir le document" }).click();
    expect(await violations(page)).toEqual([]);
    const invoices = await openModule(page, "Factures");
    await invoices.getByRole("button", { name: /^Ouvrir facture FA-2026-00319/u }).click();
    await invoices.getByRole("button", { name: "Voir le document" }).click();
    expect(await violations(page)).toEqual([]);
    await close();
  });

  it("the dunning letters shown on screen have no violation: formal notice in the task panel, letters in the PGI", async () => {
    const { page, close } = await openSavedGame("mise-en-demeure-et-injonction-de-payer");
    await page.getByRole("complementary", { name: "Tâche en cours" }).getByRole("button", { name: "Voir la lettre" }).last().click();
    expect(await violations(page)).toEqual([]);
    const payments = await openModule(page, "Règlements et relances");
    await payments.getByRole("button", { name: "Voir la lettre" }).first().click();
    expect(await violations(page)).toEqual([]);
    await close();
  });
});
