import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { learnerEvidence, scenarioEvidence } from "./mastery";
import type { Attempt } from "./progressSlice";

/** The games of a real version-4 save (store/fixtures): intake under way with a half-right credit check, a finished follow-up. */
const attempts = (JSON.parse(readFileSync("store/fixtures/version-4.json", "utf8")) as { state: { attempts: Record<string, Attempt> } }).state.attempts;
const day = (attempt: Attempt | undefined) => {
  const saved = new Date(attempt?.savedAt ?? "");
  return `${saved.getFullYear()}-${String(saved.getMonth() + 1).padStart(2, "0")}-${String(saved.getDate()).padStart(2, "0")}`;
};

describe("the scenario decisions as evidence of the notions", () => {
  it("every decision of every saved game, with its share of the points, dated by the game's last save", () => {
    const intake = day(attempts["depassement-d-encours"]);
    const followUp = day(attempts["choisir-l-etape-de-relance"]);
    expect(scenarioEvidence(attempts)).toEqual([
      { notion: "customerAccount", credit: 1, at: intake, source: "scenario" },
      { notion: "solvency", credit: 1, at: intake, source: "scenario" },
      { notion: "creditLimit", credit: 0.5, at: intake, source: "scenario" },
      { notion: "dueDate", credit: 1, at: followUp, source: "scenario" },
      { notion: "reminders", credit: 1, at: followUp, source: "scenario" },
      { notion: "dueDate", credit: 1, at: followUp, source: "scenario" },
      { notion: "reminders", credit: 1, at: followUp, source: "scenario" },
    ]);
  });

  it("the quiz answers come after, and a game without a snapshot adds nothing", () => {
    const answer = { notion: "deposit", credit: 0, at: "2026-11-30", source: "quiz" } as const;
    const empty: Attempt = { scenarioId: "x", scenarioHash: null, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 1 };
    expect(learnerEvidence([answer], { x: empty })).toEqual([answer]);
  });
});
