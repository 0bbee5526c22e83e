/**
 * The empty Next.js page that page weights are compared with (docs/decisions/0111): a layout and a
 * page that say nothing, exported like the app (`output: "export"`), built once per installed Next
 * version under node_modules/.cache, where the project's own node_modules resolve and Turbopack's
 * root (the project's lockfile) includes it. The files are plain JavaScript with createElement:
 * Turbopack compiles no JSX under node_modules, and no TypeScript is wanted in a throw-away build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { firstLoadGzipBytes, installedNextVersion } from "../e2e/support/pageWeight";

const FILES: Readonly<Record<string, string>> = {
  "package.json": JSON.stringify({ name: "page-vide-next", private: true }),
  "next.config.mjs": 'export default { output: "export" };\n',
  "app/layout.js": 'import { createElement } from "react";\nexport default function RootLayout({ children }) {\n  return createElement("html", { lang: "fr" }, createElement("body", null, children));\n}\n',
  "app/page.js": 'import { createElement } from "react";\nexport default function Page() {\n  return createElement("p", null, "Page vide");\n}\n',
};

/** The empty page's export folder, built if this Next version has none yet (≈ 15 s). */
function emptyPageExport(version: string): string {
  const folder = resolve("node_modules/.cache/atelier-grc/page-vide-next", version);
  const out = join(folder, "out");
  if (existsSync(join(out, "index.html"))) return out;
  console.log(`Construction de la page vide de Next ${version} (une fois par version, dans ${folder})…`);
  rmSync(folder, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(folder, file, ".."), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  execFileSync(process.execPath, [resolve("node_modules/next/dist/bin/next"), "build"], { cwd: folder, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return out;
}

/** The first-load JavaScript (gzip bytes) of an empty Next.js page of the installed version. */
export function emptyNextPageBytes(): { version: string; bytes: number } {
  const version = installedNextVersion();
  const out = emptyPageExport(version);
  return { version, bytes: firstLoadGzipBytes(readFileSync(join(out, "index.html"), "utf8"), out) };
}
