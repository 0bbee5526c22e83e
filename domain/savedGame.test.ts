import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { savedDecisions } from "./savedGame";

/** Games as the browser saved them in store version 4 (store/fixtures/version-4.json). */
const attempts = (JSON.parse(readFileSync("store/fixtures/version-4.json", "utf8")) as { state: { attempts: Record<string, { snapshot: unknown }> } }).state.attempts;

describe("the decisions of a saved game", () => {
  it("a game under way: the decisions of the stage being played, a wrong one included", () => {
    const decisions = savedDecisions(attempts["depassement-d-encours"]?.snapshot);
    expect(decisions.map((d) => [d.decisionPoint, d.correct, d.points, d.maxPoints])).toEqual([
      ["intake.account", true, 2, 2],
      ["intake.solvency", true, 2, 2],
      ["intake.credit", false, 1, 2],
    ]);
  });

  it("a finished game: the decisions of every finished stage", () => {
    const decisions = savedDecisions(attempts["choisir-l-etape-de-relance"]?.snapshot);
    expect(decisions.map((d) => d.decisionPoint)).toEqual(["followUp.FA-2026-00140.2026-04-25", "followUp.FA-2026-00140.2026-05-05"]);
  });

  it("nothing from a snapshot that is not a game, or from entries that are not decisions", () => {
    expect(savedDecisions(null)).toEqual([]);
    expect(savedDecisions({ context: { stages: "cassé" } })).toEqual([]);
    expect(savedDecisions({ context: { stages: [{ trace: [{ decisionPoint: "intake.credit" }] }] } })).toEqual([]);
  });
});
