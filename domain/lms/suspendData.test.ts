import { describe, expect, it } from "vitest";
import { decodeResume, encodeResume, type QuizResume, type ScenarioResume } from "./suspendData";

const SCENARIO: ScenarioResume = {
  kind: "scenario",
  id: "depassement-d-encours",
  hash: "0123456789abcdef",
  moves: [
    { type: "learner.accountFound", customerId: "C0207" },
    { type: "clock.advanced", days: 3 },
  ],
};

const QUIZ: QuizResume = {
  kind: "quiz",
  id: "q-facturation",
  hash: "fedcba9876543210",
  mode: "assessment",
  certaintyBased: true,
  seed: 12345,
  questionIds: ["q1", "q2"],
  tries: { q1: [{ answer: { type: "single", optionId: "b" }, certainty: 2 }] },
  position: 1,
};

describe("suspend_data", () => {
  it("writes a short state as plain JSON with one-letter prefixes, and reads it back", () => {
    const text = encodeResume(SCENARIO);
    expect(text).toBe('J{"v":1,"k":"s","i":"depassement-d-encours","h":"0123456789abcdef","m":[{"t":"l.accountFound","customerId":"C0207"},{"t":"c.advanced","days":3}]}');
    expect(decodeResume(text)).toEqual({ ok: true, state: SCENARIO });
  });

  it("deflates a long state when it gets shorter, and reads it back", () => {
    const long: ScenarioResume = { ...SCENARIO, moves: Array.from({ length: 200 }, (_, i) => ({ type: "learner.lineEntered", line: i % 4, quantity: "12" })) };
    const text = encodeResume(long);
    expect(text.startsWith("Z")).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify(long).length / 5);
    expect(decodeResume(text)).toEqual({ ok: true, state: long });
  });

  it("reads a quiz's state back", () => {
    expect(decodeResume(encodeResume(QUIZ))).toEqual({ ok: true, state: QUIZ });
  });

  it("reads nothing from an empty text, and says that a damaged one cannot be read", () => {
    expect(decodeResume("")).toBeNull();
    const damaged = { ok: false, message: "l'état enregistré par la plateforme est illisible" };
    expect(decodeResume("Zpas du base64")).toEqual(damaged);
    expect(decodeResume('J{"v":2}')).toEqual(damaged);
    expect(decodeResume("autre chose")).toEqual(damaged);
    expect(decodeResume('J{"v":1,"k":"s","i":"x","h":"y","m":[3]}')).toEqual(damaged);
  });
});
