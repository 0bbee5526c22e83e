import { readFileSync } from "node:fs";
import { exportedPages } from "@/e2e/support/exportedSite";
import { firstLoadGzipBytes } from "@/e2e/support/pageWeight";
for (const { route, file } of exportedPages("out").sort((a, b) => a.route.localeCompare(b.route))) console.log(route.padEnd(50), (firstLoadGzipBytes(readFileSync(file, "utf8"), "out") / 1024).toFixed(1));
