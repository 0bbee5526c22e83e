/**
 * The export, made to work from any folder: `next build` writes the addresses of its own files
 * from the domain's root ("/_next/static/chunks/x.js", "/icon.svg?…"), in the HTML attributes and
 * again in the flight data the page hydrates from. Each page gets them written relative to its own
 * folder ("../../_next/…"), the same string in both places (the bundler's runtime and React find a
 * loaded script or style sheet by the exact string of its address), and tells the bundler's
 * runtime where its chunks are before it runs (TURBOPACK_CHUNK_BASE_PATH), for the `import()`
 * chunks. Links between pages are written relative by the pages themselves (components/ui/SiteLink):
 * this step only checks that none was left absolute (docs/decisions/0124).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The bundler's folder in out/, where every chunk and style sheet is. */
export const BUNDLER_FOLDER = "_next";

/** How a page at `pageFromOut` ("quiz/facturation/index.html") reaches the root of out/: "../../" ("./" at the root). */
export function rootPrefix(pageFromOut: string): string {
  const depth = pageFromOut.split(/[\\/]/u).length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * Every address of the bundler's folder or of a file at the root of out/ (`rootFiles`: "icon.svg")
 * written from the domain's root, in an attribute (`src="/_next/…"`) or a string of the flight
 * data (`\"/_next/…\"`), written from `prefix` instead. Page addresses ("/quiz/") are left alone:
 * in the flight data they are the props of links, which compute their own address.
 */
export function relativeAddresses(html: string, prefix: string, rootFiles: readonly string[]): string {
  const files = rootFiles.map((name) => `${escapeRegExp(name)}(?=[?#"\\\\])`);
  const absolute = new RegExp(`"/(?=${[`${BUNDLER_FOLDER}/`, ...files].join("|")})`, "gu");
  return html.replace(absolute, `"${prefix}`);
}

/**
 * Before any script of the page (right after the charset, which must stay in the first bytes):
 * where the bundler's runtime loads its `import()` chunks from, read by it as a global.
 */
export function withChunkBasePath(html: string, prefix: string): string {
  const script = `<script>self.TURBOPACK_CHUNK_BASE_PATH=${JSON.stringify(`${prefix}${BUNDLER_FOLDER}/`)}</script>`;
  const head = /<head>(<meta charSet="utf-8"\/>)?/iu.exec(html);
  if (!head) throw new Error("balise <head> introuvable : la page n'a pas la forme qu'écrit next build.");
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${script}${html.slice(at)}`;
}

/** What would still point at the domain's root: an attribute `src="/…"` or `href="/…"`, or a flight string `\"/_next/…`. */
export function absoluteAddresses(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:src|href|action|poster)="(\/(?!\/)[^"]*)"/gu)].map((match) => match[1] ?? "");
  const flight = [...html.matchAll(new RegExp(`\\\\"(/${BUNDLER_FOLDER}/[^\\\\]*)\\\\"`, "gu"))].map((match) => match[1] ?? "");
  return [...attributes, ...flight];
}

/** One page of the export, rewritten; fails (in French) on any address it could not make relative. */
export function relativePage(html: string, pageFromOut: string, rootFiles: readonly string[]): string {
  const prefix = rootPrefix(pageFromOut);
  const rewritten = withChunkBasePath(relativeAddresses(html, prefix, rootFiles), prefix);
  const left = absoluteAddresses(rewritten);
  if (left.length > 0) {
    throw new Error(
      `${pageFromOut} : adresse${left.length > 1 ? "s" : ""} écrite${left.length > 1 ? "s" : ""} depuis la racine du domaine, qui ne marchera pas dans un sous-dossier ni depuis un fichier : ${[...new Set(left)].join(", ")} (un lien vers une page de l'atelier s'écrit avec SiteLink, components/ui/SiteLink.tsx).`,
    );
  }
  return rewritten;
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === BUNDLER_FOLDER ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** The build step: every page of `outDir` rewritten in place. */
export function relativeSite(outDir: string): void {
  const rootFiles = readdirSync(outDir).filter((name) => !name.endsWith(".html") && statSync(join(outDir, name)).isFile());
  for (const file of htmlFiles(outDir)) {
    const pageFromOut = relative(outDir, file);
    writeFileSync(file, relativePage(readFileSync(file, "utf8"), pageFromOut, rootFiles));
  }
}
