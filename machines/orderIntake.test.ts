import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { answeredAtOnce } from "./testing/secondTry";
import { documentTotals, POINTS_PER_DECISION } from "@/domain";
import type { StageInput } from "./contract";
import { orderIntakeMachine, ORDER_INTAKE_DECISION_POINTS, type OrderIntakeEvent, type OrderIntakeOutput } from "./orderIntake";
import { solveOrderIntake, wrongAnswers } from "./answerKey/orderIntake";
import {
  creditBreachFromAcceptedOrders,
  insolventCustomer,
  intakeInput,
  intakeScenario,
  INTAKE_FIXTURES,
  newCustomerByPhone,
  plain,
  quotedOrderWithAnomalies,
  TODAY,
  unsignedPurchaseOrder,
} from "@/domain/intake/intake.fixtures";

function run(input: StageInput, events: readonly OrderIntakeEvent[]) {
  const actor = createActor(answeredAtOnce(orderIntakeMachine), { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

function finish(input: StageInput, events: readonly OrderIntakeEvent[]): OrderIntakeOutput {
  const actor = run(input, events);
  const snapshot = actor.getSnapshot();
  expect(snapshot.status).toBe("done");
  return snapshot.output as OrderIntakeOutput;
}

describe("exercise (a): a new customer orders by phone", () => {
  const input = intakeInput(newCustomerByPhone());

  it("the solver creates the account with the required fields and gets full marks", () => {
    const events = solveOrderIntake(input);
    expect(events[0]).toMatchObject({
      type: "learner.accountCreated",
      draft: { name: "Boulangerie Le Petit Fournil", siren: "321234569", siret: "32123456900002", paymentTerms: { kind: "daysFromInvoice", days: 30 } },
    });
    const output = finish(input, events);
    expect(output.score).toMatchObject({ points: 16, maxPoints: 16, percent: 100 });
    expect(output.carried).toMatchObject({ customerId: "C0005", intakeDecision: "accept", depositRequiredCents: 0 });
    const customer = output.ledger.customers.find((c) => c.id === "C0005");
    expect(customer).toMatchObject({
      name: "Boulangerie Le Petit Fournil",
      siren: "321234569",
      creditLimitCents: 300_000,
      paymentTerms: { kind: "daysFromInvoice", days: 30 },
      contact: { name: "Mme Claire Petit", phone: "06 12 34 56 78" },
      deliveryAddress: { street: "17 place Bellecour", postalCode: "69002", city: "Lyon" },
    });
    const order = output.ledger.documents.find((d) => d.id === output.carried.orderId);
    expect(order).toMatchObject({ kind: "purchaseOrder", status: "validated", customerId: "C0005", date: TODAY, validatedOn: TODAY });
    expect(output.carried.documentIds).toEqual([output.carried.orderId]);
    expect(documentTotals(output.ledger, order?.id ?? "").totalInclTaxCents).toBe(120_000);
  });

  it("an account created without SIREN or contact loses the point, lists the fields, and the PGI holds the right account", () => {
    const [created, ...rest] = solveOrderIntake(input);
    if (created?.type !== "learner.accountCreated") throw new Error("expected a creation");
    const { siren: _siren, siret: _siret, contact: _contact, ...incomplete } = created.draft;
    const actor = run(input, [{ type: "learner.accountCreated", draft: incomplete }]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe("solvency");
    const entry = snapshot.context.lastFeedback;
    expect(entry).toMatchObject({ decisionPoint: "intake.account", verdict: "wrong", correct: false, points: 0, maxPoints: POINTS_PER_DECISION });
    expect(plain(entry?.explanation)).toContain("siren : le SIREN est obligatoire");
    expect(plain(entry?.explanation)).toContain("contact.name : le nom de l'interlocuteur est obligatoire");
    expect(plain(entry?.explanation)).toContain("Le PGI contient maintenant le compte C0005 — Boulangerie Le Petit Fournil (SIREN 321234569), plafond 3 000,00 €");
    expect(snapshot.context.customerId).toBe("C0005");
    for (const event of rest) actor.send(event);
    expect(actor.getSnapshot().output?.score).toMatchObject({ points: 14, maxPoints: 16 });
  });

  it("looking for an existing account when the sender is unknown is wrong", () => {
    const snapshot = run(input, [{ type: "learner.accountFound", customerId: "C0001" }]).getSnapshot();
    expect(snapshot.context.lastFeedback?.verdict).toBe("wrong");
    expect(plain(snapshot.context.lastFeedback?.explanation)).toContain("Le compte C0001 appartient à un autre client (Cabinet Durand & Associés), pas à l'expéditeur, qui est un nouveau client.");
  });
});

describe("exercise (b): a limit breached only once accepted orders are counted", () => {
  const input = intakeInput(creditBreachFromAcceptedOrders());

  it("accepts with conditions against a deposit equal to the excess", () => {
    const output = finish(input, solveOrderIntake(input));
    expect(output.score.percent).toBe(100);
    expect(output.carried).toMatchObject({ customerId: "C0002", intakeDecision: "acceptWithConditions", depositRequiredCents: 34_000 });
    const credit = output.trace.find((e) => e.decisionPoint === "intake.credit");
    expect(plain(credit?.explanation)).toMatch(
      /^Encours 4 200,00 € \(factures non réglées 3 000,00 € \+ commandes acceptées non facturées 1 200,00 €\) \+ commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 € : dépassement de 340,00 €\./,
    );
    const deposit = output.trace.find((e) => e.decisionPoint === "intake.deposit");
    expect(plain(deposit?.expected)).toBe("Acompte de 340,00 € TTC exigé");
    const order = output.ledger.documents.find((d) => d.id === output.carried.orderId);
    expect(order).toMatchObject({ kind: "purchaseOrder", customerOrderNumber: "AM-2026-077", status: "validated" });
  });

  it("the learner who counts only the unpaid invoices sees the plafond 'respected' and is told why not", () => {
    const events = solveOrderIntake(input);
    const actor = run(input, events.slice(0, 2));
    actor.send({ type: "learner.creditChecked", verdict: "withinLimit", outstandingCents: 300_000, orderTotalCents: 114_000 });
    const entry = actor.getSnapshot().context.lastFeedback;
    expect(entry?.correct).toBe(false);
    // The verdict and the outstanding are wrong, the order TTC is right: 0,5 / 2.
    expect(entry?.points).toBe(0.5);
    expect(plain(entry?.explanation)).toContain("Verdict : le plafond est dépassé (encours 4 200,00 € + commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 €).");
    expect(plain(entry?.explanation)).toContain("Encours du client : 3 000,00 € au lieu de 4 200,00 € — les commandes acceptées non facturées (1 200,00 €) font partie de l'encours.");
  });
});

describe("rules of the stage", () => {
  it("the decision is impossible before all seven checks are recorded", () => {
    const input = intakeInput(intakeScenario());
    const events = solveOrderIntake(input);
    const decided = events[events.length - 1] as OrderIntakeEvent;
    const actor = createActor(answeredAtOnce(orderIntakeMachine), { input }).start();
    for (const event of events.slice(0, -1)) {
      expect(actor.getSnapshot().can(decided)).toBe(false);
      actor.send(decided);
      expect(actor.getSnapshot().context.trace.every((e) => e.decisionPoint !== "intake.decision")).toBe(true);
      actor.send(event);
    }
    expect(actor.getSnapshot().value).toBe("decision");
    expect(actor.getSnapshot().can(decided)).toBe(true);
  });

  it("hold and refuse need a reason; a required deposit needs its amount", () => {
    const input = intakeInput(unsignedPurchaseOrder());
    const events = solveOrderIntake(input);
    const actor = run(input, events.slice(0, -1));
    expect(actor.getSnapshot().can({ type: "learner.decided", decision: "hold" })).toBe(false);
    expect(actor.getSnapshot().can({ type: "learner.decided", decision: "hold", reason: "  " })).toBe(false);
    expect(actor.getSnapshot().can({ type: "learner.decided", decision: "hold", reason: "Bon de commande à signer" })).toBe(true);
    expect(actor.getSnapshot().can({ type: "learner.decided", decision: "accept" })).toBe(true);

    const breach = intakeInput(creditBreachFromAcceptedOrders());
    const atDeposit = run(breach, solveOrderIntake(breach).slice(0, 6));
    expect(atDeposit.getSnapshot().value).toBe("deposit");
    expect(atDeposit.getSnapshot().can({ type: "learner.depositChecked", required: true })).toBe(false);
    expect(atDeposit.getSnapshot().can({ type: "learner.depositChecked", required: false })).toBe(true);
  });

  it("a check out of the course's order is recorded as such and does not advance", () => {
    const input = intakeInput(intakeScenario());
    const actor = run(input, [{ type: "learner.creditChecked", verdict: "withinLimit" }]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe("account");
    expect(snapshot.context.trace).toHaveLength(1);
    expect(snapshot.context.lastFeedback).toMatchObject({ decisionPoint: "intake.credit", verdict: "outOfOrder", correct: false, points: 0, maxPoints: 2 });
    expect(plain(snapshot.context.lastFeedback?.explanation)).toContain("Étape attendue maintenant : compte client (contrôle 1).");
    // The stage then goes on normally; the lost decision stays in the score.
    for (const event of solveOrderIntake(input)) actor.send(event);
    expect(actor.getSnapshot().output?.score).toMatchObject({ points: 16, maxPoints: 18, percent: 89 });
  });

  it("an insolvent customer is refused: no order recorded, the output says the scenario stops", () => {
    const input = intakeInput(insolventCustomer());
    const events = solveOrderIntake(input);
    expect(events[1]).toEqual({ type: "learner.solvencyChecked", verdict: "insolvent" });
    expect(events[7]).toMatchObject({ type: "learner.decided", decision: "refuse" });
    const output = finish(input, events);
    expect(output.score.percent).toBe(100);
    expect(output.carried.intakeDecision).toBe("refuse");
    expect(output.carried.orderId).toBeUndefined();
    expect(output.ledger.documents).toEqual(input.ledger.documents);
    expect(plain(output.halted)).toContain("Commande refusée : Client insolvable (liquidation judiciaire) : la politique impose le refus.");
  });

  it("an unsigned purchase order is held", () => {
    const input = intakeInput(unsignedPurchaseOrder());
    const events = solveOrderIntake(input);
    expect(events[4]).toEqual({ type: "learner.elementsChecked", anomalies: [{ code: "unsigned" }] });
    const output = finish(input, events);
    expect(output.carried.intakeDecision).toBe("hold");
    expect(output.carried.orderId).toBeUndefined();
    expect(output.halted).toContain("mise en attente");
  });

  it("a wrong decision is recorded at 0 and the stage goes on with the engine's decision", () => {
    const input = intakeInput(creditBreachFromAcceptedOrders());
    const events = solveOrderIntake(input);
    const output = finish(input, [...events.slice(0, -1), { type: "learner.decided", decision: "accept" }]);
    expect(output.trace.at(-1)).toMatchObject({ decisionPoint: "intake.decision", verdict: "wrong", points: 0, answer: "Accepter", expected: "Accepter sous conditions" });
    expect(output.carried.intakeDecision).toBe("acceptWithConditions");
    expect(output.carried.orderId).toBeDefined();
  });

  it("hints: the teacher's first, then the engine's; each costs a point; capped; reset on the next point", () => {
    const scenario = intakeScenario((file) => {
      file.notes = { hints: { "intake.credit": ["Pensez aux commandes déjà acceptées."] }, explanations: { "intake.credit": "Le plafond protège l'entreprise." } };
    });
    const input = intakeInput(scenario);
    const events = solveOrderIntake(input);
    const actor = run(input, events.slice(0, 2));
    actor.send({ type: "learner.hintRequested" });
    expect(actor.getSnapshot().context.hintsShown).toEqual(["Pensez aux commandes déjà acceptées."]);
    actor.send({ type: "learner.hintRequested" });
    actor.send({ type: "learner.hintRequested" });
    expect(actor.getSnapshot().context.hintsUsedOnCurrent).toBe(3);
    expect(actor.getSnapshot().can({ type: "learner.hintRequested" })).toBe(false);
    actor.send(events[2] as OrderIntakeEvent);
    const entry = actor.getSnapshot().context.lastFeedback;
    expect(entry).toMatchObject({ decisionPoint: "intake.credit", correct: true, hintsUsed: 3, points: 0, teacherExplanation: "Le plafond protège l'entreprise." });
    expect(entry?.glossary).toEqual(["outstanding", "creditLimit"]);
    expect(actor.getSnapshot().context).toMatchObject({ hintsUsedOnCurrent: 0, hintsShown: [] });
    actor.send({ type: "learner.hintRequested" });
    actor.send(events[3] as OrderIntakeEvent);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.conditions", hintsUsed: 1, points: 1 });
  });

  it("lists its eight decision points with stable ids", () => {
    expect(ORDER_INTAKE_DECISION_POINTS.map((p) => p.id)).toEqual([
      "intake.account",
      "intake.solvency",
      "intake.credit",
      "intake.conditions",
      "intake.elements",
      "intake.stock",
      "intake.deposit",
      "intake.decision",
    ]);
  });

  it("the quoted order is held for its anomalies and its stock check promises the back-order date", () => {
    const input = intakeInput(quotedOrderWithAnomalies());
    const events = solveOrderIntake(input);
    expect(events[5]).toEqual({
      type: "learner.stockChecked",
      lines: [
        { reference: "BUR-140", verdict: "available" },
        { reference: "ARM-MET", verdict: "partial", deliveryDate: "2026-12-06" },
      ],
    });
    const output = finish(input, events);
    expect(output.carried.intakeDecision).toBe("hold");
  });
});

describe("the solver and the wrong answers on every fixture", () => {
  for (const [name, build] of Object.entries(INTAKE_FIXTURES)) {
    it(`${name}: the solver reaches the end with full marks; each wrong variant loses the point and explains`, () => {
      const input = intakeInput(build());
      const events = solveOrderIntake(input);
      const output = finish(input, events);
      expect(output.score.points).toBe(output.score.maxPoints);
      expect(output.trace).toHaveLength(8);

      events.forEach((event, index) => {
        const variants = wrongAnswers(input, event);
        expect(variants.length).toBeGreaterThan(0);
        for (const variant of variants) {
          const actor = run(input, [...events.slice(0, index), variant]);
          const entry = actor.getSnapshot().context.lastFeedback;
          expect(entry?.decisionPoint, `${name} #${index} ${JSON.stringify(variant)}`).toBe(ORDER_INTAKE_DECISION_POINTS[index]?.id);
          expect(entry?.correct, `${name} #${index} ${JSON.stringify(variant)}`).toBe(false);
          // A wrong part costs its own points; a right verdict beside it keeps its own (docs/decisions/0094).
          expect(entry?.points).toBeLessThan(entry?.maxPoints ?? 0);
          expect(entry?.explanation.length).toBeGreaterThan(40);
          for (const rest of events.slice(index + 1)) actor.send(rest);
          const snapshot = actor.getSnapshot();
          expect(snapshot.status).toBe("done");
          expect(snapshot.output?.score.points).toBeLessThan(snapshot.output?.score.maxPoints ?? 0);
          // The engine's truth carries on whatever the learner answered.
          expect(snapshot.output?.carried.intakeDecision).toBe(output.carried.intakeDecision);
        }
      });
    });
  }
});
