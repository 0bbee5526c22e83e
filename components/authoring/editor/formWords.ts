/**
 * The form's schema (the format's JSON Schema, the quiz's ids offered as lists) and the words it
 * lends a check's messages wherever a teacher or a learner reads them: the editor, the answer key,
 * the import, the library's cards, the preview, a share link. A message names its field as the
 * form does (« Clients › Client 1 › Plafond d'encours »), never by its path in the file. It
 * carries zod's full build (z.toJSONSchema): loaded by import(), with the check.
 */
import type { ScenarioIssue } from "@/domain";
import { quizJsonSchema } from "@/domain/quiz/schema";
import { scenarioJsonSchema } from "@/domain/scenario";
import { formatIssue, formatWarning } from "@/domain/scenarioLoad";
import type { LibraryKind } from "@/store/teacherLibrary";
import { fieldTrail, trailText } from "./fieldTrail";
import { fieldLabel, formWording, type FieldLabel } from "./labels";
import { GENERATOR_CHOICES, NOTION_CHOICES, quizFieldLabel } from "./quizLabels";
import type { JsonSchema } from "./schemaNode";

/**
 * The quiz's notion and generator are ids the schema checks by a rule, not by a list: the form
 * offers them as a list, in words (quizLabels.ts), so that no teacher has to know an id.
 */
function quizFormSchema(): object {
  const schema = quizJsonSchema() as JsonSchema;
  const choices = (ids: readonly string[]): JsonSchema => ({ type: "string", enum: [...ids] });
  const questions = schema.properties?.questions?.items;
  for (const variant of questions?.oneOf ?? questions?.anyOf ?? []) {
    if (variant.properties?.notion !== undefined) variant.properties.notion = choices(NOTION_CHOICES);
  }
  const generator = schema.properties?.generators?.items;
  if (generator?.properties?.generator !== undefined) generator.properties.generator = choices(GENERATOR_CHOICES);
  return schema;
}

const FORMATS: Record<LibraryKind, () => object> = { scenario: scenarioJsonSchema, quiz: quizFormSchema };

/** The format as its inputs are written (amounts as text, defaults optional): what a form edits. */
const drawn = new Map<LibraryKind, JsonSchema>();

export function formSchema(kind: LibraryKind): JsonSchema {
  const schema = drawn.get(kind) ?? (FORMATS[kind]() as JsonSchema);
  drawn.set(kind, schema);
  return schema;
}

/** The words of each format's fields, as its editor shows them. */
export const FORMAT_LABELS: Readonly<Record<LibraryKind, (labelKey: string) => FieldLabel | undefined>> = { scenario: fieldLabel, quiz: quizFieldLabel };

/** A check's path in the form's words; "" for the document itself. */
export function pathInWords(kind: LibraryKind, path: string): string {
  return trailText(fieldTrail(formSchema(kind), path, FORMAT_LABELS[kind]));
}

/**
 * Whom a message speaks to: the author of a file (an import), who writes "1234.50" in a text, or
 * the teacher of a library document, who corrects it in the editor and types 1234,50 there.
 */
export type Wording = "file" | "form";

function inWords(kind: LibraryKind, issue: ScenarioIssue, wording: Wording): ScenarioIssue {
  return { ...issue, path: pathInWords(kind, issue.path), message: wording === "form" ? formWording(issue.message) : issue.message };
}

/** « source : Clients › Client 1 › Plafond d'encours : message ». */
export function issueInWords(kind: LibraryKind, issue: ScenarioIssue, wording: Wording): string {
  return formatIssue(inWords(kind, issue, wording));
}

/** « source : Conditions de paiement › … : avertissement : message ». */
export function warningInWords(kind: LibraryKind, warning: ScenarioIssue, wording: Wording): string {
  return formatWarning(inWords(kind, warning, wording));
}
