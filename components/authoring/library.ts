/**
 * What enters the teacher's library or a learner's page from outside the build — an imported file,
 * a share link — goes through the same full check as on the command line before it is kept or
 * played: a scenario through machines/scenarioCheck.ts (schema, consistency, the engine's key
 * played to full marks), a quiz through its loader. It carries zod's full build and the solvers:
 * a page loads this module by import() when it checks (docs/decisions/0101, 0110).
 */
import { learnerVariantSeed, scenarioFingerprint, variantsBlockOf, type QuizFile, type Scenario, type ScenarioIssue } from "@/domain";
import { parseQuizText } from "@/domain/quiz/load";
import { decodeScenarioBytes, fileTooLarge, INPUT_LIMITS, type FileFormat } from "@/domain/scenarioInput";
import { parseJsonText } from "@/domain/scenarioLoad";
import { checkScenarioText } from "@/machines/scenarioCheck";
import { checkVariant } from "@/machines/variantCheck";
import type { LibraryKind, LibraryRecord, TeacherLibrary } from "@/store/teacherLibrary";
import type { VariantShown } from "@/components/player/VariantNote";
import type { PlayedVariant } from "@/components/review/playedVariant";
import { issueInWords, warningInWords, type Wording } from "./editor/formWords";
import { recordFileName } from "./fileNames";
import { servedVariantsBetweenTasks } from "./servedVariants";
import { decodeShareLink } from "./shareLink";

export type CheckedContent =
  | {
      ok: true;
      kind: "scenario";
      title: string;
      scenario: Scenario;
      warnings: string[];
      /** A scenario with variants on a learner's page: what the page says of it, and the variant played, for the results file. */
      variant?: VariantShown;
      played?: PlayedVariant;
      /** A teacher's scenario with variants: how many its learners can draw, each checked. */
      servedVariants?: number;
    }
  | { ok: true; kind: "quiz"; title: string; quiz: QuizFile; warnings: string[] }
  | { ok: false; messages: string[] };

/**
 * Who the check is for. A teacher's file (imported, listed, previewed) is checked with every
 * variant its learners can draw, so that a learner never meets a variant that fails
 * (docs/decisions/0145); a learner's page (a share link, an LMS package) checks only the variant it
 * draws, which a file from the library has passed already.
 */
export type CheckAudience = "teacher" | "learner";

/**
 * The full check of a scenario's or a quiz's text; `source` names it in the messages (a file name,
 * « lien de partage »), each field named in the editor's words. A teacher's scenario with variants
 * has its forty served variants checked one per task (docs/decisions/0163): the page answers
 * meanwhile. `wording`: a document of the library is corrected in the editor, an imported file in
 * the file (formWords.ts).
 */
export async function checkContent(kind: LibraryKind, text: string, source: string, audience: CheckAudience, wording: Wording = "form"): Promise<CheckedContent> {
  const named = (issues: readonly ScenarioIssue[]) => issues.map((issue) => issueInWords(kind, issue, wording));
  if (kind === "quiz") {
    const parsed = parseQuizText(text, source);
    return parsed.ok ? { ok: true, kind, title: parsed.quiz.title, quiz: parsed.quiz, warnings: [] } : { ok: false, messages: named(parsed.issues) };
  }
  const checked = checkScenarioText(text, source);
  if (!checked.ok) return { ok: false, messages: named(checked.issues) };
  const warnings = checked.warnings.map((warning) => warningInWords(kind, warning, wording));
  const content = { ok: true as const, kind, title: checked.scenario.title, scenario: checked.scenario, warnings };
  if (audience === "learner" || variantsBlockOf(checked.data) === undefined) return content;
  const served = await servedVariantsBetweenTasks(checked, source);
  return served.issues.length > 0 ? { ok: false, messages: named(served.issues) } : { ...content, servedVariants: served.seedsChecked };
}

/** A file is read before its kind is known: the messages of its size and syntax name both. */
const IMPORTED_FORMAT: FileFormat = {
  document: "un scénario ou un questionnaire",
  multilineFields: new Set(),
  guide: "scenarios/README.md, «\u00a0Le fichier\u00a0: encodage, taille, caractères\u00a0»",
};

/** A quiz file lists its questions; everything else is read as a scenario, whose check then says what is missing. */
function kindOf(data: unknown): LibraryKind {
  return typeof data === "object" && data !== null && Array.isArray((data as { questions?: unknown }).questions) ? "quiz" : "scenario";
}

/**
 * A file refused before it is read as data (its size, its encoding, its syntax) names its fields in
 * the words of the format it seems to be: the only such field is one written twice.
 */
function unreadFileMessages(text: string, issues: readonly ScenarioIssue[]): string[] {
  const kind: LibraryKind = /"questions"\s*:\s*\[/u.test(text) ? "quiz" : "scenario";
  return issues.map((issue) => issueInWords(kind, issue, "file"));
}

export type ImportReport = { file: string; ok: true; record: LibraryRecord; warnings: string[] } | { file: string; ok: false; messages: string[] };

/**
 * Each file checked completely — size first (a 50 Mo file is refused before it is read), then its
 * syntax, then the full check of its kind — and stored as one record only if it passes: a file is
 * never half-imported; of a batch, the valid files are kept and the others explained.
 */
export async function importFiles(library: TeacherLibrary, files: readonly { name: string; text: string }[]): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const { name, text } of files) {
    const read = parseJsonText(text, name, IMPORTED_FORMAT);
    const checked = read.ok ? await checkContent(kindOf(read.data), text, name, "teacher", "file") : { ok: false as const, messages: unreadFileMessages(text, read.issues) };
    if (!checked.ok) {
      reports.push({ file: name, ok: false, messages: checked.messages });
      continue;
    }
    const saved = await library.add({ kind: checked.kind, title: checked.title, text });
    reports.push(saved.ok ? { file: name, ok: true, record: saved.record, warnings: checked.warnings } : { file: name, ok: false, messages: [saved.message] });
  }
  return reports;
}

/** A file as the browser gives it (an <input type="file"> or a drop). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

/**
 * Files picked by the teacher, each reported in the order given: a file over the size limit is
 * refused by its size alone, never read (a 50 Mo file does not freeze the page); the others are
 * read as UTF-8 bytes (a Windows-1252 file is refused with its line, not loaded with « � »), then
 * imported like any file.
 */
export async function importPickedFiles(library: TeacherLibrary, files: readonly PickedFile[]): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const file of files) {
    const decoded =
      file.size > INPUT_LIMITS.fileBytes ? { ok: false as const, issues: [fileTooLarge(file.name, IMPORTED_FORMAT)] } : decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()), file.name, IMPORTED_FORMAT);
    if (decoded.ok) reports.push(...(await importFiles(library, [{ name: file.name, text: decoded.text }])));
    else reports.push({ file: file.name, ok: false, messages: unreadFileMessages("", decoded.issues) });
  }
  return reports;
}

/** The file a teacher downloads: the text as they wrote it, named after its title. */
export function exportRecord(record: LibraryRecord): { fileName: string; text: string } {
  return { fileName: recordFileName(record, "json"), text: record.text };
}

/** The source named in a shared content's messages. */
export const SHARE_LINK_SOURCE = "lien de partage";

/** A share link's content, decoded then checked like an imported file: only `ok: true` is played; a scenario with variants in the learner's own. */
export async function openShareLink(hash: string, learner: ShareLinkLearner = {}): Promise<CheckedContent> {
  const decoded = decodeShareLink(hash);
  if (!decoded.ok) return { ok: false, messages: [decoded.message] };
  const content = await checkContent(decoded.kind, decoded.text, SHARE_LINK_SOURCE, "learner");
  return content.ok && content.kind === "scenario" ? learnerContent(content, decoded.text, learner) : content;
}

/** Who opens a shared link or a package: their pseudonym, and the seed the teacher may have written in the link (`?graine=7`), which wins. */
export interface ShareLinkLearner {
  pseudonym?: string | undefined;
  seed?: string | undefined;
}

/**
 * A teacher's scenario with variants (a share link, an LMS package), as this learner plays it: the
 * variant their pseudonym draws among the served seeds, checked like the file (the same draw as a
 * bundled scenario's page and the teacher's key, docs/decisions/0144); without a pseudonym, the
 * common version. `text` is the file as written, which the draw applies to.
 */
export function learnerContent(content: Extract<CheckedContent, { kind: "scenario" }>, text: string, { pseudonym, seed: linkSeed }: ShareLinkLearner): CheckedContent {
  // A checked scenario's text: an object.
  const source = JSON.parse(text) as object;
  if (variantsBlockOf(source) === undefined) return content;
  if (pseudonym === undefined && linkSeed === undefined) return { ...content, variant: { pseudonym: "", seed: "", drawn: false } };
  const seed = linkSeed ?? learnerVariantSeed(source, pseudonym ?? "");
  const checked = checkVariant(source, seed, SHARE_LINK_SOURCE).checked;
  // A link written by hand, or from a file the library never checked, may hold a variant that fails: the learner keeps the common version.
  const whose = linkSeed !== undefined ? "" : (pseudonym ?? "");
  if (!checked.ok) return { ...content, variant: { pseudonym: whose, seed, drawn: false } };
  return { ...content, scenario: checked.scenario, variant: { pseudonym: whose, seed, drawn: true }, played: { seed, commonHash: scenarioFingerprint(content.scenario) } };
}
