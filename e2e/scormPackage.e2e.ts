/**
 * SCORM packages as a teacher makes them (issue 14, docs/decisions/0127): from the teacher's space,
 * « Paquet Moodle (SCORM) » on a library document downloads a zip holding the manifest, the launch
 * page and the document's text; from the command line, a bundled activity's package unpacks into
 * a folder that holds every file its manifest lists.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { showScreenOnFailure } from "./support/learner";
import { buildPackageFromOut, extractPackage } from "./support/scormZip";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 20_000 };
/** The guide's folder with GUIDE_CAPTURES=docs/guide-enseignant, as the teacher's journey does. */
const CAPTURES = process.env.GUIDE_CAPTURES ?? "/tmp";
const QUIZ_FILE = "quizzes/controle-des-commandes.json";
const QUIZ_TITLE = "Contrôle et suivi des commandes clients";

/** The files a manifest lists, decoded to paths. */
function listedFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]+)"\/>/gu)].map((match) => decodeURIComponent(match[1] ?? ""));
}

describe("SCORM packages", () => {
  it("from the teacher's space: the imported quiz's package is downloaded with its text and the site's files", async () => {
    const { page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await page.goto(`${site().url}/enseignant/`, { waitUntil: "networkidle" });
    await page.getByLabel("Fichiers à importer (plusieurs à la fois possible)").setInputFiles(QUIZ_FILE);
    const card = page.getByRole("article", { name: QUIZ_TITLE });
    await card.getByText("Valide", { exact: true }).waitFor(PATIENCE);

    const download = page.waitForEvent("download");
    await card.getByRole("button", { name: /^Paquet Moodle \(SCORM\)/u }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("controle-et-suivi-des-commandes-clients.zip");
    const files = unzipSync(readFileSync((await file.path()) ?? ""));
    const manifest = new TextDecoder().decode(files["imsmanifest.xml"]);
    expect(manifest).toContain(`<title>${QUIZ_TITLE}</title>`);
    expect(Object.keys(files).sort()).toEqual(["imsmanifest.xml", ...listedFiles(manifest)].sort());
    const script = new TextDecoder().decode(files["activite/activite.js"]);
    const window: { ATELIER_ACTIVITE?: { kind: string; id: string; text: string } } = {};
    new Function("window", script)(window);
    expect(window.ATELIER_ACTIVITE).toMatchObject({ kind: "quiz", id: "controle-des-commandes", text: readFileSync(QUIZ_FILE, "utf8") });
    expect(files["activite/index.html"]).toEqual(new Uint8Array(readFileSync("out/activite/index.html")));

    await page.getByText(/^Le paquet Moodle de «\sContrôle et suivi des commandes clients\s» est téléchargé sous le nom controle-et-suivi-des-commandes-clients\.zip \(\d,\d\u00a0Mo\)/u).waitFor();
    expect(await violations(page)).toEqual([]);
    // The guide's picture: the announcement down to the document's card.
    const [said, drawn] = await Promise.all([page.locator(".teacher-announcement").boundingBox(), card.boundingBox()]);
    if (said === null || drawn === null) throw new Error("annonce ou carte invisible");
    await page.screenshot({ path: `${CAPTURES}/scorm-package.png`, fullPage: true, clip: { x: said.x - 8, y: said.y - 8, width: said.width + 16, height: drawn.y + drawn.height - said.y + 16 } });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("from the command line: a bundled scenario's package unpacks into every file its manifest lists", () => {
    const folder = extractPackage(buildPackageFromOut("depassement-d-encours", ["--seuil", "80"]));
    const manifest = readFileSync(join(folder, "imsmanifest.xml"), "utf8");
    expect(manifest).toContain("<adlcp:masteryscore>80</adlcp:masteryscore>");
    const listed = listedFiles(manifest);
    expect(listed).toEqual(expect.arrayContaining(["activite/index.html", "activite/activite.js"]));
    expect(listed.filter((path) => !existsSync(join(folder, path)))).toEqual([]);
    expect(readFileSync(join(folder, "activite/activite.js"), "utf8")).toContain('"id":"depassement-d-encours"');
  }, 60_000);
});
