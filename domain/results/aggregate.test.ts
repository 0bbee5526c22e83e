import { describe, expect, it } from "vitest";
import { aggregateClass, classGrid, exportKey, lowestRateFirst, median } from "./aggregate";
import { classTableCsv } from "./csv";
import { BETTER_TRACE, classFiles, CREDIT_SCENARIO, CREDIT_TRACE, ORDERS_QUIZ, scenarioFile } from "./results.fixtures";
import type { ResultsFile } from "./vocabulary";

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

  it("counts the learners' variants of a scenario as one version, and names the variant of each learner's last game", () => {
    const variant = (seed: string) => ({ ...CREDIT_SCENARIO, variant: seed });
    const files = [
      scenarioFile("Lina", CREDIT_TRACE, "2026-11-28T10:15:00.000Z", variant("17")),
      scenarioFile("Lina", BETTER_TRACE, "2026-11-29T10:15:00.000Z", variant("17")),
      scenarioFile("Noé", BETTER_TRACE, "2026-11-28T11:15:00.000Z", variant("4")),
    ];
    const variants = aggregateClass(files);
    expect(variants.activities).toEqual([SCENARIO]);
    expect(variants.rows.map((row) => [row.pseudonym, row.attempts, row.variant])).toEqual([
      ["Lina", 2, "17"],
      ["Noé", 1, "4"],
    ]);
    expect(classTableCsv(variants).split("\r\n").slice(1, 3)).toEqual([
      "Lina;scénario;Dépassement d'encours;02-depassement-d-encours;2;8,5;10;85;8,5;10;85;29/11/2026;17",
      "Noé;scénario;Dépassement d'encours;02-depassement-d-encours;1;8,5;10;85;8,5;10;85;28/11/2026;4",
    ]);
  });

  it("is empty for no file", () => {
    expect(aggregateClass([])).toEqual({ activities: [], rows: [], decisionPoints: [], questions: [], notions: [], duplicates: 0 });
  });

  it("lists the activities in the order first met", () => {
    expect(table.activities).toEqual([SCENARIO, QUIZ]);
  });
});

describe("the same export given twice", () => {
  it("is one file: same learner (case and accents aside), same activity, same moment, whatever its checksum", () => {
    const lea = scenarioFile("Léa", BETTER_TRACE, "2026-11-28T10:15:00.000Z");
    const renamed = { ...lea, pseudonym: "LEA", checksum: "autre" };
    expect(exportKey(renamed)).toBe(exportKey(lea));
    expect(exportKey(scenarioFile("Léa", BETTER_TRACE, "2026-11-28T10:15:00.001Z"))).not.toBe(exportKey(lea));
    expect(aggregateClass([lea, renamed])).toMatchObject({ duplicates: 1, rows: [{ attempts: 1 }] });
  });
});

/** A format-2 file: each decision says the seconds it took (issue 13, the learner's side). */
function timed(file: ResultsFile, seconds: readonly number[]): ResultsFile {
  if (file.kind !== "scenario") throw new Error("fixture");
  return { ...file, decisions: file.decisions.map((decision, i) => ({ ...decision, durationSeconds: seconds[i] })) } as ResultsFile;
}

describe("the time taken on each decision point", () => {
  it("is the median over the learners whose file says it, absent when no file does", () => {
    const files = [
      timed(scenarioFile("Ana", CREDIT_TRACE, "2026-11-28T10:00:00.000Z"), [30, 120, 10, 5, 60]),
      timed(scenarioFile("Bob", BETTER_TRACE, "2026-11-28T10:01:00.000Z"), [50, 40, 20, 5, 61]),
      timed(scenarioFile("Cyd", BETTER_TRACE, "2026-11-28T10:02:00.000Z"), [70, 200, 30, 5, 90]),
      scenarioFile("Dan", BETTER_TRACE, "2026-11-28T10:03:00.000Z"),
    ];
    const points = aggregateClass(files).decisionPoints;
    expect(points.map((point) => [point.id, point.learners, point.medianSeconds])).toEqual([
      ["intake.account", 4, 50],
      ["intake.credit", 4, 120],
      ["intake.deposit", 4, 20],
      ["intake.decision", 4, 5],
      ["processing.record", 4, 61],
    ]);
    expect(aggregateClass(files.slice(3)).decisionPoints[0]).not.toHaveProperty("medianSeconds");
  });

  it("adds up the times of a decision point met twice in one game", () => {
    const file = timed(scenarioFile("Ana", CREDIT_TRACE, "2026-11-28T10:00:00.000Z"), [30, 120, 10, 5, 60]);
    if (file.kind !== "scenario") throw new Error("fixture");
    const twice = { ...file, decisions: [...file.decisions, { ...file.decisions[0]!, durationSeconds: 15 } as (typeof file.decisions)[number]] };
    expect(aggregateClass([twice]).decisionPoints[0]).toMatchObject({ id: "intake.account", medianSeconds: 45 });
  });

  it("median: the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeUndefined();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 10, 2])).toBe(3);
  });
});

describe("reading the table", () => {
  const table = aggregateClass(classFiles());

  it("puts what the class got least right first", () => {
    expect(lowestRateFirst(table.decisionPoints).map((point) => point.id)).toEqual(["processing.record", "intake.credit", "intake.account", "intake.deposit", "intake.decision"]);
  });

  it("draws a grid: a line per learner, a cell per activity, empty when not done, and the mean of the best scores", () => {
    const grid = classGrid(table);
    expect(grid.activities).toEqual([SCENARIO, QUIZ]);
    expect(grid.learners.map((line) => [line.pseudonym, line.cells.map((cell) => (cell === undefined ? null : `${cell.best.percent}/${cell.attempts}`)), line.meanPercent])).toEqual([
      ["Inès", [null, "100/1"], 100],
      ["léa", ["85/2", null], 85],
      ["Tom", ["85/1", "56/1"], 70.5],
    ]);
  });
});
