/**
 * The PDF of an invoice, from the player: scenario 06 played through the UI until the invoice
 * FA-2026-00319 is validated, then "Télécharger le PDF (original)" in the Factures screen. The
 * download is read in Node with unpdf: number, seller's SIREN, total TTC, due date, the 40 € mention.
 * The time to produce it cold (react-pdf loaded on the first click) and warm is printed, not asserted.
 */
import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import {
  acknowledgeTheOrder,
  checkTheOrder,
  computeTheInvoice,
  continueToNextStage,
  deliver,
  draftTheInvoice,
  expectRight,
  openLibrary,
  openModule,
  openScenario,
  recordTheOrder,
  sendTheDocument,
  showScreenOnFailure,
  textOf,
  updateOrderStatus,
  validateTheInvoice,
} from "./support/learner";

const { site, browser } = siteAndBrowser();

async function pdfText(download: Download): Promise<string> {
  const path = await download.path();
  const proxy = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(proxy, { mergePages: true });
  return text.replace(/[\u202f\u00a0]/gu, " ");
}

/** Clicks a download button and waits for the file; returns it with the elapsed time in ms. */
async function timedDownload(page: Page, button: Locator): Promise<{ download: Download; ms: number }> {
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), button.click()]);
  return { download, ms: performance.now() - start };
}

async function validateInvoiceOfScenario06(page: Page): Promise<void> {
  await openScenario(page, "Facturer, puis corriger par une facture d'avoir");
  const intake = await checkTheOrder(page, {
    account: "C0086 — Le Panier Provençal",
    solvency: "Solvabilité saine",
    credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "1 221,69" },
    stock: { "NEC-ABR-1L": "Disponible", "JUS-RAI-1L": "Disponible", "CONF-FIG-370": "Disponible" },
    deposit: null,
    decision: { choice: "Accepter", button: "Accepter la commande" },
  });
  for (const judgement of intake) expectRight(judgement);
  await continueToNextStage(page, "Traitement de la commande");
  expectRight(
    await recordTheOrder(page, {
      "NEC-ABR-1L": { quantity: "30", unitPrice: "16,20" },
      "JUS-RAI-1L": { quantity: "20", unitPrice: "14,40" },
      "CONF-FIG-370": { quantity: "10", unitPrice: "38,40" },
    }),
  );
  expectRight(await acknowledgeTheOrder(page, "2026-06-08"));
  expectRight(await deliver(page, { "NEC-ABR-1L": "30", "JUS-RAI-1L": "20", "CONF-FIG-370": "10" }));
  expectRight(await updateOrderStatus(page, "Livrée"));
  await continueToNextStage(page, "Facturation");
  expectRight(await draftTheInvoice(page, ["Bon de livraison BL-2026-00001"]));
  expectRight(
    await computeTheInvoice(page, {
      netCommercial: "1 158,00",
      totalExclTax: "1 158,00",
      vat: { "5,5 %": "63,69" },
      totalInclTax: "1 221,69",
      amountDue: "1 221,69",
    }),
  );
  expectRight(await validateTheInvoice(page, "FA-2026-00319"));
}

describe("Les PDF des factures, téléchargés depuis le PGI", () => {
  it("FA-2026-00319 : original et duplicata, avec les mentions et le total TTC exact", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await openLibrary(page, site().url);
    await validateInvoiceOfScenario06(page);

    const invoices = await openModule(page, "Factures");
    await invoices.getByRole("button", { name: /FA-2026-00319/u }).first().click();
    const original = invoices.getByRole("button", { name: "Télécharger le PDF (original)" });
    await original.waitFor();

    // On screen first: the same document in HTML, without the PDF library.
    await invoices.getByRole("button", { name: "Voir le document" }).click();
    const onScreen = await textOf(invoices.getByRole("article", { name: "FACTURE FA-2026-00319", exact: true }));
    expect(onScreen).toMatch(/SIREN : 348271651/u);
    expect(onScreen).toMatch(/1 221,69 €/u);
    if (process.env.DOCUMENTS_SCREENSHOT) await page.screenshot({ path: process.env.DOCUMENTS_SCREENSHOT });

    const loadedBefore = scripts.length;
    const cold = await timedDownload(page, original);
    const loadedOnClick = scripts.slice(loadedBefore);
    // react-pdf is fetched on the first click only, never with the page.
    expect(loadedOnClick.length).toBeGreaterThan(0);
    expect(cold.download.suggestedFilename()).toBe("FA-2026-00319.pdf");
    const text = await pdfText(cold.download);
    expect(text).toContain("FA-2026-00319");
    expect(text).toContain("ORIGINAL");
    expect(text).toContain("Jus et Nectars du Comtat");
    expect(text).toContain("SIREN : 348271651");
    expect(text).toMatch(/Total TTC\s+1 221,69 €/u);
    expect(text).toContain("Date d'échéance : 08/07/2026");
    expect(text).toContain("Indemnité forfaitaire pour frais de recouvrement : 40 €");

    const loadedBeforeWarm = scripts.length;
    const warm = await timedDownload(page, original);
    expect(scripts.length).toBe(loadedBeforeWarm);
    expect(warm.download.suggestedFilename()).toBe("FA-2026-00319.pdf");

    const duplicate = await timedDownload(page, invoices.getByRole("button", { name: "Télécharger le duplicata" }));
    expect(duplicate.download.suggestedFilename()).toBe("FA-2026-00319-duplicata.pdf");
    expect(await pdfText(duplicate.download)).toContain("DUPLICATA");

    // The attachment of the sent invoice, from the outbox.
    expectRight(await sendTheDocument(page, "la facture", "courriel (PDF)"));
    const outbox = await openModule(page, "Boîte d'envoi");
    const attached = await timedDownload(page, outbox.getByRole("button", { name: "Télécharger le PDF (original)" }).first());
    expect(attached.download.suggestedFilename()).toBe("FA-2026-00319.pdf");

    console.log(`PDF de FA-2026-00319 : 1er clic (react-pdf chargé à la demande) ${cold.ms.toFixed(0)} ms, 2e clic ${warm.ms.toFixed(0)} ms, duplicata ${duplicate.ms.toFixed(0)} ms ; scripts chargés au 1er clic : ${loadedOnClick.length}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
