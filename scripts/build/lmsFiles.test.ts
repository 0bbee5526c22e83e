/**
 * The build step that lists a package's files, on a small export written to a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { writePackageFileList } from "./lmsFiles";

function exportWith(paths: readonly string[]): string {
  const out = mkdtempSync(join(tmpdir(), "export-"));
  for (const path of paths) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), path);
  }
  return out;
}

const SITE = ["index.html", "404.html", "quiz/index.html", "quiz/index.txt", "enseignant/scenarios-livres.json", "icon.svg", "fonts/LICENSE-DejaVu.txt", "_next/static/chunks/[root-of-the-server]__0a._.js", "_next/static/chunks/b.css", "_next/static/media/c.woff2"];

describe("the list of a package's files, written by the build", () => {
  it("lists the framework's static files, the fonts and the icon, sorted, and names the page to copy", () => {
    const out = exportWith([...SITE, "activite/index.html", "activite/index.txt"]);
    expect(writePackageFileList(out)).toBe("activite/fichiers.json : 5 fichiers communs aux paquets SCORM.");
    expect(JSON.parse(readFileSync(join(out, "activite/fichiers.json"), "utf8"))).toEqual({
      format: 1,
      page: "activite/index.html",
      files: ["_next/static/chunks/[root-of-the-server]__0a._.js", "_next/static/chunks/b.css", "_next/static/media/c.woff2", "fonts/LICENSE-DejaVu.txt", "icon.svg"],
    });
  });

  it("says so, and writes nothing, when the export has no launch page", () => {
    const out = exportWith(SITE);
    expect(writePackageFileList(out)).toBe("⚠ activite/index.html absent de l'export : pas de liste des fichiers des paquets SCORM.");
    expect(existsSync(join(out, "activite/fichiers.json"))).toBe(false);
  });
});
