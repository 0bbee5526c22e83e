import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
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
