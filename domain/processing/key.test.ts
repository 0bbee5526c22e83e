import { describe, expect, it } from "vitest";
import { createDocument, createFromParent, reserveStock, validateDocument } from "../ledger";
import { openingLedger } from "../scenarioLedger";
import { deliveryPlan, deliveryRequest, expectedOrderRecord, impliedOrderStatus, orderRecordDifferences, promisedDeliveryDate, receiveDueRestocks, restockSchedule } from "./key";
import { acknowledged, delivered, must, processingScenario, TODAY, withOrder } from "./processing.fixtures";
import { formatDiscounts, lineDifferences } from "./vocabulary";

describe("order status implied by the documents", () => {
  it("goes recorded → confirmed → partially delivered → delivered", () => {
    const { ledger, orderId } = withOrder();
    expect(impliedOrderStatus(ledger, orderId)).toBe("recorded");
    const ack = acknowledged();
    expect(impliedOrderStatus(ack.ledger, ack.orderId)).toBe("confirmed");
    const draft = must(createFromParent(ack.ledger, ack.orderId, "deliveryNote", TODAY, { lines: deliveryRequest(ack.ledger, ack.orderId, [{ reference: "CAH-A4", quantity: 10 }]) }));
    expect(impliedOrderStatus(draft.ledger, ack.orderId)).toBe("inPreparation");
    const partial = delivered([{ reference: "CAH-A4", quantity: 200 }, { reference: "CLS-LV", quantity: 60 }]);
    expect(impliedOrderStatus(partial.ledger, partial.orderId)).toBe("partiallyDelivered");
    const all = delivered([{ reference: "CAH-A4", quantity: 200 }, { reference: "CLS-LV", quantity: 100 }], 100);
    expect(impliedOrderStatus(all.ledger, all.orderId)).toBe("delivered");
  });

  it("has no status for an order still in draft", () => {
    const created = must(createDocument(openingLedger(processingScenario()), { kind: "purchaseOrder", customerId: "C001", date: TODAY, lines: [{ reference: "CAH-A4", description: "Cahier", quantity: 1, unitPriceCents: 250, vatRate: 20 }] }));
    expect(impliedOrderStatus(created.ledger, created.document.id)).toBeUndefined();
  });
});

describe("deliveryPlan", () => {
  it("ships min(remaining, stock) with a partial delivery, and keeps the rest as a back-order", () => {
    const { ledger, orderId } = acknowledged();
    const plan = deliveryPlan(ledger, orderId, true);
    expect(plan.complete).toBe(false);
    expect(plan.deliverNow).toEqual([
      { reference: "CAH-A4", quantity: 200 },
      { reference: "CLS-LV", quantity: 60 },
    ]);
    expect(plan.lines.find((l) => l.name === "CLS-LV")).toMatchObject({ remaining: 100, shippable: 60, deliverNow: 60, backOrder: 40, leadTimeDays: 10 });
  });

  it("ships nothing when the customer wants everything at once and stock is short", () => {
    const { ledger, orderId } = acknowledged();
    expect(deliveryPlan(ledger, orderId, false).deliverNow).toEqual([]);
  });

  it("does not count units reserved for another order", () => {
    const { ledger, orderId } = acknowledged();
    const other = must(createDocument(ledger, { kind: "purchaseOrder", customerId: "C002", date: TODAY, lines: [{ reference: "CLS-LV", description: "Classeur", quantity: 20, unitPriceCents: 480, vatRate: 20 }] }));
    const recorded = must(validateDocument(other.ledger, other.document.id, TODAY));
    const reserved = must(reserveStock(recorded.ledger, { orderId: other.document.id, reference: "CLS-LV", quantity: 20 }));
    expect(deliveryPlan(reserved.ledger, orderId, true).lines.find((l) => l.name === "CLS-LV")).toMatchObject({ shippable: 40, backOrder: 60 });
  });
});

describe("promisedDeliveryDate", () => {
  it("is today when everything is in stock", () => {
    const { ledger, orderId } = acknowledged(100);
    const promise = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: true });
    expect(promise).toMatchObject({ date: TODAY, waitsForSupply: false });
    expect(promise.explanation).toContain("Tout est en stock");
  });

  it("is today with a partial delivery, and says when the back-order can follow", () => {
    const { ledger, orderId } = acknowledged();
    const promise = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: true });
    expect(promise.date).toBe(TODAY);
    expect(promise.explanation).toContain("CLS-LV\u00a0: 60 disponibles pour 100 commandés");
    expect(promise.explanation).toContain("au plus tard le 22/11/2026");
  });

  it("is today + the lead time when the customer refuses a partial delivery", () => {
    const { ledger, orderId } = acknowledged();
    const promise = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: false });
    expect(promise).toMatchObject({ date: "2026-11-22", earliest: "2026-11-22", waitsForSupply: true });
    expect(promise.explanation).toContain("délai d'approvisionnement de 10 jours → livraison le 22/11/2026 (12/11/2026 + 10 jours)");
  });

  it("keeps a later date asked by the customer, and says when an earlier one cannot be kept", () => {
    const { ledger, orderId } = acknowledged();
    expect(promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: false, requestedDeliveryDate: "2026-11-30" }).date).toBe("2026-11-30");
    const early = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: false, requestedDeliveryDate: "2026-11-15" });
    expect(early.date).toBe("2026-11-22");
    expect(early.explanation).toContain("(15/11/2026) ne peut pas être tenue");
  });
});

describe("restocks", () => {
  it("uses the scenario's supplies, sorted by date", () => {
    const { ledger, orderId } = acknowledged();
    const promise = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: true });
    const restockOn = [
      { reference: "CLS-LV", quantity: 10, date: "2026-11-25" },
      { reference: "CLS-LV", quantity: 30, date: "2026-11-20" },
    ];
    expect(restockSchedule(ledger, orderId, promise, { acceptsPartialDelivery: true, restockOn }).map((r) => r.date)).toEqual(["2026-11-20", "2026-11-25"]);
  });

  it("implies the missing units on the promised date only when the promise waits for them", () => {
    const { ledger, orderId } = acknowledged();
    const waiting = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: false });
    expect(restockSchedule(ledger, orderId, waiting, { acceptsPartialDelivery: false })).toEqual([{ reference: "CLS-LV", quantity: 40, date: "2026-11-22" }]);
    const partial = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: true });
    expect(restockSchedule(ledger, orderId, partial, { acceptsPartialDelivery: true })).toEqual([]);
  });

  it("receives the supplies due by a date and keeps the later ones pending", () => {
    const { ledger } = acknowledged();
    const pending = [
      { reference: "CLS-LV", quantity: 30, date: "2026-11-20" },
      { reference: "CLS-LV", quantity: 10, date: "2026-11-25" },
    ];
    const received = receiveDueRestocks(ledger, pending, "2026-11-21");
    expect(received.received).toEqual([pending[0]]);
    expect(received.pending).toEqual([pending[1]]);
    expect(received.ledger.products.find((p) => p.reference === "CLS-LV")?.stock).toBe(90);
    expect(ledger.products.find((p) => p.reference === "CLS-LV")?.stock).toBe(60);
  });
});

describe("recording the order", () => {
  it("expects the order's lines and the account's remises", () => {
    const { ledger, orderId } = withOrder();
    const expected = expectedOrderRecord(ledger, orderId);
    expect(expected).toEqual({
      lines: [
        { reference: "CAH-A4", quantity: 200, unitPriceCents: 250 },
        { reference: "CLS-LV", quantity: 100, unitPriceCents: 480 },
      ],
      tradeDiscounts: [10, 5],
    });
    expect(orderRecordDifferences(expected, expected)).toEqual([]);
    expect(orderRecordDifferences(expected, { ...expected, tradeDiscounts: [] })).toEqual(["remises saisies\u00a0: aucune\u00a0; prévues par le compte client\u00a0: 10\u00a0% puis 5\u00a0%"]);
  });

  it("names each line that differs", () => {
    const expected = [
      { reference: "CAH-A4", quantity: 200, unitPriceCents: 250 },
      { reference: "CLS-LV", quantity: 100, unitPriceCents: 480 },
    ];
    expect(
      lineDifferences(expected, [
        { reference: "CAH-A4", quantity: 199, unitPriceCents: 240 },
        { reference: "XXX", quantity: 1, unitPriceCents: 1 },
      ]),
    ).toEqual([
      "CAH-A4\u00a0: quantité 199 saisie, 200 attendue",
      "CAH-A4\u00a0: prix unitaire 2,40\u00a0€ HT saisi, 2,50\u00a0€ HT attendu",
      "CLS-LV\u00a0: ligne absente (attendu 100 à 4,80\u00a0€ HT)",
      "XXX\u00a0: ligne en trop",
    ]);
  });

  it("writes successive remises in their order", () => {
    expect(formatDiscounts([])).toBe("aucune");
    expect(formatDiscounts([10, 5])).toBe("10\u00a0% puis 5\u00a0%");
  });
});
