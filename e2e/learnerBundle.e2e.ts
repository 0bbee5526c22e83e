/**
 * What a learner's page must not carry, read in the export itself (docs/decisions/0101, 0103): no
 * page's first-load scripts hold zod's full build nor the engine's answer key. Each sentinel is a
 * string only that code holds; the test first finds it in its source, so that renaming it cannot
 * let this test pass for nothing. No browser: the files are read as they are served.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_SCENARIO_FILES } from "./support/exportedSite";
import { exportedPages, firstLoadScripts } from "./support/exportedSite";

const OUT = "out";

const SENTINELS = [
  { what: "les langues d'erreur de zod complet", text: "Nieprawidłowy", source: "node_modules/zod/v4/locales/pl.js" },
  { what: "le générateur de JSON Schema de zod complet", text: "toJSONSchema", source: "node_modules/zod/v4/core/json-schema-generator.js" },
  { what: "les mauvaises réponses de la décision (étape 1)", text: "Motif de l'élève", source: "domain/intake/answers.ts" },
  { what: "les mauvaises réponses du stock (étape 1)", text: "INCONNUE", source: "domain/intake/answers.ts" },
];

const pages = exportedPages(OUT);

describe("the learner's pages, as exported", () => {
  it("are all there: the home, the library, the calculator, the glossary and every bundled scenario", () => {
    expect(pages.map((page) => page.route)).toEqual(expect.arrayContaining(["/", "/scenarios/", "/calculette/", "/glossaire/", "/scenarios/nouveau-client-par-telephone/"]));
    expect(pages.filter((page) => /^\/scenarios\/[^/]+\/$/.test(page.route))).toHaveLength(BUNDLED_SCENARIO_FILES.length);
  });

  it.each(SENTINELS)("each sentinel is still written where it comes from: $text", ({ text, source }) => {
    expect(readFileSync(source, "utf8")).toContain(text);
  });

  it.each(pages.map((page) => [page.route, page.file] as const))("%s loads neither zod's full build nor the answer key", (_route, file) => {
    const scripts = firstLoadScripts(readFileSync(file, "utf8"), OUT);
    expect(scripts.length).toBeGreaterThan(0);
    const carried = scripts.flatMap((script) => {
      expect(existsSync(script)).toBe(true);
      const code = readFileSync(script, "utf8");
      return SENTINELS.filter((sentinel) => code.includes(sentinel.text)).map((sentinel) => `${sentinel.what} (« ${sentinel.text} ») dans ${script}`);
    });
    expect(carried).toEqual([]);
  });
});
