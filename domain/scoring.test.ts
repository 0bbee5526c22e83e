import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allPartsRight,
  amountPart,
  decisionPoints,
  FIGURE_WEIGHT,
  formatPoints,
  HINT_COST,
  partsFeedback,
  POINTS_PER_DECISION,
  remarkPart,
  scoredPart,
  scoreTrace,
  verdictWeight,
  type TraceEntry,
} from "./scoring";

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

describe("a decision scored in parts (0094)", () => {
  /** The credit check's parts: verdict 1, outstanding 0,5, order TTC 0,5. */
  const credit = (verdict: boolean, outstanding: boolean, order: boolean) => [
    scoredPart("Verdict", verdict, verdictWeight(2)),
    scoredPart("Encours du client", outstanding, FIGURE_WEIGHT),
    scoredPart("Montant TTC de la commande", order, FIGURE_WEIGHT),
  ];

  it("weighs the verdict most: the rest of the decision beside half a point per figure", () => {
    expect(verdictWeight(1)).toBe(1.5);
    expect(verdictWeight(2)).toBe(1);
    expect(credit(true, true, true).reduce((sum, p) => sum + p.maxPoints, 0)).toBe(POINTS_PER_DECISION);
  });

  it("sums the parts earned: verdict right and one figure wrong = 1,5 / 2; verdict wrong, figures right = 1 / 2", () => {
    expect(decisionPoints(false, 0, credit(true, true, false))).toBe(1.5);
    expect(decisionPoints(false, 0, credit(false, true, true))).toBe(1);
    expect(decisionPoints(false, 0, credit(false, false, true))).toBe(0.5);
    expect(decisionPoints(false, 0, credit(false, false, false))).toBe(0);
    expect(decisionPoints(true, 0, credit(true, true, true))).toBe(2);
  });

  it("takes the hints off the parts earned, never below zero", () => {
    expect(decisionPoints(false, 1, credit(true, true, false))).toBe(0.5);
    expect(decisionPoints(false, 1, credit(false, false, true))).toBe(0);
  });

  it("a remark on an optional field is shown but never scored, and never makes the decision wrong", () => {
    const parts = [scoredPart("Verdicts de stock", true, POINTS_PER_DECISION), remarkPart("Date du reliquat, ARM-MET", false, "le 05/12/2026 est une promesse intenable")];
    expect(allPartsRight(parts)).toBe(true);
    expect(decisionPoints(true, 0, parts)).toBe(2);
    expect(partsFeedback(parts)).toBe("Remarque (Date du reliquat, ARM-MET, sans effet sur la note)\u00a0: le 05/12/2026 est une promesse intenable.");
  });

  it("names a known slip on an amount, and says what is missing", () => {
    const slip = amountPart("Montant TTC de la commande", 95_000, 114_000, FIGURE_WEIGHT, [{ cents: 95_000, confused: "c'est le montant HT" }]);
    expect(slip).toMatchObject({ correct: false, points: 0, maxPoints: 0.5 });
    expect(slip.note?.replace(/\s/g, " ")).toBe("950,00 € au lieu de 1 140,00 € — c'est le montant HT");
    expect(amountPart("Encours du client", undefined, 0, FIGURE_WEIGHT).note?.replace(/\s/g, " ")).toBe("non indiqué ; attendu 0,00 €");
    expect(amountPart("Encours du client", 0, 0, FIGURE_WEIGHT)).toEqual({ label: "Encours du client", correct: true, points: 0.5, maxPoints: 0.5 });
  });

  it("writes points the French way", () => {
    expect(formatPoints(1.5)).toBe("1,5");
    expect(formatPoints(2)).toBe("2");
    expect(formatPoints(14.25)).toBe("14,25");
  });

  it("scores a trace with half points exactly", () => {
    const half = { ...entry(false), points: 1.5 };
    expect(scoreTrace([half, entry(true), entry(false)])).toEqual({ points: 3.5, maxPoints: 6, hintsUsed: 0, percent: 58 });
  });
});
