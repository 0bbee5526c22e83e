/**
 * npm run bench — the figures the closing notes report, measured rather than asserted in tests:
 * engine speed (invoice cascade, scenario validation and replay) and, when out/ exists, the
 * first-load JavaScript of every exported page (gzip), as a browser fetches it, against an empty
 * Next.js page of the installed version (scripts/emptyNextPage.ts, docs/decisions/0111), and the time to
 * produce an invoice PDF in Chromium, cold and warm (scripts/benchPdf.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { computeInvoice, type Scenario } from "@/domain";
import { parseScenarioText } from "@/domain/scenarioLoad";
import { playScenario } from "@/machines/player";
import { solveScenario } from "@/machines/answerKey";
import { exportedPages } from "../e2e/support/exportedSite";
import { EMPTY_NEXT_PAGE, FIRST_LOAD_RATIO_LIMIT, firstLoadGzipBytes, formatKiB, PLAYER_ROUTE } from "../e2e/support/pageWeight";
import { benchInvoicePdfInBrowser, PDF_BENCH_SCENARIO_ID } from "./benchPdf";
import { emptyNextPageBytes } from "./emptyNextPage";
import { isScenarioFileName } from "./scenario";

function time<T>(runs: number, work: () => T): { perRunMs: number; last: T } {
  let last = work(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) last = work();
  return { perRunMs: (performance.now() - start) / runs, last };
}

function format(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(1)} ms`;
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

function benchScenarios(texts: readonly (readonly [string, string])[]): void {
  const parse = time(20, () => texts.map(([file, text]) => parseScenarioText(text, file)));
  console.log(`Lecture + schéma + cohérence des ${texts.length} scénarios livrés : ${format(parse.perRunMs)}`);
  const scenarios = parseBundled(texts);
  const solve = time(5, () => scenarios.map(({ scenario }) => solveScenario(scenario)));
  console.log(`Corrigé du moteur joué sur les ${scenarios.length} scénarios (validate) : ${format(solve.perRunMs)}`);
  const recordings = scenarios.map(({ scenario }) => ({ scenario, events: solveScenario(scenario).events }));
  const replay = time(5, () => recordings.map(({ scenario, events }) => playScenario(scenario, events)));
  console.log(`Rejeu des ${recordings.length} parcours enregistrés (replay) : ${format(replay.perRunMs)}`);
}

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

function benchFirstLoad(): void {
  const out = "out";
  if (!existsSync(join(out, "index.html"))) {
    console.log("Poids des pages : out/ absent (lancez « npm run build » avant « npm run bench »).");
    return;
  }
  const empty = emptyNextPageBytes();
  checkEmptyPageConstant(empty);
  const limit = empty.bytes * FIRST_LOAD_RATIO_LIMIT;
  console.log(`JavaScript au premier chargement (gzip), par page exportée ; page vide de Next ${empty.version} : ${formatKiB(empty.bytes)}, objectif ${ratioFormat.format(FIRST_LOAD_RATIO_LIMIT)} × = ${formatKiB(limit)} :`);
  const rows = exportedPages(out)
    .map(({ route, file }) => ({ route, bytes: firstLoadGzipBytes(readFileSync(file, "utf8"), out) }))
    .sort((a, b) => a.route.localeCompare(b.route));
  for (const { route, bytes } of rows) {
    const verdict = PLAYER_ROUTE.test(route) ? "lecteur de scénario : jugé jusqu'au premier choix (issue 16)" : bytes <= limit ? "ok" : "TROP LOURDE";
    console.log(`  ${route.padEnd(56)} ${formatKiB(bytes).padStart(10)}  × ${ratioFormat.format(bytes / empty.bytes)}  ${verdict}`);
  }
}

const texts = bundledScenarioTexts();
benchInvoice();
benchScenarios(texts);
benchFirstLoad();
const pdfScenario = parseBundled(texts).find(({ scenario }) => scenario.id === PDF_BENCH_SCENARIO_ID)?.scenario;
if (pdfScenario === undefined) throw new Error(`scénario ${PDF_BENCH_SCENARIO_ID} introuvable`);
await benchInvoicePdfInBrowser("out", pdfScenario);
