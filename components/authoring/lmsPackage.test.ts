import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import type { LibraryRecord } from "@/store/teacherLibrary";
import { FILE_PAGE_MESSAGE, packageRecord, type PackageProgress, type PackageSource } from "./lmsPackage";

const quizText = readFileSync("quizzes/facturation.json", "utf8");
const ROOT = "https://lycee.example/~prof/atelier/";
const SITE: Record<string, string> = {
  "activite/fichiers.json": JSON.stringify({ format: 1, page: "activite/index.html", files: ["_next/static/chunks/a.js", "_next/static/chunks/b.css", "fonts/LICENSE-DejaVu.txt"] }),
  "activite/index.html": "<!DOCTYPE html>",
  "_next/static/chunks/a.js": "a",
  "_next/static/chunks/b.css": "b",
  "fonts/LICENSE-DejaVu.txt": "licence",
};

function source(site: Record<string, string> = SITE, protocol = "https:") {
  const fetch = vi.fn(async (url: string) => {
    const text = site[url.replace(ROOT, "")];
    return text === undefined ? new Response("", { status: 404 }) : new Response(text);
  });
  return { protocol, url: (path: string) => new URL(path, ROOT).href, fetch } satisfies PackageSource;
}

function quizRecord(text = quizText): LibraryRecord {
  return { id: "r1", kind: "quiz", title: "Ma facturation", text, updatedAt: "2026-12-02T10:00:00.000Z", revision: 1 } as LibraryRecord;
}

describe("a library document's SCORM package", () => {
  it("fetches from the site's folder, tells each file fetched, and plays the class settings' title and pass mark", async () => {
    const assessed = JSON.stringify({ ...JSON.parse(quizText), classroom: { title: "Évaluation", passMark: 70 } });
    const site = source();
    const progress: PackageProgress[] = [];
    const made = await packageRecord(quizRecord(assessed), (step) => progress.push(step), site);
    expect(site.fetch.mock.calls.map(([url]) => url)).toEqual(["activite/fichiers.json", "activite/index.html", "_next/static/chunks/a.js", "_next/static/chunks/b.css", "fonts/LICENSE-DejaVu.txt"].map((path) => `${ROOT}${path}`));
    expect(progress).toEqual([1, 2, 3, 4].map((done) => ({ done, total: 4 })));
    expect(made.fileName).toBe("ma-facturation.zip");
    expect(made.size).toMatch(/^\d+\u00a0ko$/u);
    const files = unzipSync(made.bytes);
    const window: { ATELIER_ACTIVITE?: unknown } = {};
    new Function("window", new TextDecoder().decode(files["activite/activite.js"]))(window);
    expect(window.ATELIER_ACTIVITE).toEqual({ format: 1, kind: "quiz", id: "facturation", title: "Évaluation", text: assessed, masteryScore: 70 });
    expect(new TextDecoder().decode(files["imsmanifest.xml"])).toContain("<adlcp:masteryscore>70</adlcp:masteryscore>");
  });

  it("from a local file, says the site must be served, and fetches nothing", async () => {
    const site = source(SITE, "file:");
    await expect(packageRecord(quizRecord(), () => undefined, site)).rejects.toMatchObject({ message: FILE_PAGE_MESSAGE });
    expect(site.fetch).not.toHaveBeenCalled();
  });

  it("asks for a build when the list of files is missing or unreadable, and names a failed connection", async () => {
    const { ["activite/fichiers.json"]: _list, ...withoutList } = SITE;
    await expect(packageRecord(quizRecord(), () => undefined, source(withoutList))).rejects.toMatchObject({
      message: "Le fichier activite/fichiers.json du site n'a pas pu être chargé (réponse 404)\u00a0: vérifiez la connexion au site puis refaites le paquet. Ce site a-t-il été construit avec «\u00a0npm run build\u00a0»\u00a0?",
    });
    await expect(packageRecord(quizRecord(), () => undefined, source({ ...SITE, "activite/fichiers.json": "{" }))).rejects.toMatchObject({
      message: "La liste des fichiers du paquet (activite/fichiers.json) est illisible\u00a0: reconstruisez le site avec «\u00a0npm run build\u00a0».",
    });
    const offline = { ...source(), fetch: vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))) };
    await expect(packageRecord(quizRecord(), () => undefined, offline)).rejects.toMatchObject({
      message: "Le fichier activite/fichiers.json du site n'a pas pu être chargé (pas de connexion au site)\u00a0: vérifiez la connexion puis refaites le paquet.",
    });
  });
});
