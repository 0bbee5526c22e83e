import { describe, expect, it } from "vitest";
import { DomainError } from "../../money";
import { createRandom } from "./random";

describe("createRandom (mulberry32)", () => {
  it("draws the reference sequence of mulberry32, so that a stored question id rebuilds the same figures everywhere", () => {
    const random = createRandom(1);
    expect([random.next(), random.next(), random.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(createRandom(7).next()).toBe(0.011704753153026104);
  });

  it("folds a seed beyond 32 bits instead of dropping its high bits", () => {
    expect(createRandom(2 ** 40 + 7).next()).not.toBe(createRandom(7).next());
  });

  it("keeps int within its bounds, both reached", () => {
    const random = createRandom(42);
    const drawn = new Set(Array.from({ length: 2000 }, () => random.int(3, 6)));
    expect([...drawn].sort()).toEqual([3, 4, 5, 6]);
  });

  it("samples different items, never more than there are", () => {
    const random = createRandom(5);
    const sample = random.sample(["a", "b", "c", "d", "e"], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(["a", "b"], 5).sort()).toEqual(["a", "b"]);
  });

  it("draws dates within the range, both ends included", () => {
    const random = createRandom(9);
    const dates = new Set(Array.from({ length: 500 }, () => random.date("2026-02-27", "2026-03-01")));
    expect([...dates].sort()).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });

  it("refuses a seed that is not a non-negative safe integer, in French", () => {
    for (const seed of [-1, 1.5, Number.NaN, 2 ** 53]) {
      expect(() => createRandom(seed)).toThrow(DomainError);
    }
    expect(() => createRandom(-1)).toThrow("seed\u00a0: une graine est un entier positif ou nul (reçu -1).");
  });
});
