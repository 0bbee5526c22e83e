/**
 * The exported site (out/) read as files: its pages, and the scripts a browser loads with each.
 * The bench weighs them (scripts/bench.ts); learnerBundle.e2e.ts reads what they carry.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface ExportedPage {
  /** "/scenarios/nouveau-client-par-telephone/" */
  route: string;
  file: string;
}

/** Every page of the export (its index.html files), outside the bundler's own folder. */
export function exportedPages(out: string, folder = out): ExportedPage[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : exportedPages(out, path);
    return name === "index.html" ? [{ route: `/${relative(out, path).replace(/index\.html$/, "")}`, file: path }] : [];
  });
}

/**
 * The scripts a modern browser loads with the page, as files of `out`: every <script src> of its
 * HTML but the nomodule polyfills. Written from the domain's root by next build, then from the
 * page's folder by the build step (scripts/build/relativeSite.ts): either way they lead to out/.
 */
export function firstLoadScripts(html: string, out: string): string[] {
  const sources = [...html.matchAll(/<script([^>]*)>/g)]
    .map((match) => match[1] ?? "")
    .filter((attributes) => !/nomodule/i.test(attributes))
    .map((attributes) => /\ssrc="([^"]+\.js)"/.exec(attributes)?.[1] ?? "")
    .filter((src) => src !== "");
  return [...new Set(sources)].map((src) => join(out, src.replace(/^(?:\.{1,2}\/)+|^\//u, "")));
}

/** The scenario files shipped in scenarios/, numbered as the catalogue names them: each has its page in the export. */
export const BUNDLED_SCENARIO_FILES: readonly string[] = readdirSync("scenarios").filter((name) => /^\d\d-[a-z0-9-]+\.json$/u.test(name));
