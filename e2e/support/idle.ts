import type { Page } from "playwright-core";

/**
 * Waits until the page's idle-time work posted so far has run: the store writes to localStorage when
 * the browser is idle (docs/decisions/0150), so a test that reads the save waits for this first.
 * Idle callbacks run in the order they were posted; this one comes after the store's.
 */
export async function afterIdleWrites(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3_000 })));
}
