/**
 * The time to produce an invoice PDF in the browser, as a learner waits for it: the static export
 * served on 127.0.0.1, Debian's Chromium, a game of scenario 06 saved as the app saves it (all
 * but its last move, so the PGI stays open), then "Télécharger le PDF (original)" of FA-2026-00319
 * in the Factures screen, clicked until the file arrives. Cold: a fresh browser context, clicked at
 * once (the library and its fonts still loading) or after 2 s on the screen (issue 16: loaded while
 * idle, docs/decisions/0125). Warm: the same page, a PDF already made. Beside each wall time, the
 * main thread's CPU time from the click to the file (Chromium's ThreadTime): on a shared machine the
 * wall time mostly measures the load, the CPU time what the page itself spent (docs/decisions/0140).
 * The targets are judged on the wall time, what the learner waits. Since docs/decisions/0164 the PDF
 * is made in a worker: the wall time counts it; the main thread's CPU time is what the page's own
 * thread still spends (the click, the message, the file handed over). Beside them, the longest task
 * of the page's thread from its opening to a click after 2 s: what preparing the PDF side cost a
 * learner who read or typed meanwhile.
 */
import type { Browser, BrowserContext, CDPSession, Locator, Page } from "playwright-core";
import type { Scenario } from "@/domain";
import { savedGame, seedSavedGame } from "../e2e/support/savedGame";
import { percentile } from "./benchFigures";

/** Scenario 06 ("Facturer, puis corriger par une facture d'avoir") issues this invoice. */
export const PDF_BENCH_SCENARIO_ID = "facture-et-avoir";
const INVOICE = "FA-2026-00319";
const COLD_RUNS = 3;
const WARM_RUNS = 5;
/** Issue 16, item 3: how long the learner has been on the screen, and the targets. */
export const ON_SCREEN_MS = 2_000;
export const PDF_COLD_TARGET_MS = 300;
export const PDF_WARM_TARGET_MS = 150;

/** The runs of each measure, in ms, in the order they were made. */
export interface PdfRuns {
  atOnce: number[];
  afterScreen: number[];
  warm: number[];
}

/** The wall times, and the main thread's CPU time of the same clicks. */
export interface PdfMeasures extends PdfRuns {
  mainThread: PdfRuns;
  /** A download that costs the page nothing, timed the same way: what the harness adds to every run (printed, not subtracted); fewer runs, or none, if Chromium lost one. */
  floor: number[];
  /** The longest task of the page's thread from its opening to the click, in the runs clicked after 2 s on the screen. */
  longestTaskBeforeClick: number[];
}

/** Installed before the page's scripts: every long task of the page's thread (50 ms or more), by its duration. */
const LONG_TASKS = `window.benchLongTasks = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration); }).observe({ type: "longtask", buffered: true });`;

async function longestTaskSoFar(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...((window as unknown as { benchLongTasks?: number[] }).benchLongTasks ?? [])));
}

/** The page's main thread CPU time so far, in ms. */
async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const seconds = metrics.find((metric) => metric.name === "ThreadTime")?.value;
  if (seconds === undefined) throw new Error("Chromium ne donne pas ThreadTime (Performance.getMetrics)");
  return seconds * 1000;
}

/** The invoice's own button: the credit note's PDF is on the same screen. */
const invoiceButton = (page: Page) => page.getByRole("group", { name: `PDF de ${INVOICE}`, exact: true }).getByRole("button", { name: "Télécharger le PDF (original)" }).first();

async function clickUntilDownloaded(page: Page, cdp: CDPSession, button: Locator = invoiceButton(page), timeout = 60_000): Promise<{ wall: number; mainThread: number }> {
  const cpuBefore = await mainThreadMs(cdp);
  const start = performance.now();
  await Promise.all([page.waitForEvent("download", { timeout }), button.click({ timeout })]);
  const wall = performance.now() - start;
  return { wall, mainThread: (await mainThreadMs(cdp)) - cpuBefore };
}

function record(runs: PdfMeasures, kind: keyof PdfRuns, { wall, mainThread }: { wall: number; mainThread: number }): void {
  runs[kind].push(wall);
  runs.mainThread[kind].push(mainThread);
}

export async function benchInvoicePdfInBrowser(browser: Browser, siteUrl: string, scenario: Scenario): Promise<PdfMeasures> {
  // All but the last move: the game stays open on the PGI, the invoice already validated.
  const saved = savedGame(scenario);
  const runs: PdfMeasures = { atOnce: [], afterScreen: [], warm: [], mainThread: { atOnce: [], afterScreen: [], warm: [] }, floor: [], longestTaskBeforeClick: [] };
  for (let run = 0; run < COLD_RUNS * 2; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "fr-FR", acceptDownloads: true });
    try {
      await seedSavedGame(context, saved);
      await context.addInitScript({ content: LONG_TASKS });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(`${siteUrl}/scenarios/${scenario.id}/`);
      await page.getByRole("navigation", { name: "Modules du PGI" }).getByRole("button", { name: "Factures", exact: true }).click();
      await page.getByRole("button", { name: new RegExp(INVOICE, "u") }).first().click();
      // Alternate the two cold measures, so that a busy moment of the machine weighs on both.
      if (run % 2 === 1) {
        await page.waitForTimeout(ON_SCREEN_MS);
        runs.longestTaskBeforeClick.push(await longestTaskSoFar(page));
      }
      record(runs, run % 2 === 1 ? "afterScreen" : "atOnce", await clickUntilDownloaded(page, cdp));
      if (run === 0) {
        for (let i = 0; i < WARM_RUNS; i += 1) record(runs, "warm", await clickUntilDownloaded(page, cdp));
        runs.floor = await measureFloor(context, siteUrl);
      }
    } finally {
      await context.close();
    }
  }
  return runs;
}

/** How long a lost floor download is waited for: the floor is printed, not judged. */
const FLOOR_TIMEOUT_MS = 10_000;

/**
 * The floor, on a page of its own in the same context (the site's home, same server, same
 * browser): on the PDF's page, after six PDF, Chromium sometimes never delivered the eleventh
 * download — the fourth or fifth of this button — and the bench waited 60 s, then lost the PDF's
 * figures with it (3 pages of 6 in a check of the same sequence; 0 of 6 with a fresh page). A floor
 * that still cannot be measured is said so, and the PDF's figures stand.
 */
async function measureFloor(context: BrowserContext, siteUrl: string): Promise<number[]> {
  const page = await context.newPage();
  const floor: number[] = [];
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${siteUrl}/`);
    const noWork = await addNoWorkDownload(page);
    // Not counted, as the warm PDF runs follow a first PDF: a page's first download took 250 to 390 ms.
    await clickUntilDownloaded(page, cdp, noWork, FLOOR_TIMEOUT_MS);
    for (let i = 0; i < WARM_RUNS; i += 1) floor.push((await clickUntilDownloaded(page, cdp, noWork, FLOOR_TIMEOUT_MS)).wall);
  } catch (error) {
    console.warn(`Plancher du banc PDF incomplet (${floor.length} téléchargements sur ${WARM_RUNS}) : ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
  } finally {
    await page.close();
  }
  return floor;
}

/**
 * A button of the bench's own, put on a page of the site, that hands the browser a one-byte PDF at once:
 * its « click → file received » is what Playwright's click (its checks before clicking) and the
 * download's way back to the bench add to every PDF run. Measured on this machine, 43 to 134 ms
 * (docs/decisions/0149): the PDF runs are judged as they are, this floor is printed beside them.
 */
async function addNoWorkDownload(page: Page): Promise<Locator> {
  await page.evaluate(() => {
    const button = document.createElement("button");
    button.type = "button";
    button.id = "bench-no-work-download";
    button.textContent = "Téléchargement sans travail (banc)";
    button.addEventListener("click", () => {
      const url = URL.createObjectURL(new Blob(["%"], { type: "application/pdf" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = "banc.pdf";
      document.body.append(link);
      link.click();
      link.remove();
    });
    document.body.prepend(button);
  });
  return page.locator("#bench-no-work-download");
}

/** « 812 ms [790, 812, 845] »: the median and every run. */
export function pdfRunsText(runs: readonly number[]): string {
  return `${percentile(runs, 50).toFixed(0)} ms [${runs.map((ms) => ms.toFixed(0)).join(", ")}]`;
}

/** The main thread's CPU time of the same clicks, printed beside the wall times (not judged). */
export function pdfMainThreadText({ mainThread }: PdfMeasures): string {
  return `à froid dès l'écran ${pdfRunsText(mainThread.atOnce)} ; après ${ON_SCREEN_MS / 1000} s ${pdfRunsText(mainThread.afterScreen)} ; à chaud ${pdfRunsText(mainThread.warm)}`;
}
