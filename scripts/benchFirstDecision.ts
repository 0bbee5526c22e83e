/**
 * Issue 16, item 1: the JavaScript a learner's browser downloads (gzip) before the first decision
 * of a bundled scenario can be made. Each scenario's page `/scenarios/<id>/` is opened in a fresh
 * browser context (no saved game, no cache, no offline worker) on the static export; every script
 * the page asks for counts — the first load and whatever it loads lazily — until the first decision
 * is possible, and the responses of the scripts already asked are awaited then.
 *
 * « The first decision is possible » (the criterion, docs/decisions/0136): the task panel shows a
 * control of the stage's form (a field or a button, not the hints' nor the feedback's) on which
 * React has set its props (`__reactProps$…`): it is hydrated, a click on it reaches the machine.
 * The panel is rendered only once the page's JavaScript has started the game (before that the
 * page says « Ouverture du PGI… »), so no server-rendered control can pass for it.
 *
 * Out of scope, said in the output: /partage/ (a shared link's player: its scenario comes in the
 * link, not with the page) and the teacher's preview.
 */
import type { Browser, Request } from "playwright-core";
import { openPage } from "../e2e/support/browser";
import { javaScriptGzipBytes, type FetchedResponse } from "./benchFigures";

/** Issue 16: ≤ 185 Kio gzip before the first decision (0,73 × H5P's comparable activity). */
export const FIRST_DECISION_TARGET_BYTES = 185 * 1024;

export interface FirstDecisionWeight {
  scenarioId: string;
  bytes: number;
  files: number;
}

/** Runs in the page: whether a control of the running stage's form is hydrated. */
function firstDecisionReady(): boolean {
  const panel = document.querySelector('aside[aria-label="Tâche en cours"]');
  if (panel === null) return false;
  const controls = Array.from(panel.querySelectorAll<HTMLInputElement | HTMLButtonElement>("input, select, textarea, button"));
  const control = controls.find((element) => !element.disabled && element.closest(".feedback, .hints, .second-try-actions") === null);
  return control !== undefined && Object.keys(control).some((key) => key.startsWith("__reactProps$"));
}

async function scriptResponse(request: Request): Promise<FetchedResponse | null> {
  const response = await request.response();
  if (response === null || !response.ok()) return null;
  const body = await response.body().catch(() => null);
  return body === null ? null : { url: request.url(), contentType: response.headers()["content-type"] ?? "", body };
}

/** The JavaScript (gzip) fetched until the first decision of one bundled scenario is possible. */
async function weightToFirstDecision(browser: Browser, siteUrl: string, scenarioId: string): Promise<FirstDecisionWeight> {
  const { context, page } = await openPage(browser);
  const asked: Promise<FetchedResponse | null>[] = [];
  let ready = false;
  page.on("request", (request) => {
    if (ready || !(request.resourceType() === "script" || /\.m?js(?:\?|$)/u.test(request.url()))) return;
    // A response lost with the closing context (asked after the decision was possible) does not count.
    asked.push(scriptResponse(request).catch(() => null));
  });
  try {
    await page.goto(`${siteUrl}/scenarios/${scenarioId}/`, { waitUntil: "commit" });
    await page.waitForFunction(firstDecisionReady, undefined, { timeout: 30_000, polling: "raf" });
    ready = true;
    // What was asked before the decision became possible counts, even if it arrives just after.
    const fetched = (await Promise.all([...asked])).filter((response): response is FetchedResponse => response !== null);
    return { scenarioId, ...javaScriptGzipBytes(fetched) };
  } finally {
    await context.close();
  }
}

/** Every bundled scenario's weight to its first decision, heaviest first. */
export async function benchJavaScriptToFirstDecision(browser: Browser, siteUrl: string, scenarioIds: readonly string[]): Promise<FirstDecisionWeight[]> {
  const weights: FirstDecisionWeight[] = [];
  for (const id of scenarioIds) weights.push(await weightToFirstDecision(browser, siteUrl, id));
  return weights.sort((a, b) => b.bytes - a.bytes);
}
