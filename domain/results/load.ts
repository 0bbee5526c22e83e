/**
 * The one boundary where results files enter the engine, the teacher's imports: the input rules of
 * scenarios (size before anything is parsed, syntax, fields written twice, characters), the format
 * and its version, the strict schema, then the checksum. Every problem is said in French with the
 * file and the field. A text field is kept as written, HTML included: the views render text only.
 * Schema boundary: imported by its own path (docs/decisions/0101).
 */
import { parseJsonText, schemaIssues, type ScenarioIssue } from "../scenarioLoad";
import { checkInputValues, type FileFormat } from "../scenarioInput";
import { verifyResults } from "./checksum";
import { resultsFileSchema } from "./schema";
import { RESULTS_FORMAT_ID, RESULTS_FORMAT_VERSION, type ResultsFile } from "./vocabulary";

export const RESULTS_FILE_FORMAT: FileFormat = {
  document: "un fichier de résultats",
  multilineFields: new Set(),
  guide: "docs/decisions/0109",
};

export type ResultsParseResult = { ok: true; results: ResultsFile } | { ok: false; issues: ScenarioIssue[] };

export const TAMPERED_MESSAGE = "somme de contrôle fausse\u00a0: le fichier a été modifié après son export";

/** A results file's text: JSON (size first, syntax), then parseResults. */
export function parseResultsText(text: string, file: string): ResultsParseResult {
  const read = parseJsonText(text, file, RESULTS_FILE_FORMAT);
  return read.ok ? parseResults(read.data, file) : read;
}

/** A results file's data: what it is, the input rules, the schema, the checksum. */
export function parseResults(data: unknown, file: string): ResultsParseResult {
  const notResults = formatIssue(data, file);
  if (notResults !== undefined) return { ok: false, issues: [notResults] };
  const inputIssues = checkInputValues(data, file, RESULTS_FILE_FORMAT);
  if (inputIssues.length > 0) return { ok: false, issues: inputIssues };
  const parsed = resultsFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: schemaIssues(resultsFileSchema, parsed.error, file, data) };
  return verifyResults(parsed.data) ? { ok: true, results: parsed.data } : { ok: false, issues: [{ file, path: "", message: TAMPERED_MESSAGE }] };
}

/** A class's files, each alone: those that hold, and the problems of the others (none half-read). */
export function parseResultsFiles(files: readonly { file: string; text: string }[]): { results: ResultsFile[]; issues: ScenarioIssue[] } {
  const parsed = files.map(({ file, text }) => parseResultsText(text, file));
  return { results: parsed.flatMap((read) => (read.ok ? [read.results] : [])), issues: parsed.flatMap((read) => (read.ok ? [] : read.issues)) };
}

/** Another file of the atelier dropped among the results, or a file of a later version, named as such. */
function formatIssue(data: unknown, file: string): ScenarioIssue | undefined {
  const record = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (record.format !== RESULTS_FORMAT_ID) {
    const what = "questions" in record ? " (c'est un questionnaire)" : "stages" in record ? " (c'est un scénario)" : "";
    return { file, path: "", message: `ce fichier n'est pas un fichier de résultats de l'atelier${what}\u00a0: l'élève l'exporte à la fin d'un scénario ou d'un questionnaire` };
  }
  const version = record.formatVersion;
  if (typeof version === "number" && version > RESULTS_FORMAT_VERSION) {
    return { file, path: "formatVersion", message: `fichier de résultats au format ${version}, plus récent que celui que lit cette version de l'atelier (${RESULTS_FORMAT_VERSION})\u00a0: mettez l'atelier à jour` };
  }
  return undefined;
}
