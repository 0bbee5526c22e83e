/**
 * The review that found point 17 of issue 9, replayed on the shipped scenario 01 (docs/decisions/0094):
 * the delivery address left empty when the order delivers to the billing address, and a delivery
 * promised for the next day while everything is in stock, are both right — full marks.
 */
import { describe, expect, it } from "vitest";
import { findScenario } from "@/components/catalog/catalog";
import type { CustomerDraft } from "@/domain";
import { playScenario } from "@/machines/player";
import { solveScenario } from "@/machines/answerKey";

describe("scenario 01 played as the student of the review did", () => {
  it("empty delivery address (same as billing) and delivery tomorrow: every decision right, full marks", () => {
    const scenario = findScenario("nouveau-client-par-telephone");
    if (!scenario) throw new Error("scénario 01 introuvable");
    const { events, result } = solveScenario(scenario);
    const asPlayed = events.map((event) => {
      if (event.type === "learner.accountCreated") {
        const { deliveryAddress: _sameAsBilling, ...draft } = event.draft as CustomerDraft;
        return { ...event, draft };
      }
      return event.type === "learner.acknowledgementIssued" ? { ...event, deliveryDate: "2026-03-03" } : event;
    });
    expect(asPlayed).not.toEqual(events);
    const played = playScenario(scenario, asPlayed);
    expect(played.trace.filter((entry) => !entry.correct)).toEqual([]);
    expect(played.score.overall).toEqual(result.score.overall);
    expect(played.score.overall.percent).toBe(100);
  });
});
