/**
 * The class's results files as they enter the teacher's page (issue 13, docs/decisions/0109, 0121):
 * each file refused on its size before a byte is read, then decoded (UTF-8), then read by the
 * results loader (syntax, format, strict schema, checksum); the same export given twice is kept
 * once and said. It carries zod's full build and the stage registry (the review's labels): the
 * page loads it by import() when a file arrives, never in its first load.
 */
import { aggregateClass, classGrid, exportKey, lowestRateFirst, STAGE_IDS, type ClassTable, type ResultsFile, type ScenarioIssue, type StageId } from "@/domain";
import { parseResults, parseResultsText, RESULTS_FILE_FORMAT } from "@/domain/results/load";
import { decodeScenarioBytes, fileTooLarge, INPUT_LIMITS } from "@/domain/scenarioInput";
import { decisionPointLabel } from "@/machines/stages";
import type { ClassView, DecisionPointLabels, FileReport } from "@/components/results/classData";

/** What the page gets from a browser's File: enough to refuse a file on its size before reading it. */
export type IncomingFile = Pick<File, "name" | "size" | "arrayBuffer">;

/** A reason as the report line says it, under the file's name: the field first when there is one. */
function reasonOf(issue: ScenarioIssue): string {
  return issue.path === "" ? issue.message : `${issue.path}\u00a0: ${issue.message}`;
}

async function readOne(file: IncomingFile): Promise<{ ok: true; results: ResultsFile } | { ok: false; reasons: string[] }> {
  // File.size is known without reading: a 50 Mo file is never loaded into memory.
  if (file.size > INPUT_LIMITS.fileBytes) return { ok: false, reasons: [reasonOf(fileTooLarge(file.name, RESULTS_FILE_FORMAT))] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reasons: ["le fichier n'a pas pu être lu (déplacé, supprimé ou illisible depuis qu'il a été choisi)\u00a0: choisissez-le à nouveau"] };
  }
  const decoded = decodeScenarioBytes(bytes, file.name, RESULTS_FILE_FORMAT);
  if (!decoded.ok) return { ok: false, reasons: decoded.issues.map(reasonOf) };
  const parsed = parseResultsText(decoded.text, file.name);
  return parsed.ok ? parsed : { ok: false, reasons: parsed.issues.map(reasonOf) };
}

/** The files of a drop, each alone, added to those already kept: a refused file is never half-imported. */
export async function importResultsFiles(incoming: readonly IncomingFile[], kept: readonly ResultsFile[]): Promise<{ files: ResultsFile[]; reports: FileReport[] }> {
  const files = [...kept];
  const seen = new Set(kept.map(exportKey));
  const reports: FileReport[] = [];
  for (const file of incoming) {
    const read = await readOne(file);
    if (!read.ok) {
      reports.push({ file: file.name, status: "refused", reasons: read.reasons });
      continue;
    }
    const { pseudonym, activity } = read.results;
    const duplicate = seen.has(exportKey(read.results));
    reports.push({ file: file.name, status: duplicate ? "duplicate" : "accepted", pseudonym, activityTitle: activity.title });
    if (duplicate) continue;
    seen.add(exportKey(read.results));
    files.push(read.results);
  }
  return { files, reports };
}

/** The class as this tab keeps it: the files' data, compact (a class of thirty learners fits in the tab's few megabytes). */
export function serializeClass(files: readonly ResultsFile[]): string {
  return JSON.stringify(files);
}

/** The files kept by this tab, each checked again (the tab's storage is not trusted more than a file); what no longer reads is dropped. */
export function restoreClass(stored: string): ResultsFile[] {
  let kept: unknown;
  try {
    kept = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(kept)) return [];
  return kept.flatMap((data: unknown, index) => {
    const parsed = parseResults(data, `fichier ${index + 1}`);
    return parsed.ok ? [parsed.results] : [];
  });
}

/** The French name of each decision point of the class, as the review and the answer key name it. */
export function decisionPointLabels(table: ClassTable): DecisionPointLabels {
  return Object.fromEntries(table.decisionPoints.flatMap((point) => (isStageId(point.stage) ? [[point.id, decisionPointLabel(point.stage, point.id)]] : [])));
}

const isStageId = (stage: string): stage is StageId => (STAGE_IDS as readonly string[]).includes(stage);

/** The class as the views show it. */
export function classView(files: readonly ResultsFile[]): ClassView {
  const table = aggregateClass(files);
  return { table, ...classGrid(table), hardestFirst: lowestRateFirst([...table.decisionPoints, ...table.questions]), labels: decisionPointLabels(table) };
}
