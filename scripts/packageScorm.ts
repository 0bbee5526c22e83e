/**
 * SCORM 1.2 packages of the bundled activities, for Moodle (npm run package:scorm -- <ids… | all>):
 * one zip per activity, or one zip holding them all, built from the exported site (out/) by the
 * same builder as the teacher's space (domain/lms/scormPackage.ts, docs/decisions/0127).
 * Like scripts/scenario.ts, `main` takes its arguments and its file system as parameters.
 */
import { join } from "node:path";
import {
  buildScormPackage,
  formatFileSize,
  lmsActivityOf,
  parsePackageFileList,
  PACKAGE_FILE_LIST,
  type ClassroomSettings,
  type LmsActivity,
  type ActivityKind,
  type PackageFileList,
  type ScenarioIssue,
} from "@/domain";
import { decodeScenarioBytes } from "@/domain/scenarioInput";
import { formatIssue, parseScenarioText } from "@/domain/scenarioLoad";
import { countFr, filesOf, isFileError, OK, PROBLEM, printUsage, runMain, unreadable, usageError, USAGE_ERROR, type CliIo } from "./cli";
import { loadBank, QUIZ_FOLDER } from "./quiz";
import { isScenarioFileName } from "./scenario";

export const SCENARIO_FOLDER = "scenarios";
export const SITE_FOLDER = "out";
export const PACKAGE_FOLDER = "paquets";

const USAGE = [
  "Utilisation : npm run package:scorm -- <identifiants… | all> [options]",
  "  Fait un paquet SCORM 1.2 (.zip) à déposer dans Moodle, par activité livrée : scénario",
  `  (${SCENARIO_FOLDER}/*.json) ou questionnaire (${QUIZ_FOLDER}/*.json), désigné par son identifiant ; all : toutes.`,
  "  --seuil <0-100>       score de maîtrise en % (réussi / échoué dans Moodle) ; par défaut le",
  "                        seuil de réussite des réglages de classe de l'activité, s'il y en a un",
  "  --un-seul-paquet      un seul .zip qui contient toutes les activités demandées",
  `  --sortie <dossier>    où écrire les paquets (${PACKAGE_FOLDER}/ par défaut)`,
  `  --site <dossier>      le site construit par « npm run build » (${SITE_FOLDER}/ par défaut)`,
];

export interface PackageOptions {
  ids: string[];
  masteryScore?: number;
  single: boolean;
  outputFolder: string;
  siteFolder: string;
}

type ParsedArgs = { ok: true; options: PackageOptions } | { ok: false; problem: string };

const VALUE_OPTIONS = ["--seuil", "--sortie", "--site"] as const;

/** The command line read: ids, then options anywhere; a problem is one French sentence. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: PackageOptions = { ids: [], single: false, outputFolder: PACKAGE_FOLDER, siteFolder: SITE_FOLDER };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--un-seul-paquet") {
      options.single = true;
    } else if ((VALUE_OPTIONS as readonly string[]).includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return { ok: false, problem: `${arg} attend une valeur.` };
      i += 1;
      if (arg === "--sortie") options.outputFolder = value;
      else if (arg === "--site") options.siteFolder = value;
      else if (/^\d{1,3}$/u.test(value) && Number(value) <= 100) options.masteryScore = Number(value);
      else return { ok: false, problem: `--seuil attend un pourcentage entier de 0 à 100, pas « ${value} ».` };
    } else if (arg.startsWith("-")) {
      return { ok: false, problem: `option « ${arg} » inconnue.` };
    } else if (!options.ids.includes(arg)) {
      options.ids.push(arg);
    }
  }
  return options.ids.length === 0 ? { ok: false, problem: "donnez au moins un identifiant d'activité, ou all." } : { ok: true, options };
}

// ---------------------------------------------------------------------------------------------
// The bundled activities
// ---------------------------------------------------------------------------------------------

interface BundledActivity {
  kind: ActivityKind;
  id: string;
  title: string;
  text: string;
  classroom?: ClassroomSettings | undefined;
}

type Loaded = { ok: true; activities: BundledActivity[] } | { ok: false; issues: ScenarioIssue[] };

async function loadScenarios(io: CliIo): Promise<Loaded> {
  const activities: BundledActivity[] = [];
  const issues: ScenarioIssue[] = [];
  for (const file of await filesOf([SCENARIO_FOLDER], io, isScenarioFileName)) {
    const decoded = decodeScenarioBytes(await io.readBytes(file), file);
    const parsed = decoded.ok ? parseScenarioText(decoded.text, file) : decoded;
    if (!parsed.ok) issues.push(...parsed.issues);
    else if (decoded.ok) activities.push({ kind: "scenario", id: parsed.scenario.id, title: parsed.scenario.title, text: decoded.text, classroom: parsed.scenario.classroom });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, activities };
}

async function loadQuizzes(io: CliIo): Promise<Loaded> {
  const bank = await loadBank([QUIZ_FOLDER], io);
  if (bank.issues.length > 0) return { ok: false, issues: bank.issues };
  return { ok: true, activities: bank.quizzes.map((quiz, i) => ({ kind: "quiz", id: quiz.id, title: quiz.title, text: bank.texts[i]?.text ?? "", classroom: quiz.classroom })) };
}

/** The activities named, in the order given (all: the scenarios, then the quizzes), or the unknown ids. */
function chosen(ids: readonly string[], bundled: readonly BundledActivity[]): { found: BundledActivity[]; unknown: string[] } {
  if (ids.includes("all")) return { found: [...bundled], unknown: [] };
  const unknown = ids.filter((id) => !bundled.some((activity) => activity.id === id));
  return { found: ids.flatMap((id) => bundled.filter((activity) => activity.id === id)), unknown };
}

function reportUnknown(unknown: readonly string[], bundled: readonly BundledActivity[], io: CliIo): number {
  const quoted = unknown.map((id) => `« ${id} »`).join(", ");
  io.err(`Erreur : ${unknown.length === 1 ? "identifiant inconnu" : "identifiants inconnus"} : ${quoted}. Les identifiants valides sont :`);
  io.err(`  scénarios : ${bundled.filter((a) => a.kind === "scenario").map((a) => a.id).join(", ")}`);
  io.err(`  questionnaires : ${bundled.filter((a) => a.kind === "quiz").map((a) => a.id).join(", ")}`);
  io.err("  all : toutes les activités.");
  return USAGE_ERROR;
}

// ---------------------------------------------------------------------------------------------
// The exported site
// ---------------------------------------------------------------------------------------------

interface SiteFiles {
  list: PackageFileList;
  page: Uint8Array;
  files: Map<string, Uint8Array>;
}

type SiteRead = { ok: true; site: SiteFiles } | { ok: false; message: string };

async function readSite(siteFolder: string, io: CliIo): Promise<SiteRead> {
  if (!(await io.isDirectory(siteFolder).catch(() => false))) {
    return { ok: false, message: `Le site construit est introuvable (${siteFolder}/) : lancez d'abord « npm run build ».` };
  }
  const listFile = join(siteFolder, PACKAGE_FILE_LIST);
  let list: PackageFileList | undefined;
  try {
    list = parsePackageFileList(JSON.parse(await io.readFile(listFile)));
  } catch (error) {
    if (!isFileError(error) && !(error instanceof SyntaxError)) throw error;
  }
  if (list === undefined) {
    return { ok: false, message: `${listFile} manque ou est illisible : le site a été construit sans la page /activite/ ou par une version antérieure ; relancez « npm run build ».` };
  }
  try {
    const page = await io.readBytes(join(siteFolder, list.page));
    const files = new Map<string, Uint8Array>();
    for (const path of list.files) files.set(path, await io.readBytes(join(siteFolder, path)));
    return { ok: true, site: { list, page, files } };
  } catch (error) {
    if (!isFileError(error)) throw error;
    return { ok: false, message: `${error.path} : ${unreadable(error)} ; le site construit est incomplet : relancez « npm run build ».` };
  }
}

// ---------------------------------------------------------------------------------------------
// Packages
// ---------------------------------------------------------------------------------------------

interface PlannedPackage {
  fileName: string;
  title: string;
  activities: LmsActivity[];
}

function plan(activities: readonly LmsActivity[], single: boolean): PlannedPackage[] {
  if (single && activities.length > 1) {
    return [{ fileName: `atelier-grc-${activities.length}-activites.zip`, title: `Atelier GRC : ${activities.length} activités`, activities: [...activities] }];
  }
  return activities.map((activity) => ({ fileName: `${activity.id}.zip`, title: activity.title, activities: [activity] }));
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === "help" || argv[0] === "--help") return printUsage(USAGE, argv[0], io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(USAGE, parsed.problem, io);
  const { options } = parsed;

  const loaded = [await loadScenarios(io), await loadQuizzes(io)];
  const issues = loaded.flatMap((result) => (result.ok ? [] : result.issues));
  if (issues.length > 0) {
    issues.forEach((issue) => io.err(formatIssue(issue)));
    io.err("Une activité livrée est invalide : corrigez-la (npm run scenario -- validate, npm run quiz -- validate) avant d'en faire un paquet.");
    return PROBLEM;
  }
  const bundled = loaded.flatMap((result) => (result.ok ? result.activities : []));
  const { found, unknown } = chosen(options.ids, bundled);
  if (unknown.length > 0) return reportUnknown(unknown, bundled, io);

  const site = await readSite(options.siteFolder, io);
  if (!site.ok) {
    io.err(site.message);
    return PROBLEM;
  }
  const modified = new Date();
  for (const { fileName, title, activities } of plan(found.map((activity) => lmsActivityOf(activity.kind, activity, activity.text, options.masteryScore)), options.single)) {
    const zip = buildScormPackage({ title, activities, sharedFiles: site.site.list.files, page: site.site.page, files: site.site.files, modified });
    const path = join(options.outputFolder, fileName);
    await io.writeFile(path, zip);
    const content = activities.length === 1 ? `« ${activities[0]?.title} »` : countFr(activities.length, "activité");
    io.out(`✓ ${path} (${formatFileSize(zip.length)}) : ${content}`);
  }
  const count = options.single && found.length > 1 ? 1 : found.length;
  io.out(`${countFr(count, "paquet SCORM 1.2 écrit", "paquets SCORM 1.2 écrits")} dans ${options.outputFolder}/ : dans Moodle, Ajouter une activité → Paquetage SCORM.`);
  return OK;
}

runMain(import.meta.url, main);
