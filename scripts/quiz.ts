/**
 * The teachers' command line on quiz files (npm run quiz -- <commande>):
 *   validate [fichiers ou dossiers]   syntax, schema, consistency, ids unique across the bank (quizzes/ by default)
 *   stats [fichiers ou dossiers]      the bank's questions counted per stage and per type
 * Like scripts/scenario.ts, `main` takes its arguments and its file system as parameters; what
 * « valid » means is domain/quiz/load.ts's alone.
 */
import { QUESTION_TYPE_LABELS, QUIZ_STAGE_LABELS, QUIZ_STAGES, type Question, type QuestionType, type QuizStage } from "@/domain";
import { decodeScenarioBytes } from "@/domain/scenarioInput";
import { formatIssue } from "@/domain/scenarioLoad";
import { parseQuizBank, QUIZ_FORMAT, type QuizBank, type QuizIssue } from "@/domain/quiz/load";
import { countFr, filesOf, isFileError, OK, PROBLEM, printUsage, runMain, unreadable, usageError, type CliIo } from "./cli";

/** The bundled bank, relative to the project's root, where npm runs its scripts. */
export const QUIZ_FOLDER = "quizzes";

const USAGE = [
  "Utilisation : npm run quiz -- <commande> ...",
  `  validate [fichiers ou dossiers]   vérifie les questionnaires (syntaxe, schéma, cohérence, identifiants uniques dans la banque) ; ${QUIZ_FOLDER}/ par défaut`,
  `  stats [fichiers ou dossiers]      compte les questions par étape et par type ; ${QUIZ_FOLDER}/ par défaut`,
];

/** Files a folder contributes: quiz files, not a schema. */
export function isQuizFileName(name: string): boolean {
  return name.endsWith(".json") && !name.endsWith(".schema.json");
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  const targets = args.length > 0 ? args : [QUIZ_FOLDER];
  switch (command) {
    case "validate":
      return validateCommand(await loadBank(targets, io), io);
    case "stats":
      return statsCommand(await loadBank(targets, io), io);
    case undefined:
    case "help":
    case "--help":
      return printUsage(USAGE, command, io);
    default:
      return usageError(USAGE, `commande « ${command} » inconnue.`, io);
  }
}

export interface LoadedBank extends QuizBank {
  files: string[];
  /** The text of each file decoded, in the order of `files`: when the bank has no issue, `quizzes[i]` was read from `texts[i]`. */
  texts: { file: string; text: string }[];
}

/** Every file read and decoded (an unreadable one is an issue of its own), then the bank checked as a whole. */
export async function loadBank(targets: readonly string[], io: CliIo): Promise<LoadedBank> {
  const files = await filesOf(targets, io, isQuizFileName);
  const texts: { file: string; text: string }[] = [];
  const unread: QuizIssue[] = [];
  for (const file of files) {
    try {
      const decoded = decodeScenarioBytes(await io.readBytes(file), file, QUIZ_FORMAT);
      if (decoded.ok) texts.push({ file, text: decoded.text });
      else unread.push(...decoded.issues);
    } catch (error) {
      if (!isFileError(error)) throw error;
      unread.push({ file, path: "", message: unreadable(error) });
    }
  }
  const bank = parseQuizBank(texts);
  return { files, texts, quizzes: bank.quizzes, issues: [...unread, ...bank.issues] };
}

function validateCommand(bank: LoadedBank, io: CliIo): number {
  let valid = 0;
  for (const file of bank.files) {
    const issues = bank.issues.filter((issue) => issue.file === file);
    if (issues.length === 0) {
      valid += 1;
      io.out(`✓ ${file}`);
    } else {
      io.out(`✗ ${file}`);
      issues.forEach((issue) => io.err(formatIssue(issue)));
    }
  }
  const questions = bank.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  const invalid = bank.files.length - valid;
  const invalidPart = invalid > 0 ? `, ${countFr(invalid, "questionnaire invalide", "questionnaires invalides")}` : "";
  io.out(`${countFr(valid, "questionnaire valide", "questionnaires valides")} (${countFr(questions, "question")})${invalidPart}, ${countFr(bank.issues.length, "erreur")}`);
  if (bank.files.length === 0) io.err("Aucun fichier de questionnaire (.json) à vérifier.");
  return bank.files.length > 0 && bank.issues.length === 0 ? OK : PROBLEM;
}

const TYPES = Object.keys(QUESTION_TYPE_LABELS) as QuestionType[];

/** The count of questions per stage (rows) and per type (columns), tab-separated for a spreadsheet or a closing note. */
function statsCommand(bank: LoadedBank, io: CliIo): number {
  bank.issues.forEach((issue) => io.err(formatIssue(issue)));
  const questions: Question[] = bank.quizzes.flatMap((quiz) => quiz.questions);
  const count = (stage: QuizStage | undefined, type: QuestionType | undefined) => questions.filter((q) => (stage === undefined || q.stage === stage) && (type === undefined || q.type === type)).length;
  io.out(["étape", ...TYPES.map((type) => QUESTION_TYPE_LABELS[type]), "total"].join("\t"));
  for (const stage of [...QUIZ_STAGES, undefined]) io.out([stage === undefined ? "total" : QUIZ_STAGE_LABELS[stage], ...TYPES.map((type) => count(stage, type)), count(stage, undefined)].join("\t"));
  return bank.issues.length === 0 ? OK : PROBLEM;
}

runMain(import.meta.url, main);
