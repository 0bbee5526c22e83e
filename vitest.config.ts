import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const ROOT = fileURLToPath(new URL("./", import.meta.url));

/**
 * Logic tests that need a module's state as a fresh page has it: the stage machines' registry
 * empty until a machine is fetched (docs/decisions/0141), which any other file of a shared worker
 * fills. They run isolated, with the components that mock modules.
 */
const STATEFUL_LOGIC_TESTS = ["machines/stageLoading.test.ts"];

/**
 * Component tests that replace modules (`vi.mock`, `vi.unmock`, `vi.doMock`) or empty the module
 * registry themselves: a mock belongs to one file's module graph, so these files get a worker of
 * their own, as every file had before (docs/decisions/0157). Read from the files, so that a new
 * mock finds its place without anyone listing it.
 */
function componentTestsThatMock(): string[] {
  return ["components", "store", "app"]
    .flatMap((folder) => readdirSync(`${ROOT}${folder}`, { recursive: true, encoding: "utf8" }).map((file) => `${folder}/${file.replaceAll("\\", "/")}`))
    .filter((file) => /\.test\.tsx?$/u.test(file) && /\bvi\.(?:mock|unmock|doMock|resetModules)\(/u.test(readFileSync(`${ROOT}${file}`, "utf8")))
    .sort();
}

const ISOLATED_TESTS = [...componentTestsThatMock(), ...STATEFUL_LOGIC_TESTS];

/**
 * The files of 40 s or more: the fuzz's 400 hostile files and `validate` on the real folder (the
 * bundled variants' 5 400 plays). Vitest starts the longest first only once it has timed them; on
 * a fresh clone it runs the components, then the larger logic files, and the fuzz (a short file)
 * came last, alone on one core for its 40 s (docs/decisions/0157).
 */
const LONGEST_FILES = ["test/fuzz/fuzz.test.ts", "scripts/scenario.test.ts"];

/** Vitest's order, with the longest files first. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONGEST_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return at < 0 ? LONGEST_FILES.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": ROOT },
  },
  test: {
    environment: "node",
    // Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    // Two files at a time: vitest's default is cores − 1, one file at a time on a 2-core laptop (0138).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "logique",
          include: ["{domain,machines,scripts,scenarios,test}/**/*.test.{ts,tsx}"],
          exclude: [...STATEFUL_LOGIC_TESTS],
          // Their modules keep no state (only caches of pure functions), so a worker imports
          // zod, the domain and the bundled scenarios once instead of once per file; no DOM
          // matchers to set up either (docs/decisions/0138).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "composants",
          include: ["{components,store,app}/**/*.test.{ts,tsx}"],
          exclude: ISOLATED_TESTS,
          // A worker keeps jsdom, React and the libraries from one file to the next; test/setup.ts
          // gives each file the app's own modules afresh (the store is a module-level singleton),
          // an empty page and empty storage (docs/decisions/0157).
          isolate: false,
          setupFiles: ["./test/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "composants isolés",
          include: ISOLATED_TESTS,
          setupFiles: ["./test/setup.ts"],
        },
      },
    ],
  },
});
