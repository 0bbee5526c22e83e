import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { variantOf, type ActivityRef } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import { scenarioFile } from "@/domain/results/results.fixtures";
import { solveScenario } from "@/machines/answerKey";
import { classView } from "./classResults";

const FILE = "scenarios/32-particulier-jusqu-a-la-mise-en-demeure.json";
const source: unknown = JSON.parse(readFileSync(FILE, "utf8"));
const ACTIVITY: ActivityRef = { id: "32-particulier-jusqu-a-la-mise-en-demeure", title: "Mise en demeure", hash: "5d41402abc4b2a76" };

/** A learner's game of their variant, played by the engine's key, as the results file carries it. */
function playedVariant(seed: string) {
  const parsed = parseScenario(variantOf(source, seed).data, FILE);
  if (!parsed.ok) throw new Error(`variante ${seed} invalide`);
  return solveScenario(parsed.scenario).result.trace;
}

describe("the class's success per decision point, on a scenario whose variants move the dates", () => {
  it("counts every learner on the same follow-up rows, one per invoice and kind, named by the invoice", () => {
    const [lea, tom] = [playedVariant("1"), playedVariant("4")];
    const followUpIds = (trace: typeof lea) => trace.filter((entry) => entry.stage === "paymentFollowUp").map((entry) => entry.decisionPoint);
    // The two variants' dated points differ: by those ids, each learner would have rows of their own.
    expect(followUpIds(lea).filter((id) => followUpIds(tom).includes(id))).toEqual([]);

    const view = classView([scenarioFile("Léa", lea, "2026-12-01T08:00:00.000Z", { ...ACTIVITY, variant: "1" }), scenarioFile("Tom", tom, "2026-12-01T09:00:00.000Z", { ...ACTIVITY, variant: "4" })]);
    const followUp = view.table.decisionPoints.filter((point) => point.stage === "paymentFollowUp");
    expect(followUp.length).toBeGreaterThan(0);
    expect(followUp.map((point) => [point.id, point.learners, point.right])).toEqual(followUp.map((point) => [point.id.replace(/\.\d{4}-\d{2}-\d{2}$/u, ""), 2, 2]));
    for (const point of followUp) expect(view.labels[point.id]).toMatch(/ — facture FA-\d{4}-\d{5}$/u);
  });
});
