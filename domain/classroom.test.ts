import { describe, expect, it } from "vitest";
import { isAssessment, learnerSummary, learnerTitle, passVerdict } from "./classroom";
import { quizPercent } from "./quiz/points";
import { scoreTrace, type TraceEntry } from "./scoring";

const activity = { title: "Dépassement d'encours : refuser ou demander un acompte", summary: "Le client dépasse son plafond." };

describe("the title and summary a learner reads", () => {
  it("are the activity's own without a neutral title", () => {
    expect(learnerTitle(activity)).toBe("Dépassement d'encours : refuser ou demander un acompte");
    expect(learnerSummary(activity)).toBe("Le client dépasse son plafond.");
    expect(learnerSummary({ ...activity, classroom: { assessment: true } })).toBe("Le client dépasse son plafond.");
  });

  it("become the neutral title and no summary when the teacher sets one", () => {
    const neutral = { ...activity, classroom: { title: "Exercice 2" } };
    expect(learnerTitle(neutral)).toBe("Exercice 2");
    expect(learnerSummary(neutral)).toBeUndefined();
  });
});

describe("the assessment mode", () => {
  it("is on only when the teacher says so", () => {
    expect(isAssessment({})).toBe(false);
    expect(isAssessment({ classroom: { assessment: false } })).toBe(false);
    expect(isAssessment({ classroom: { assessment: true } })).toBe(true);
  });
});

/** The score of a scenario whose decisions earned these points, out of 2 each, as the review shows it. */
function scenarioPercent(points: readonly number[]): number {
  return scoreTrace(points.map((earned) => ({ points: earned, maxPoints: 2, hintsUsed: 0 }) as TraceEntry)).percent;
}

describe("passVerdict", () => {
  it("is exact at the boundary: 60 % of 20 points is 12 (a scenario of ten decisions)", () => {
    expect(passVerdict({ passMark: 60 }, scenarioPercent([2, 2, 2, 2, 2, 2, 0, 0, 0, 0]))).toEqual({ passed: true, passMark: 60 });
    expect(passVerdict({ passMark: 60 }, scenarioPercent([2, 2, 2, 2, 2, 1.5, 0, 0, 0, 0]))).toEqual({ passed: false, passMark: 60 });
    expect(passVerdict({ passMark: 60 }, scenarioPercent(Array.from({ length: 10 }, () => 2)))).toEqual({ passed: true, passMark: 60 });
  });

  it("is exact at the boundary for a quiz, and counts points below zero as 0 %", () => {
    expect(passVerdict({ passMark: 60 }, quizPercent(12, 20))).toEqual({ passed: true, passMark: 60 });
    expect(passVerdict({ passMark: 60 }, quizPercent(11.5, 20))).toEqual({ passed: false, passMark: 60 });
    expect(passVerdict({ passMark: 0 }, quizPercent(-2, 10))).toEqual({ passed: true, passMark: 0 });
    expect(passVerdict({ passMark: 10 }, quizPercent(-2, 10))).toEqual({ passed: false, passMark: 10 });
  });

  it("follows the percent the learner reads: 15 / 16 shows 94 % and passes a mark of 94 %", () => {
    expect(quizPercent(15, 16)).toBe(94);
    expect(passVerdict({ passMark: 94 }, quizPercent(15, 16))).toEqual({ passed: true, passMark: 94 });
    expect(passVerdict({ passMark: 95 }, quizPercent(15, 16))).toEqual({ passed: false, passMark: 95 });
  });

  it("says nothing without a pass mark", () => {
    expect(passVerdict(undefined, 60)).toBeUndefined();
    expect(passVerdict({ assessment: true }, 60)).toBeUndefined();
  });
});
