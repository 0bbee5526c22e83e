import { describe, expect, it } from "vitest";
import { isAssessment, learnerSummary, learnerTitle, passVerdict } from "./classroom";

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

describe("passVerdict", () => {
  it("is exact at the boundary: 60 % of 20 points is 12", () => {
    expect(passVerdict({ passMark: 60 }, 12, 20)).toEqual({ passed: true, passMark: 60 });
    expect(passVerdict({ passMark: 60 }, 11.5, 20)).toEqual({ passed: false, passMark: 60 });
    expect(passVerdict({ passMark: 60 }, 20, 20)).toEqual({ passed: true, passMark: 60 });
  });

  it("judges on the points, not on the rounded percent (59,6 % shows 60 % but does not pass)", () => {
    expect(passVerdict({ passMark: 60 }, 29.8, 50)).toEqual({ passed: false, passMark: 60 });
  });

  it("keeps a third of a point exact, and counts points below zero as none", () => {
    expect(passVerdict({ passMark: 50 }, (1 / 3) * 3, 2)).toEqual({ passed: true, passMark: 50 });
    expect(passVerdict({ passMark: 0 }, -2, 10)).toEqual({ passed: true, passMark: 0 });
    expect(passVerdict({ passMark: 10 }, -2, 10)).toEqual({ passed: false, passMark: 10 });
  });

  it("says nothing without a pass mark", () => {
    expect(passVerdict(undefined, 12, 20)).toBeUndefined();
    expect(passVerdict({ assessment: true }, 12, 20)).toBeUndefined();
  });
});
