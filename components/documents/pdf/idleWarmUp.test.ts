import { describe, expect, it, vi } from "vitest";
import { idleWarmUp } from "./idleWarmUp";

/** An idle moment the test gives when it wants, and a warm-up it finishes when it wants. */
function setUp() {
  const idle: (() => void)[] = [];
  let finish = () => {};
  const warmUp = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  const warm = idleWarmUp(warmUp, (run) => idle.push(run));
  return { idle, warmUp, warm, finish: () => finish() };
}

describe("idleWarmUp: the sample invoice laid out while idle, never in the learner's way", () => {
  it("waits for an idle moment, once however often it is asked", () => {
    const { idle, warmUp, warm } = setUp();
    warm.schedule();
    warm.schedule();
    expect(warmUp).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]?.();
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it("is dropped when a real PDF is asked before its idle moment: the click does not pay for it", async () => {
    const { idle, warmUp, warm } = setUp();
    warm.schedule();
    await expect(warm.before(() => Promise.resolve("facture"))).resolves.toBe("facture");
    idle[0]?.();
    expect(warmUp).not.toHaveBeenCalled();
  });

  it("makes a real PDF asked while it runs wait for it: one render at a time", async () => {
    const { idle, warm, finish } = setUp();
    warm.schedule();
    idle[0]?.();
    const order: string[] = [];
    const real = warm.before(async () => order.push("facture de l'élève"));
    await Promise.resolve();
    order.push("échauffement fini");
    finish();
    await real;
    expect(order).toEqual(["échauffement fini", "facture de l'élève"]);
  });

  it("lets the real PDF go on when it failed", async () => {
    const warm = idleWarmUp(() => Promise.reject(new Error("mémoire pleine")), (run) => run());
    warm.schedule();
    await expect(warm.before(() => Promise.resolve("facture"))).resolves.toBe("facture");
  });
});
