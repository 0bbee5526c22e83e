/**
 * The weight of the exported pages (issue 12, docs/decisions/0111): every page but a scenario's
 * player loads at most 1,25 times the JavaScript of an empty Next.js page, gzip, as a browser
 * fetches it. The empty page's figure is a constant (e2e/support/pageWeight.ts) that `npm run bench`
 * checks against a fresh build of the empty page; here it is only checked to be for the installed Next.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_SCENARIO_FILES } from "./support/exportedSite";
import { exportedPages, firstLoadScripts } from "./support/exportedSite";
import { BUNDLED_SCENARIO_ROUTE, EMPTY_NEXT_PAGE, FIRST_DECISION_TARGET_BYTES, FIRST_LOAD_RATIO_LIMIT, firstLoadGzipBytes, formatKiB, installedNextVersion, PLAYER_ROUTE, SCENARIO_FIRST_LOAD_CEILING_BYTES } from "./support/pageWeight";

const OUT = "out";
const LIMIT = Math.floor(EMPTY_NEXT_PAGE.firstLoadBytes * FIRST_LOAD_RATIO_LIMIT);
const exported = exportedPages(OUT);
const pages = exported.filter((page) => !PLAYER_ROUTE.test(page.route));
const scenarioPages = exported.filter((page) => BUNDLED_SCENARIO_ROUTE.test(page.route));

describe("the first load of each page, as exported", () => {
  it("is compared with an empty page of the Next version installed", () => {
    expect(EMPTY_NEXT_PAGE.nextVersion).toBe(installedNextVersion());
  });

  it("covers the quiz pages, the home, the library, the calculator and the glossary", () => {
    const routes = pages.map((page) => page.route);
    expect(routes).toEqual(expect.arrayContaining(["/", "/scenarios/", "/calculette/", "/glossaire/", "/quiz/", "/quiz/facturation/", "/quiz/notions/", "/quiz/test-rapide/", "/quiz/melange/", "/quiz/revision/"]));
  });

  it.each(pages.map((page) => [page.route, page.file] as const))(`%s loads at most ${FIRST_LOAD_RATIO_LIMIT} × the empty page`, (_route, file) => {
    const bytes = firstLoadGzipBytes(readFileSync(file, "utf8"), OUT);
    expect(bytes, `${formatKiB(bytes)} pour ${formatKiB(LIMIT)} au plus`).toBeLessThanOrEqual(LIMIT);
  });
});

describe("the first load of a bundled scenario's page, as exported (issue 16, docs/decisions/0139, 0141, 0148)", () => {
  it("covers every bundled scenario", () => {
    expect(scenarioPages).toHaveLength(BUNDLED_SCENARIO_FILES.length);
  });

  it("is the same on every one: a scenario comes in its page's HTML, not in the scripts", () => {
    const weights = new Set(scenarioPages.map((page) => firstLoadGzipBytes(readFileSync(page.file, "utf8"), OUT)));
    expect(weights.size).toBe(1);
  });

  it.each(scenarioPages.map((page) => [page.route, page.file] as const))(`%s loads no more than after 0148 (${formatKiB(SCENARIO_FIRST_LOAD_CEILING_BYTES)}; target ${formatKiB(FIRST_DECISION_TARGET_BYTES)})`, (_route, file) => {
    const bytes = firstLoadGzipBytes(readFileSync(file, "utf8"), OUT);
    expect(bytes, `${formatKiB(bytes)} pour ${formatKiB(SCENARIO_FIRST_LOAD_CEILING_BYTES)} au plus`).toBeLessThanOrEqual(SCENARIO_FIRST_LOAD_CEILING_BYTES);
  });
});

/**
 * A string only each stage machine holds (its source is checked first, so that a rename cannot let
 * the test pass for nothing): a scenario's page fetches the machines when the game needs them, none
 * comes with its first load (docs/decisions/0141).
 */
const STAGE_MACHINE_SENTINELS = [
  { stage: "orderIntake", text: "recordAcceptedOrder", source: "machines/orderIntake.ts" },
  { stage: "orderProcessing", text: "isAcknowledgementComplete", source: "machines/orderProcessing.ts" },
  { stage: "invoicing", text: "Acompte versé à la commande", source: "machines/invoicing.ts" },
  { stage: "invoiceControl", text: "unmarkTarget", source: "machines/invoiceControl.ts" },
  { stage: "paymentFollowUp", text: "followUp.rate.missing", source: "machines/paymentFollowUp.ts" },
];

describe("the stage machines of a bundled scenario's page (docs/decisions/0141)", () => {
  it.each(STAGE_MACHINE_SENTINELS)("$stage's machine still holds « $text »", ({ text, source }) => {
    expect(readFileSync(source, "utf8")).toContain(text);
  });

  it.each(scenarioPages.map((page) => [page.route, page.file] as const))("%s loads none of them with the page", (_route, file) => {
    const code = firstLoadScripts(readFileSync(file, "utf8"), OUT).map((script) => readFileSync(script, "utf8")).join("\n");
    expect(STAGE_MACHINE_SENTINELS.filter(({ text }) => code.includes(text)).map(({ stage }) => stage)).toEqual([]);
  });
});
