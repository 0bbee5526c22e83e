/**
 * The time to produce an invoice PDF in the browser, as a learner waits for it: the static export
 * served on 127.0.0.1, Debian's Chromium, a game of scenario 06 saved as the app saves it (all
 * but its last move, so the PGI stays open), then "Télécharger le PDF (original)" of FA-2026-00319
 * in the Factures screen, clicked until the file arrives. Cold: a fresh browser context, react-pdf and the fonts fetched on the click. Warm: the
 * same page, library loaded.
 */
import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Scenario } from "@/domain";
import { chromiumPath, launchBrowser } from "../e2e/support/browser";
import { savedGame, seedSavedGame } from "../e2e/support/savedGame";
import { startStaticServer } from "../e2e/support/server";

/** Scenario 06 ("Facturer, puis corriger par une facture d'avoir") issues this invoice. */
export const PDF_BENCH_SCENARIO_ID = "facture-et-avoir";
const INVOICE = "FA-2026-00319";
const COLD_RUNS = 3;
const WARM_RUNS = 5;

async function clickUntilDownloaded(page: Page): Promise<number> {
  const button = page.getByRole("button", { name: "Télécharger le PDF (original)" });
  const start = performance.now();
  await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), button.click()]);
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchInvoicePdfInBrowser(out: string, scenario: Scenario): Promise<void> {
  if (!existsSync(`${out}/index.html`)) return;
  try {
    chromiumPath();
  } catch {
    console.log("PDF dans le navigateur : Chromium absent (apt-get install -y chromium), mesure sautée.");
    return;
  }
  // All but the last move: the game stays open on the PGI, the invoice already validated.
  const saved = savedGame(scenario);
  const server = await startStaticServer(out);
  const browser = await launchBrowser();
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "fr-FR", acceptDownloads: true });
      await seedSavedGame(context, saved);
      const page = await context.newPage();
      await page.goto(`${server.url}/scenarios/${scenario.id}/`);
      await page.getByRole("navigation", { name: "Modules du PGI" }).getByRole("button", { name: "Factures", exact: true }).click();
      await page.getByRole("button", { name: new RegExp(INVOICE, "u") }).first().click();
      cold.push(await clickUntilDownloaded(page));
      if (run === 0) for (let i = 0; i < WARM_RUNS; i += 1) warm.push(await clickUntilDownloaded(page));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`PDF de la facture ${INVOICE} dans Chromium (clic → fichier reçu), médianes :`);
  console.log(`  à froid, react-pdf et polices chargés au clic (${COLD_RUNS} essais) : ${median(cold).toFixed(0)} ms  [${cold.map((ms) => ms.toFixed(0)).join(", ")}]`);
  console.log(`  bibliothèque déjà chargée (${WARM_RUNS} essais) : ${median(warm).toFixed(0)} ms  [${warm.map((ms) => ms.toFixed(0)).join(", ")}]`);
}
