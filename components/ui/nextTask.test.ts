import { describe, expect, it } from "vitest";
import { stepBetweenTasks } from "./nextTask";
import { turnsDuring } from "./turns.testing";

/** A piece of work of `count` steps: `step` says whether some remain. */
function steps(count: number) {
  let done = 0;
  return {
    step: () => {
      done += 1;
      return done < count;
    },
    done: () => done,
  };
}

describe("a long piece of work done one step per task (docs/decisions/0163)", () => {
  it("does every step and gives the page a turn before each", async () => {
    const work = steps(12);
    const { result, turns } = await turnsDuring(() => stepBetweenTasks(work.step));
    expect(result).toBe(true);
    expect(work.done()).toBe(12);
    expect(turns).toBeGreaterThanOrEqual(12);
  });

  it("stops before the next step as soon as it is no longer wanted, and says so", async () => {
    const work = steps(12);
    const result = await stepBetweenTasks(work.step, () => work.done() < 5);
    expect(result).toBe(false);
    expect(work.done()).toBe(5);
  });
});
