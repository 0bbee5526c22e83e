import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { plain } from "./learner";

/** The text of a downloaded PDF, pages merged, no-break spaces read as spaces. */
export async function pdfText(download: Download): Promise<string> {
  const path = await download.path();
  const proxy = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(proxy, { mergePages: true });
  return plain(text);
}

/** Clicks a download button and waits for the file; returns it with the elapsed time in ms. */
export async function timedDownload(page: Page, button: Locator): Promise<{ download: Download; ms: number }> {
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), button.click()]);
  return { download, ms: performance.now() - start };
}
