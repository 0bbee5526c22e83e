import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { TraceEntry } from "../scoring";
import { evidenceOfTrace, masteryByNotion, masteryByStage, notionsOfDecisionPoint, type Evidence } from "./mastery";
import { NOTION_IDS, QUIZ_STAGES, type NotionId } from "./notions";

const quiz = (notion: NotionId, credit: number, at = "2026-11-30"): Evidence => ({ notion, credit, at, source: "quiz" });

describe("masteryByNotion: the mean of the five latest credits, three answers at least", () => {
  it("says a notion never practised is not started", () => {
    expect(masteryByNotion([]).creditLimit).toEqual({ level: 0, evidence: 0, status: "notStarted" });
  });

  it("does not call two perfect answers mastery", () => {
    expect(masteryByNotion([quiz("creditLimit", 1), quiz("creditLimit", 1)]).creditLimit).toEqual({ level: 1, evidence: 2, status: "inProgress" });
  });

  it("masters a notion from three answers averaging 0,8", () => {
    expect(masteryByNotion([quiz("creditLimit", 1), quiz("creditLimit", 0.5), quiz("creditLimit", 0.9)]).creditLimit).toMatchObject({ level: 0.8, status: "mastered" });
  });

  it("lets old mistakes fade: only the five latest answers count, by date", () => {
    const evidence = [quiz("dueDate", 1, "2026-11-10"), quiz("dueDate", 1, "2026-11-09"), quiz("dueDate", 1, "2026-11-08"), quiz("dueDate", 1, "2026-11-07"), quiz("dueDate", 1, "2026-11-06"), quiz("dueDate", 0, "2026-11-01")];
    expect(masteryByNotion(evidence).dueDate).toEqual({ level: 1, evidence: 6, status: "mastered" });
    expect(masteryByNotion([...evidence, quiz("dueDate", 0, "2026-11-11")]).dueDate).toMatchObject({ level: 0.8, status: "mastered" });
  });

  it("counts a scenario's decisions beside the quiz's answers", () => {
    const evidence: Evidence[] = [quiz("creditLimit", 1), { notion: "creditLimit", credit: 0, at: "2026-11-30", source: "scenario" }];
    expect(masteryByNotion(evidence).creditLimit).toEqual({ level: 0.5, evidence: 2, status: "inProgress" });
  });
});

describe("masteryByStage: every notion of the stage, a notion never practised counting 0", () => {
  it("averages the stage's nine notions and masters it only when all are", () => {
    const stage = masteryByStage([quiz("creditLimit", 1), quiz("creditLimit", 1), quiz("creditLimit", 1)]).orderIntake;
    expect(stage).toEqual({ level: 0.1111, evidence: 3, status: "inProgress", notions: 9, masteredNotions: 1 });
    expect(masteryByStage([]).invoicing).toEqual({ level: 0, evidence: 0, status: "notStarted", notions: 10, masteredNotions: 0 });
  });
});

describe("notionsOfDecisionPoint: the simulator's decisions as notions of the course", () => {
  it.each([
    ["intake.account", ["customerAccount"]],
    ["intake.credit", ["creditLimit"]],
    ["intake.decision", ["intakeOrder"]],
    ["processing.deliveryNote", ["salesDocuments"]],
    ["processing.status", ["orderFollowUp"]],
    ["invoicing.cascade", ["invoiceCascade", "vatRates"]],
    ["invoicing.validation", ["invoiceNumber"]],
    ["invoicing.immutability", ["invoiceIntangible"]],
    ["invoicing.sending", ["electronicInvoicing"]],
    ["control.conforming", ["mandatoryMentions"]],
    ["control.buyerDetails", ["mandatoryMentions"]],
    ["control.sellerSiren", ["legalMentions"]],
    ["control.seller.vatNumber", ["legalMentions"]],
    ["control.lines[1].description", ["mandatoryMentions"]],
    ["control.lines[1].lineTotalCents", ["invoiceArithmetic"]],
    ["control.totals.vat[0].amountCents", ["invoiceArithmetic"]],
    ["control.latePenaltyRate", ["legalMentions"]],
    ["followUp.FA-2026-00042.2026-11-12", ["dueDate", "reminders"]],
    ["followUp.@stage.payment.2026-12-01", ["followUpObjectives"]],
    ["followUp.FA-2026-00042.dispute.2026-12-01", ["disputes"]],
    ["followUp.FA-2026-00042.settlement.2026-12-08", ["disputes"]],
    ["unknown.point", []],
  ])("%s → %j", (id, notions) => {
    expect(notionsOfDecisionPoint(id)).toEqual(notions);
  });
});

describe("evidenceOfTrace", () => {
  it("gives each decision's share of its points to each notion it practises, dated the day it was played", () => {
    const entry = (decisionPoint: string, points: number, maxPoints: number, correct: boolean): TraceEntry => ({
      decisionPoint,
      stage: "invoicing",
      date: "2026-03-02",
      answer: "",
      expected: "",
      verdict: correct ? "correct" : "wrong",
      correct,
      explanation: "",
      hintsUsed: 0,
      points,
      maxPoints,
    });
    expect(evidenceOfTrace([entry("invoicing.cascade", 1, 2, true), entry("invoicing.validation", 0, 0, true)], "2026-11-30")).toEqual([
      { notion: "invoiceCascade", credit: 0.5, at: "2026-11-30", source: "scenario" },
      { notion: "vatRates", credit: 0.5, at: "2026-11-30", source: "scenario" },
      { notion: "invoiceNumber", credit: 1, at: "2026-11-30", source: "scenario" },
    ]);
  });
});

describe("mastery, for any evidence", () => {
  const evidence = fc.array(
    fc.record({
      notion: fc.constantFrom(...NOTION_IDS),
      credit: fc.oneof(fc.double({ min: -2, max: 2 }), fc.constant(Number.NaN)),
      at: fc.integer({ min: 1, max: 28 }).map((day) => `2026-11-${String(day).padStart(2, "0")}`),
      source: fc.constantFrom("quiz" as const, "scenario" as const),
    }),
    { maxLength: 60 },
  );

  it("stays within [0, 1], per notion and per stage, and masters a stage only when its notions are", () => {
    fc.assert(
      fc.property(evidence, (items) => {
        const byNotion = masteryByNotion(items);
        for (const notion of NOTION_IDS) expect(byNotion[notion].level).toBeGreaterThanOrEqual(0);
        for (const notion of NOTION_IDS) expect(byNotion[notion].level).toBeLessThanOrEqual(1);
        const byStage = masteryByStage(items);
        for (const stage of QUIZ_STAGES) {
          expect(byStage[stage].level).toBeGreaterThanOrEqual(0);
          expect(byStage[stage].level).toBeLessThanOrEqual(1);
          expect(byStage[stage].status === "mastered").toBe(byStage[stage].masteredNotions === byStage[stage].notions);
        }
      }),
    );
  });
});
