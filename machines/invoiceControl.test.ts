import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { answeredAtOnce } from "./testing/secondTry";
import { openingLedger, POINTS_PER_DECISION } from "@/domain";
import type { StageInput, StageOutput } from "./contract";
import { INVOICE_CONTROL_DECISION_POINTS, invoiceControlMachine, type InvoiceControlEvent } from "./invoiceControl";
import { invoiceControlDecisionPoints, invoiceControlKey, solveInvoiceControl, wrongAnswers } from "./answerKey/invoiceControl";
import { baseScenario, conformingControlScenario, courseControlScenario, legalControlScenario, stageInputOf } from "./testing/controlFixtures";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

function run(input: StageInput, events: readonly InvoiceControlEvent[]) {
  const actor = createActor(answeredAtOnce(invoiceControlMachine), { input }).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

const FIXTURES = { course: courseControlScenario, legal: legalControlScenario, conforming: conformingControlScenario } as const;

describe("the solver", () => {
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    it(`reaches the final state with full marks (${name})`, () => {
      const input = stageInputOf(fixture());
      const snapshot = run(input, solveInvoiceControl(input));
      expect(snapshot.status).toBe("done");
      const output = snapshot.output as StageOutput;
      expect(output.score.points).toBe(output.score.maxPoints);
      expect(output.score.maxPoints).toBe(invoiceControlDecisionPoints(input).length * POINTS_PER_DECISION);
      expect(output.stage).toBe("invoiceControl");
      expect(output.ledger).toBe(input.ledger);
      expect(output.today).toBe(input.today);
    });
  }

  it("marks the anomalies of the course-list invoice by their targets", () => {
    const input = stageInputOf(courseControlScenario());
    expect(solveInvoiceControl(input)).toEqual([
      { type: "learner.findingMarked", field: "buyerDetails" },
      { type: "learner.findingMarked", field: "reductions" },
      { type: "learner.findingMarked", field: "lines[1].lineTotalCents" },
      { type: "learner.findingMarked", field: "totals.vat[0].amountCents" },
      { type: "learner.findingMarked", field: "totals.totalInclTaxCents" },
      { type: "learner.controlSubmitted" },
    ]);
  });

  it("finds the seven anomalies of the legal-list invoice", () => {
    expect(invoiceControlDecisionPoints(stageInputOf(legalControlScenario())).map((p) => p.id)).toEqual([
      "control.sellerSiren",
      "control.seller.vatNumber",
      "control.purchaseOrderNumber",
      "control.productDescriptions",
      "control.dueDate",
      "control.latePenaltyRate",
      "control.recoveryIndemnityCents",
    ]);
  });
});

describe("scoring: hits, misses and false alarms", () => {
  const input = stageInputOf(courseControlScenario());

  it("records each anomaly found, each missed, and each false alarm at 0 / POINTS_PER_DECISION", () => {
    const snapshot = run(input, [
      { type: "learner.findingMarked", field: "buyerDetails" },
      { type: "learner.findingMarked", field: "lines[1].lineTotalCents" },
      { type: "learner.findingMarked", field: "seller.siren" },
      { type: "learner.controlSubmitted" },
    ]);
    const trace = snapshot.context.trace;
    expect(trace.map((e) => [e.decisionPoint, e.verdict, e.points, e.maxPoints])).toEqual([
      ["control.buyerDetails", "correct", 2, 2],
      ["control.reductions", "wrong", 0, 2],
      ["control.lines[1].lineTotalCents", "correct", 2, 2],
      ["control.totals.vat[0].amountCents", "wrong", 0, 2],
      ["control.totals.totalInclTaxCents", "wrong", 0, 2],
      ["control.seller.siren", "wrong", 0, 2],
    ]);
    // A mention of C. com. L441-9 missing: the administrative fine closes the explanation; a wrong figure has none.
    const invoicingFine =
      "Amende administrative encourue (C. com. art. L441-9, manquement aux règles de facturation) : jusqu'à 75 000 € pour une personne physique et 375 000 € pour une personne morale, le double (150 000 € et 750 000 €) en cas de réitération dans les deux ans.";
    expect(plain(trace[0]?.explanation ?? "")).toBe(`Bien vu. Adresse de l'acheteur absente. ${invoicingFine}`);
    expect(trace[0]?.glossary).toContain("invoicingFine");
    expect(plain(trace[2]?.explanation ?? "")).toBe("Bien vu. Ligne 2 : 25 × 3,20 € = 80,00 € et non 82,00 €.");
    expect(trace[2]?.glossary).not.toContain("invoicingFine");
    expect(plain(trace[1]?.explanation ?? "")).toBe(
      `Anomalie non relevée. Réduction accordée au client mais non imprimée : remise 5 % (toute réduction acquise à la date de la vente figure sur la facture). ${invoicingFine}`,
    );
    expect(trace[1]?.teacherExplanation).toBe("La remise de 5 % figure dans les conditions du client.");
    expect(plain(trace[3]?.explanation ?? "")).toBe("Anomalie non relevée. TVA 20 % : 20 % × 262,20 € = 52,44 € et non 52,24 €.");
    expect(trace[5]).toMatchObject({ answer: "Relevé\u00a0: SIREN du vendeur", expected: "Aucune anomalie à cet endroit", explanation: "SIREN du vendeur (842157638)\u00a0: cette mention est présente et exacte." });
    expect((snapshot.output as StageOutput).score).toEqual({ points: 4, maxPoints: 12, hintsUsed: 0, percent: 33 });
    expect(snapshot.context.lastFeedback).toEqual(trace[5]);
  });

  it("lets the learner take a mark back before submitting", () => {
    const snapshot = run(input, [
      { type: "learner.findingMarked", field: "seller.siren" },
      { type: "learner.findingUnmarked", field: "seller.siren" },
      ...solveInvoiceControl(input),
    ]);
    expect((snapshot.output as StageOutput).score.percent).toBe(100);
  });

  it("refuses a mark on nothing selectable, a mark twice, and taking back what was not marked", () => {
    const actor = createActor(answeredAtOnce(invoiceControlMachine), { input }).start();
    expect(actor.getSnapshot().can({ type: "learner.findingMarked", field: "seller.nothing" })).toBe(false);
    expect(actor.getSnapshot().can({ type: "learner.findingUnmarked", field: "seller.siren" })).toBe(false);
    actor.send({ type: "learner.findingMarked", field: "seller.siren" });
    expect(actor.getSnapshot().can({ type: "learner.findingMarked", field: "seller.siren" })).toBe(false);
    expect(actor.getSnapshot().context.marks).toEqual(["seller.siren"]);
    actor.stop();
  });

  it("scores a conforming invoice by marking nothing, and any mark there as a false alarm", () => {
    const clean = stageInputOf(conformingControlScenario());
    const snapshot = run(clean, [{ type: "learner.findingMarked", field: "number" }, { type: "learner.controlSubmitted" }]);
    expect(snapshot.context.trace.map((e) => [e.decisionPoint, e.verdict, e.answer])).toEqual([
      ["control.conforming", "wrong", "1 anomalie marquée"],
      ["control.number", "wrong", "Relevé\u00a0: Numéro de la pièce"],
    ]);
    expect(snapshot.context.trace[1]?.explanation).toBe("Numéro de la pièce (FA-2026-00059)\u00a0: cette mention est présente et exacte.");
  });
});

describe("the corrected copy in the output", () => {
  const input = stageInputOf(courseControlScenario());

  it("carries the invoice controlled, its targets, the marks and each decision point's outcome, drawn where it belongs", () => {
    const snapshot = run(input, [
      { type: "learner.findingMarked", field: "buyerDetails" },
      { type: "learner.findingMarked", field: "lines[1].lineTotalCents" },
      { type: "learner.findingMarked", field: "seller.siren" },
      { type: "learner.controlSubmitted" },
    ]);
    const report = (snapshot.output as StageOutput).controlReport;
    expect(report).toBeDefined();
    expect(report?.document).toEqual(snapshot.context.document);
    expect(report?.targets).toEqual(invoiceControlKey(input).targets);
    expect(report?.list).toBe("course");
    expect(report?.marks).toEqual(["buyerDetails", "lines[1].lineTotalCents", "seller.siren"]);
    // A hit is drawn on the mark that found it, a missed anomaly on the target that names it.
    expect(report?.outcomes).toEqual([
      { decisionPoint: "control.buyerDetails", outcome: "hit", targets: ["buyerDetails"] },
      { decisionPoint: "control.reductions", outcome: "missed", targets: ["reductions"] },
      { decisionPoint: "control.lines[1].lineTotalCents", outcome: "hit", targets: ["lines[1].lineTotalCents"] },
      { decisionPoint: "control.totals.vat[0].amountCents", outcome: "missed", targets: ["totals.vat[0].amountCents"] },
      { decisionPoint: "control.totals.totalInclTaxCents", outcome: "missed", targets: ["totals.totalInclTaxCents"] },
      { decisionPoint: "control.seller.siren", outcome: "falseAlarm", targets: ["seller.siren"] },
    ]);
    // One outcome per decision point of the trace, so that the views sort the trace without judging.
    expect(report?.outcomes.map((o) => o.decisionPoint)).toEqual(snapshot.context.trace.map((e) => e.decisionPoint));
    // Plain JSON: it survives a saved game.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("draws a missing mention found on the empty cell on that cell, where the learner pointed", () => {
    const legal = stageInputOf(legalControlScenario());
    const snapshot = run(legal, [{ type: "learner.findingMarked", field: "lines[0].description" }, { type: "learner.controlSubmitted" }]);
    const outcomes = (snapshot.output as StageOutput).controlReport?.outcomes ?? [];
    expect(outcomes.find((o) => o.targets.includes("lines[0].description"))).toEqual({ decisionPoint: "control.productDescriptions", outcome: "hit", targets: ["lines[0].description"] });
  });

  it("says a conforming invoice left unmarked is found, drawn on no target", () => {
    const snapshot = run(stageInputOf(conformingControlScenario()), [{ type: "learner.controlSubmitted" }]);
    expect((snapshot.output as StageOutput).controlReport?.outcomes).toEqual([{ decisionPoint: "control.conforming", outcome: "hit", targets: [] }]);
  });
});

describe("hints", () => {
  const input = stageInputOf(courseControlScenario());

  it("follow the first anomaly not yet found: teacher's hint first, then how many remain, then where", () => {
    const actor = createActor(answeredAtOnce(invoiceControlMachine), { input }).start();
    actor.send({ type: "learner.hintRequested" });
    actor.send({ type: "learner.hintRequested" });
    expect(actor.getSnapshot().context.hintsShown).toEqual(["Regardez sous le nom du client.", "Il reste 5 anomalies à relever."]);
    expect(actor.getSnapshot().context.hintsUsedOnCurrent).toBe(2);
    actor.send({ type: "learner.findingMarked", field: "buyerDetails" });
    expect(actor.getSnapshot().context.hintsUsedOnCurrent).toBe(0);
    actor.send({ type: "learner.hintRequested" });
    actor.send({ type: "learner.hintRequested" });
    expect(actor.getSnapshot().context.hintsShown.slice(2)).toEqual(["Il reste 4 anomalies à relever.", "Regardez les réductions (remises, rabais, ristournes, escompte)."]);
    for (const event of solveInvoiceControl(input)) actor.send(event);
    const trace = actor.getSnapshot().context.trace;
    expect(trace[0]).toMatchObject({ decisionPoint: "control.buyerDetails", hintsUsed: 2, points: 0, correct: true });
    expect(trace[1]).toMatchObject({ decisionPoint: "control.reductions", hintsUsed: 2, points: 0 });
    expect(trace[2]).toMatchObject({ hintsUsed: 0, points: 2 });
    expect(actor.getSnapshot().context.hintsShown).toEqual([]);
    actor.stop();
  });

  it("stop when none is left (the guard refuses the request)", () => {
    const actor = createActor(answeredAtOnce(invoiceControlMachine), { input: stageInputOf(conformingControlScenario()) }).start();
    actor.send({ type: "learner.hintRequested" });
    actor.send({ type: "learner.hintRequested" });
    expect(actor.getSnapshot().can({ type: "learner.hintRequested" })).toBe(false);
    expect(actor.getSnapshot().context.hintsShown).toEqual([
      "Relisez chaque mention de la liste et refaites chaque calcul\u00a0: si tout est juste, ne marquez rien.",
      "Cette facture ne comporte aucune anomalie.",
    ]);
    actor.stop();
  });
});

describe("wrong answers", () => {
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    it(`each variant of a solver event loses points and says why (${name})`, () => {
      const input = stageInputOf(fixture());
      const solution = solveInvoiceControl(input);
      let variants = 0;
      solution.forEach((event, i) => {
        for (const variant of wrongAnswers(input, event)) {
          variants += 1;
          const snapshot = run(input, [...solution.slice(0, i), variant, ...solution.slice(i + 1)]);
          const output = snapshot.output as StageOutput;
          expect(snapshot.status).toBe("done");
          expect(output.score.points).toBeLessThan(output.score.maxPoints);
          const wrong = output.trace.filter((e) => !e.correct);
          expect(wrong.length).toBeGreaterThan(0);
          for (const e of wrong) expect(e.explanation.length).toBeGreaterThan(20);
        }
      });
      expect(variants).toBe(solution.length - 1);
    });
  }

  it("points next to the anomaly: a correct figure of the same area", () => {
    const input = stageInputOf(courseControlScenario());
    expect(wrongAnswers(input, { type: "learner.findingMarked", field: "lines[1].lineTotalCents" })).toEqual([{ type: "learner.findingMarked", field: "lines[0].reference" }]);
    expect(wrongAnswers(input, { type: "learner.controlSubmitted" })).toEqual([]);
  });
});

describe("input", () => {
  it("controls the invoice issued at the invoicing stage when the scenario gives none, on the course list", () => {
    const scenario = baseScenario({
      ledger: { openInvoices: [{ number: "FA-2026-00040", customerId: "C0042", issueDate: "2026-11-02", lines: [{ description: "Ramette", quantity: 10, unitPrice: "4.90", vatRate: 20 }] }] },
    });
    const input: StageInput = { scenario, ledger: openingLedger(scenario), today: "2026-11-06", carried: { invoiceId: "FA-2026-00040" } };
    const snapshot = run(input, solveInvoiceControl(input));
    expect(snapshot.context.options.list).toBe("course");
    expect(snapshot.context.document.number).toBe("FA-2026-00040");
    expect(snapshot.context.trace.map((e) => e.decisionPoint)).toEqual(["control.conforming"]);
  });

  it("says so when there is nothing to control", () => {
    expect(() => invoiceControlKey(stageInputOf(baseScenario({})))).toThrow(/aucune facture à contrôler/u);
  });

  it("lists its decision points by pattern for teachers", () => {
    expect(INVOICE_CONTROL_DECISION_POINTS.map((p) => p.id)).toContain("control.conforming");
  });
});
