import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { startStaticServer, type StaticServer } from "./server";

/** One static server (at the domain's root, or under the sub-folder `prefix`) and one browser per test file, closed at the end. */
export function siteAndBrowser(options: { prefix?: string } = {}): { site: () => StaticServer; browser: () => Browser } {
  let site: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await startStaticServer("out", options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    site: () => {
      if (!site) throw new Error("serveur non démarré");
      return site;
    },
    browser: () => {
      if (!browser) throw new Error("navigateur non lancé");
      return browser;
    },
  };
}
