/**
 * The schema of a results file (vocabulary.ts), strict: a field added by hand is refused by name
 * before the checksum is even computed. Schema boundary (zod's full build): imported by its own
 * path, by the loader only (docs/decisions/0101).
 */
import { z } from "zod";
import { NOTION_IDS, QUIZ_STAGES, type NotionId, type QuizStage } from "../quiz";
import { isoDate, text } from "../scenario";
import { STAGE_IDS } from "../stages";
import { PSEUDONYM_MAX_LENGTH, RESULTS_FORMAT_ID, RESULTS_FORMAT_VERSION, type ResultsFile } from "./vocabulary";

/** A seed is « 1 » to « 40 » when drawn, what a teacher wrote after `?graine=` in a link: short either way. */
const VARIANT_SEED_MAX_LENGTH = 40;
const seconds = z.number().nonnegative("durée positive ou nulle attendue, en secondes");
/** Version 2: the time of a decision or an answer (null when it was not measured). */
const itemDuration = seconds.nullable().optional();
const count = z.number().int("nombre entier attendu").nonnegative("nombre positif ou nul attendu");
const points = z.number();
const verdict = z.enum(["correct", "wrong", "outOfOrder", "tooEarly", "tooLate", "refused"]);
const quizStage = z.enum(QUIZ_STAGES as [QuizStage, ...QuizStage[]]);

const scoreSchema = z.strictObject({ points, maxPoints: points.nonnegative("maximum positif ou nul attendu"), percent: z.number().min(0).max(100) });

const decisionSchema = z.strictObject({
  decisionPoint: text,
  stage: z.enum(STAGE_IDS),
  date: isoDate,
  verdict,
  correct: z.boolean(),
  points,
  maxPoints: points.nonnegative("maximum positif ou nul attendu"),
  hintsUsed: count,
  durationSeconds: itemDuration,
});

const answerSchema = z.strictObject({
  questionId: text,
  stage: quizStage,
  notion: z.enum(NOTION_IDS as [NotionId, ...NotionId[]]),
  credit: z.number().min(0).max(1),
  correct: z.boolean(),
  attempt: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  certainty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  points,
  maxPoints: points.nonnegative("maximum positif ou nul attendu"),
  durationSeconds: itemDuration,
});

const base = {
  format: z.literal(RESULTS_FORMAT_ID),
  formatVersion: z.union([z.literal(1), z.literal(RESULTS_FORMAT_VERSION)]),
  pseudonym: text.max(PSEUDONYM_MAX_LENGTH, `au plus ${PSEUDONYM_MAX_LENGTH} caractères`),
  activity: z.strictObject({
    id: text,
    title: text,
    hash: z.string().regex(/^[0-9a-f]{16}$/u, "empreinte de 16 chiffres hexadécimaux attendue"),
    variant: text.max(VARIANT_SEED_MAX_LENGTH, `au plus ${VARIANT_SEED_MAX_LENGTH} caractères`).optional(),
  }),
  exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u, "date et heure d'export attendues au format 2026-11-28T10:15:00.000Z"),
  score: scoreSchema,
  byStage: z.partialRecord(quizStage, scoreSchema),
  durationSeconds: seconds.optional(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/u, "somme de contrôle de 64 chiffres hexadécimaux attendue"),
};

const TIMED = "champ manquant\u00a0: un fichier au format 2 donne la durée en secondes";
const UNTIMED = "champ en trop\u00a0: un fichier au format 1 ne donne pas de durée";

/** The times are in a file of version 2, everywhere, and nowhere in a file of version 1. */
export const resultsFileSchema: z.ZodType<ResultsFile> = z
  .discriminatedUnion("kind", [
    z.strictObject({ ...base, kind: z.literal("scenario"), decisions: z.array(decisionSchema) }),
    z.strictObject({ ...base, kind: z.literal("quiz"), answers: z.array(answerSchema).min(1, "au moins une question") }),
  ])
  .superRefine((file, context) => {
    const timed = file.formatVersion === 2;
    const message = timed ? TIMED : UNTIMED;
    if ((file.durationSeconds !== undefined) !== timed) context.addIssue({ code: "custom", path: ["durationSeconds"], message });
    const [field, items] = file.kind === "scenario" ? (["decisions", file.decisions] as const) : (["answers", file.answers] as const);
    // The first item that breaks the rule is named: the others are the same mistake.
    const index = items.findIndex((item) => (item.durationSeconds !== undefined) !== timed);
    if (index >= 0) context.addIssue({ code: "custom", path: [field, index, "durationSeconds"], message });
  });
