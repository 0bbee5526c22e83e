import { describe, expect, it } from "vitest";
import { intakeScenario, unsignedPurchaseOrder } from "@/domain/intake/intake.fixtures";
import { currentStage, startPlayer } from "../player";
import { playKeyUntil, solveScenario } from "./index";

/** The intake fixture played through intake → processing → invoicing. */
function fullChain() {
  return intakeScenario((file) => {
    file.stages = ["orderIntake", "orderProcessing", "invoicing"];
  });
}

describe("playKeyUntil: a game started at a later stage", () => {
  it("starts invoicing with the order recorded, acknowledged and delivered, as the key left it", () => {
    const scenario = fullChain();
    const actor = startPlayer(scenario);
    const steps = playKeyUntil(actor, "invoicing");
    const snapshot = actor.getSnapshot();
    expect(currentStage(snapshot)).toBe("invoicing");
    expect(snapshot.context.stages.map((stage) => stage.stage)).toEqual(["orderIntake", "orderProcessing"]);
    expect(snapshot.context.carried).toMatchObject({ intakeDecision: "accept", orderId: "D0001", orderStatus: "delivered" });
    const recorded = snapshot.context.ledger.documents.filter((document) => snapshot.context.carried.documentIds?.includes(document.id));
    expect(recorded.map((document) => [document.kind, document.status, document.number])).toEqual([
      ["purchaseOrder", "validated", "CM-2026-00001"],
      ["orderAcknowledgement", "validated", "AR-2026-00001"],
      ["deliveryNote", "validated", "BL-2026-00001"],
    ]);
    // Nothing of invoicing is played: its stage starts untouched.
    expect(snapshot.children.stage?.getSnapshot().context.trace).toEqual([]);
    // The events played are those of the whole key, up to invoicing.
    expect(steps.map((step) => step.event)).toEqual(solveScenario(scenario).steps.filter((step) => step.stage !== "invoicing").map((step) => step.event));
    // The earlier stages count with full marks.
    expect(snapshot.context.stages.every((stage) => stage.score.points === stage.score.maxPoints)).toBe(true);
    actor.stop();
  });

  it("plays nothing when the stage asked for is the first", () => {
    const actor = startPlayer(fullChain());
    expect(playKeyUntil(actor, "orderIntake")).toEqual([]);
    expect(currentStage(actor.getSnapshot())).toBe("orderIntake");
    actor.stop();
  });

  it("goes to the end when the key's decision skips the stage asked for (an order put on hold is not invoiced)", () => {
    const scenario = unsignedPurchaseOrder();
    const actor = startPlayer({ ...scenario, stages: ["orderIntake", "orderProcessing", "invoicing"] });
    playKeyUntil(actor, "invoicing");
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe("done");
    expect(snapshot.context.skipped.map((skipped) => skipped.stage)).toEqual(["orderProcessing", "invoicing"]);
    actor.stop();
  });
});
