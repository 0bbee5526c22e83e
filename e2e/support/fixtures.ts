import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, openPage, type OpenedPage } from "./browser";
import { startStaticServer, type StaticServer } from "./server";

/**
 * The worker's Chromium, launched by its first test file and kept for the next ones: the browser
 * files run in parallel workers that do not share their modules between files
 * (vitest.e2e.config.ts, `isolate: false`), so each worker launches it once instead of once per
 * file (docs/decisions/0138). Every test opens its own context (openPage): no storage, cookie or
 * service worker passes from one file to the next. Playwright ends it when the worker exits.
 */
let workerBrowser: Promise<Browser> | undefined;

async function browserOfWorker(): Promise<Browser> {
  const browser = await workerBrowser;
  if (browser?.isConnected()) return browser;
  workerBrowser = launchBrowser();
  return workerBrowser;
}

/** The contexts a test file left open are closed with it: the next file of the worker starts with none. */
async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()));
}

/** The worker's browser for this test file, its contexts closed at the end of the file. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await browserOfWorker();
  });
  afterAll(async () => {
    if (browser?.isConnected()) await closeContexts(browser);
  });
  return () => {
    if (!browser) throw new Error("navigateur non lancé");
    return browser;
  };
}

/** One static server (at the domain's root, or under the sub-folder `prefix`) per test file, and the worker's browser. */
export function siteAndBrowser(options: { prefix?: string } = {}): { site: () => StaticServer; browser: () => Browser } {
  let site: StaticServer | undefined;
  beforeAll(async () => {
    site = await startStaticServer("out", options);
  });
  afterAll(async () => {
    await site?.close();
  });
  return {
    site: () => {
      if (!site) throw new Error("serveur non démarré");
      return site;
    },
    browser: sharedBrowser(),
  };
}

/** A page shared by the tests of a file that only read routes, and how a test opens its own. */
export interface ReadingPage {
  /**
   * Opens `url` on an empty storage once the network has settled, and gives the console errors and
   * uncaught exceptions raised since: the page's, and then whatever the test does on it.
   */
  open(url: string): Promise<{ page: Page; errors: () => string[] }>;
}

/**
 * One page for the tests of a file that read the site's routes one after the other (every page's
 * glossary links, its axe audit, its title), as a learner's browser goes from page to page: its HTTP
 * and code caches carry from one route to the next, where a fresh context per route downloaded and
 * compiled the whole site each time (docs/decisions/0167: half the processor time for 30 routes).
 * What would carry and should not is cleared before each route: the storage the previous route
 * wrote (a scenario page saves its game, the teacher's space opens its IndexedDB), and its errors.
 * The page goes to about:blank first, so that nothing of the previous route holds its storage open.
 */
export function sharedReadingPage(browser: () => Browser): ReadingPage {
  let opened: (OpenedPage & { cdp: CDPSession }) | undefined;
  beforeAll(async () => {
    const page = await openPage(browser());
    opened = { ...page, cdp: await page.context.newCDPSession(page.page) };
  });
  afterAll(async () => {
    await opened?.context.close();
  });
  return {
    async open(url) {
      if (!opened) throw new Error("page de lecture non ouverte");
      const { page, errors, cdp } = opened;
      await page.goto("about:blank");
      await cdp.send("Storage.clearDataForOrigin", { origin: new URL(url).origin, storageTypes: "all" });
      const from = errors.length;
      await page.goto(url, { waitUntil: "networkidle" });
      return { page, errors: () => errors.slice(from) };
    },
  };
}
