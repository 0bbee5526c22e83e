import { describe, expect, it } from "vitest";
import { aggregateClass } from "./aggregate";
import { classFiles, CREDIT_SCENARIO, ORDERS_QUIZ } from "./results.fixtures";

const SCENARIO = { kind: "scenario", id: CREDIT_SCENARIO.id, title: CREDIT_SCENARIO.title, hashes: [CREDIT_SCENARIO.hash] };
const QUIZ = { kind: "quiz", id: ORDERS_QUIZ.id, title: ORDERS_QUIZ.title, hashes: [ORDERS_QUIZ.hash] };

describe("the class table", () => {
  const table = aggregateClass(classFiles());

  it("has a line per learner and activity: attempts, best and last score; a file given twice counts once", () => {
    expect(table.duplicates).toBe(1);
    expect(table.rows).toEqual([
      { pseudonym: "Inès", activity: QUIZ, attempts: 1, best: { points: 4, maxPoints: 4, percent: 100, exportedAt: "2026-11-29T09:00:00.000Z" }, last: { points: 4, maxPoints: 4, percent: 100, exportedAt: "2026-11-29T09:00:00.000Z" } },
      // « Léa » then « léa »: one learner, named as in her latest file.
      { pseudonym: "léa", activity: SCENARIO, attempts: 2, best: { points: 8.5, maxPoints: 10, percent: 85, exportedAt: "2026-11-28T10:15:00.000Z" }, last: { points: 6.5, maxPoints: 10, percent: 65, exportedAt: "2026-11-30T08:30:00.000Z" } },
      { pseudonym: "Tom", activity: SCENARIO, attempts: 1, best: { points: 8.5, maxPoints: 10, percent: 85, exportedAt: "2026-11-28T14:00:00.000Z" }, last: { points: 8.5, maxPoints: 10, percent: 85, exportedAt: "2026-11-28T14:00:00.000Z" } },
      { pseudonym: "Tom", activity: QUIZ, attempts: 1, best: { points: 2.25, maxPoints: 4, percent: 56, exportedAt: "2026-11-28T11:00:00.000Z" }, last: { points: 2.25, maxPoints: 4, percent: 56, exportedAt: "2026-11-28T11:00:00.000Z" } },
    ]);
  });

  it("gives the success rate of each decision point over each learner's last game", () => {
    expect(table.decisionPoints.map(({ id, stage, learners, right, rate }) => [id, stage, learners, right, rate])).toEqual([
      ["intake.account", "orderIntake", 2, 2, 1],
      ["intake.credit", "orderIntake", 2, 1, 0.5],
      ["intake.deposit", "orderIntake", 2, 2, 1],
      ["intake.decision", "orderIntake", 2, 2, 1],
      ["processing.record", "orderProcessing", 2, 0, 0],
    ]);
  });

  it("gives the success rate of each question: right at the first try", () => {
    expect(table.questions.map(({ activity, id, learners, right, rate }) => [activity.id, id, learners, right, rate])).toEqual([
      [ORDERS_QUIZ.id, "encours-definition", 2, 2, 1],
      [ORDERS_QUIZ.id, "acompte-calcul", 2, 1, 0.5],
      [ORDERS_QUIZ.id, "compte-client", 2, 1, 0.5],
      [ORDERS_QUIZ.id, "pgi-base-unique", 2, 1, 0.5],
    ]);
  });

  it("lists the notions missed, the most missed first, from the decisions' notions and the questions' together", () => {
    expect(table.notions.map(({ notion, evidence, missed, missRate }) => [notion, evidence, missed, missRate])).toEqual([
      ["orderRecording", 2, 2, 1],
      ["erp", 2, 1, 0.5],
      ["customerAccount", 4, 1, 0.25],
      ["creditLimit", 4, 1, 0.25],
      ["deposit", 4, 1, 0.25],
    ]);
    expect(table.notions[0]).toMatchObject({ label: "Enregistrer la commande dans le PGI", stage: "orderProcessing" });
  });

  it("counts a decision point met twice in one game once, right only if right both times", () => {
    const [first] = classFiles();
    if (first?.kind !== "scenario") throw new Error("fixture");
    const twice = { ...first, checksum: "autre", decisions: [...first.decisions, { ...first.decisions[0]!, correct: false }] };
    expect(aggregateClass([twice]).decisionPoints[0]).toMatchObject({ id: "intake.account", learners: 1, right: 0, rate: 0 });
  });

  it("keeps every version of an activity played, and the latest title", () => {
    const files = classFiles();
    const changed = { ...files[2]!, activity: { ...CREDIT_SCENARIO, title: "Encours dépassé", hash: "0000000000000001" }, exportedAt: "2026-12-01T08:00:00.000Z", checksum: "autre" };
    expect(aggregateClass([...files, changed]).rows.find((row) => row.pseudonym === "Tom")?.activity).toEqual({ ...SCENARIO, title: "Encours dépassé", hashes: [CREDIT_SCENARIO.hash, "0000000000000001"] });
  });

  it("is empty for no file", () => {
    expect(aggregateClass([])).toEqual({ rows: [], decisionPoints: [], questions: [], notions: [], duplicates: 0 });
  });
});
