import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionPoints, HINT_COST, POINTS_PER_DECISION, scoreTrace, type TraceEntry } from "./scoring";

function entry(correct: boolean, hintsUsed = 0): TraceEntry {
  return {
    decisionPoint: "intake.credit",
    stage: "orderIntake",
    date: "2026-11-02",
    answer: "Encours dans le plafond",
    expected: "Plafond dépassé",
    verdict: correct ? "correct" : "wrong",
    correct,
    explanation: "",
    hintsUsed,
    points: decisionPoints(correct, hintsUsed),
    maxPoints: POINTS_PER_DECISION,
  };
}

describe("scoring", () => {
  it("gives full marks to a right answer without hints, one point less per hint, never below zero", () => {
    expect(decisionPoints(true, 0)).toBe(2);
    expect(decisionPoints(true, 1)).toBe(2 - HINT_COST);
    expect(decisionPoints(true, 5)).toBe(0);
    expect(decisionPoints(false, 0)).toBe(0);
  });

  it("scores a trace as points over possible points, in whole percent", () => {
    expect(scoreTrace([entry(true), entry(false), entry(true, 1)])).toEqual({ points: 3, maxPoints: 6, hintsUsed: 1, percent: 50 });
    expect(scoreTrace([entry(true), entry(true), entry(false)]).percent).toBe(67);
  });

  it("gives 100 % to an empty trace (nothing to score)", () => {
    expect(scoreTrace([])).toEqual({ points: 0, maxPoints: 0, hintsUsed: 0, percent: 100 });
  });

  it("keeps every score between 0 and 100 and below full marks as soon as one answer is wrong", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(3)), { minLength: 1, maxLength: 30 }), (answers) => {
        const score = scoreTrace(answers.map(([correct, hints]) => entry(correct, hints)));
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
        if (answers.some(([correct]) => !correct)) expect(score.points).toBeLessThan(score.maxPoints);
      }),
    );
  });
});
