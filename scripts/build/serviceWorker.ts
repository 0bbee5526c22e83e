/**
 * The offline step of the build (issue 14, docs/decisions/0128): writes out/sw.js, the worker of
 * serviceWorker.worker.js behind the list of every file of the export and a version derived from
 * their contents, so that a new build is a new worker (the browser compares the worker's bytes)
 * and an unchanged build is not.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The worker's own file, at the site's root: its folder is its scope. */
export const WORKER_FILE = "sw.js";

/** Files of out/ no learner loads: the worker itself, and what a host or an editor leaves behind. */
const NOT_PRECACHED = new Set([WORKER_FILE, ".DS_Store", "Thumbs.db"]);

export interface Precache {
  version: string;
  /** Paths from the site's root, "/"-separated, sorted: what the worker resolves against its own address. */
  files: string[];
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return NOT_PRECACHED.has(name) || name.endsWith(".map") ? [] : [path];
  });
}

function workerCode(): string {
  return readFileSync(new URL("./serviceWorker.worker.js", import.meta.url), "utf8");
}

/**
 * Every file a learner may need, and a version that changes with any byte of any of them, a renamed
 * file, or the worker's own code (a new worker gets a new cache, so the old one is deleted).
 */
export function precacheOf(outDir: string): Precache {
  const files = filesUnder(outDir)
    .map((path) => relative(outDir, path).split(sep).join("/"))
    .sort();
  const hash = createHash("sha256").update(workerCode());
  for (const file of files) hash.update(`${file}\0${createHash("sha256").update(readFileSync(join(outDir, file))).digest("hex")}\n`);
  return { version: hash.digest("hex").slice(0, 16), files };
}

/** The text of sw.js: PRECACHE, then the worker's code. */
export function workerText(precache: Precache): string {
  return `const PRECACHE = ${JSON.stringify(precache)};\n${workerCode()}`;
}

export function writeServiceWorker(outDir: string): void {
  const precache = precacheOf(outDir);
  writeFileSync(join(outDir, WORKER_FILE), workerText(precache));
  const bytes = precache.files.reduce((total, file) => total + statSync(join(outDir, file)).size, 0);
  console.log(`  ${WORKER_FILE} : version ${precache.version}, ${precache.files.length} fichiers, ${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mio`);
}
