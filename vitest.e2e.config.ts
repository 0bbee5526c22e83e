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
    // As patient as a Playwright action (openLibrary sets 5 s): a poll waits for what the page
    // does after a click, which two files at a time on two cores can slow past vitest's 1 s.
    expect: { poll: { timeout: 5_000 } },
    // Two files at a time: every file has its own contexts and its own server's port, and a
    // file alone leaves the processor idle while its pages wait (the network settling, a chunk,
    // an idle moment). E2E_WORKERS=1 plays one at a time, on a machine already busy with
    // something else (docs/decisions/0138, 0160).
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    // A worker keeps its modules from one file to the next, so its Chromium is launched once
    // (e2e/support/fixtures.ts) rather than once per file; no support module keeps a state (0138).
    isolate: false,
  },
});
