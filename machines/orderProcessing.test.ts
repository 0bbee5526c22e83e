import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { answeredAtOnce } from "./testing/secondTry";
import { documentTotals, getDocument, glossaryEntry, POINTS_PER_DECISION, remainingToDeliver } from "@/domain";
import type { StageInput, StageOutput } from "./contract";
import { orderProcessingMachine, ORDER_PROCESSING_DECISION_POINTS, type OrderProcessingEvent } from "./orderProcessing";
import { solveOrderProcessing, wrongAnswers } from "./answerKey/orderProcessing";
import { ORDER_RECEIVED_ON, processingInput, processingScenario, RESTOCK_DATE } from "./testing/processingFixtures";

/** Intl writes narrow and ordinary no-break spaces: compare French texts on plain spaces. */
const plain = (text: string | undefined): string => (text ?? "").replace(/\s/g, " ");

function run(input: StageInput, events: readonly OrderProcessingEvent[]) {
  const actor = createActor(answeredAtOnce(orderProcessingMachine), { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

function finish(input: StageInput, events: readonly OrderProcessingEvent[]): StageOutput {
  const snapshot = run(input, events).getSnapshot();
  expect(snapshot.status).toBe("done");
  return snapshot.output as StageOutput;
}

function stockOf(output: StageOutput, reference: string): number | undefined {
  return output.ledger.products.find((p) => p.reference === reference)?.stock;
}

const FIXTURES: Record<string, () => StageInput> = {
  "partial delivery, back-order left open": () => processingInput(processingScenario()),
  "partial delivery, back-order shipped at the restock": () => processingInput(processingScenario({ restock: true })),
  "customer refuses a partial delivery": () => processingInput(processingScenario({ acceptsPartialDelivery: false })),
  "everything in stock, deposit required": () => processingInput(processingScenario({ classeurStock: 150 }), { depositRequiredCents: 30000 }),
  "order left as a draft by intake, without the remises": () => processingInput(processingScenario({ classeurStock: 150 }), { draft: true, withoutConditions: true }),
  "customer asks for a later date": () => processingInput(processingScenario({ classeurStock: 150, requestedDeliveryDate: "2026-11-18" })),
};

describe("order processing: the solver", () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`${name}: ends with full marks`, () => {
      const input = build();
      const output = finish(input, solveOrderProcessing(input));
      expect(output.stage).toBe("orderProcessing");
      expect(output.score.points).toBe(output.score.maxPoints);
      expect(output.score.maxPoints).toBe(output.trace.length * POINTS_PER_DECISION);
      expect(output.trace.every((t) => t.verdict === "correct")).toBe(true);
      for (const id of output.trace.flatMap((t) => t.glossary ?? [])) expect(glossaryEntry(id), id).toBeDefined();
    });
  }

  it("lists its decision points with stable ids", () => {
    expect(ORDER_PROCESSING_DECISION_POINTS.map((p) => p.id)).toEqual(["processing.record", "processing.acknowledgement", "processing.deliveryNote", "processing.status"]);
  });
});

describe("partial delivery with back-order", () => {
  const input = processingInput(processingScenario());
  const output = finish(input, solveOrderProcessing(input));
  const orderId = input.carried.orderId ?? "";

  it("ships what the stock allows and keeps the rest back-ordered, visible in remainingToDeliver", () => {
    const [acknowledgementId, noteId] = (output.carried.documentIds ?? []).slice(1);
    const acknowledgement = getDocument(output.ledger, acknowledgementId ?? "");
    expect(acknowledgement).toMatchObject({ kind: "orderAcknowledgement", status: "validated", number: "AR-2026-00001", deliveryDate: ORDER_RECEIVED_ON });
    const note = getDocument(output.ledger, noteId ?? "");
    expect(note).toMatchObject({ kind: "deliveryNote", status: "validated", number: "BL-2026-00001", date: ORDER_RECEIVED_ON });
    expect(note.lines.map((l) => [l.reference, l.quantity])).toEqual([
      ["CAH-A4", 200],
      ["STY-BL", 30],
      ["CLS-LV", 60],
    ]);
    expect(remainingToDeliver(output.ledger, orderId).map((p) => [p.reference, p.ordered, p.delivered, p.remaining])).toEqual([
      ["CAH-A4", 200, 200, 0],
      ["STY-BL", 30, 30, 0],
      ["CLS-LV", 100, 60, 40],
    ]);
    expect(stockOf(output, "CLS-LV")).toBe(0);
    expect(stockOf(output, "CAH-A4")).toBe(300);
  });

  it("the status the documents imply is « livrée partiellement », carried to the next stage", () => {
    expect(output.carried).toMatchObject({ orderId, orderStatus: "partiallyDelivered" });
    expect(output.carried.documentIds).toHaveLength(3);
    const status = output.trace.at(-1);
    expect(status?.decisionPoint).toBe("processing.status");
    expect(plain(status?.explanation)).toContain("il reste à livrer 40 × CLS-LV (reliquat)");
    expect(output.today).toBe(ORDER_RECEIVED_ON);
  });

  it("explains the delivery note with the figures: remaining, available, delivered, back-order", () => {
    const delivery = output.trace.find((t) => t.decisionPoint === "processing.deliveryNote");
    expect(plain(delivery?.explanation)).toContain("CLS-LV : reste à livrer 100, disponible 60 → livré 60, reliquat 40");
    expect(plain(delivery?.explanation)).toContain("Bon de livraison BL-2026-00001 du 12/11/2026 : 200 × CAH-A4, 30 × STY-BL, 60 × CLS-LV");
    expect(delivery?.glossary).toContain("backOrder");
  });

  it("saying « livrée » while a back-order remains loses the point; the PGI shows « livrée partiellement »", () => {
    const events = solveOrderProcessing(input);
    const wrong = events.map((e) => (e.type === "learner.orderStatusUpdated" ? { ...e, status: "delivered" as const } : e));
    const result = finish(input, wrong);
    const status = result.trace.at(-1);
    expect(status).toMatchObject({ verdict: "wrong", points: 0, answer: "Livrée", expected: "Livrée partiellement (reliquat en attente)" });
    expect(plain(status?.explanation)).toContain("et non « Livrée » : le PGI affiche « Livrée partiellement (reliquat en attente) »");
    expect(result.carried.orderStatus).toBe("partiallyDelivered");
  });
});

describe("delivering more than the stock is refused by the guard", () => {
  const input = processingInput(processingScenario());
  const [record, acknowledgement] = solveOrderProcessing(input);

  it("the PGI refuses 100 classeurs with 60 in stock: no transition, nothing recorded", () => {
    const actor = run(input, [record!, acknowledgement!]);
    const before = actor.getSnapshot();
    expect(before.value).toBe("delivering");
    const tooMany: OrderProcessingEvent = { type: "learner.deliveryNoteCreated", lines: [{ reference: "CAH-A4", quantity: 200 }, { reference: "STY-BL", quantity: 30 }, { reference: "CLS-LV", quantity: 100 }] };
    expect(before.can(tooMany)).toBe(false);
    expect(before.can({ type: "learner.deliveryNoteCreated", lines: [{ reference: "CAH-A4", quantity: 201 }] })).toBe(false);
    expect(before.can({ type: "learner.deliveryNoteCreated", lines: [{ reference: "CLS-LV", quantity: 0 }] })).toBe(false);
    expect(before.can({ type: "learner.deliveryNoteCreated", lines: [{ reference: "INCONNU", quantity: 1 }] })).toBe(false);
    actor.send(tooMany);
    const after = actor.getSnapshot();
    expect(after.value).toBe("delivering");
    expect(after.context.trace).toEqual(before.context.trace);
    expect(after.context.ledger).toEqual(before.context.ledger);
  });

  it("delivering less than the stock allows is possible but wrong, and the PGI ships what it can", () => {
    const events = solveOrderProcessing(input).map((e) =>
      e.type === "learner.deliveryNoteCreated" ? { ...e, lines: [{ reference: "CAH-A4", quantity: 200 }, { reference: "STY-BL", quantity: 30 }] } : e,
    );
    const result = finish(input, events);
    const delivery = result.trace.find((t) => t.decisionPoint === "processing.deliveryNote");
    expect(delivery).toMatchObject({ verdict: "wrong", points: 0, answer: "200 × CAH-A4, 30 × STY-BL", expected: "200 × CAH-A4, 30 × STY-BL, 60 × CLS-LV" });
    expect(plain(delivery?.explanation)).toContain("on livre tout ce que le stock permet");
    expect(stockOf(result, "CLS-LV")).toBe(0);
  });
});

describe("the back-order ships when the supply comes in", () => {
  const input = processingInput(processingScenario({ restock: true }));
  const events = solveOrderProcessing(input);

  it("waits for the supply, then a second delivery note on the restock date", () => {
    expect(events.map((e) => e.type)).toEqual([
      "learner.orderRecorded",
      "learner.acknowledgementIssued",
      "learner.deliveryNoteCreated",
      "learner.orderStatusUpdated",
      "clock.advanced",
      "learner.deliveryNoteCreated",
      "learner.orderStatusUpdated",
    ]);
    const waiting = run(input, events.slice(0, 4)).getSnapshot();
    expect(waiting.value).toBe("awaitingSupply");
    expect(waiting.can({ type: "clock.advanced", to: "2026-11-19" })).toBe(false);
    expect(waiting.can({ type: "learner.hintRequested" })).toBe(false);
    const output = finish(input, events);
    const second = getDocument(output.ledger, output.carried.documentIds?.at(-1) ?? "");
    expect(second).toMatchObject({ number: "BL-2026-00002", date: RESTOCK_DATE });
    expect(second.lines.map((l) => [l.reference, l.quantity])).toEqual([["CLS-LV", 40]]);
    expect(output).toMatchObject({ today: RESTOCK_DATE, carried: { orderStatus: "delivered" } });
    // 60 + 50 received − 100 shipped.
    expect(stockOf(output, "CLS-LV")).toBe(10);
    expect(output.score).toMatchObject({ points: 12, maxPoints: 12 });
  });

  it("a delivery while waiting for the supply is out of order", () => {
    const actor = run(input, events.slice(0, 4));
    actor.send({ type: "learner.deliveryNoteCreated", lines: [{ reference: "CLS-LV", quantity: 40 }] });
    const entry = actor.getSnapshot().context.trace.at(-1);
    expect(entry).toMatchObject({ verdict: "outOfOrder", points: 0, maxPoints: 2 });
    expect(plain(entry?.explanation)).toContain("réapprovisionnement attendu (50 × CLS-LV le 20/11/2026)");
    expect(actor.getSnapshot().value).toBe("awaitingSupply");
  });
});

describe("the order acknowledgement", () => {
  it("promises today + the lead time when the customer refuses a partial delivery, and the delivery leaves that day", () => {
    const input = processingInput(processingScenario({ acceptsPartialDelivery: false }));
    const events = solveOrderProcessing(input);
    expect(events[1]).toEqual({ type: "learner.acknowledgementIssued", deliveryDate: "2026-11-22" });
    const output = finish(input, events);
    const entry = output.trace.find((t) => t.decisionPoint === "processing.acknowledgement");
    expect(plain(entry?.explanation)).toContain("délai d'approvisionnement de 10 jours → livraison le 22/11/2026 (12/11/2026 + 10 jours)");
    const note = getDocument(output.ledger, output.carried.documentIds?.at(-1) ?? "");
    expect(note).toMatchObject({ date: "2026-11-22" });
    expect(note.lines.map((l) => l.quantity)).toEqual([200, 30, 100]);
  });

  it("promising from stock what is not there loses the point", () => {
    const input = processingInput(processingScenario({ acceptsPartialDelivery: false }));
    const events = solveOrderProcessing(input).map((e) => (e.type === "learner.acknowledgementIssued" ? { ...e, deliveryDate: ORDER_RECEIVED_ON } : e));
    const output = finish(input, events);
    const entry = output.trace.find((t) => t.decisionPoint === "processing.acknowledgement");
    // The date is wrong, the deposit (none) is right: 0,5 / 2.
    expect(entry).toMatchObject({ verdict: "wrong", points: 0.5 });
    expect(plain(entry?.explanation)).toContain(
      "Date de livraison promise : le 12/11/2026 est une promesse intenable — l'état du stock et des approvisionnements ne permet pas de livrer avant le 22/11/2026.",
    );
    // The PGI keeps the feasible promise.
    expect(getDocument(output.ledger, output.carried.documentIds?.[1] ?? "").deliveryDate).toBe("2026-11-22");
  });

  it("asks for the deposit fixed at intake: forgetting it loses the point", () => {
    const input = processingInput(processingScenario({ classeurStock: 150 }), { depositRequiredCents: 30000 });
    const events = solveOrderProcessing(input);
    expect(events[1]).toEqual({ type: "learner.acknowledgementIssued", deliveryDate: ORDER_RECEIVED_ON, depositRequestedCents: 30000 });
    const output = finish(
      input,
      events.map((e) => (e.type === "learner.acknowledgementIssued" ? { type: "learner.acknowledgementIssued" as const, deliveryDate: e.deliveryDate } : e)),
    );
    const entry = output.trace.find((t) => t.decisionPoint === "processing.acknowledgement");
    // The date is right, the deposit is wrong: 1,5 / 2.
    expect(entry).toMatchObject({ verdict: "wrong", points: 1.5 });
    expect(plain(entry?.answer)).toBe("Livraison le 12/11/2026 ; acompte 0,00 €");
    expect(plain(entry?.explanation)).toContain("Acompte demandé TTC : 0,00 € au lieu de 300,00 €.");
    expect(plain(entry?.explanation)).toContain("Acompte demandé : 300,00 € TTC");
    expect(getDocument(output.ledger, output.carried.documentIds?.[1] ?? "").depositCents).toBe(30000);
  });

  it("keeps the later date asked by the customer; the delivery leaves on that date", () => {
    const input = processingInput(processingScenario({ classeurStock: 150, requestedDeliveryDate: "2026-11-18" }));
    const output = finish(input, solveOrderProcessing(input));
    expect(getDocument(output.ledger, output.carried.documentIds?.[1] ?? "").deliveryDate).toBe("2026-11-18");
    expect(getDocument(output.ledger, output.carried.documentIds?.[2] ?? "").date).toBe("2026-11-18");
    expect(output.today).toBe("2026-11-18");
  });

  /** The acknowledgement judged with this date instead of the key's. */
  const acknowledgedOn = (input: StageInput, deliveryDate: string) => {
    const events = solveOrderProcessing(input).map((e) => (e.type === "learner.acknowledgementIssued" ? { ...e, deliveryDate } : e));
    const output = finish(input, events);
    return { output, entry: output.trace.find((t) => t.decisionPoint === "processing.acknowledgement") };
  };

  it("next-day delivery when everything is in stock: tomorrow can be met, so it is right (0094)", () => {
    const input = processingInput(processingScenario({ classeurStock: 150 }));
    const { output, entry } = acknowledgedOn(input, "2026-11-13");
    expect(entry).toMatchObject({ verdict: "correct", correct: true, points: 2, maxPoints: 2 });
    expect(entry?.parts?.map((p) => [p.label, p.correct, p.points, p.maxPoints])).toEqual([
      ["Date de livraison promise", true, 1.5, 1.5],
      ["Acompte demandé TTC", true, 0.5, 0.5],
    ]);
    expect(plain(entry?.explanation)).toMatch(/^Date de livraison promise : le 13\/11\/2026 est tenable ; la date la plus proche possible était le 12\/11\/2026\./);
    expect(plain(entry?.explanation)).toContain("Votre date est acceptée ; pour que la suite du scénario reste celle prévue, le PGI retient le 12/11/2026.");
    expect(output.score).toMatchObject({ points: output.score.maxPoints });
    // The day before today cannot be met.
    expect(acknowledgedOn(input, "2026-11-11").entry).toMatchObject({ verdict: "wrong", points: 0.5 });
  });

  it("after a lead time: the earliest day is right, the day before is not", () => {
    const input = processingInput(processingScenario({ acceptsPartialDelivery: false }));
    expect(acknowledgedOn(input, "2026-11-22").entry).toMatchObject({ correct: true, points: 2 });
    expect(acknowledgedOn(input, "2026-11-23").entry).toMatchObject({ correct: true, points: 2 });
    expect(acknowledgedOn(input, "2026-11-21").entry).toMatchObject({ correct: false, points: 0.5 });
  });

  it("the customer's requested date bounds the promise: before it is right, the day after is not", () => {
    const input = processingInput(processingScenario({ classeurStock: 150, requestedDeliveryDate: "2026-11-18" }));
    expect(acknowledgedOn(input, "2026-11-15").entry).toMatchObject({ correct: true, points: 2 });
    const late = acknowledgedOn(input, "2026-11-19").entry;
    expect(late).toMatchObject({ correct: false, points: 0.5 });
    expect(plain(late?.explanation)).toContain("le 19/11/2026 dépasse la date demandée par le client (18/11/2026)");
  });
});

describe("recording the order", () => {
  it("an order recorded without the account's remises loses the point, with the figures; the PGI keeps them", () => {
    const input = processingInput(processingScenario());
    const events = solveOrderProcessing(input).map((e) => (e.type === "learner.orderRecorded" ? { ...e, tradeDiscounts: [] } : e));
    const output = finish(input, events);
    const entry = output.trace[0];
    expect(entry).toMatchObject({ decisionPoint: "processing.record", verdict: "wrong", points: 0 });
    expect(plain(entry?.explanation)).toContain("remises saisies : aucune ; prévues par le compte client : 10 % puis 5 %");
    expect(plain(entry?.explanation)).toContain("Montant brut 1 340,00 €, net commercial 1 145,70 € HT, total TTC 1 374,84 €");
    expect(output.score).toMatchObject({ points: 6, maxPoints: 8 });
  });

  it("a draft order is validated with its number, and the remises missing on it are restored", () => {
    const input = processingInput(processingScenario({ classeurStock: 150 }), { draft: true, withoutConditions: true });
    expect(getDocument(input.ledger, input.carried.orderId ?? "").status).toBe("draft");
    const output = finish(input, solveOrderProcessing(input));
    const order = getDocument(output.ledger, input.carried.orderId ?? "");
    expect(order).toMatchObject({ status: "validated", number: "CM-2026-00001", reductions: { tradeDiscounts: [10, 5] } });
    expect(documentTotals(output.ledger, order.id).totalInclTaxCents).toBe(137484);
  });
});

describe("order, hints and out-of-order steps", () => {
  const notes = { explanations: { "processing.status": "Le statut suit les bons de livraison." }, hints: { "processing.record": ["Relisez la fiche du client."] } };
  const input = processingInput(processingScenario({ notes }));

  it("a delivery note before the acknowledgement is recorded out of order and does not advance", () => {
    const actor = run(input, solveOrderProcessing(input).slice(0, 1));
    actor.send({ type: "learner.deliveryNoteCreated", lines: [{ reference: "CAH-A4", quantity: 10 }] });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe("acknowledging");
    expect(snapshot.context.lastFeedback).toMatchObject({ decisionPoint: "processing.deliveryNote", verdict: "outOfOrder", points: 0, maxPoints: 2 });
    expect(plain(snapshot.context.lastFeedback?.explanation)).toContain("il faut envoyer l'accusé de réception");
  });

  it("hints come from the teacher first, then from the engine, and cost a point each", () => {
    const actor = run(input, []);
    for (let i = 0; i < 5; i++) actor.send({ type: "learner.hintRequested" });
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.hintsShown).toHaveLength(3);
    expect(snapshot.context.hintsShown[0]).toBe("Relisez la fiche du client.");
    expect(plain(snapshot.context.hintsShown[2])).toContain("remises suivantes : 10 % puis 5 %");
    expect(snapshot.can({ type: "learner.hintRequested" })).toBe(false);
    const events = solveOrderProcessing(input);
    actor.send(events[0]!);
    expect(actor.getSnapshot().context.trace[0]).toMatchObject({ verdict: "correct", hintsUsed: 3, points: 0 });
    expect(actor.getSnapshot().context.hintsShown).toEqual([]);
    const output = finish(input, [{ type: "learner.hintRequested" }, ...events]);
    expect(output.trace[0]).toMatchObject({ hintsUsed: 1, points: 1 });
    expect(output.trace.at(-1)?.teacherExplanation).toBe("Le statut suit les bons de livraison.");
  });
});

describe("every wrong variant loses its point and says why", () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(name, () => {
      const input = build();
      const events = solveOrderProcessing(input);
      const full = finish(input, events).score.points;
      let variants = 0;
      events.forEach((event, index) => {
        for (const variant of wrongAnswers(input, event)) {
          variants += 1;
          const output = finish(input, [...events.slice(0, index), variant, ...events.slice(index + 1)]);
          expect(output.score.points).toBeLessThan(full);
          const wrong = output.trace.find((t) => t.verdict === "wrong");
          expect(wrong?.explanation.length).toBeGreaterThan(40);
          expect(wrong?.answer).not.toBe(wrong?.expected);
        }
        if (event.type !== "clock.advanced") expect(wrongAnswers(input, event).length).toBeGreaterThan(0);
      });
      expect(variants).toBeGreaterThanOrEqual(5);
    });
  }
});
