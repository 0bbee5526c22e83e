/**
 * What a learner does in the simulator, said as a teacher would say it: open a scenario from the
 * library, look at a module of the PGI, answer the current check, submit, read the feedback, read
 * the review. Only what the page offers: roles, labels, clicks, typing; never the storage.
 */
import type { Locator, Page } from "playwright-core";
import { expect, onTestFailed } from "vitest";

/** A text as a teacher types it: non-breaking and narrow spaces (French figures) become plain spaces. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/[\u00a0\u202f]/gu, " ");
}

/** The text of a locator, with plain spaces. */
export async function textOf(locator: Locator): Promise<string> {
  return plain(await locator.textContent());
}

/** The text of a locator if it is on the page now, else null (never waits). */
async function peekText(locator: Locator): Promise<string | null> {
  return (await locator.count()) > 0 ? textOf(locator.first()) : null;
}

/** When the test fails, prints what the learner had on screen (the accessibility tree of the page). */
export function showScreenOnFailure(page: Page): void {
  onTestFailed(async () => {
    const tree = await page.locator("main").ariaSnapshot({ timeout: 2_000 }).catch((error: unknown) => String(error));
    console.log(`Écran au moment de l'échec (${page.url()}) :\n${tree}`);
  });
}

/** The scenario library, as reached from the site's main navigation. Fails fast (5 s) on a missing control. */
export async function openLibrary(page: Page, siteUrl: string): Promise<void> {
  page.setDefaultTimeout(5_000);
  await page.goto(`${siteUrl}/`, { waitUntil: "networkidle" });
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Scénarios", exact: true }).click();
  await page.getByRole("heading", { name: "Bibliothèque des scénarios", level: 1 }).waitFor();
}

/** From the library: the card's link ("Commencer : <titre>", or "Reprendre…" once started), then the PGI. */
export async function openScenario(page: Page, title: string): Promise<void> {
  const card = page.getByRole("article", { name: title, exact: true });
  await card.getByRole("link", { name: new RegExp(`: ${escape(title)}$`, "u") }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
  await modulesNav(page).waitFor();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * An exact accessible name, tolerant of the space Chromium puts before a visually hidden part
 * (« Verdict<span class="visually-hidden">, CH-ERGO-300</span> » is named « Verdict , CH-ERGO-300 »).
 */
function named(label: string | RegExp): RegExp {
  if (label instanceof RegExp) return label;
  return new RegExp(`^${escape(label).replace(/ ?([,:]) /gu, " ?$1 ")}$`, "u");
}

function modulesNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Modules du PGI" });
}

/** Opens a module of the PGI ("Courrier reçu", "Clients"…) and returns its screen. */
export async function openModule(page: Page, label: string): Promise<Locator> {
  await modulesNav(page).getByRole("button", { name: label, exact: true }).click();
  const screen = page.getByRole("region", { name: label, exact: true });
  await screen.getByRole("heading", { name: label, level: 2 }).waitFor();
  return screen;
}

/** The task panel on the right: the running stage's checklist, current form, feedback, hints. */
export function taskPanel(page: Page): Locator {
  return page.getByRole("complementary", { name: "Tâche en cours" });
}

/** The heading of the check (or step) the task panel asks for now. */
export function currentCheck(page: Page): Locator {
  return taskPanel(page).locator(".current-check").getByRole("heading", { level: 3 });
}

/**
 * The steps of the running stage as the checklist says them, one line each as a screen reader
 * reads it without the marks: "1. Compte client : le trouver ou le créer : fait, juste".
 */
export async function checklist(page: Page): Promise<string[]> {
  const items = taskPanel(page).locator(".checklist").getByRole("listitem");
  const lines: string[] = [];
  for (const item of await items.all()) {
    const label = await textOf(item.locator(".checklist-label"));
    const status = (await textOf(item.locator(".visually-hidden"))).replace(/^\s*:\s*/u, "");
    const outcome = (await item.locator(".outcome").count()) > 0 ? `, ${await textOf(item.locator(".outcome"))}` : "";
    lines.push(`${label} : ${status}${outcome}`);
  }
  return lines;
}

/** Ticks a radio button of the current form by its label. */
export async function choose(page: Page, label: string | RegExp): Promise<void> {
  await taskPanel(page).getByRole("radio", { name: named(label) }).check();
}

/** Types into a text field of the current form, found by its accessible name. */
export async function type(page: Page, label: string | RegExp, value: string): Promise<void> {
  await taskPanel(page).getByRole("textbox", { name: named(label) }).fill(value);
}

/** Types a date (aaaa-mm-jj) into a date field of the current form, found by its label. */
export async function typeDate(page: Page, label: string, isoDate: string): Promise<void> {
  await taskPanel(page).getByLabel(new RegExp(`^${escape(label)}( \\*)?$`, "u")).fill(isoDate);
}

/** Chooses an option of a select of the current form, found by its accessible name. */
export async function select(page: Page, label: string | RegExp, option: string): Promise<void> {
  await taskPanel(page).getByRole("combobox", { name: named(label) }).selectOption({ label: option });
}

/** The feedback the machine gave on the last decision (title with the points, expected answer, explanation). */
export function feedback(page: Page): Locator {
  return taskPanel(page).getByRole("region", { name: /^(Bonne réponse|Réponse à revoir|Pas dans l'ordre du cours|Action refusée) — \d+ \/ \d+ points?$/u });
}

/** How the machine judged a decision, as the page says it. */
export interface Judgement {
  right: boolean;
  /** The feedback's text (title, expected answer, explanation), or the decision as the stage's results list it. */
  text: string;
}

/** The judgement of the last decision: the feedback panel, or, when the decision ended the stage, its line in the results. */
async function lastJudgement(page: Page): Promise<Judgement> {
  const panel = feedback(page);
  const interlude = taskPanel(page).getByRole("region", { name: /^Étape terminée/u });
  const bilan = review(page);
  await expect.poll(async () => (await panel.count()) + (await interlude.count()) + (await bilan.count()), { timeout: 5_000 }).toBeGreaterThan(0);
  if ((await panel.count()) > 0) {
    const text = await textOf(panel);
    return { right: text.startsWith("Bonne réponse"), text };
  }
  const last = (await interlude.count()) > 0 ? interlude.getByRole("listitem").last() : bilan.getByRole("heading", { level: 5 }).last();
  const text = await textOf(last);
  return { right: text.startsWith("✓"), text };
}

/**
 * Submits the current check with its button (clicked, or reached with Tab and pressed with Enter),
 * waits until the form has been replaced by the next one (or the stage's results), and returns how
 * the decision was judged.
 */
export async function submitCheck(page: Page, button: string | RegExp, hands: "mouse" | "keyboard" = "mouse"): Promise<Judgement> {
  const submit = taskPanel(page).getByRole("button", { name: named(button) });
  await expect.poll(() => submit.isEnabled(), { timeout: 5_000 }).toBe(true);
  const before = await peekText(currentCheck(page));
  if (hands === "mouse") await submit.click();
  else {
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
  }
  await expect.poll(async () => (await submit.count()) === 0 || (await peekText(currentCheck(page))) !== before, { timeout: 5_000 }).toBe(true);
  return lastJudgement(page);
}

/** Asserts the decision was judged right. */
export function expectRight(judgement: Judgement): void {
  expect(judgement.right, judgement.text).toBe(true);
}

/** Asserts the decision was judged wrong, and returns what the learner is told. */
export function expectWrong(judgement: Judgement): string {
  expect(judgement.right, judgement.text).toBe(false);
  return judgement.text;
}

/** Between two stages: reads the stage's results and goes on to the next stage. */
export async function continueToNextStage(page: Page, nextStage: string): Promise<string> {
  const interlude = taskPanel(page).getByRole("region", { name: /^Étape terminée/u });
  const text = await textOf(interlude);
  await interlude.getByRole("button", { name: `Continuer : ${nextStage}` }).click();
  await taskPanel(page).getByRole("heading", { name: nextStage, level: 2 }).waitFor();
  return text;
}

/** The end-of-scenario review. */
export function review(page: Page): Locator {
  return page.getByRole("region", { name: /^Bilan du scénario/u });
}

export interface ReviewReading {
  /** "100 %" as printed in large. */
  overallPercent: string;
  /** The table's total row ("Ensemble du scénario 16 / 16 points 100 % aucun"). */
  overallText: string;
  /** Every decision's heading as printed: "✓ Juste — Compte client…", "✗ À revoir — …". */
  decisions: string[];
}

/** Waits for the review and reads the overall score and every decision's verdict. */
export async function readReview(page: Page): Promise<ReviewReading> {
  const bilan = review(page);
  await bilan.getByRole("heading", { name: /^Bilan du scénario/u, level: 2 }).waitFor();
  const overallPercent = (await textOf(bilan.locator(".review-percent"))).replace("Score global : ", "").trim();
  const overallText = (await bilan.getByRole("row", { name: /^Ensemble du scénario/u }).getByRole("cell").allTextContents()).map(plain).join(" ");
  const decisions = (await bilan.getByRole("heading", { level: 5 }).allTextContents()).map((text) => plain(text).replace(/\s+/gu, " ").trim());
  return { overallPercent, overallText, decisions };
}

/**
 * Moves the focus with the Tab key, as a keyboard-only learner does, until `target` has it
 * (fails when it is not reached within `maxTabs` presses: a control out of the tab order).
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 150): Promise<void> {
  for (let presses = 0; presses < maxTabs; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Élément jamais atteint au clavier en ${maxTabs} tabulations.`);
}

/** The invoice control: a mention or figure of the invoice to report, found by its accessible name's start. */
export function controlTarget(page: Page, name: string): Locator {
  return taskPanel(page).getByRole("button", { name: new RegExp(`^${escape(name)}`, "u") });
}

/** Reports a mention as missing or a figure as wrong, with the keyboard (Tab to it, then Space). */
export async function markWithKeyboard(page: Page, name: string): Promise<void> {
  const target = controlTarget(page, name);
  await tabTo(page, target);
  await page.keyboard.press("Space");
  await expect.poll(() => target.getAttribute("aria-pressed")).toBe("true");
}

function todayLocator(page: Page): Locator {
  return taskPanel(page).getByText(/^Nous sommes le/u).locator("strong");
}

/** The simulated date the follow-up panel shows ("25/04/2026"). */
export async function simulatedToday(page: Page): Promise<string> {
  return textOf(todayLocator(page));
}

/** Moves the simulated clock with one of its buttons; waits for the new day (or the end of the scenario). */
export async function advanceClock(page: Page, button: "Jour suivant" | "Aller au prochain événement" | "Aller à la prochaine échéance de relance"): Promise<void> {
  const before = await simulatedToday(page);
  await taskPanel(page).getByRole("region", { name: "Horloge simulée" }).getByRole("button", { name: button, exact: true }).click();
  await expect
    .poll(async () => (await review(page).count()) > 0 || ((await peekText(todayLocator(page))) ?? before) !== before, { timeout: 5_000 })
    .toBe(true);
}

/** The follow-up card of an invoice ("Facture FA-2026-00140 — …"). */
export function followedInvoice(page: Page, number: string): Locator {
  return taskPanel(page).getByRole("article", { name: new RegExp(`^Facture ${escape(number)} — `, "u") });
}
