/** The second try's points (docs/decisions/0130): the quizzes' share, the hints deducted once. */
import { describe, expect, it } from "vitest";
import { correctedPoints, firstTryFeedback, SECOND_TRY_RULE, SECOND_TRY_SHARE, scoredPart, tryShare, withFirstTry, type TraceEntry } from "./scoring";
import { questionPoints } from "./quiz/points";

const wrong = { correct: false } as const;
const right = { correct: true } as const;
/** A credit check judged in parts: the verdict (1), two figures (0,5 each). */
const parts = (verdict: boolean, outstanding: boolean, order: boolean) => [scoredPart("Verdict", verdict, 1), scoredPart("Encours", outstanding, 0.5, "3 000,00 € au lieu de 4 200,00 €"), scoredPart("Commande", order, 0.5)];

describe("correctedPoints", () => {
  it("a wrong first try corrected right earns half the 2 points: 1", () => {
    expect(SECOND_TRY_SHARE).toBe(0.5);
    expect(correctedPoints(wrong, right, 0)).toBe(1);
  });
  it("corrected wrong again earns nothing", () => {
    expect(correctedPoints(wrong, wrong, 0)).toBe(0);
  });
  it("never less than the first try: 1,5 in parts, then all right (2 × 0,5 = 1) keeps 1,5", () => {
    expect(correctedPoints({ correct: false, parts: parts(true, false, true) }, right, 0)).toBe(1.5);
  });
  it("0,5 in parts, then all right: 1", () => {
    expect(correctedPoints({ correct: false, parts: parts(false, false, true) }, { correct: true, parts: parts(true, true, true) }, 0)).toBe(1);
  });
  it("the hints are deducted once, from the better try: one hint leaves 0, never below", () => {
    expect(correctedPoints(wrong, right, 1)).toBe(0);
    expect(correctedPoints({ correct: false, parts: parts(true, false, true) }, right, 1)).toBe(0.5);
  });
  it("is the quizzes' rule: a second try earns the same share of its credit", () => {
    expect(tryShare(1)).toBe(1);
    expect(tryShare(2)).toBe(SECOND_TRY_SHARE);
    expect(questionPoints({ correct: true, credit: 1 } as never, { attempt: 2 }).points).toBe(0.5);
  });
});

const entry = (fields: Partial<TraceEntry>): TraceEntry => ({
  decisionPoint: "intake.credit",
  stage: "orderIntake",
  date: "2026-11-16",
  answer: "Encours dans le plafond",
  expected: "Plafond dépassé",
  verdict: "wrong",
  correct: false,
  explanation: "encours 4 200,00 € + commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 €",
  hintsUsed: 0,
  points: 0,
  maxPoints: 2,
  ...fields,
});

describe("both tries in one entry", () => {
  it("keeps the first try's answer, points, parts and diagnosis beside the second, scored as corrected", () => {
    const first = entry({ parts: parts(false, false, true), points: 0.5, diagnosis: "Vous avez oublié les commandes acceptées." });
    const second = entry({ answer: "Plafond dépassé", verdict: "correct", correct: true, points: 2 });
    expect(withFirstTry(first, second)).toEqual({
      ...second,
      points: 1,
      firstTry: { answer: "Encours dans le plafond", points: 0.5, parts: first.parts, diagnosis: "Vous avez oublié les commandes acceptées." },
    });
  });
});

describe("the feedback on a first try that may be corrected", () => {
  it("says the verdict, the points and the rule, without the expected answer, the figures or what a part confused", () => {
    const shown = firstTryFeedback([entry({ parts: parts(false, false, true), points: 0.5, teacherExplanation: "Relisez la politique.", glossary: ["creditLimit"] })]);
    expect(shown).toMatchObject({ verdict: "wrong", points: 0.5, maxPoints: 2, expected: "", explanation: SECOND_TRY_RULE });
    expect(shown.teacherExplanation).toBeUndefined();
    expect(shown.glossary).toBeUndefined();
    expect(shown.parts?.map((part) => part.note)).toEqual([undefined, undefined, undefined]);
  });
  it("adds up a submission judged point by point (the control)", () => {
    const shown = firstTryFeedback([entry({ decisionPoint: "control.sellerSiren", points: 2, correct: true, verdict: "correct" }), entry({ decisionPoint: "control.dueDate" })]);
    expect(shown).toMatchObject({ correct: false, verdict: "wrong", points: 2, maxPoints: 4, expected: "", explanation: SECOND_TRY_RULE });
  });
});
