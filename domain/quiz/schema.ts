/**
 * The quiz format: what a teacher writes (the questions, their feedback), never a score. One zod
 * schema, strict and versioned like the scenarios'; types are inferred from it (`vocabulary.ts`
 * re-exports them by type only, so that a quiz page does not load zod). A figure the engine can
 * compute is not typed by the author: « trouvez l'erreur » gets its answer key from
 * `domain/control/`, generated questions from the rules of `domain/` (`generators/`).
 */
import { z } from "zod";
import { classroomSchema, invoiceControlSchema, isoDate, sellerSchema, text } from "../scenario";
import { isNotionId, QUIZ_STAGES, type NotionId, type QuizStage } from "./notions";

export const QUIZ_SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "identifiant attendu\u00a0: minuscules, chiffres et tirets, par exemple «\u00a0encours-commandes-acceptees\u00a0»");
const notion = z.string().refine(isNotionId, "notion inconnue\u00a0: choisissez une notion du cours (la liste est celle du champ «\u00a0Notion\u00a0» de l'éditeur de questionnaire)") as unknown as z.ZodType<NotionId>;

const questionBase = {
  id,
  stage: z.enum(QUIZ_STAGES as [QuizStage, ...QuizStage[]]),
  notion,
  /** 1 découverte, 2 entraînement, 3 maîtrise. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  prompt: text,
  /** The worked explanation shown after the answer (in training) or in the review. */
  explanation: text,
  /** Glossary ids the feedback links to; the notion's own by default. */
  glossary: z.array(z.string()).optional(),
};

const option = z.strictObject({
  id,
  text,
  /** Said when this option is chosen: what it confuses. */
  feedback: text.optional(),
});

const options = z.array(option).min(2, "au moins deux propositions").max(8, "au plus huit propositions");

/**
 * A right answer is any text here: whether it names one of the question's options is checked by
 * the loader, which can list them (an empty answer left in the editor is told which ids to write).
 */
const answerId = z.string();

export const singleChoiceSchema = z.strictObject({ ...questionBase, type: z.literal("single"), options, correct: answerId });

/** Scored per option (docs/decisions: partial credit): see scoring.ts. */
export const multipleChoiceSchema = z.strictObject({ ...questionBase, type: z.literal("multiple"), options, correct: z.array(answerId).min(1, "au moins une bonne réponse") });

/** The prompt is the statement; the explanation is the justification shown after the answer. */
export const trueFalseSchema = z.strictObject({ ...questionBase, type: z.literal("trueFalse"), correct: z.boolean() });

/** Items written in the right order; the learner sees them shuffled. */
export const orderingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("ordering"),
  items: z.array(z.strictObject({ id, text })).min(3, "au moins trois éléments à ordonner").max(8, "au plus huit éléments"),
});

/** Each left item goes with its right item; `distractors` are right items that match nothing. */
export const matchingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("matching"),
  pairs: z.array(z.strictObject({ id, left: text, right: text })).min(3, "au moins trois paires").max(8, "au plus huit paires"),
  distractors: z.array(text).max(3).optional(),
});

export const NUMERIC_UNITS = ["€", "%", "jours"] as const;

/** A number typed by the learner (« 1 005,48 »), right within the tolerance. */
export const numericSchema = z.strictObject({
  ...questionBase,
  type: z.literal("numeric"),
  unit: z.enum(NUMERIC_UNITS),
  answer: z.number().refine(Number.isFinite, "nombre attendu"),
  tolerance: z.number().min(0, "une tolérance ne peut pas être négative").default(0),
});

/** A date typed by the learner (an échéance, the day a reminder is due): the numeric answer of a calendar. */
export const dateAnswerSchema = z.strictObject({ ...questionBase, type: z.literal("date"), answer: isoDate });

/**
 * A text with blanks written `[[id]]`; each blank lists the words accepted (compared without case,
 * accents or surrounding spaces) and, optionally, the choices of a drop-down list.
 */
export const fillBlankSchema = z.strictObject({
  ...questionBase,
  type: z.literal("fillBlank"),
  text,
  blanks: z
    .array(z.strictObject({ id, accepted: z.array(text).min(1, "au moins une réponse acceptée"), choices: z.array(text).min(2).optional() }))
    .min(1, "au moins un blanc"),
});

/**
 * « Trouvez l'erreur » on an invoice drawn by the invoice-control components: the same block as a
 * scenario's `invoiceControl`, the seller's size (the reform's dates depend on it) and the day of
 * the control. The answer key is the engine's (`domain/control/`), never written by the author.
 */
export const findErrorsSchema = z.strictObject({
  ...questionBase,
  type: z.literal("findErrors"),
  seller: sellerSchema.pick({ size: true, vatOnDebits: true }),
  today: isoDate,
  control: invoiceControlSchema,
});

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleChoiceSchema,
  trueFalseSchema,
  orderingSchema,
  matchingSchema,
  numericSchema,
  dateAnswerSchema,
  fillBlankSchema,
  findErrorsSchema,
]);

/** A generator drawn into a quiz: its id (generators/), how many questions, its parameters. */
export const generatorRefSchema = z.strictObject({
  generator: id,
  count: z.number().int().min(1).max(50),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});

export const quizFileSchema = z.strictObject({
  schemaVersion: z.literal(QUIZ_SCHEMA_VERSION),
  id,
  title: text,
  /** What the quiz practises, for the learner (never the answers). */
  summary: text,
  questions: z.array(questionSchema),
  generators: z.array(generatorRefSchema).optional(),
  /** The teacher's settings for a class: neutral title, assessment mode, pass mark (docs/decisions/0123). */
  classroom: classroomSchema.optional(),
});

/** The quiz format as its inputs are written, for an editor's form (the scenarios' scenarioJsonSchema). */
export function quizJsonSchema(): object {
  return z.toJSONSchema(quizFileSchema, { io: "input", unrepresentable: "any" });
}
