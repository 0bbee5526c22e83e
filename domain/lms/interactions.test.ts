import { describe, expect, it } from "vitest";
import type { Question, TraceEntry } from "@/domain";
import { decisionInteraction, interactionValues, quizInteraction } from "./interactions";

const ENTRY: TraceEntry = {
  decisionPoint: "intake.credit",
  stage: "orderIntake",
  date: "2026-03-02",
  answer: "Encours dans le plafond",
  expected: "Plafond dépassé",
  verdict: "wrong",
  correct: false,
  explanation: "",
  hintsUsed: 0,
  points: 0,
  maxPoints: 2,
} as TraceEntry;

const base = { id: "q-regle", notion: "credit", difficulty: 1, prompt: "?", explanation: "." } as const;

describe("interactions", () => {
  it("writes a decision as a fill-in of the learner's words against the expected ones", () => {
    const record = decisionInteraction(ENTRY, { at: new Date(2026, 2, 2, 14, 3, 9), latencyMs: 65_000 });
    expect(record).toEqual({ id: "intake_credit", type: "fill-in", student_response: "Encours dans le plafond", pattern: "Plafond dépassé", result: "wrong", weighting: "2", latency: "0000:01:05.00", time: "14:03:09" });
    expect(interactionValues(4, record)).toEqual([
      ["cmi.interactions.4.id", "intake_credit"],
      ["cmi.interactions.4.type", "fill-in"],
      ["cmi.interactions.4.time", "14:03:09"],
      ["cmi.interactions.4.weighting", "2"],
      ["cmi.interactions.4.student_response", "Encours dans le plafond"],
      ["cmi.interactions.4.correct_responses.0.pattern", "Plafond dépassé"],
      ["cmi.interactions.4.result", "wrong"],
      ["cmi.interactions.4.latency", "0000:01:05.00"],
    ]);
  });

  it("leaves out the time and latency of a move nobody timed", () => {
    expect(decisionInteraction({ ...ENTRY, correct: true })).toEqual({ id: "intake_credit", type: "fill-in", student_response: "Encours dans le plafond", pattern: "Plafond dépassé", result: "correct", weighting: "2" });
  });

  it("writes quiz answers in SCORM 1.2's formats of their type", () => {
    const judged = (correct: boolean, expected = "") => ({ credit: correct ? 1 : 0, correct, expected, feedback: [] });
    const options = [{ id: "x", text: "X" }, { id: "y", text: "Y" }, { id: "z", text: "Z" }];
    const single = { ...base, type: "single", options, correct: "y" } as unknown as Question;
    expect(quizInteraction(single, { type: "single", optionId: "z" }, judged(false))).toMatchObject({ id: "q-regle", type: "choice", student_response: "c", pattern: "b", result: "wrong", weighting: "1" });
    const multiple = { ...base, type: "multiple", options, correct: ["x", "z"] } as unknown as Question;
    expect(quizInteraction(multiple, { type: "multiple", optionIds: ["z", "x"] }, judged(true))).toMatchObject({ type: "choice", student_response: "a,c", pattern: "a,c", result: "correct" });
    const trueFalse = { ...base, type: "trueFalse", correct: false } as unknown as Question;
    expect(quizInteraction(trueFalse, { type: "trueFalse", value: true }, judged(false))).toMatchObject({ type: "true-false", student_response: "t", pattern: "f" });
    const items = [{ id: "i1", text: "1" }, { id: "i2", text: "2" }, { id: "i3", text: "3" }];
    const ordering = { ...base, type: "ordering", items } as unknown as Question;
    expect(quizInteraction(ordering, { type: "ordering", itemIds: ["i2", "i1", "i3"] }, judged(false))).toMatchObject({ type: "sequencing", student_response: "b,a,c", pattern: "a,b,c" });
    const pairs = [{ id: "p1", left: "L1", right: "R1" }, { id: "p2", left: "L2", right: "R2" }];
    const matching = { ...base, type: "matching", pairs, distractors: ["R3"] } as unknown as Question;
    expect(quizInteraction(matching, { type: "matching", matches: { p1: "R1", p2: "R3" } }, judged(false))).toMatchObject({ type: "matching", student_response: "a.a,b.c", pattern: "a.a,b.b" });
    const numeric = { ...base, type: "numeric", unit: "€", answer: 1005.48, tolerance: 0 } as unknown as Question;
    expect(quizInteraction(numeric, { type: "numeric", value: 1005.5 }, judged(false))).toMatchObject({ type: "numeric", student_response: "1005.5", pattern: "1005.48" });
    const date = { ...base, type: "date", answer: "2026-04-30" } as unknown as Question;
    expect(quizInteraction(date, { type: "date", value: "2026-04-29" }, judged(false, "30/04/2026"))).toMatchObject({ type: "fill-in", student_response: "2026-04-29", pattern: "30/04/2026" });
  });
});
