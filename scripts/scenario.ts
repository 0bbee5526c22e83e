/**
 * The teachers' command line on the scenario engine (npm run scenario -- <commande>):
 *   validate <fichiers ou dossiers>   schema + consistency + "the engine can finish it with full marks"
 *   solve <fichier> [--seed <graine> | --pseudonym <pseudonyme>]
 *                                     the answer key the engine derives, readable by a teacher;
 *                                     of one learner's variant with a seed (docs/decisions/0142)
 *   replay <fichier> <actions.json>   a learner's recorded events, their trace and their score
 *   schema [--check]                  writes (or checks) scenarios/scenario.schema.json
 *   coverage [--check]                writes (or checks) the coverage table of scenarios/README.md
 * `main` takes its arguments and its file system as parameters, so that tests call it directly;
 * the node entry at the bottom only wires it to the real process.
 */
import { basename, join } from "node:path";
import {
  formatDateFr,
  formatPoints,
  STAGE_IDS,
  STAGE_LABELS,
  type DecodedScenario,
  type Scenario,
  type ScenarioIssue,
  type StageId,
  type StageScore,
  type TraceEntry,
  learnerVariantSeed,
  variantsBlockOf,
  type Variant,
} from "@/domain";
import { scenarioJsonSchema } from "@/domain/scenario";
import { decodeScenarioBytes } from "@/domain/scenarioInput";
import { formatIssue, formatWarning, parseScenarioText } from "@/domain/scenarioLoad";
import { playScenario, type PlayerEvent, type PlayResult } from "@/machines/player";
import { checkScenarioBytes, engineFailure, type CheckedScenario } from "@/machines/scenarioCheck";
import { checkVariant, validateVariants } from "@/machines/variantCheck";
import { decisionPointLabel, pointNamingOf, type PointNaming } from "@/machines/stages";
import { COVERAGE_END, COVERAGE_START, coverageBlock, withCoverageBlock, type CoveredScenario } from "./coverageTable";
import { countFr, filesOf, isFileError, OK, PROBLEM, printUsage, runMain, unreadable, usageError, type CliIo } from "./cli";

export { countFr, nodeIo } from "./cli";

// ---------------------------------------------------------------------------------------------
// The outside world, as main sees it
// ---------------------------------------------------------------------------------------------

/** The command line's access to files (scripts/cli.ts), by the name its tests and the fuzz harness know. */
export type ScenarioCliIo = CliIo;

export const SCHEMA_FILE = "scenarios/scenario.schema.json";

const USAGE = [
  "Utilisation : npm run scenario -- <commande> ...",
  "  validate <fichiers ou dossiers>   vérifie les scénarios (schéma, cohérence, corrigé du moteur)",
  "  solve <fichier>                   affiche le corrigé que le moteur déduit du scénario",
  "        [--seed <graine> | --pseudonym <pseudonyme>]   ... d'une variante : celle d'une graine, ou d'un élève",
  "  replay <fichier> <actions.json>   rejoue les actions enregistrées d'un élève : trace et score",
  "  schema [--check]                  écrit (ou vérifie) scenarios/scenario.schema.json",
  "  coverage [--check]                écrit (ou vérifie) la table de couverture de scenarios/README.md",
];

export async function main(argv: readonly string[], io: ScenarioCliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "validate":
        return args.length === 0 ? usage(io, "validate attend au moins un fichier ou un dossier.") : await validateCommand(args, io);
      case "solve":
        return await solveArguments(args, io);
      case "replay":
        return args.length !== 2 ? usage(io, "replay attend un fichier de scénario et un fichier d'actions.") : await replayCommand(args[0] ?? "", args[1] ?? "", io);
      case "schema":
        return await schemaCommand(args.includes("--check"), io);
      case "coverage":
        return await coverageCommand(args.includes("--check"), io);
      case undefined:
      case "help":
      case "--help":
        return printUsage(USAGE, command, io);
      default:
        return usage(io, `commande « ${command} » inconnue.`);
    }
  } catch (error) {
    // A file that cannot be read is the user's problem, said plainly; anything else is a bug.
    if (isFileError(error)) {
      io.err(`${error.path} : ${unreadable(error)}.`);
      return PROBLEM;
    }
    throw error;
  }
}

function usage(io: ScenarioCliIo, problem: string): number {
  return usageError(USAGE, problem, io);
}

// ---------------------------------------------------------------------------------------------
// Loading and checking one scenario
// ---------------------------------------------------------------------------------------------

/** Files a folder contributes: scenarios, not their schema nor recorded learner actions. */
export function isScenarioFileName(name: string): boolean {
  return name.endsWith(".json") && !name.endsWith(".schema.json") && !name.endsWith(".actions.json");
}

async function readScenarioText(file: string, io: ScenarioCliIo): Promise<DecodedScenario> {
  return decodeScenarioBytes(await io.readBytes(file), file);
}

async function loadChecked(file: string, io: ScenarioCliIo): Promise<CheckedScenario> {
  return checkScenarioBytes(await io.readBytes(file), file);
}

function reportIssues(issues: readonly ScenarioIssue[], io: ScenarioCliIo): void {
  issues.forEach((issue) => io.err(formatIssue(issue)));
}

// ---------------------------------------------------------------------------------------------
// validate
// ---------------------------------------------------------------------------------------------

async function validateCommand(targets: readonly string[], io: ScenarioCliIo): Promise<number> {
  const files = await filesOf(targets, io, isScenarioFileName);
  let valid = 0;
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    // One unreadable file, or one the engine fails on, does not stop the others from being checked.
    const checked = await loadChecked(file, io).catch(
      (error: unknown): CheckedScenario => ({ ok: false, issues: [isFileError(error) ? { file, path: "", message: unreadable(error) } : engineFailure(error, file)] }),
    );
    // Every variant of a learner must be as playable, and teach the same thing (docs/decisions/0142).
    const variants = checked.ok ? validateVariants(checked, file) : undefined;
    if (checked.ok && variants !== undefined && variants.issues.length > 0) {
      errors += variants.issues.length;
      io.out(`✗ ${file}`);
      reportIssues(variants.issues, io);
    } else if (checked.ok) {
      valid += 1;
      warnings += checked.warnings.length;
      const seeds = variants !== undefined && variants.seedsChecked > 0 ? ` (${countFr(variants.seedsChecked, "variante vérifiée", "variantes vérifiées")})` : "";
      io.out(`✓ ${file}${seeds}`);
      // A warning does not fail the file: the scenario may teach exactly that (docs/decisions/0093).
      checked.warnings.forEach((warning) => io.err(formatWarning(warning)));
    } else {
      errors += checked.issues.length;
      io.out(`✗ ${file}`);
      reportIssues(checked.issues, io);
    }
  }
  const invalid = files.length - valid;
  const invalidPart = invalid > 0 ? `, ${countFr(invalid, "scénario invalide", "scénarios invalides")}` : "";
  const warningPart = warnings > 0 ? `, ${countFr(warnings, "avertissement")}` : "";
  io.out(`${countFr(valid, "scénario valide", "scénarios valides")}${invalidPart}, ${countFr(errors, "erreur")}${warningPart}`);
  return files.length > 0 && errors === 0 ? OK : PROBLEM;
}

// ---------------------------------------------------------------------------------------------
// solve and replay: printing a trace
// ---------------------------------------------------------------------------------------------

const VERDICT_LABELS: Readonly<Record<TraceEntry["verdict"], string>> = {
  correct: "juste",
  wrong: "faux",
  outOfOrder: "hors de l'ordre des contrôles",
  tooEarly: "trop tôt",
  tooLate: "trop tard",
  refused: "refusé par le PGI",
};

function scoreLine(score: StageScore): string {
  const hints = score.hintsUsed > 0 ? `, ${countFr(score.hintsUsed, "indice")}` : "";
  return `${formatPoints(score.points)} / ${formatPoints(score.maxPoints)} points (${score.percent} %${hints})`;
}

function stageTitle(stage: StageId): string {
  return `== Étape ${STAGE_IDS.indexOf(stage) + 1} — ${STAGE_LABELS[stage]} ==`;
}

/** The entries of a trace grouped by stage, in the course's order. */
function byStage(trace: readonly TraceEntry[]): [StageId, TraceEntry[]][] {
  return STAGE_IDS.map((stage) => [stage, trace.filter((entry) => entry.stage === stage)] as [StageId, TraceEntry[]]).filter(([, entries]) => entries.length > 0);
}

function printAnswerKeyEntry(entry: TraceEntry, _n: number, io: ScenarioCliIo, naming: PointNaming): void {
  const label = decisionPointLabel(entry.stage, entry.decisionPoint, naming);
  const heading = label === entry.decisionPoint ? label : `${label} [${entry.decisionPoint}]`;
  io.out(`▸ ${heading} — ${formatDateFr(entry.date)}`);
  io.out(`   Réponse attendue : ${entry.expected}`);
  io.out(`   Explication : ${entry.explanation}`);
  if (entry.teacherExplanation) io.out(`   Commentaire de l'enseignant : ${entry.teacherExplanation}`);
  io.out(`   Barème : ${entry.maxPoints} points`);
}

function printReplayEntry(entry: TraceEntry, n: number, io: ScenarioCliIo, naming: PointNaming): void {
  const mark = entry.correct ? "✓" : "✗";
  io.out(`#${n} ${mark} ${formatDateFr(entry.date)} — ${decisionPointLabel(entry.stage, entry.decisionPoint, naming)} [${entry.decisionPoint}]`);
  io.out(`   Réponse : ${entry.answer}`);
  io.out(`   Attendu : ${entry.expected}`);
  if (!entry.correct) io.out(`   Verdict : ${VERDICT_LABELS[entry.verdict]}`);
  io.out(`   Explication : ${entry.explanation}`);
  if (entry.teacherExplanation) io.out(`   Commentaire de l'enseignant : ${entry.teacherExplanation}`);
  const hints = entry.hintsUsed > 0 ? ` (${countFr(entry.hintsUsed, "indice")})` : "";
  io.out(`   Points : ${formatPoints(entry.points)} / ${formatPoints(entry.maxPoints)}${hints}`);
  // A decision scored in parts (docs/decisions/0094): each part with its mark and points.
  if (entry.parts !== undefined) {
    io.out(`   Détail : ${entry.parts.map((p) => `${p.correct ? "✓" : "✗"} ${p.label} ${p.maxPoints > 0 ? `${formatPoints(p.points)} / ${formatPoints(p.maxPoints)}` : "(remarque)"}`).join(" ; ")}`);
  }
}

function printTrace(result: PlayResult, io: ScenarioCliIo, printEntry: (entry: TraceEntry, n: number, io: ScenarioCliIo, naming: PointNaming) => void): void {
  const naming = pointNamingOf(result.stages);
  for (const [stage, entries] of byStage(result.trace)) {
    io.out("");
    io.out(stageTitle(stage));
    entries.forEach((entry, i) => printEntry(entry, i + 1, io, naming));
    const score = result.score.byStage[stage];
    if (score) io.out(`Score de l'étape : ${scoreLine(score)}`);
  }
  io.out("");
  io.out(`Score total : ${scoreLine(result.score.overall)}`);
}

function printHeader(scenario: Scenario, file: string, heading: string, io: ScenarioCliIo): void {
  io.out(`${heading} — ${scenario.title} (${file})`);
  io.out(`Entreprise : ${scenario.company.identity.name} ; début de la simulation : ${formatDateFr(scenario.clock.start)}`);
  io.out(`Étapes : ${scenario.stages.map((stage) => STAGE_LABELS[stage]).join(" → ")}`);
}

/** Which variant `solve` prints: the base scenario, a seed's, or a learner's (seeded by their pseudonym). */
type VariantWanted = { kind: "base" } | { kind: "seed"; seed: string } | { kind: "pseudonym"; pseudonym: string };

async function solveArguments(args: readonly string[], io: ScenarioCliIo): Promise<number> {
  const files = args.filter((arg, i) => !arg.startsWith("--") && !(args[i - 1] ?? "").startsWith("--"));
  const options = args.filter((arg) => arg.startsWith("--"));
  const valueOf = (option: string) => args[args.indexOf(option) + 1];
  if (files.length !== 1) return usage(io, "solve attend un fichier de scénario.");
  if (options.some((option) => option !== "--seed" && option !== "--pseudonym")) return usage(io, `option « ${options.find((o) => o !== "--seed" && o !== "--pseudonym")} » inconnue pour solve.`);
  if (options.length > 1) return usage(io, "solve prend une seule de --seed et --pseudonym.");
  const option = options[0];
  const value = option === undefined ? undefined : valueOf(option);
  if (option !== undefined && (value === undefined || value.startsWith("--") || value.trim() === "")) return usage(io, `${option} attend une valeur.`);
  const wanted: VariantWanted =
    option === "--seed" ? { kind: "seed", seed: value ?? "" } : option === "--pseudonym" ? { kind: "pseudonym", pseudonym: value ?? "" } : { kind: "base" };
  return solveCommand(files[0] ?? "", wanted, io);
}

function printVariant(variant: Variant, wanted: VariantWanted, io: ScenarioCliIo): void {
  const who = wanted.kind === "pseudonym" ? `de l'élève « ${wanted.pseudonym.trim()} » (graine « ${variant.seed} »)` : `de la graine « ${variant.seed} »`;
  io.out(`Variante ${who} :`);
  variant.choices.forEach((choice) => io.out(`  ${choice.description}`));
}

async function solveCommand(file: string, wanted: VariantWanted, io: ScenarioCliIo): Promise<number> {
  const base = await loadChecked(file, io);
  if (!base.ok) {
    reportIssues(base.issues, io);
    return PROBLEM;
  }
  if (wanted.kind === "base") {
    printHeader(base.scenario, file, "Corrigé du moteur", io);
    printTrace(base.solved.result, io, printAnswerKeyEntry);
    return OK;
  }
  if (variantsBlockOf(base.data) === undefined) {
    io.err(`${file} : ce scénario n'a pas de bloc « variants » : tous les élèves ont le même, dont voici le corrigé.`);
  }
  const seed = wanted.kind === "seed" ? wanted.seed : learnerVariantSeed(base.data as object, wanted.pseudonym);
  const { variant, checked } = checkVariant(base.data, seed, file);
  if (!checked.ok) {
    // validate reports it too; the teacher sees which draw breaks the scenario.
    printVariant(variant, wanted, io);
    reportIssues(checked.issues.map((issue) => ({ ...issue, message: `variante graine ${seed} : ${issue.message}` })), io);
    return PROBLEM;
  }
  printHeader(checked.scenario, file, "Corrigé du moteur", io);
  if (variant.choices.length > 0) printVariant(variant, wanted, io);
  printTrace(checked.solved.result, io, printAnswerKeyEntry);
  return OK;
}

// ---------------------------------------------------------------------------------------------
// replay
// ---------------------------------------------------------------------------------------------

type ActionsRead = { ok: true; events: PlayerEvent[] } | { ok: false; message: string };

/** A recording is a list of events, or an object whose `events` is that list. */
export function readActions(text: string): ActionsRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `JSON invalide : ${error instanceof Error ? error.message : String(error)}` };
  }
  const list = Array.isArray(data) ? data : typeof data === "object" && data !== null && "events" in data ? data.events : undefined;
  if (!Array.isArray(list)) return { ok: false, message: "une liste d'événements est attendue (ou un objet { \"events\": [...] })" };
  const badIndex = list.findIndex((event) => typeof event !== "object" || event === null || typeof (event as { type?: unknown }).type !== "string");
  if (badIndex >= 0) return { ok: false, message: `events[${badIndex}] : un événement est un objet avec un champ « type » (par exemple « learner.creditChecked »)` };
  return { ok: true, events: list as PlayerEvent[] };
}

async function replayCommand(file: string, actionsFile: string, io: ScenarioCliIo): Promise<number> {
  const decoded = await readScenarioText(file, io);
  let parsed: ReturnType<typeof parseScenarioText>;
  try {
    parsed = decoded.ok ? parseScenarioText(decoded.text, file) : decoded;
  } catch (error) {
    parsed = { ok: false, issues: [engineFailure(error, file)] };
  }
  if (!parsed.ok) {
    reportIssues(parsed.issues, io);
    return PROBLEM;
  }
  const actions = readActions(await io.readFile(actionsFile));
  if (!actions.ok) {
    io.err(`${actionsFile} : ${actions.message}`);
    return PROBLEM;
  }
  // A learner who stopped halfway keeps the decisions of the stage left running.
  let result: PlayResult;
  try {
    result = playScenario(parsed.scenario, actions.events);
  } catch (error) {
    reportIssues([engineFailure(error, file)], io);
    return PROBLEM;
  }
  printHeader(parsed.scenario, file, `Rejeu de ${actionsFile}`, io);
  printTrace(result, io, printReplayEntry);
  if (!result.finished) io.out(`Parcours inachevé : ${result.stoppedReason ?? "le scénario n'est pas terminé."}`);
  result.rejected.forEach((rejection) => {
    io.err(`${actionsFile} : events[${rejection.index}] : événement « ${rejection.event.type} » refusé : ${rejection.reason}`);
  });
  // The replay itself worked; a refused event means the recording does not fit this scenario.
  return result.rejected.length > 0 ? PROBLEM : OK;
}

// ---------------------------------------------------------------------------------------------
// schema
// ---------------------------------------------------------------------------------------------

export function generatedSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

async function schemaCommand(checkOnly: boolean, io: ScenarioCliIo): Promise<number> {
  const path = join(io.root, SCHEMA_FILE);
  const text = generatedSchemaText();
  if (checkOnly) {
    const committed = await io.readFile(path).catch(() => "");
    if (committed === text) {
      io.out(`${SCHEMA_FILE} est à jour.`);
      return OK;
    }
    io.err(`${SCHEMA_FILE} n'est plus à jour : lancez « npm run scenario -- schema » et validez le fichier produit.`);
    return PROBLEM;
  }
  await io.writeFile(path, text);
  io.out(`${SCHEMA_FILE} écrit (${text.length} caractères).`);
  return OK;
}

// ---------------------------------------------------------------------------------------------
// coverage
// ---------------------------------------------------------------------------------------------

export const README_FILE = "scenarios/README.md";

/** The bundled scenarios, checked and solved: what the coverage table is computed from. */
async function bundledScenarios(io: ScenarioCliIo): Promise<{ covered: CoveredScenario[]; invalid: string[] }> {
  const files = await filesOf([join(io.root, "scenarios")], io, isScenarioFileName);
  const covered: CoveredScenario[] = [];
  const invalid: string[] = [];
  for (const path of files) {
    const checked = await loadChecked(path, io);
    const file = basename(path);
    if (checked.ok) covered.push({ file, scenario: checked.scenario, solved: checked.solved, varies: variantsBlockOf(checked.data) !== undefined });
    else invalid.push(file);
  }
  return { covered, invalid };
}

async function coverageCommand(checkOnly: boolean, io: ScenarioCliIo): Promise<number> {
  const { covered, invalid } = await bundledScenarios(io);
  if (invalid.length > 0) {
    io.err(`Table de couverture non calculée : ${countFr(invalid.length, "scénario invalide", "scénarios invalides")} (${invalid.join(", ")}) ; lancez « npm run scenario -- validate scenarios ».`);
    return PROBLEM;
  }
  const path = join(io.root, README_FILE);
  const readme = await io.readFile(path);
  const updated = withCoverageBlock(readme, coverageBlock(covered));
  if (updated === undefined) {
    io.err(`${README_FILE} : les repères « ${COVERAGE_START} » et « ${COVERAGE_END} » manquent.`);
    return PROBLEM;
  }
  if (checkOnly) {
    if (updated === readme) {
      io.out(`${README_FILE} : la table de couverture est à jour.`);
      return OK;
    }
    io.err(`${README_FILE} : la table de couverture n'est plus à jour ; lancez « npm run scenario -- coverage » et validez le fichier produit.`);
    return PROBLEM;
  }
  await io.writeFile(path, updated);
  io.out(`${README_FILE} : table de couverture écrite (${countFr(covered.length, "scénario")}).`);
  return OK;
}

// ---------------------------------------------------------------------------------------------
// The node entry
// ---------------------------------------------------------------------------------------------

runMain(import.meta.url, main);
