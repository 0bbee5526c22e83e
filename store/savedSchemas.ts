/**
 * The shape of what the store writes to the browser, as zod/mini schemas: the calculator's draft,
 * the games, the quizzes. Only reading a save checks it (savedState.ts), and reading a save is
 * loaded by import() once a page is on screen (docs/decisions/0111): the slices take their types
 * from here (type-only imports), so no page's first load carries zod.
 */
import * as z from "zod/mini";
import { isNotionId, type Certainty, type LeitnerCard, type NotionId, type QuizAnswer, type QuizMode } from "@/domain";

// ───────────────────────────── The invoice calculator ─────────────────────────────

/** The invoice calculator's form, kept as typed (strings) so that nothing a learner wrote is lost on reload. */
export const calculatorLineSchema = z.strictObject({
  description: z.string(),
  quantity: z.string(),
  unitPrice: z.string(),
  vatRate: z.string(),
});

export const calculatorDraftSchema = z.strictObject({
  lines: z.array(calculatorLineSchema).check(z.minLength(1)),
  tradeDiscounts: z.string(),
  allowances: z.string(),
  rebates: z.string(),
  cashDiscount: z.string(),
  shipping: z.string(),
  deposit: z.string(),
});

export type CalculatorLine = z.infer<typeof calculatorLineSchema>;
export type CalculatorDraft = z.infer<typeof calculatorDraftSchema>;

// ───────────────────────────── The games (scenarios) ─────────────────────────────

/**
 * A score as the engine computes it (domain/scoring.ts), kept for the library and the learning path.
 * Points may be halves or quarters since decisions are scored in parts (store version 3, 0094).
 */
export const storedScoreSchema = z.strictObject({
  points: z.number().check(z.minimum(0)),
  maxPoints: z.int().check(z.minimum(0)),
  hintsUsed: z.int().check(z.minimum(0)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
});

const attemptStatusSchema = z.enum(["inProgress", "done"]);

/**
 * A game that could not go on because its scenario changed since (store version 4): what it had
 * reached is kept, not its snapshot, which no longer fits the scenario.
 */
export const setAsideGameSchema = z.strictObject({
  scenarioHash: z.string(),
  status: attemptStatusSchema,
  score: z.nullable(storedScoreSchema),
  byStage: z.record(z.string(), storedScoreSchema),
  savedAt: z.optional(z.string()),
});

/**
 * One scenario as the learner left it: the player's persisted snapshot (restored exactly on
 * reload), and, once finished, the scores. The snapshot holds no copy of the scenario, only the
 * content hash of the one it was played on (`scenarioHash`, domain/savedGame.ts, store version 4;
 * null when no game is saved yet). The snapshot is checked by the machine when restored.
 */
export const attemptSchema = z.strictObject({
  scenarioId: z.string().check(z.minLength(1)),
  scenarioHash: z.nullable(z.string()),
  status: attemptStatusSchema,
  snapshot: z.unknown(),
  score: z.nullable(storedScoreSchema),
  byStage: z.record(z.string(), storedScoreSchema),
  /** How many times the scenario was started from the beginning. */
  runs: z.int().check(z.minimum(1)),
  /**
   * When the game was last saved (ISO 8601), to list old games when the browser is full. Optional:
   * saves written before it still validate, so the store's version does not change (docs/decisions/0098).
   */
  savedAt: z.optional(z.string()),
  /** The last game set aside because the scenario changed, if any. */
  setAside: z.optional(setAsideGameSchema),
  /**
   * The time each decision took, in milliseconds, in the order of the game's decisions (store
   * version 6, docs/decisions/0119); null for a decision taken before times were measured. Beside
   * the game rather than in the machines: the engine is pure and its trace is replayed.
   */
  decisionMs: z.optional(z.array(z.nullable(z.int().check(z.minimum(0))))),
});

export type StoredScore = z.infer<typeof storedScoreSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type SetAsideGame = z.infer<typeof setAsideGameSchema>;

// ───────────────────────────── The quizzes (store version 5) ─────────────────────────────

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u));
const id = z.string().check(z.minLength(1));

/** An answer's credit for the notion it tests: the engine's `Evidence`, from a quiz. */
export const quizEvidenceSchema = z.strictObject({
  notion: z.custom<NotionId>((value) => typeof value === "string" && isNotionId(value)),
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  at: isoDate,
  source: z.literal("quiz"),
});

/** A question answered wrongly, coming back spaced until answered right twice in a row: the engine's `LeitnerCard`. */
export const leitnerCardSchema: z.ZodMiniType<LeitnerCard> = z.strictObject({
  questionId: id,
  box: z.union([z.literal(1), z.literal(2)]),
  due: isoDate,
  rightInARow: z.int().check(z.minimum(0)),
});

/** What the learner gave, per question type: the engine's `QuizAnswer`. */
export const quizAnswerSchema: z.ZodMiniType<QuizAnswer> = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), optionId: id }),
  z.strictObject({ type: z.literal("multiple"), optionIds: z.array(id) }),
  z.strictObject({ type: z.literal("trueFalse"), value: z.boolean() }),
  z.strictObject({ type: z.literal("ordering"), itemIds: z.array(id) }),
  z.strictObject({ type: z.literal("matching"), matches: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal("numeric"), value: z.number() }),
  z.strictObject({ type: z.literal("date"), value: isoDate }),
  z.strictObject({ type: z.literal("fillBlank"), values: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal("findErrors"), marked: z.array(z.string()) }),
]);

const certaintySchema: z.ZodMiniType<Certainty> = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** One try at a question, with how sure the learner said they were when the quiz marks certainty. */
export const quizTrySchema = z.strictObject({ answer: quizAnswerSchema, certainty: z.optional(certaintySchema) });

const modeSchema: z.ZodMiniType<QuizMode> = z.enum(["training", "assessment"]);

/**
 * A quiz as the learner left it: its questions by id (a generated one is rebuilt from its id), the
 * tries given (a second one in training after a wrong first), and the question being answered.
 * Finished when `position` has passed the last question; kept until the learner starts again, so
 * that a reload shows the score and the review.
 */
export const quizSessionSchema = z.strictObject({
  mode: modeSchema,
  certaintyBased: z.boolean(),
  seed: z.int(),
  questionIds: z.array(id).check(z.minLength(1)),
  tries: z.record(z.string(), z.array(quizTrySchema).check(z.minLength(1), z.maxLength(2))),
  position: z.int().check(z.minimum(0)),
  startedAt: z.string(),
  /** By question id: the time from the question shown to its last try, in milliseconds (store version 6). */
  answerMs: z.optional(z.record(z.string(), z.int().check(z.minimum(0)))),
});

export const quizProgressSchema = z.strictObject({
  evidence: z.array(quizEvidenceSchema),
  cards: z.record(z.string(), leitnerCardSchema),
  /** By quiz key: a bundled quiz's id, or the key of a composed quiz (`quizKeys` in components/quiz). */
  sessions: z.record(z.string(), quizSessionSchema),
});

export type QuizEvidence = z.infer<typeof quizEvidenceSchema>;
export type QuizTry = z.infer<typeof quizTrySchema>;
export type QuizSession = z.infer<typeof quizSessionSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;

// ───────────────────────────── The attempts kept (store version 6) ─────────────────────────────

/**
 * Starting a scenario or a quiz again archives a summary of the previous attempt (historySlice.ts,
 * docs/decisions/0120): date, scores, decisions, time taken; not its snapshot nor its answers.
 */

/** A score out of its maximum; a quiz's points may be negative under certainty-based marking, its percent never is. */
const runScoreSchema = z.strictObject({
  points: z.number(),
  maxPoints: z.number().check(z.minimum(0)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
});

export const archivedRunSchema = z.strictObject({
  /** When the attempt was last played (ISO 8601). */
  endedAt: z.string(),
  /** Finished, or left under way when the learner started again. */
  finished: z.boolean(),
  /** Null when the attempt was left before its end. */
  score: z.nullable(runScoreSchema),
  /** By stage of the course (a quiz's: its questions' stages). */
  byStage: z.record(z.string(), runScoreSchema),
  /** Decisions taken (or questions answered), those right, and the hints used. */
  decisions: z.strictObject({ count: z.int().check(z.minimum(0)), right: z.int().check(z.minimum(0)), hintsUsed: z.int().check(z.minimum(0)) }),
  /** The time the decisions took, in seconds; null when none was measured (a game begun before version 6). */
  durationSeconds: z.nullable(z.number().check(z.minimum(0))),
});

export const runHistorySchema = z.strictObject({
  /** By scenario id. */
  scenarios: z.record(z.string(), z.array(archivedRunSchema)),
  /** By quiz key (a bundled quiz's id, or the key of a composed quiz). */
  quizzes: z.record(z.string(), z.array(archivedRunSchema)),
});

export type RunScore = z.infer<typeof runScoreSchema>;
export type ArchivedRun = z.infer<typeof archivedRunSchema>;
export type RunHistory = z.infer<typeof runHistorySchema>;
