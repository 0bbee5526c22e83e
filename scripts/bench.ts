/**
 * npm run bench — every figure of issue 16, each printed on its line with its target and ✓ or ✗,
 * then together in a table (scripts/benchFigures.ts). A measure, not a test: the exit code is 0
 * even when a target is missed.
 * - Node: invoice cascade, validation of the bundled scenarios (machines/scenarioCheck.ts, what
 *   `npm run scenario -- validate` runs) and their replay, as scenarios replayed per second;
 * - with out/ (`npm run build`) and Chromium, one browser and one static server for all of them:
 *   the JavaScript to the first decision of each bundled scenario (benchFirstDecision.ts), the
 *   first-load JavaScript of every other page against an empty Next.js page of the installed
 *   version (emptyNextPage.ts, docs/decisions/0111), click to feedback painted, at full speed and
 *   with the CPU slowed 4 × (benchClickFeedback.ts), the invoice PDF cold and warm (benchPdf.ts);
 * - with `--tests`: the unit suite and the browser suite (its build included), timed as child processes.
 * Decisions: docs/decisions/0136.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "playwright-core";
import { computeInvoice, type Scenario } from "@/domain";
import { parseScenarioText } from "@/domain/scenarioLoad";
import { playScenario } from "@/machines/player";
import { solveScenario } from "@/machines/answerKey";
import { checkScenarioText } from "@/machines/scenarioCheck";
import { chromiumPath, launchBrowser } from "../e2e/support/browser";
import { exportedPages } from "../e2e/support/exportedSite";
import { EMPTY_NEXT_PAGE, FIRST_LOAD_RATIO_LIMIT, firstLoadGzipBytes, formatKiB, PLAYER_ROUTE } from "../e2e/support/pageWeight";
import { startStaticServer } from "../e2e/support/server";
import { figureLine, formatMs, percentile, summaryTable, type Figure } from "./benchFigures";
import { benchClickToFeedback, CLICK_SCENARIO_ID, CLICK_SLOWED_TARGET_MS, CLICK_TARGET_MS, CPU_SLOWDOWN, type ClickFeedbackResult, type ClickMoment } from "./benchClickFeedback";
import { benchJavaScriptToFirstDecision, FIRST_DECISION_TARGET_BYTES } from "./benchFirstDecision";
import { benchInvoicePdfInBrowser, ON_SCREEN_MS, PDF_BENCH_SCENARIO_ID, PDF_COLD_TARGET_MS, PDF_WARM_TARGET_MS, pdfMainThreadText, pdfRunsText } from "./benchPdf";
import { emptyNextPageBytes } from "./emptyNextPage";
import { isScenarioFileName } from "./scenario";

/** Every figure measured so far, in the order printed: the final table repeats them. */
const figures: Figure[] = [];

function report(figure: Figure): void {
  figures.push(figure);
  console.log(figureLine(figure));
}

function time<T>(runs: number, work: () => T): { perRunMs: number; last: T } {
  let last = work(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) last = work();
  return { perRunMs: (performance.now() - start) / runs, last };
}

/** « 548,3 µs », « 12,5 ms »: French decimals, like every figure of the bench. */
function format(ms: number): string {
  return ms < 1 ? formatMs(ms * 1000).replace("ms", "µs") : formatMs(ms);
}

function benchInvoice(): void {
  const lines = Array.from({ length: 60 }, (_, i) => ({ description: `Article ${i + 1}`, quantity: (i % 7) + 1, unitPriceCents: 1_000 + i * 137, vatRate: i % 3 === 0 ? 5.5 : 20 }));
  const { perRunMs } = time(2_000, () => computeInvoice({ lines, tradeDiscounts: [10, 5], cashDiscount: 2, shippingCents: 4_500, depositCents: 10_000 }));
  console.log(`computeInvoice, facture de 60 lignes à deux taux : ${format(perRunMs)} par calcul`);
}

/** The bundled scenarios' files (the same ones `validate scenarios` checks), read once: the disk is not what is measured. */
function bundledScenarioTexts(): (readonly [file: string, text: string])[] {
  return readdirSync("scenarios")
    .filter(isScenarioFileName)
    .map((file) => [file, readFileSync(join("scenarios", file), "utf8")] as const);
}

function parseBundled(texts: readonly (readonly [string, string])[]): { file: string; scenario: Scenario }[] {
  return texts.map(([file, text]) => {
    const parsed = parseScenarioText(text, file);
    if (!parsed.ok) throw new Error(`${file} invalide`);
    return { file, scenario: parsed.scenario };
  });
}

/** Issue 16, item 4: replays per second and the whole validation's time. */
const REPLAYS_PER_SECOND_TARGET = 1_000;
const VALIDATION_TARGET_MS = 100;

function benchScenarios(texts: readonly (readonly [string, string])[]): void {
  const parse = time(20, () => texts.map(([file, text]) => parseScenarioText(text, file)));
  console.log(`Lecture + schéma + cohérence des ${texts.length} scénarios livrés : ${format(parse.perRunMs)}`);
  const scenarios = parseBundled(texts);
  const solve = time(5, () => scenarios.map(({ scenario }) => solveScenario(scenario)));
  console.log(`Corrigé du moteur joué sur les ${scenarios.length} scénarios : ${format(solve.perRunMs)}`);
  // What `npm run scenario -- validate` does to each file: syntax, schema, coherence, the answer key to full marks.
  const validate = time(5, () => texts.map(([file, text]) => checkScenarioText(text, file)));
  report({ label: `Validation des ${texts.length} scénarios livrés (validate)`, value: formatMs(validate.perRunMs), target: `< ${VALIDATION_TARGET_MS} ms`, met: validate.perRunMs < VALIDATION_TARGET_MS });
  const recordings = scenarios.map(({ scenario }) => ({ scenario, events: solveScenario(scenario).events }));
  const replay = time(5, () => recordings.map(({ scenario, events }) => playScenario(scenario, events)));
  const perSecond = (recordings.length * 1_000) / replay.perRunMs;
  report({
    label: "Rejeux complets de scénarios livrés par seconde (Node)",
    value: `${integerFormat.format(perSecond)} /s (${recordings.length} en ${format(replay.perRunMs)})`,
    target: `≥ ${integerFormat.format(REPLAYS_PER_SECOND_TARGET)} /s`,
    met: perSecond >= REPLAYS_PER_SECOND_TARGET,
  });
}

const integerFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** The constant the build test compares with (e2e/support/pageWeight.ts), checked against the empty page just measured. */
function checkEmptyPageConstant(empty: { version: string; bytes: number }): void {
  const drift = Math.abs(empty.bytes - EMPTY_NEXT_PAGE.firstLoadBytes) / EMPTY_NEXT_PAGE.firstLoadBytes;
  if (empty.version !== EMPTY_NEXT_PAGE.nextVersion || drift > EMPTY_PAGE_DRIFT) {
    console.warn(
      `ATTENTION : la page vide de Next ${empty.version} pèse ${empty.bytes} octets ; e2e/support/pageWeight.ts dit ${EMPTY_NEXT_PAGE.firstLoadBytes} octets pour Next ${EMPTY_NEXT_PAGE.nextVersion}. Mettez EMPTY_NEXT_PAGE à jour.`,
    );
  }
}

/** Beyond 2 %, the figure the build test uses no longer describes the installed Next. */
const EMPTY_PAGE_DRIFT = 0.02;

const ratioFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Issue 16, item 1: every page but a scenario's player, at most 1,25 × the empty Next page. */
function benchFirstLoad(out: string): void {
  const empty = emptyNextPageBytes();
  checkEmptyPageConstant(empty);
  const limit = empty.bytes * FIRST_LOAD_RATIO_LIMIT;
  console.log(`JavaScript au premier chargement (gzip), par page exportée ; page vide de Next ${empty.version} : ${formatKiB(empty.bytes)}, objectif ${ratioFormat.format(FIRST_LOAD_RATIO_LIMIT)} × = ${formatKiB(limit)} :`);
  const rows = exportedPages(out)
    .map(({ route, file }) => ({ route, bytes: firstLoadGzipBytes(readFileSync(file, "utf8"), out) }))
    .sort((a, b) => a.route.localeCompare(b.route));
  for (const { route, bytes } of rows) {
    const verdict = PLAYER_ROUTE.test(route) ? "– lecteur de scénario : jugé jusqu'au premier choix, plus bas" : bytes <= limit ? "✓" : "✗";
    console.log(`  ${route.padEnd(56)} ${formatKiB(bytes).padStart(10)}  × ${ratioFormat.format(bytes / empty.bytes)}  ${verdict}`);
  }
  const judged = rows.filter(({ route }) => !PLAYER_ROUTE.test(route));
  const heaviest = judged.reduce((max, row) => (row.bytes > max.bytes ? row : max), judged[0] ?? { route: "aucune", bytes: 0 });
  report({
    label: `Premier chargement des ${judged.length} autres pages, la plus lourde (${heaviest.route})`,
    value: `${formatKiB(heaviest.bytes)}, × ${ratioFormat.format(heaviest.bytes / empty.bytes)}`,
    target: `≤ ${ratioFormat.format(FIRST_LOAD_RATIO_LIMIT)} × la page vide (${formatKiB(limit)})`,
    met: heaviest.bytes <= limit,
  });
}

async function benchFirstDecision(browser: Browser, siteUrl: string, ids: readonly string[]): Promise<void> {
  const weights = await benchJavaScriptToFirstDecision(browser, siteUrl, ids);
  console.log(`JavaScript jusqu'au premier choix (gzip, contexte neuf, sans partie enregistrée), par scénario livré :`);
  for (const { scenarioId, bytes, files } of weights) console.log(`  /scenarios/${scenarioId}/`.padEnd(58) + `${formatKiB(bytes).padStart(10)}  (${files} fichiers)`);
  console.log("  (/partage/, l'aperçu enseignant et /activite/ : hors de cette mesure, leur scénario arrive par le lien, l'éditeur ou le paquet.)");
  const heaviest = weights[0];
  if (heaviest === undefined) return;
  report({
    label: `JavaScript jusqu'au premier choix, le plus lourd (${heaviest.scenarioId})`,
    value: formatKiB(heaviest.bytes),
    target: `≤ ${formatKiB(FIRST_DECISION_TARGET_BYTES)}`,
    met: heaviest.bytes <= FIRST_DECISION_TARGET_BYTES,
  });
}

/** How each moment of a game is said in the bench's output. */
const CLICK_MOMENT_LABELS: Readonly<Record<ClickMoment, string>> = {
  first: "premier choix",
  secondTry: "second essai",
  last: "dernier choix (bilan)",
  other: "autres",
};

function reportClicks(result: ClickFeedbackResult, slowdown: number, target: number): void {
  const where = slowdown > 1 ? `processeur ralenti ${slowdown} ×` : "cette machine";
  console.log(
    `  ${where} : ${result.clicks} décisions, p95 ${formatMs(result.p95Ms)}, max ${formatMs(result.maxMs)} ; Event Timing : ${result.eventTimingReported} clics au-delà de 16 ms, p95 ${result.eventTimingP95Ms === 0 ? "< 16 ms" : formatMs(result.eventTimingP95Ms)}, écart médian avec le rendu ${formatMs(result.clockGapMedianMs)}`,
  );
  const moments = result.byMoment.map(({ moment, clicks, medianMs, maxMs }) => `${CLICK_MOMENT_LABELS[moment]} ${formatMs(medianMs)} / ${formatMs(maxMs)} (${clicks} clics)`);
  console.log(`    par moment de la partie, médiane / max : ${moments.join(", ")}`);
  console.log(`    plancher du banc (un clic qui ne fait que remplacer un paragraphe, même horloge, non retranché) : médiane ${formatMs(result.floor.medianMs)}, p95 ${formatMs(result.floor.p95Ms)}`);
  report({ label: `Clic → retour affiché, p95, ${where}`, value: formatMs(result.p95Ms), target: `≤ ${target} ms`, met: result.p95Ms <= target });
}

async function benchClicks(browser: Browser, siteUrl: string): Promise<void> {
  console.log(`Clic d'une décision → image du retour affichée (${CLICK_SCENARIO_ID}, parties neuves, une erreur corrigée au second essai par partie) :`);
  reportClicks(await benchClickToFeedback(browser, siteUrl), 1, CLICK_TARGET_MS);
  reportClicks(await benchClickToFeedback(browser, siteUrl, CPU_SLOWDOWN), CPU_SLOWDOWN, CLICK_SLOWED_TARGET_MS);
}

async function benchPdf(browser: Browser, siteUrl: string, scenario: Scenario): Promise<void> {
  const runs = await benchInvoicePdfInBrowser(browser, siteUrl, scenario);
  console.log(`PDF de facture dans Chromium (clic → fichier reçu), médianes : à froid, clic dès l'écran affiché : ${pdfRunsText(runs.atOnce)}`);
  console.log(`Plancher du banc : un téléchargement qui ne coûte rien à la page, mesuré de même (clic de Playwright, arrivée du fichier au banc), non retranché : ${runs.floor.length > 0 ? pdfRunsText(runs.floor) : "non mesuré (voir l'avertissement plus haut)"}`);
  console.log(`PDF de facture, temps processeur du fil principal de la page pour les mêmes clics (le PDF se fait dans un worker, compté dans le temps mesuré) : ${pdfMainThreadText(runs)}`);
  console.log(`Plus longue tâche du fil principal, de l'ouverture de la page au clic après ${ON_SCREEN_MS / 1000} s (préparation du PDF comprise) : ${pdfRunsText(runs.longestTaskBeforeClick)}`);
  const afterScreen = percentile(runs.afterScreen, 50);
  const warm = percentile(runs.warm, 50);
  report({ label: `PDF à froid, clic après ${ON_SCREEN_MS / 1000} s sur l'écran`, value: pdfRunsText(runs.afterScreen), target: `≤ ${PDF_COLD_TARGET_MS} ms`, met: afterScreen <= PDF_COLD_TARGET_MS });
  report({ label: "PDF à chaud", value: pdfRunsText(runs.warm), target: `≤ ${PDF_WARM_TARGET_MS} ms`, met: warm <= PDF_WARM_TARGET_MS });
}

/** A measure that fails (the page changed under it) is reported as such; the others still run. */
async function measured(label: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    report({ label, value: `mesure en échec (${reason})`, target: "voir plus haut", met: false });
  }
}

/** The browser figures, on one Chromium and one static server of out/; said plainly when they cannot be measured. */
async function benchInBrowser(out: string, scenarios: readonly Scenario[]): Promise<void> {
  if (!existsSync(join(out, "index.html"))) {
    console.log("Mesures des pages : out/ absent (lancez « npm run build » avant « npm run bench »).");
    return;
  }
  benchFirstLoad(out);
  try {
    chromiumPath();
  } catch {
    console.log("Mesures dans le navigateur : Chromium absent (apt-get install -y chromium), sautées.");
    return;
  }
  const pdfScenario = scenarios.find(({ id }) => id === PDF_BENCH_SCENARIO_ID);
  if (pdfScenario === undefined) throw new Error(`scénario ${PDF_BENCH_SCENARIO_ID} introuvable`);
  const server = await startStaticServer(out);
  const browser = await launchBrowser();
  try {
    await measured("JavaScript jusqu'au premier choix", () => benchFirstDecision(browser, server.url, scenarios.map(({ id }) => id)));
    await measured("Clic → retour affiché", () => benchClicks(browser, server.url));
    await measured("PDF de facture", () => benchPdf(browser, server.url, pdfScenario));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Issue 16, item 5: the suites' wall time on this machine. */
const SUITES = [
  { label: "Suite unitaire et composants (npx vitest run)", command: ["npx", "vitest", "run"], targetS: 90 },
  { label: "Suite du navigateur, construction comprise (npm run test:e2e)", command: ["npm", "run", "test:e2e"], targetS: 120 },
] as const;

const secondsFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

function benchTests(measure: boolean): void {
  for (const { label, command, targetS } of SUITES) {
    if (!measure) {
      report({ label, value: "non mesuré (--tests)", target: `< ${targetS} s`, met: null });
      continue;
    }
    const start = performance.now();
    const run = spawnSync(command[0], command.slice(1), { stdio: "ignore" });
    const seconds = (performance.now() - start) / 1_000;
    const failed = run.status === 0 ? "" : " (la suite a échoué)";
    report({ label, value: `${secondsFormat.format(seconds)} s${failed}`, target: `< ${targetS} s`, met: run.status === 0 && seconds < targetS });
  }
}

const texts = bundledScenarioTexts();
benchInvoice();
benchScenarios(texts);
await benchInBrowser("out", parseBundled(texts).map(({ scenario }) => scenario));
benchTests(process.argv.includes("--tests"));
console.log(`\nRécapitulatif (issue 16) :\n${summaryTable(figures)}`);
