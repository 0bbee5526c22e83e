/**
 * Generated exercises (issue 12): parametric questions whose figures come from a seed and whose
 * answer and worked solution come from the rules of `domain/`, the simulator's own
 * (docs/decisions/0106). A generated question's id, `gen-<generator>-<n>`, rebuilds it.
 */
import { DomainError } from "../../money";
import type { Question } from "../vocabulary";
import { cascadeOneRate, cascadeSeveralRates } from "./cascade";
import { creditLimitGenerator } from "./credit";
import { depositOnOrder } from "./deposit";
import { dueDateGenerator } from "./dueDate";
import { dunningStepGenerator } from "./dunning";
import { readGeneratedId, type Difficulty, type QuestionGenerator } from "./generator";
import { numberingGenerator } from "./numbering";
import { latePenaltiesGenerator } from "./penalties";

/** One generator per computation of the course, by id (the ids quiz files name). */
export const GENERATORS = {
  "cascade-un-taux": cascadeOneRate,
  "cascade-plusieurs-taux": cascadeSeveralRates,
  "encours-plafond": creditLimitGenerator,
  acompte: depositOnOrder,
  numerotation: numberingGenerator,
  echeance: dueDateGenerator,
  "penalites-retard": latePenaltiesGenerator,
  "etape-relance": dunningStepGenerator,
} as const satisfies Record<string, QuestionGenerator>;

export type GeneratorId = keyof typeof GENERATORS;

export const GENERATOR_IDS = Object.keys(GENERATORS) as GeneratorId[];

export function isGeneratorId(id: string): id is GeneratorId {
  return Object.hasOwn(GENERATORS, id);
}

/** The question a generator draws from a seed; with a difficulty, the id's number carries it too. */
export function generateQuestion(generatorId: string, seed: number, difficulty?: Difficulty): Question {
  if (!isGeneratorId(generatorId)) {
    throw new DomainError("quiz.generator.unknown", `generator\u00a0: générateur «\u00a0${generatorId}\u00a0» inconnu (connus\u00a0: ${GENERATOR_IDS.join(", ")}).`, "generator");
  }
  return GENERATORS[generatorId].generate(seed, difficulty);
}

/** The generated question an id names (« Revoir mes erreurs » keeps only ids); undefined for any other id. */
export function questionFromId(id: string): Question | undefined {
  const read = readGeneratedId(id);
  if (read === undefined || !isGeneratorId(read.generatorId)) return undefined;
  return GENERATORS[read.generatorId].generate(read.n);
}

export { difficultyOfSeed, questionSeed, frenchSpacing, type Difficulty, type Generated, type QuestionGenerator } from "./generator";
export { createRandom, type Random } from "./random";
export type { CascadeInputs } from "./cascade";
export type { CreditInputs, CreditPolicy } from "./credit";
export type { DepositInputs } from "./deposit";
export type { DueDateInputs } from "./dueDate";
export type { DunningInputs } from "./dunning";
export type { NumberingInputs } from "./numbering";
export type { PenaltyInputs } from "./penalties";
