/**
 * Chance in the engine comes from a seed (domain/ never calls Math.random): the same seed draws
 * the same quiz and the same generated figures, on every machine. Mulberry32: 32 bits of state,
 * fast, well spread for drawing questions — not for secrets.
 */

/** A stream of numbers in [0, 1) drawn from the seed (its integer part, modulo 2³²). */
export function seededRandom(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [0, bound) drawn from the stream. */
export function randomBelow(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}

/** A new seed drawn from the stream (a positive 31-bit integer, short enough for a question id). */
export function drawSeed(random: () => number): number {
  return randomBelow(random, 2_147_483_647);
}

/** The items in an order drawn from the stream (Fisher–Yates); the list itself is not changed. */
export function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomBelow(random, i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** The items in the order the seed draws: the same seed, the same order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  return shuffleWith(items, seededRandom(seed));
}
