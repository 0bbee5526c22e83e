import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Browser journeys against the static build (npm run test:e2e builds it first). */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time unless E2E_WORKERS says more: every file has its own contexts and its
    // own server's port, so two at a time is safe, but on a machine already saturated it made
    // five tests overrun their waits (docs/decisions/0138). On a quiet 2-core laptop: E2E_WORKERS=2.
    maxWorkers: Number(process.env.E2E_WORKERS ?? 1),
    // A worker keeps its modules from one file to the next, so its Chromium is launched once
    // (e2e/support/fixtures.ts) rather than once per file; no support module keeps a state (0138).
    isolate: false,
  },
});
