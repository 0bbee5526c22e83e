import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/**
 * Logic tests that need a module's state as a fresh page has it: the stage machines' registry
 * empty until a machine is fetched (docs/decisions/0141), which any other file of a shared worker
 * fills. They run isolated, with the components.
 */
const STATEFUL_LOGIC_TESTS = ["machines/stageLoading.test.ts"];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    environment: "node",
    // Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    // Two files at a time: vitest's default is cores − 1, one file at a time on a 2-core laptop (0138).
    maxWorkers: 2,
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
          // Isolated: the app's store is a module-level singleton each file starts fresh.
          include: ["{components,store,app}/**/*.test.{ts,tsx}", ...STATEFUL_LOGIC_TESTS],
          setupFiles: ["./test/setup.ts"],
        },
      },
    ],
  },
});
