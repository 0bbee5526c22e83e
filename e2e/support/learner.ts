/**
 * What a learner does in the simulator, said as a teacher would say it: open a scenario from the
 * library, look at a module of the PGI, answer the current check, submit, read the feedback, read
 * the review. Only what the page offers: roles, labels, clicks, typing; never the storage.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { expect, onTestFailed } from "vitest";
import { openPage, type OpenedPage } from "./browser";

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

/** The home page of the site at `siteUrl`: its folder on a server, its index.html when opened as a local file. */
export function homePage(siteUrl: string): string {
  return siteUrl.startsWith("file:") ? `${siteUrl}/index.html` : `${siteUrl}/`;
}

/** The scenario library, as reached from the site's main navigation. Fails fast (5 s) on a missing control. */
export async function openLibrary(page: Page, siteUrl: string): Promise<void> {
  page.setDefaultTimeout(5_000);
  await page.goto(homePage(siteUrl), { waitUntil: "networkidle" });
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Scénarios", exact: true }).click();
  await page.getByRole("heading", { name: "Bibliothèque des scénarios", level: 1 }).waitFor();
}

/** From the library: the card's link ("Commencer : <titre>", or "Reprendre…" once started), then the PGI. */
export async function openScenario(page: Page, title: string): Promise<void> {
  const card = page.getByRole("article", { name: title, exact: true });
  await card.getByRole("link", { name: new RegExp(`: ${escape(title)}$`, "u") }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
  // On a tablet the PGI waits behind its tab (« Tâche » shows first): the modules or the task, then.
  await modulesNav(page).or(taskPanel(page)).first().waitFor();
  await stageReady(page);
}

/**
 * The running stage's panel is on screen (its code is fetched when the stage starts, docs/decisions/0139:
 * « Ouverture de l'étape… » until then), or the game is over (the review).
 */
export async function stageReady(page: Page): Promise<void> {
  await taskPanel(page).locator(".stage-panel").or(review(page)).first().waitFor();
}

/**
 * How a journey begins: a fresh page, its screen printed if the test fails, the library, then the
 * scenario `title` (its PGI shown).
 */
export async function startScenario(browser: Browser, siteUrl: string, title: string): Promise<OpenedPage> {
  const opened = await openPage(browser);
  showScreenOnFailure(opened.page);
  await openLibrary(opened.page, siteUrl);
  await openScenario(opened.page, title);
  return opened;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** An exact accessible name. */
function named(label: string | RegExp): RegExp {
  if (label instanceof RegExp) return label;
  return new RegExp(`^${escape(label)}$`, "u");
}

function modulesNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Modules du PGI" });
}

/** The « PGI » / « Tâche » switch that narrow screens (< 1024 px) show above the workspace. */
export function workspaceSwitch(page: Page): Locator {
  return page.getByRole("tablist", { name: "Afficher le PGI ou la tâche" });
}

/**
 * On a narrow screen, shows one area of the workspace by its tab (clicked); on a wide screen both
 * are shown and there is nothing to do.
 */
export async function showArea(page: Page, area: "PGI" | "Tâche"): Promise<void> {
  const tab = workspaceSwitch(page).getByRole("tab", { name: area, exact: true });
  if (!(await tab.isVisible()) || (await tab.getAttribute("aria-selected")) === "true") return;
  await tab.click();
  await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
}

/** Opens a module of the PGI ("Courrier reçu", "Clients"…) and returns its screen (on a tablet, the « PGI » tab first). */
export async function openModule(page: Page, label: string): Promise<Locator> {
  await showArea(page, "PGI");
  await modulesNav(page).getByRole("button", { name: label, exact: true }).click();
  const screen = page.getByRole("region", { name: label, exact: true });
  await screen.getByRole("heading", { name: label, level: 2 }).waitFor();
  // Every screen but the mail comes in its own chunk (docs/decisions/0148): its content follows « Chargement… ».
  await screen.getByRole("status").filter({ hasText: /^Chargement…$/u }).waitFor({ state: "detached" });
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

/**
 * The feedback the machine gave on the last decision (title with the points, expected answer, explanation).
 * When the decision moved the simulated date (an invoice sent, then an incident days later), the
 * title starts with the day it was taken: "Décision du 08/06/2026 : Bonne réponse — 2 / 2 points"; a decision
 * scored in parts may earn half points ("Réponse à revoir — 1,5 / 2 points").
 */
export function feedback(page: Page): Locator {
  return taskPanel(page).getByRole("region", { name: /^(Décision du \d{2}\/\d{2}\/\d{4} : )?(Bonne réponse|Réponse à revoir|Pas dans l'ordre du cours|Action refusée) — \d+(,\d+)? \/ \d+(,\d+)? points?$/u });
}

/** How the machine judged a decision, as the page says it. */
export interface Judgement {
  right: boolean;
  /** The feedback's text (title, expected answer, explanation), or the decision as the stage's results list it. */
  text: string;
}

/**
 * Waits until the page has stopped scrolling: a judged decision (or a step let pass, judged missed)
 * focuses its feedback, then brings it into view with a smooth scroll
 * (components/player/feedbackFocus.ts) that moves the next form for about 200 ms. A click while
 * it moves can start on the button and end beside it, so the browser sends no click: a learner
 * would read the feedback first. Settled = the scroll positions of the window and of the focused
 * element's scrollers unchanged for five frames (the scroll starts two frames after the
 * feedback), or 3 s at most (the next action then fails by itself).
 */
async function scrollsSettled(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const positions = () => {
      const list = [window.scrollX, window.scrollY];
      for (let node = document.activeElement; node !== null; node = node.parentElement) list.push(node.scrollTop);
      return list.join(",");
    };
    const deadline = performance.now() + 3000;
    let last = positions();
    for (let still = 0; still < 5 && performance.now() < deadline; ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = positions();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  })()`);
}

/** The judgement of the last decision: the feedback panel, or, when the decision ended the stage, its line in the results. */
async function lastJudgement(page: Page): Promise<Judgement> {
  const panel = feedback(page);
  const interlude = taskPanel(page).getByRole("region", { name: /^Étape terminée/u });
  const bilan = review(page);
  await expect.poll(async () => (await panel.count()) + (await interlude.count()) + (await bilan.count())).toBeGreaterThan(0);
  await scrollsSettled(page);
  if ((await panel.count()) > 0) {
    const text = await textOf(panel);
    return { right: /^(Décision du \d{2}\/\d{2}\/\d{4} : )?Bonne réponse/u.test(text), text };
  }
  const last = (await interlude.count()) > 0 ? interlude.getByRole("listitem").last() : reviewedDecisions(bilan).last();
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
  await expect.poll(() => submit.isEnabled()).toBe(true);
  const before = await peekText(currentCheck(page));
  if (hands === "mouse") await submit.click();
  else {
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
  }
  // A wrong answer in training keeps the check open for a second try (docs/decisions/0130).
  const secondTry = taskPanel(page).getByRole("group", { name: "Second essai" });
  await expect.poll(async () => (await submit.count()) === 0 || (await peekText(currentCheck(page))) !== before || (await secondTry.count()) > 0).toBe(true);
  return lastJudgement(page);
}

/** A wrong decision stays wrong: when training offers a second try (0130), the learner declines it. */
export async function declineSecondTry(page: Page): Promise<void> {
  const decline = taskPanel(page).getByRole("button", { name: "Continuer sans corriger" });
  if ((await decline.count()) === 0) return;
  await decline.click();
  await scrollsSettled(page);
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
  await stageReady(page);
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

/** The heading of each decision of « Revue de chaque décision » (the corrected copy has headings of its own). */
function reviewedDecisions(bilan: Locator): Locator {
  return bilan.locator(".review-decision").getByRole("heading", { level: 5 });
}

/** Waits for the review and reads the overall score and every decision's verdict. */
export async function readReview(page: Page): Promise<ReviewReading> {
  const bilan = review(page);
  await bilan.getByRole("heading", { name: /^Bilan du scénario/u, level: 2 }).waitFor();
  const overallPercent = (await textOf(bilan.locator(".review-percent"))).replace("Score global : ", "").trim();
  const overallText = (await bilan.getByRole("row", { name: /^Ensemble du scénario/u }).getByRole("cell").allTextContents()).map(plain).join(" ");
  const decisions = (await reviewedDecisions(bilan).allTextContents()).map((text) => plain(text).replace(/\s+/gu, " ").trim());
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

/** The document opened from the task panel: it shows in the main area of the PGI, in place of the module (docs/decisions/0132). */
export function openedDocument(page: Page): Locator {
  return page.getByRole("region", { name: "Document ouvert" });
}

/** The invoice to control, opened in the main area when stage 4 starts. */
export function controlDocument(page: Page): Locator {
  return openedDocument(page).getByRole("region", { name: /à contrôler$/u });
}

/**
 * The invoice control: a mention or figure of the invoice to report (on the invoice, in the main
 * area) or a mention to report as missing (the list, in the task panel), found by its accessible name's start.
 */
export function controlTarget(page: Page, name: string): Locator {
  return controlDocument(page).or(taskPanel(page)).getByRole("button", { name: new RegExp(`^${escape(name)}`, "u") });
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
export async function advanceClock(page: Page, button: "Jour suivant" | "Aller à la prochaine échéance de relance"): Promise<void> {
  const before = await simulatedToday(page);
  await taskPanel(page).getByRole("region", { name: "Horloge simulée" }).getByRole("button", { name: button, exact: true }).click();
  await expect
    .poll(async () => (await review(page).count()) > 0 || ((await peekText(todayLocator(page))) ?? before) !== before)
    .toBe(true);
  // A step let pass is judged missed on the new day: its feedback scrolls into view as a decision's does.
  await scrollsSettled(page);
}

/**
 * Ends the follow-up as a learner does: "Terminer le suivi", then "Terminer" in the confirmation
 * (decisions not taken count as missed); waits for the review.
 */
export async function endFollowUp(page: Page, hands: "mouse" | "keyboard" = "mouse"): Promise<void> {
  const clock = taskPanel(page).getByRole("region", { name: "Horloge simulée" });
  const end = clock.getByRole("button", { name: "Terminer le suivi", exact: true });
  const confirm = clock.getByRole("group", { name: "Terminer le suivi ? Les décisions non prises seront comptées comme manquées." }).getByRole("button", { name: "Terminer", exact: true });
  if (hands === "mouse") {
    await end.click();
    await confirm.click();
  } else {
    await tabTo(page, end);
    await page.keyboard.press("Enter");
    // The confirmation puts the focus on "Annuler": one Shift+Tab back to "Terminer".
    await page.keyboard.press("Shift+Tab");
    await expect.poll(() => confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
  }
  await review(page).waitFor();
}

/** The follow-up card of an invoice ("Facture FA-2026-00140 — …"). */
export function followedInvoice(page: Page, number: string): Locator {
  return taskPanel(page).getByRole("article", { name: new RegExp(`^Facture ${escape(number)} — `, "u") });
}

/** Ticks (or unticks) a checkbox of the current form by its label. */
export async function tick(page: Page, label: string | RegExp, checked = true): Promise<void> {
  await taskPanel(page).getByRole("checkbox", { name: named(label) }).setChecked(checked);
}

/** The answers to the seven checks of an incoming order and the decision, as the answer key gives them. */
export interface OrderChecks {
  /** An existing account, as the list offers it: "C0077 — Menuiserie Vasseur". */
  account: string;
  /** The solvency verdict's label (start): "Solvabilité saine", "Client insolvable"… */
  solvency: string;
  /** The credit verdict, and the two figures it follows from (required fields). */
  credit: { verdict: "Plafond respecté" | "Plafond dépassé"; outstanding: string; orderTotal: string };
  /** The account's successive remises ("3" or "10 ; 5") and escompte ("2"), empty when none. */
  conditions?: { discounts?: string; cash?: string };
  /** The anomalies to tick, by label ("Bon de commande non signé"); none: "Valider : aucune anomalie". */
  anomalies?: string[];
  /** Per reference, the stock verdict ("Disponible"…), with the date (aaaa-mm-jj) when it waits. */
  stock: Record<string, string | { verdict: string; date: string }>;
  /** The deposit's amount TTC ("340,00"), or null for none. */
  deposit: string | null;
  /** The decision's label ("Accepter", "Refuser"…), its button and, for a hold or refusal, the reason written to the customer. */
  decision: { choice: string; button: string; reason?: string };
}

/**
 * Stage 1 played check by check from the task panel, each decision submitted with its button;
 * returns the judgements in order (7 checks, then the decision).
 */
export async function checkTheOrder(page: Page, answers: OrderChecks): Promise<Judgement[]> {
  const judged: Judgement[] = [];
  await choose(page, "Compte trouvé dans le fichier clients");
  await select(page, "Compte du client", answers.account);
  judged.push(await submitCheck(page, "Valider le compte client"));
  await choose(page, new RegExp(`^${escape(answers.solvency)}`, "u"));
  judged.push(await submitCheck(page, "Valider la solvabilité"));
  await choose(page, new RegExp(`^${escape(answers.credit.verdict)}`, "u"));
  await type(page, "Encours du client", answers.credit.outstanding);
  await type(page, "Montant TTC de la commande", answers.credit.orderTotal);
  judged.push(await submitCheck(page, "Valider le contrôle de l'encours"));
  if (answers.conditions?.discounts !== undefined) await type(page, "Remises successives (%)", answers.conditions.discounts);
  if (answers.conditions?.cash !== undefined) await type(page, "Escompte (%)", answers.conditions.cash);
  judged.push(await submitCheck(page, "Appliquer les conditions"));
  const anomalies = answers.anomalies ?? [];
  for (const anomaly of anomalies) await tick(page, anomaly);
  judged.push(await submitCheck(page, anomalies.length === 0 ? "Valider : aucune anomalie" : `Valider : ${anomalies.length} anomalie${anomalies.length > 1 ? "s" : ""}`));
  for (const [reference, answer] of Object.entries(answers.stock)) {
    const { verdict, date } = typeof answer === "string" ? { verdict: answer, date: undefined } : answer;
    await select(page, `Verdict, ${reference}`, verdict);
    if (date !== undefined) {
      await taskPanel(page).getByRole("group", { name: new RegExp(`^${escape(reference)} — `, "u") }).getByLabel(/^Date (de livraison promise|du reliquat)/u).fill(date);
    }
  }
  judged.push(await submitCheck(page, "Valider le contrôle du stock"));
  if (answers.deposit === null) await choose(page, "Non, pas d'acompte");
  else {
    await choose(page, "Oui, un acompte est exigé");
    await type(page, "Montant de l'acompte TTC", answers.deposit);
  }
  judged.push(await submitCheck(page, "Valider l'acompte"));
  await choose(page, answers.decision.choice);
  if (answers.decision.reason !== undefined) await type(page, "Motif communiqué au client", answers.decision.reason);
  judged.push(await submitCheck(page, answers.decision.button));
  return judged;
}

/** Stage 2, step 1: the order typed into the PGI, per reference its quantity and unit price HT, then the account's remises. */
export async function recordTheOrder(page: Page, lines: Record<string, { quantity: string; unitPrice: string }>, discounts = ""): Promise<Judgement> {
  for (const [reference, line] of Object.entries(lines)) {
    await type(page, `Quantité, ${reference}`, line.quantity);
    await type(page, `Prix unitaire HT, ${reference}`, line.unitPrice);
  }
  if (discounts !== "") await type(page, "Remises du compte client (%)", discounts);
  return submitCheck(page, "Enregistrer la commande");
}

/** Stage 2, step 2: the acknowledgement, with the delivery date promised (aaaa-mm-jj) and the deposit asked, if any. */
export async function acknowledgeTheOrder(page: Page, deliveryDate: string, deposit?: string): Promise<Judgement> {
  await typeDate(page, "Date de livraison promise", deliveryDate);
  if (deposit !== undefined) await type(page, "Acompte demandé TTC", deposit);
  return submitCheck(page, "Envoyer l'accusé de réception");
}

/** Stage 2, step 3: a delivery note, per reference the quantity leaving now ("0" when it waits). */
export async function deliver(page: Page, quantities: Record<string, string>): Promise<Judgement> {
  for (const [reference, quantity] of Object.entries(quantities)) await type(page, `Quantité livrée, ${reference}`, quantity);
  return submitCheck(page, "Valider le bon de livraison");
}

/** Stage 2, step 4: the order's status, as its documents imply it ("Livrée"…). */
export async function updateOrderStatus(page: Page, status: string): Promise<Judgement> {
  await select(page, "Statut de la commande", status);
  return submitCheck(page, "Mettre à jour le statut");
}

/** Stage 3: the documents the invoice is drawn from, by the start of their label ("Bon de livraison BL-2026-00001"). */
export async function draftTheInvoice(page: Page, documents: string[]): Promise<Judgement> {
  for (const document of documents) await taskPanel(page).getByRole("checkbox", { name: new RegExp(`^${escape(document)}\\b`, "u") }).check();
  return submitCheck(page, "Établir la facture (brouillon)");
}

/** The invoice's cascade as the learner computes it; `vat` by the rate as the form says it ("20 %", "5,5 %"). */
export interface Cascade {
  netCommercial: string;
  totalExclTax: string;
  vat: Record<string, string>;
  totalInclTax: string;
  amountDue: string;
}

/** Stage 3: types the cascade and records it. */
export async function computeTheInvoice(page: Page, cascade: Cascade): Promise<Judgement> {
  await type(page, "Net commercial HT", cascade.netCommercial);
  await type(page, "Total HT", cascade.totalExclTax);
  for (const [rate, amount] of Object.entries(cascade.vat)) await type(page, `TVA à ${rate}`, amount);
  await type(page, "Total TTC", cascade.totalInclTax);
  await type(page, "Net à payer", cascade.amountDue);
  return submitCheck(page, "Enregistrer le calcul");
}

/** Stage 3: validates the draft under the number typed (the next of the series). */
export async function validateTheInvoice(page: Page, number: string): Promise<Judgement> {
  await type(page, "Numéro de la facture", number);
  return submitCheck(page, "Valider la facture");
}

/** Stage 3: sends "la facture" (or "la facture d'avoir") by one of the three routes the form offers. */
export async function sendTheDocument(
  page: Page,
  what: "la facture" | "la facture d'avoir" | "la facture d'acompte",
  channel: "plateforme agréée (Factur-X)" | "courriel (PDF)" | "courrier postal",
): Promise<Judgement> {
  await choose(page, channel);
  return submitCheck(page, `Envoyer ${what}`);
}

/** Stage 3: a partial credit note, line by line (reference, quantity, unit price HT credited), with its reason. */
export async function issueCreditNote(page: Page, lines: { reference: string; quantity: string; unitPrice: string }[], reason: string): Promise<Judgement> {
  await choose(page, "Avoir partiel : les lignes à créditer");
  for (const [index, line] of lines.entries()) {
    if (index > 0) await taskPanel(page).getByRole("button", { name: "Ajouter une ligne" }).click();
    await select(page, `Article, ligne ${index + 1}`, line.reference);
    await type(page, `Quantité, ligne ${index + 1}`, line.quantity);
    await type(page, `Prix unitaire HT crédité (€), ligne ${index + 1}`, line.unitPrice);
  }
  await type(page, "Motif de l'avoir", reason);
  return submitCheck(page, "Établir la facture d'avoir");
}

/** Stage 5: the day's action for a followed invoice ("Relance 1 (courtoise)"…), chosen and validated with the mouse. */
export async function decideForInvoice(page: Page, number: string, action: string): Promise<Judgement> {
  await followedInvoice(page, number).getByRole("radio", { name: action, exact: true }).check();
  return submitCheck(page, `Valider l'action du jour pour la facture ${number}`);
}

/** Stage 5: a mail to enter in the PGI ("Relevé bancaire : règlement reçu"…), found by its title. */
export function mailToEnter(page: Page, title: "Relevé bancaire : règlement reçu" | "Courrier du client : contestation" | "Accord avec le client : règlement du litige"): Locator {
  return taskPanel(page).getByRole("article", { name: title, exact: true });
}

/** Stage 5: the invoice a mail concerns, as the list offers it ("FA-2026-00402 (Agence Com'Loire)"). */
async function chooseInvoiceConcerned(entry: Locator, invoice: string): Promise<void> {
  const list = entry.getByRole("combobox", { name: "Facture concernée", exact: true });
  const option = list.getByRole("option", { name: new RegExp(`^${escape(invoice)} \\(`, "u") });
  await list.selectOption({ label: (await option.textContent()) ?? invoice });
}

/** Stage 5: a payment read on the bank statement, entered on its invoice (amount "700,00", date aaaa-mm-jj). */
export async function recordPayment(page: Page, invoice: string, amount: string, isoDate: string): Promise<Judgement> {
  const entry = mailToEnter(page, "Relevé bancaire : règlement reçu");
  await chooseInvoiceConcerned(entry, invoice);
  await entry.getByRole("textbox", { name: "Montant reçu (€)", exact: true }).fill(amount);
  await entry.getByLabel("Date du règlement", { exact: true }).fill(isoDate);
  return submitCheck(page, "Enregistrer le règlement");
}

/** Stage 5: the customer's contest of an invoice, entered as a dispute. */
export async function openDispute(page: Page, invoice: string): Promise<Judgement> {
  await chooseInvoiceConcerned(mailToEnter(page, "Courrier du client : contestation"), invoice);
  return submitCheck(page, "Ouvrir le litige");
}

/** Stage 5: the agreement that ends a dispute ("avoir", "rabais (accordé par avoir)"…), with its amount HT if any. */
export async function settleDispute(page: Page, invoice: string, settlement: string, amount?: string): Promise<Judgement> {
  const entry = mailToEnter(page, "Accord avec le client : règlement du litige");
  await chooseInvoiceConcerned(entry, invoice);
  await entry.getByRole("radio", { name: settlement, exact: true }).check();
  if (amount !== undefined) await entry.getByRole("textbox", { name: /^Montant HT de l'avoir/u }).fill(amount);
  return submitCheck(page, "Enregistrer le règlement du litige");
}

/** Reports a mention as missing or a figure as wrong, with a click. */
export async function markWithMouse(page: Page, name: string): Promise<void> {
  const target = controlTarget(page, name);
  await target.click();
  await expect.poll(() => target.getAttribute("aria-pressed")).toBe("true");
}

/** Stage 2, while the back-order waits: moves the clock to the supply's arrival ("Avancer au 15/05/2026 …"); the next delivery note is asked. */
export async function waitForSupply(page: Page): Promise<string> {
  const button = taskPanel(page).getByRole("button", { name: /^Avancer au \d{2}\/\d{2}\/\d{4}/u });
  const label = plain(await button.textContent());
  await button.click();
  await taskPanel(page).getByRole("button", { name: "Valider le bon de livraison" }).waitFor();
  return label;
}

/** Stage 3: the deposit invoice, its amount TTC typed as the order's check fixed it. */
export async function issueDepositInvoice(page: Page, amount: string): Promise<Judgement> {
  await type(page, "Montant de la facture d'acompte (TTC, en €)", amount);
  return submitCheck(page, "Établir la facture d'acompte");
}
