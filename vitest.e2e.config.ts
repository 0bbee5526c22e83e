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
    fileParallelism: false,
  },
});
