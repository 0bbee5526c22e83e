/**
 * Debian's Chromium driven by playwright-core: no browser is downloaded. The flags keep Chromium
 * off the network this machine does not have, and let it run as root in CI.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => Boolean(p));

export function chromiumPath(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error("Chromium introuvable : installez-le avec « apt-get install -y chromium » (ou donnez CHROMIUM_PATH).");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A page of its own context, with the console errors and uncaught exceptions seen so far. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * Whether pages install the site's offline worker: only where a test asks for it (offline.e2e.ts),
 * or for the whole run with E2E_SERVICE_WORKERS=allow. Otherwise each fresh context would download
 * the whole site in the background of the journey it plays (docs/decisions/0128).
 */
export type ServiceWorkers = "allow" | "block";
const SERVICE_WORKERS: ServiceWorkers = process.env.E2E_SERVICE_WORKERS === "allow" ? "allow" : "block";

/** A fresh page (own storage) that records every console error and uncaught exception. */
export async function openPage(browser: Browser, viewport = { width: 1366, height: 768 }, serviceWorkers = SERVICE_WORKERS): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: "fr-FR", serviceWorkers });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, errors };
}
