/**
 * The chance of the generated exercises, drawn from the quiz's seeded stream (../random.ts): the
 * same seed draws the same figures on every machine, so a question is rebuilt from its id alone.
 * This module only shapes the draws a generator needs (integers, amounts, dates, picks).
 */
import { fromDayNumber, toDayNumber, type IsoDate } from "../../dates";
import { DomainError, type Cents } from "../../money";
import { seededRandom } from "../random";

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
  /** `count` different items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  /** An amount in cents from `min` to `max` euros, with cents. */
  cents(minEuros: number, maxEuros: number): Cents;
  /** A date from `from` to `to`, both included. */
  date(from: IsoDate, to: IsoDate): IsoDate;
}

/** A seed is a non-negative safe integer: what a question id can carry. */
export function assertSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new DomainError("quiz.generator.seed", `seed\u00a0: une graine est un entier positif ou nul (reçu ${String(seed)}).`, "seed");
  }
  return seed;
}

export function createRandom(seed: number): Random {
  // The high bits of a seed beyond 32 bits are folded into the low ones; the stream is the quiz's one (../random.ts).
  const next = seededRandom((assertSeed(seed) ^ Math.imul(Math.floor(seed / 2 ** 32), 0x9e3779b1)) >>> 0);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new DomainError("quiz.generator.empty", "rien à tirer dans une liste vide.");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    sample<T>(items: readonly T[], count: number): T[] {
      const left = [...items];
      return Array.from({ length: Math.min(count, items.length) }, () => left.splice(int(0, left.length - 1), 1)[0] as T);
    },
    chance: (probability) => next() < probability,
    cents: (minEuros, maxEuros) => int(minEuros * 100, maxEuros * 100),
    date: (from, to) => fromDayNumber(int(toDayNumber(from), toDayNumber(to))),
  };
}
