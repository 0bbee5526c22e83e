/**
 * The PDF of an invoice, from the player: scenario 06 played through the UI until the invoice
 * FA-2026-00319 is validated, then "Télécharger le PDF (original)" in the Factures screen. The
 * download is read in Node with unpdf: number, seller's SIREN, total TTC, due date, the 40 € mention.
 * The time to produce it cold (react-pdf loaded on the first click) and warm is printed, not asserted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
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
  plain,
  recordTheOrder,
  review,
  sendTheDocument,
  showScreenOnFailure,
  textOf,
  updateOrderStatus,
  validateTheInvoice,
} from "./support/learner";
import { pdfText, timedDownload } from "./support/pdf";
import { openSavedGame } from "./support/savedGame";
import * as scenario06 from "./support/scenario06";

const { site, browser } = siteAndBrowser();

/** Scenario 06 through the UI until the order is delivered in full (BL-2026-00001). */
async function deliverOrderOfScenario06(page: Page): Promise<void> {
  await openScenario(page, scenario06.TITLE);
  for (const judgement of await checkTheOrder(page, scenario06.INTAKE)) expectRight(judgement);
  await continueToNextStage(page, "Traitement de la commande");
  expectRight(await recordTheOrder(page, scenario06.ORDER_LINES));
  expectRight(await acknowledgeTheOrder(page, scenario06.DELIVERY_DATE));
  expectRight(await deliver(page, scenario06.DELIVERED));
  expectRight(await updateOrderStatus(page, "Livrée"));
}

async function validateInvoiceOfScenario06(page: Page): Promise<void> {
  await deliverOrderOfScenario06(page);
  await continueToNextStage(page, "Facturation");
  expectRight(await draftTheInvoice(page, [scenario06.DELIVERY_NOTE]));
  expectRight(await computeTheInvoice(page, scenario06.CASCADE));
  expectRight(await validateTheInvoice(page, scenario06.INVOICE_NUMBER));
}

/** The cells of the table row that starts with `reference`, as read. */
async function rowCells(table: Locator, reference: string): Promise<string[]> {
  const row = table.getByRole("row").filter({ hasText: reference }).first();
  return (await row.locator("th, td").allTextContents()).map((cell) => plain(cell).trim());
}

/** The comment V8 reads to compile a whole script ahead (written by scripts/build/compileHints.ts; spelt here as V8 expects it). */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The scripts the PDF worker loads when it starts, read from its address (Turbopack's `#params=`, made absolute by components/documents/pdfWorker.ts). */
function workerStartScripts(workerUrl: string): string[] {
  const params = /^#params=(.*)$/u.exec(new URL(workerUrl).hash)?.[1];
  if (params === undefined) return [];
  const [chunks] = JSON.parse(decodeURIComponent(params)) as [unknown];
  return Array.isArray(chunks) ? chunks.filter((chunk): chunk is string => typeof chunk === "string") : [];
}

describe("Les PDF des factures, téléchargés depuis le PGI", () => {
  it("FA-2026-00319 : original et duplicata, avec les mentions et le total TTC exact", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    // Scripts of the page and of its PDF worker alike (the worker's come as resource type « other »).
    const isScript = (url: string) => new URL(url).pathname.endsWith(".js");
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (isScript(request.url())) scripts.push(request.url());
    });
    // The PDF library is the script that carries the fonts (components/documents/pdf/fontData.ts).
    const pdfLibrary: string[] = [];
    page.on("response", (response) => {
      if (!isScript(response.url())) return;
      void response.text().then((code) => code.includes("data:font/ttf;base64,") && pdfLibrary.push(response.url()), () => undefined);
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
    expect(onScreen).toMatch(/SIREN 348 271 651/u);
    expect(onScreen).toMatch(/1 221,69 €/u);
    if (process.env.DOCUMENTS_SCREENSHOT) await page.screenshot({ path: process.env.DOCUMENTS_SCREENSHOT });

    // Shown, PDF buttons fetch react-pdf and its fonts while the browser is idle, once per page, never
    // with the page itself (docs/decisions/0125); the first click then fetches nothing.
    await expect.poll(() => pdfLibrary.length, { timeout: 30_000 }).toBe(1);
    // In the PDF worker, off the page's thread (docs/decisions/0164): the page never runs the library itself.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/\/_next\/static\/chunks\/turbopack-worker-[^/]+\.js$/u)]);
    expect(await page.evaluate((library) => document.querySelectorAll(`script[src$="${new URL(library).pathname.split("/").pop() ?? ""}"]`).length, pdfLibrary[0] ?? "")).toBe(0);
    // The worker asks for its scripts one after the other, the library second of six: the click is
    // made once it has asked for every one, so that what the click itself fetches is what is seen.
    const workerUrl = page.workers()[0]?.url() ?? "";
    const startScripts = workerStartScripts(workerUrl);
    expect(startScripts).toContain(pdfLibrary[0]);
    // V8 compiles the page's scripts ahead, off its thread; the worker's are left as Turbopack wrote them (docs/decisions/0169).
    const worker = [workerUrl, ...startScripts].map((url) => new URL(url).pathname);
    const hinted = (pathname: string) => readFileSync(join("out", pathname), "utf8").startsWith(COMPILE_HINT);
    expect(worker.filter(hinted)).toEqual([]);
    const pageScripts = scripts.map((url) => new URL(url).pathname).filter((pathname) => !worker.includes(pathname));
    expect(pageScripts.length).toBeGreaterThan(5);
    expect(pageScripts.filter((pathname) => !hinted(pathname))).toEqual([]);
    await expect.poll(() => startScripts.filter((url) => !scripts.includes(url)), { timeout: 30_000 }).toEqual([]);
    const loadedBefore = scripts.length;
    const cold = await timedDownload(page, original);
    expect(scripts.slice(loadedBefore)).toEqual([]);
    expect(cold.download.suggestedFilename()).toBe("FA-2026-00319.pdf");
    const text = await pdfText(cold.download);
    expect(text).toContain("FA-2026-00319");
    expect(text).toContain("ORIGINAL");
    expect(text).toContain("Jus et Nectars du Comtat");
    expect(text).toContain("SIREN 348 271 651");
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

    // By the keyboard: the focus stays on the button pressed, while the PDF is prepared and after.
    await original.focus();
    const [byKeyboard] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(byKeyboard.suggestedFilename()).toBe("FA-2026-00319.pdf");
    await invoices.getByText("Préparation du PDF…").waitFor({ state: "detached" });
    expect(await original.evaluate((button) => button === document.activeElement)).toBe(true);

    // The attachment of the sent invoice, from the outbox.
    expectRight(await sendTheDocument(page, "la facture", "courriel (PDF)"));
    const outbox = await openModule(page, "Boîte d'envoi");
    const attached = await timedDownload(page, outbox.getByRole("button", { name: "Télécharger le PDF (original)" }).first());
    expect(attached.download.suggestedFilename()).toBe("FA-2026-00319.pdf");

    expect(pdfLibrary).toHaveLength(1);
    console.log(`PDF de FA-2026-00319 : 1er clic (react-pdf préparé pendant l'inactivité) ${cold.ms.toFixed(0)} ms, 2e clic ${warm.ms.toFixed(0)} ms, duplicata ${duplicate.ms.toFixed(0)} ms`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("BL-2026-00001 : à l'écran et en PDF, quantités commandées, livrées et reste à livrer", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await openLibrary(page, site().url);
    await deliverOrderOfScenario06(page);

    const deliveries = await openModule(page, "Livraisons");
    await deliveries.getByRole("button", { name: "Ouvrir bon de livraison BL-2026-00001" }).click();
    await deliveries.getByRole("button", { name: "Voir le document" }).click();
    const onScreen = deliveries.getByRole("article", { name: "BON DE LIVRAISON BL-2026-00001", exact: true });
    const lines = onScreen.getByRole("table", { name: "Articles livrés" });
    expect(await rowCells(lines, "NEC-ABR-1L")).toEqual(["NEC-ABR-1L", expect.stringContaining("Nectar"), "30", "30", "0"]);
    expect(await rowCells(lines, "JUS-RAI-1L")).toEqual(["JUS-RAI-1L", expect.stringContaining("raisin"), "20", "20", "0"]);
    expect(await rowCells(lines, "CONF-FIG-370")).toEqual(["CONF-FIG-370", expect.stringContaining("figues"), "10", "10", "0"]);
    expect(await textOf(onScreen)).not.toMatch(/PU HT|TTC/u);
    // Printed from the browser, the document shown is the whole sheet (CSS locators: the hidden PGI has no roles left).
    const sheet = page.locator("article.doc-screen", { hasText: "BL-2026-00001" });
    const pdfButton = page.locator("button", { hasText: "Télécharger le PDF" }).first();
    expect([await sheet.isVisible(), await pdfButton.isVisible()]).toEqual([true, true]);
    // On an A4 sheet (794 px wide, under the 1024 px where the screen shows one area at a time).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    expect([await sheet.isVisible(), await pdfButton.isVisible()]).toEqual([true, false]);
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1366, height: 768 });

    const { download } = await timedDownload(page, deliveries.getByRole("button", { name: "Télécharger le PDF", exact: true }));
    expect(download.suggestedFilename()).toBe("BL-2026-00001.pdf");
    const text = await pdfText(download);
    expect(text).toContain("BON DE LIVRAISON");
    expect(text).toContain("BL n° : BL-2026-00001");
    expect(text).toMatch(/Réf\.\s+Désignation\s+Qté commandée\s+Qté livrée\s+Reste à livrer/u);
    expect(text).toMatch(/NEC-ABR-1L\s*[^]*?\s30\s+30\s+0\s/u);
    expect(text).toMatch(/JUS-RAI-1L\s*[^]*?\s20\s+20\s+0\s/u);
    expect(text).toMatch(/CONF-FIG-370\s*[^]*?\s10\s+10\s+0\s/u);
    expect(text).toContain("signature du destinataire");
    expect(text).not.toMatch(/PU HT|TTC/u);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sur un téléphone, un document montré ne fait pas défiler la page de côté : la facture tient dans sa feuille, le bon de livraison défile dans la sienne", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await openLibrary(page, site().url);
    await validateInvoiceOfScenario06(page);
    await page.setViewportSize({ width: 390, height: 844 });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

    const invoices = await openModule(page, "Factures");
    await invoices.getByRole("button", { name: /FA-2026-00319/u }).first().click();
    await invoices.getByRole("button", { name: "Voir le document" }).click();
    const invoice = page.locator("article.doc-screen", { hasText: "FA-2026-00319" });
    await invoice.waitFor();
    expect(await pageWidth()).toBe(390);
    expect(await invoice.evaluate((sheet) => sheet.scrollWidth <= sheet.clientWidth)).toBe(true);

    const deliveries = await openModule(page, "Livraisons");
    await deliveries.getByRole("button", { name: "Ouvrir bon de livraison BL-2026-00001" }).click();
    await deliveries.getByRole("button", { name: "Voir le document" }).click();
    const deliveryNote = page.locator("article.doc-screen", { hasText: "BL-2026-00001" });
    await deliveryNote.waitFor();
    expect(await pageWidth()).toBe(390);
    // Its last column, « Reste à livrer », is reached by scrolling the sheet itself.
    const lastHeader = deliveryNote.getByRole("columnheader", { name: "Reste à livrer" });
    await lastHeader.scrollIntoViewIfNeeded();
    expect(await lastHeader.isVisible()).toBe(true);
    expect(await pageWidth()).toBe(390);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("le bilan sur un téléphone : chaque document établi se lit en entier, montant et PDF compris, et reste une table", async () => {
    // Scenario 06's game saved before its last move: the credit note to send.
    const { context, page, errors } = await openSavedGame(browser(), site().url, "facture-et-avoir", { width: 390, height: 844 });
    showScreenOnFailure(page);
    expectRight(await sendTheDocument(page, "la facture d'avoir", "courriel (PDF)"));

    const documents = review(page).getByRole("table", { name: "Documents établis pendant le scénario" });
    await documents.scrollIntoViewIfNeeded();
    expect(await documents.evaluate((table) => [table.scrollWidth, table.parentElement?.clientWidth])).toEqual([350, 350]);
    // Read as a table: each cell says its value alone (its column's name, drawn before it, is not read twice).
    expect(await rowCells(documents, scenario06.INVOICE_NUMBER)).toEqual([`La facture ${scenario06.INVOICE_NUMBER}`, "08/06/2026", "Validée", "1 221,69 €", expect.any(String)]);
    const invoiceRow = documents.getByRole("row").filter({ hasText: scenario06.INVOICE_NUMBER });
    await expect.poll(() => invoiceRow.getByRole("cell", { name: "1 221,69 €", exact: true }).count()).toBe(1);
    expect(await invoiceRow.locator("td.amount").evaluate((cell) => getComputedStyle(cell, "::before").content)).toContain("Montant TTC");
    for (const name of ["Télécharger le PDF (original)", "Télécharger le duplicata"]) {
      const box = await invoiceRow.getByRole("button", { name }).boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    await documents.screenshot({ path: "/tmp/review-documents-390.png" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("le bilan imprimé : la liste des documents établis, sans la colonne des boutons PDF", async () => {
    const { context, page, errors } = await openSavedGame(browser(), site().url, "facture-et-avoir");
    showScreenOnFailure(page);
    expectRight(await sendTheDocument(page, "la facture d'avoir", "courriel (PDF)"));
    const documents = review(page).getByRole("table", { name: "Documents établis pendant le scénario" });
    const invoiceRow = documents.getByRole("row").filter({ hasText: scenario06.INVOICE_NUMBER });
    const pdfColumn = documents.getByRole("columnheader", { name: "PDF" });
    expect(await pdfColumn.isVisible()).toBe(true);

    await page.emulateMedia({ media: "print" });
    expect(await pdfColumn.isVisible()).toBe(false);
    expect(await invoiceRow.getByRole("button", { name: "Télécharger le PDF (original)" }).isVisible()).toBe(false);
    expect(await invoiceRow.getByRole("cell", { name: "1 221,69 €", exact: true }).isVisible()).toBe(true);
    await page.pdf({ path: "/tmp/review-printed.pdf", format: "A4" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
