// @vitest-environment jsdom
/**
 * The packaging command line on a small exported site held in memory (and once as the real
 * process on disk): each zip read back, its manifest parsed, its activity script run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { LmsActivity } from "@/domain";
import { runCli, type CliRun } from "./cli.fixtures";
import { main } from "./packageScorm";

// Under jsdom, import.meta.url is not a file address: vitest runs from the project's root.
const root = process.cwd();
const ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
const SCENARIO_FILE = "scenarios/02-depassement-d-encours.json";
const QUIZ_FILE = "quizzes/facturation.json";
const scenarioText = readFileSync(join(root, SCENARIO_FILE), "utf8");
const quizText = readFileSync(join(root, QUIZ_FILE), "utf8");
const PAGE = '<!DOCTYPE html><html><head><script src="../_next/static/chunks/page.js"></script></head></html>';

/** A built site as `npm run build` leaves it, reduced to what a package reads, plus a page it must not carry. */
const SITE: Record<string, string> = {
  "out/index.html": "<!DOCTYPE html><title>Accueil</title>",
  "out/activite/index.html": PAGE,
  "out/activite/fichiers.json": JSON.stringify({ format: 1, page: "activite/index.html", files: ["_next/static/chunks/page.js", "fonts/LICENSE-DejaVu.txt", "icon.svg"] }),
  "out/_next/static/chunks/page.js": "console.log('atelier');",
  "out/fonts/LICENSE-DejaVu.txt": "Bitstream Vera Fonts Copyright",
  "out/icon.svg": "<svg/>",
};

const CONTENT = { [SCENARIO_FILE]: scenarioText, "scenarios/02-depassement-d-encours.actions.json": "[]", [QUIZ_FILE]: quizText };

function run(argv: string[], files: Record<string, string> = { ...CONTENT, ...SITE }): Promise<CliRun> {
  return runCli(main, argv, files);
}

function zipOf(result: CliRun, path: string): Record<string, Uint8Array> {
  const bytes = result.written.get(path);
  if (!(bytes instanceof Uint8Array)) throw new Error(`${path} n'a pas été écrit`);
  return unzipSync(bytes);
}

const decoded = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function manifestOf(files: Record<string, Uint8Array>): Document {
  return new DOMParser().parseFromString(decoded(files["imsmanifest.xml"]), "application/xml");
}

function activityOf(files: Record<string, Uint8Array>, folder: string): LmsActivity | undefined {
  const window: { ATELIER_ACTIVITE?: LmsActivity } = {};
  new Function("window", decoded(files[`${folder}/activite.js`]))(window);
  return window.ATELIER_ACTIVITE;
}

const masteryScores = (doc: Document) => Array.from(doc.getElementsByTagNameNS(ADLCP, "masteryscore")).map((element) => element.textContent);
const itemTitles = (doc: Document) => Array.from(doc.getElementsByTagName("item")).map((item) => item.getElementsByTagName("title")[0]?.textContent);
const SIZE = /\(\d+(?:,\d)?\u00a0(?:ko|Mo)\)/u.source;

describe("npm run package:scorm", () => {
  it("writes one zip per activity, with the file's text, the mastery score asked, and the site's files", async () => {
    const result = await run(["depassement-d-encours", "facturation", "--seuil", "75"]);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out[0]).toMatch(new RegExp(`^✓ paquets/depassement-d-encours\\.zip ${SIZE} : « Une commande de papier d'une cliente fidèle »$`, "u"));
    expect(result.out[1]).toMatch(new RegExp(`^✓ paquets/facturation\\.zip ${SIZE} : « La facture dans le processus de vente »$`, "u"));
    expect(result.out[2]).toBe("2 paquets SCORM 1.2 écrits dans paquets/ : dans Moodle, Ajouter une activité → Paquetage SCORM.");

    const files = zipOf(result, "paquets/depassement-d-encours.zip");
    expect(Object.keys(files).sort()).toEqual(["_next/static/chunks/page.js", "activite/activite.js", "activite/index.html", "fonts/LICENSE-DejaVu.txt", "icon.svg", "imsmanifest.xml"]);
    expect(decoded(files["activite/index.html"])).toBe(PAGE);
    expect(activityOf(files, "activite")).toEqual({ format: 1, kind: "scenario", id: "depassement-d-encours", title: "Une commande de papier d'une cliente fidèle", text: scenarioText, masteryScore: 75 });
    expect(masteryScores(manifestOf(files))).toEqual(["75"]);

    const quiz = zipOf(result, "paquets/facturation.zip");
    expect(activityOf(quiz, "activite")).toMatchObject({ kind: "quiz", id: "facturation", text: quizText, masteryScore: 75 });
  });

  it("takes the class settings' pass mark and neutral title by default, and no mastery score without them", async () => {
    const assessed = JSON.stringify({ ...JSON.parse(scenarioText), classroom: { title: "Évaluation n° 1", passMark: 60 } }, null, 2);
    const result = await run(["depassement-d-encours", "facturation"], { ...CONTENT, [SCENARIO_FILE]: assessed, ...SITE });
    expect(result.status).toBe(0);
    const files = zipOf(result, "paquets/depassement-d-encours.zip");
    expect(masteryScores(manifestOf(files))).toEqual(["60"]);
    expect(itemTitles(manifestOf(files))).toEqual(["Évaluation n° 1"]);
    expect(activityOf(files, "activite")).toMatchObject({ title: "Évaluation n° 1", text: assessed, masteryScore: 60 });
    const quiz = zipOf(result, "paquets/facturation.zip");
    expect(masteryScores(manifestOf(quiz))).toEqual([]);
    expect(activityOf(quiz, "activite")).not.toHaveProperty("masteryScore");
  });

  it("puts every activity in one zip on demand, each in its folder, into the folder asked", async () => {
    const result = await run(["all", "--un-seul-paquet", "--sortie", "moodle"]);
    expect(result.status).toBe(0);
    expect(result.out[0]).toMatch(new RegExp(`^✓ moodle/atelier-grc-2-activites\\.zip ${SIZE} : 2 activités$`, "u"));
    expect(result.out[1]).toBe("1 paquet SCORM 1.2 écrit dans moodle/ : dans Moodle, Ajouter une activité → Paquetage SCORM.");
    const files = zipOf(result, "moodle/atelier-grc-2-activites.zip");
    expect(Object.keys(files).filter((path) => path.includes("activite")).sort()).toEqual([
      "activite-depassement-d-encours/activite.js",
      "activite-depassement-d-encours/index.html",
      "activite-facturation/activite.js",
      "activite-facturation/index.html",
    ]);
    expect(activityOf(files, "activite-facturation")?.text).toBe(quizText);
    expect(manifestOf(files).getElementsByTagName("organization")[0]?.getElementsByTagName("title")[0]?.textContent).toBe("Atelier GRC : 2 activités");
  });

  it("names an unknown id and lists the valid ones", async () => {
    const result = await run(["facturation", "relance"]);
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      "Erreur : identifiant inconnu : « relance ». Les identifiants valides sont :",
      "  scénarios : depassement-d-encours",
      "  questionnaires : facturation",
      "  all : toutes les activités.",
    ]);
    expect(result.written.size).toBe(0);
  });

  it("asks for a build when the site or its list of files is missing", async () => {
    const noSite = await run(["facturation"], CONTENT);
    expect([noSite.status, noSite.err]).toEqual([1, ["Le site construit est introuvable (out/) : lancez d'abord « npm run build »."]]);
    const { ["out/activite/fichiers.json"]: _list, ...withoutList } = SITE;
    const noList = await run(["facturation"], { ...CONTENT, ...withoutList });
    expect([noList.status, noList.err]).toEqual([
      1,
      ["out/activite/fichiers.json manque ou est illisible : le site a été construit sans la page /activite/ ou par une version antérieure ; relancez « npm run build »."],
    ]);
    const { ["out/icon.svg"]: _icon, ...withoutIcon } = SITE;
    const incomplete = await run(["facturation"], { ...CONTENT, ...withoutIcon });
    expect([incomplete.status, incomplete.err]).toEqual([1, ["out/icon.svg : fichier illisible (introuvable) ; le site construit est incomplet : relancez « npm run build »."]]);
  });

  it("refuses a command line written wrong, with the usage", async () => {
    for (const [argv, problem] of [
      [["facturation", "--seuil", "120"], "Erreur : --seuil attend un pourcentage entier de 0 à 100, pas « 120 »."],
      [["facturation", "--seuil"], "Erreur : --seuil attend une valeur."],
      [["facturation", "--zip"], "Erreur : option « --zip » inconnue."],
      [["--un-seul-paquet"], "Erreur : donnez au moins un identifiant d'activité, ou all."],
    ] as const) {
      const result = await run([...argv]);
      expect(result.status).toBe(2);
      expect(result.err[0]).toBe(problem);
      expect(result.err[1]).toBe("Utilisation : npm run package:scorm -- <identifiants… | all> [options]");
    }
    expect((await run([])).status).toBe(2);
    const help = await run(["--help"]);
    expect([help.status, help.out[0]]).toEqual([0, "Utilisation : npm run package:scorm -- <identifiants… | all> [options]"]);
  });

  it("as a real process: writes the zip on disk, its folder made", () => {
    const folder = mkdtempSync(join(tmpdir(), "paquet-"));
    for (const [path, text] of Object.entries(SITE)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const output = join(folder, "sortie", "scorm");
    const child = spawnSync("npx", ["tsx", "scripts/packageScorm.ts", "facturation", "--site", join(folder, "out"), "--sortie", output], { cwd: root, encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const files = unzipSync(readFileSync(join(output, "facturation.zip")));
    expect(activityOf(files, "activite")?.text).toBe(quizText);
    expect(decoded(files["fonts/LICENSE-DejaVu.txt"])).toBe("Bitstream Vera Fonts Copyright");
  }, 30_000);
});
