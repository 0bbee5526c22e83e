/**
 * V8's explicit compile hint (Chromium 136 and later): a script whose text starts with
 * `//# allFunctionsCalledOnLoad` has every function compiled with the script — off the page's
 * thread when the browser streams it — instead of each function on the page's thread at its first
 * call. Our chunks run nearly all their code once the page opens or at the first decisions, so the
 * page's thread does less at load and the first clicks find their code compiled
 * (docs/decisions/0169). Every chunk of the export gets it but those of the PDF worker: rendering
 * a document there was not faster with it (measured in the same decision).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLER_FOLDER } from "./relativeSite";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Where next build writes the scripts of the site, from the export's root. */
export const CHUNKS_FOLDER = `${BUNDLER_FOLDER}/static/chunks`;

/**
 * How Turbopack starts a worker in a page's chunk: its bootstrap, then the chunks the worker loads,
 * `.f("static/chunks/turbopack-worker-….js",["static/chunks/….js",…])` (next build 16.4.6).
 */
const WORKER_START = /\.f\("static\/chunks\/(turbopack-worker-[^"]+\.js)",\[([^\]]*)\]\)/gu;

/** The worker bootstraps and every chunk they load, by file name, read from the chunks' texts. */
export function workerChunks(sources: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const [, bootstrap, list] of source.matchAll(WORKER_START)) {
      names.add(bootstrap ?? "");
      for (const entry of (list ?? "").split(",")) names.add(entry.replace(/^"static\/chunks\/|"$/gu, ""));
    }
  }
  names.delete("");
  return names;
}

/** The script with the hint in front, once: a build step run twice leaves it as it was. */
export function hintedSource(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}${source}`;
}

/**
 * Hints every JavaScript chunk of the export but the workers'. A worker bootstrap that no chunk
 * starts with its list means Turbopack writes workers another way: the step fails rather than hint
 * the PDF worker's chunks unknowingly.
 */
export function addCompileHints(outDir: string): string {
  const folder = join(outDir, CHUNKS_FOLDER);
  if (!existsSync(folder)) return `⚠ ${CHUNKS_FOLDER} absent de l'export : aucun script à annoter.`;
  const scripts = readdirSync(folder).filter((name) => name.endsWith(".js"));
  const sources = new Map(scripts.map((name) => [name, readFileSync(join(folder, name), "utf8")]));
  const workers = workerChunks(sources.values());
  const unlisted = scripts.filter((name) => name.startsWith("turbopack-worker-") && !workers.has(name));
  if (unlisted.length > 0) {
    throw new Error(`worker ${unlisted.join(", ")} sans la liste de ses scripts dans les autres : la forme qu'écrit next build a changé (voir scripts/build/compileHints.ts).`);
  }
  const hinted = scripts.filter((name) => !workers.has(name));
  for (const name of hinted) writeFileSync(join(folder, name), hintedSource(sources.get(name) ?? ""));
  return `${hinted.length} scripts compilés d'avance par le navigateur, ${scripts.length - hinted.length} du worker laissés tels quels.`;
}
