/**
 * What every generator shares: its record (id, label, stage, notion), the seed of a question and
 * the id it is rebuilt from, and the French spacing of its texts. A generator only draws a
 * situation and asks the engine of `domain/` for the answer and the worked solution.
 */
import { DomainError, type Cents } from "../../money";
import { breakableFrenchSpaces } from "../../frenchTypography";
import type { NotionId, QuizStage } from "../notions";
import type { Question } from "../vocabulary";
import { assertSeed, createRandom, type Random } from "./random";

export type Difficulty = Question["difficulty"];

/** A question without what its generator sets: id, stage, notion, difficulty. */
export type QuestionBody = Question extends infer Q ? (Q extends Question ? Omit<Q, "id" | "stage" | "notion" | "difficulty"> : never) : never;

/** A question with the situation it was drawn from, so that a test can ask the engine again. */
export interface Generated<Inputs> {
  question: Question;
  inputs: Inputs;
}

export interface QuestionGenerator<Inputs = unknown> {
  id: string;
  /** What the exercise practises, in French, for a teacher choosing generators. */
  label: string;
  stage: QuizStage;
  notion: NotionId;
  /** The question of a seed (see `questionSeed` for the difficulty); the same seed, the same question. */
  generate(seed: number, difficulty?: Difficulty): Question;
  generateWithInputs(seed: number, difficulty?: Difficulty): Generated<Inputs>;
}

export const GENERATED_PREFIX = "gen-";

/**
 * The number in a generated question's id, `gen-<generator>-<n>`: it holds both the figures' seed
 * and the difficulty, so that the id alone rebuilds the question. Without a difficulty, n is the
 * seed and the difficulty is 1 + n mod 3; with one, n = 3 × seed + difficulty − 1, so that two seeds
 * at the same difficulty never share an n (a quiz drawing several questions of a generator).
 */
export function questionSeed(seed: number, difficulty?: Difficulty): number {
  assertSeed(seed);
  if (difficulty === undefined) return seed;
  const n = seed * 3 + difficulty - 1;
  if (!Number.isSafeInteger(n)) throw new DomainError("quiz.generator.seed", `seed\u00a0: graine trop grande (reçu ${seed}).`, "seed");
  return n;
}

export function difficultyOfSeed(n: number): Difficulty {
  return ((n % 3) + 1) as Difficulty;
}

/** `gen-cascade-un-taux-42` → { generatorId: "cascade-un-taux", n: 42 }; undefined when not of that shape. */
export function readGeneratedId(id: string): { generatorId: string; n: number } | undefined {
  const match = /^gen-([a-z0-9][a-z0-9-]*)-(0|[1-9]\d*)$/u.exec(id);
  if (!match) return undefined;
  const n = Number(match[2]);
  return Number.isSafeInteger(n) ? { generatorId: match[1] ?? "", n } : undefined;
}

/**
 * French spacing: a no-break space wherever `breakableFrenchSpaces` finds an ordinary one (before
 * « : ; ? ! », inside « », between a number and « € », « % » or a unit), so that a line never
 * starts with a colon or a unit. Applied to every text a generator writes, the engine's sentences
 * included: a sentence put together from figures (`${rate} %`) is only whole here.
 */
export function frenchSpacing(text: string): string {
  let spaced = "";
  let from = 0;
  for (const { index } of breakableFrenchSpaces(text)) {
    spaced += `${text.slice(from, index)}\u00a0`;
    from = index + 1;
  }
  return spaced + text.slice(from);
}

function spacedQuestion(question: Question): Question {
  const spaced = { ...question, prompt: frenchSpacing(question.prompt), explanation: frenchSpacing(question.explanation) };
  if (spaced.type === "single" || spaced.type === "multiple") {
    return {
      ...spaced,
      options: spaced.options.map((o) => ({ ...o, text: frenchSpacing(o.text), ...(o.feedback !== undefined ? { feedback: frenchSpacing(o.feedback) } : {}) })),
    };
  }
  return spaced;
}

/** A sum in euros asked to the cent; the tolerance, in cents, is 0 but where two methods are accepted. */
export function euroQuestion(answerCents: Cents, prompt: string, explanation: readonly string[], toleranceCents = 0): QuestionBody {
  return { type: "numeric", unit: "€", answer: answerCents / 100, tolerance: toleranceCents / 100, prompt, explanation: explanation.join("\n") };
}

/** One right option among `options`; the explanation ends on it, quoted. */
export function singleChoiceQuestion(options: readonly { id: string; text: string; feedback?: string }[], correct: string, prompt: string, explanation: readonly string[]): QuestionBody {
  const answer = options.find((o) => o.id === correct)?.text ?? correct;
  return { type: "single", options: options.map((o) => ({ ...o })), correct, prompt, explanation: [...explanation, `Réponse\u00a0: «\u00a0${answer}\u00a0».`].join("\n") };
}

export interface GeneratorSpec<Inputs> {
  id: string;
  label: string;
  stage: QuizStage;
  notion: NotionId;
  /** Draws a situation at this difficulty and asks the engine for its answer and explanation. */
  draw(random: Random, difficulty: Difficulty): { inputs: Inputs; question: QuestionBody };
}

export function defineGenerator<Inputs>(spec: GeneratorSpec<Inputs>): QuestionGenerator<Inputs> {
  const generateWithInputs = (seed: number, difficulty?: Difficulty): Generated<Inputs> => {
    const n = questionSeed(seed, difficulty);
    const level = difficultyOfSeed(n);
    const { inputs, question } = spec.draw(createRandom(n), level);
    const full = { ...question, id: `${GENERATED_PREFIX}${spec.id}-${n}`, stage: spec.stage, notion: spec.notion, difficulty: level } as Question;
    return { question: spacedQuestion(full), inputs };
  };
  return {
    id: spec.id,
    label: spec.label,
    stage: spec.stage,
    notion: spec.notion,
    generateWithInputs,
    generate: (seed, difficulty) => generateWithInputs(seed, difficulty).question,
  };
}
