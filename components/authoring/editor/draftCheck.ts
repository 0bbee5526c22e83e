/**
 * What the editor asks while the teacher types: the format's JSON Schema (to draw the form) and
 * the full check of the command line on the text being edited — schema, consistency, the engine's
 * key played to full marks (machines/scenarioCheck.ts, the quiz loader) — with each problem at the
 * path of its field, and the engine's answer key when the scenario holds. It carries zod's full
 * build and the solvers: the editor loads it by import() (docs/decisions/0101, 0115).
 */
import { variantsBlockOf, type Cents, type Question, type ScenarioIssue, type VariantChoice } from "@/domain";
import { parseScenarioText } from "@/domain/scenarioLoad";
import { parseQuizText } from "@/domain/quiz/load";
import { questionSchema } from "@/domain/quiz/schema";
import { checkScenarioText, type SolvedScenario } from "@/machines/scenarioCheck";
import { givenAmounts, staleQuoteMessage, staleQuotes } from "@/machines/staleFigures";
import type { LibraryKind } from "@/store/teacherLibrary";
import { answerKeyOf, type AnswerKeyState } from "../answerKey/answerKey";
import { servedVariantsBetweenTasks } from "../servedVariants";
import { pathInWords } from "./formWords";
import { formWording, optionLabel } from "./labels";

export { formSchema } from "./formWords";

export interface FieldIssue {
  /** "customers[2].creditLimit", as the command line prints it; "" for the document as a whole. */
  path: string;
  message: string;
}

export interface DraftCheck {
  issues: FieldIssue[];
  /** Said but not blocking (terms beyond the legal maximum…). */
  warnings: FieldIssue[];
  /** Scenarios only. */
  answerKey?: AnswerKeyState;
  /** Quizzes only: each written question as the learner's widget takes it, undefined while its own fields do not hold. */
  questions?: (Question | undefined)[];
  /**
   * A scenario with variants whose draft holds: the variants its learners can draw are checked
   * after the draft (`checkDraftVariants`, run by useDraftCheck once typing has paused longer),
   * `pending` until then.
   */
  variants?: { state: "pending" } | { state: "checked"; count: number };
}

/** The name a draft's messages give it: the form has no file. */
export const DRAFT_SOURCE = "brouillon";

const fieldIssue = (issue: ScenarioIssue): FieldIssue => ({ path: issue.path, message: formWording(issue.message) });

/** Why there is no key, each reason at its field named in words (« Clients › Client 1 › SIREN »), never by its path. */
function unavailable(kind: LibraryKind, issues: FieldIssue[]): AnswerKeyState {
  return {
    ok: false,
    reasons: issues.map((issue) => {
      const words = pathInWords(kind, issue.path);
      return words === "" ? issue.message : `${words}\u00a0: ${issue.message}`;
    }),
  };
}

/**
 * A choice drawn for a learner's variant as the teacher reads it: its field in the form's words and
 * a value of a list as the form offers it (« Événements programmés › Événement 1 › Moyen de paiement
 * = virement », not « events[0].method = "transfer" »).
 */
export function choiceInWords(choice: VariantChoice): string {
  if (choice.path === undefined || !choice.description.startsWith(choice.path)) return choice.description;
  const words = pathInWords("scenario", choice.path);
  const { value } = choice;
  const rest = choice.description.slice(choice.path.length);
  const said = typeof value === "string" && optionLabel(value) !== value ? rest.replace(JSON.stringify(value), optionLabel(value)) : rest;
  return words === "" ? `${choice.path}${said}` : `${words}${said}`;
}

/** Each question alone, so that the one being edited shows while another one is still wrong. */
function previewableQuestions(text: string): (Question | undefined)[] {
  try {
    const data = JSON.parse(text) as { questions?: unknown };
    return Array.isArray(data.questions) ? data.questions.map((question) => {
      const parsed = questionSchema.safeParse(question);
      return parsed.success ? parsed.data : undefined;
    }) : [];
  } catch {
    return [];
  }
}

/** The amounts of the base scenario last read, kept: the editor checks the same draft against the same base at every pause of typing. */
let readBase: { text: string; amounts: ReadonlySet<Cents> | undefined } | undefined;

function baseAmounts(text: string): ReadonlySet<Cents> | undefined {
  if (readBase?.text !== text) {
    const parsed = parseScenarioText(text, "modèle");
    readBase = { text, amounts: parsed.ok ? givenAmounts(parsed.scenario) : undefined };
  }
  return readBase.amounts;
}

/** The texts still quoting an amount the teacher's changes took away from the scenario the draft started from (machines/staleFigures.ts). */
function staleQuoteWarnings(baseText: string | undefined, checked: SolvedScenario): FieldIssue[] {
  const before = baseText === undefined ? undefined : baseAmounts(baseText);
  return before === undefined ? [] : staleQuotes(before, checked.scenario, checked.solved.result).map((quote) => ({ path: quote.path, message: staleQuoteMessage(quote) }));
}

/**
 * The full check of a draft. `baseText`, the bundled scenario a template or a copy was made from,
 * adds a warning on each text that still quotes an amount the changes made stale.
 */
export function checkDraft(kind: LibraryKind, text: string, baseText?: string): DraftCheck {
  if (kind === "quiz") {
    const parsed = parseQuizText(text, DRAFT_SOURCE);
    return { issues: parsed.ok ? [] : parsed.issues.map(fieldIssue), warnings: [], questions: previewableQuestions(text) };
  }
  const checked = checkScenarioText(text, DRAFT_SOURCE);
  if (!checked.ok) {
    const issues = checked.issues.map(fieldIssue);
    return { issues, warnings: [], answerKey: unavailable(kind, issues) };
  }
  const variants = variantsBlockOf(checked.data) === undefined ? {} : { variants: { state: "pending" as const } };
  const warnings = [...checked.warnings.map(fieldIssue), ...staleQuoteWarnings(baseText, checked)];
  return { issues: [], warnings, answerKey: { ok: true, key: answerKeyOf(checked.solved.result) }, ...variants };
}

/**
 * The variants a draft's learners can draw, checked as the library checks them
 * (docs/decisions/0145): each problem at its field. Longer than the draft's own check (one full
 * check per variant, forty variants): it runs apart from it, one variant per task, so that the
 * editor answers the teacher's typing between two (docs/decisions/0163). Stops, and gives nothing,
 * as soon as `stillWanted` says no (the draft changed meanwhile).
 */
export async function checkDraftVariants(text: string, stillWanted: () => boolean): Promise<{ issues: FieldIssue[]; count: number } | undefined> {
  const checked = checkScenarioText(text, DRAFT_SOURCE);
  if (!checked.ok) return { issues: [], count: 0 };
  const report = await servedVariantsBetweenTasks(checked, DRAFT_SOURCE, stillWanted);
  return report === undefined ? undefined : { issues: report.issues.map(fieldIssue), count: report.seedsChecked };
}
