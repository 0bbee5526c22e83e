/**
 * The weight of the exported pages (issue 12, docs/decisions/0111): every page but a scenario's
 * player loads at most 1,25 times the JavaScript of an empty Next.js page, gzip, as a browser
 * fetches it. The empty page's figure is a constant (e2e/support/pageWeight.ts) that `npm run bench`
 * checks against a fresh build of the empty page; here it is only checked to be for the installed Next.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportedPages } from "./support/exportedSite";
import { EMPTY_NEXT_PAGE, FIRST_LOAD_RATIO_LIMIT, firstLoadGzipBytes, formatKiB, installedNextVersion, PLAYER_ROUTE } from "./support/pageWeight";

const OUT = "out";
const LIMIT = Math.floor(EMPTY_NEXT_PAGE.firstLoadBytes * FIRST_LOAD_RATIO_LIMIT);
const pages = exportedPages(OUT).filter((page) => !PLAYER_ROUTE.test(page.route));

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
