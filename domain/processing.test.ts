import { describe, expect, it } from "vitest";
import { createCreditNote, createDocument, createFromParent, createInvoiceFromDeliveryNotes, reserveStock, validateDocument, validateInvoice, createDepositInvoice, recordPayment, type Ledger } from "./ledger";
import { openingLedger } from "./scenarioLedger";
import { scenarioSchema, type ScenarioFile } from "./scenario";
import { documentTotals } from "./ledger";
import { computeInvoice } from "./invoice";
import { TWO_RATE_INVOICE } from "./invoice.fixtures";
import {
  allowanceOnUnits,
  cascadeFigures,
  creditNoteDifferences,
  creditNoteFor,
  deliveryPlan,
  deliveryRequest,
  depositStillToInvoice,
  draftContent,
  draftDifferences,
  expectedOrderRecord,
  formatDiscounts,
  impliedOrderStatus,
  issuableDepositAmount,
  judgeCascade,
  lastNumberOfSeries,
  lineDifferences,
  nextDocumentNumber,
  orderRecordDifferences,
  outboxEntry,
  promisedDeliveryDate,
  receiveDueRestocks,
  restockSchedule,
  uninvoicedDeliveryNotes,
  withCashedIn,
  withLifecycleStep,
} from "./processing";

// A wholesaler, a bookshop with remises 10 % then 5 %, and FA-2026-00041 already issued.
function scenario(classeurStock = 60) {
  const file: ScenarioFile = {
    schemaVersion: 1,
    id: "processing-unit",
    title: "Unitaire",
    summary: "Fonctions pures du traitement et de la facturation",
    level: "bts",
    difficulty: 1,
    durationMinutes: 10,
    objectives: ["tester"],
    stages: ["orderProcessing"],
    company: {
      identity: {
        name: "Fournitures Lyonnaises",
        legalForm: "SAS",
        shareCapital: "50000.00",
        siren: "812345676",
        rcsCity: "Lyon",
        vatNumber: "FR19812345676",
        address: { street: "12 rue de la Soie", postalCode: "69003", city: "Lyon" },
        size: "small",
      },
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 } },
    },
    customers: [
      {
        id: "C001",
        name: "Librairie Martin",
        siren: "523456788",
        billingAddress: { street: "4 place Bellecour", postalCode: "69002", city: "Lyon" },
        contact: { name: "Claire Martin", email: "compta@librairie-martin.fr" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "10000.00",
        conditions: { tradeDiscounts: [10, 5] },
      },
      {
        id: "C002",
        name: "Papeterie Roux",
        billingAddress: { street: "1 rue Mercière", postalCode: "69002", city: "Lyon" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "5000.00",
      },
    ],
    products: [
      { reference: "CAH-A4", description: "Cahier A4 96 pages", unitPrice: "2.50", vatRate: 20, stock: 500 },
      { reference: "CLS-LV", description: "Classeur à levier", unitPrice: "4.80", vatRate: 20, stock: classeurStock, leadTimeDays: 10 },
    ],
    ledger: { openInvoices: [{ number: "FA-2026-00041", customerId: "C001", issueDate: "2026-10-30", lines: [{ description: "Cahier", quantity: 1, unitPrice: "2.50", vatRate: 20 }] }] },
    clock: { start: "2026-11-12" },
  };
  return scenarioSchema.parse(file);
}

const TODAY = "2026-11-12";

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

/** An order of 200 cahiers and 100 classeurs, recorded (validated), with its lines from the catalogue. */
function withOrder(classeurStock = 60, customerId = "C001"): { ledger: Ledger; orderId: string } {
  const created = must(
    createDocument(openingLedger(scenario(classeurStock)), {
      kind: "purchaseOrder",
      customerId,
      date: "2026-11-11",
      customerOrderNumber: "BC-118",
      lines: [
        { reference: "CAH-A4", description: "Cahier A4 96 pages", quantity: 200, unitPriceCents: 250, vatRate: 20 },
        { reference: "CLS-LV", description: "Classeur à levier", quantity: 100, unitPriceCents: 480, vatRate: 20 },
      ],
      reductions: { tradeDiscounts: [10, 5] },
    }),
  );
  return { ledger: must(validateDocument(created.ledger, created.document.id, TODAY)).ledger, orderId: created.document.id };
}

function acknowledged(classeurStock = 60) {
  const { ledger, orderId } = withOrder(classeurStock);
  const ack = must(createFromParent(ledger, orderId, "orderAcknowledgement", TODAY));
  return { ledger: must(validateDocument(ack.ledger, ack.document.id, TODAY)).ledger, orderId };
}

function delivered(lines: { reference: string; quantity: number }[], classeurStock = 60) {
  const { ledger, orderId } = acknowledged(classeurStock);
  const note = must(createFromParent(ledger, orderId, "deliveryNote", TODAY, { lines: deliveryRequest(ledger, orderId, lines) }));
  return { ledger: must(validateDocument(note.ledger, note.document.id, TODAY)).ledger, orderId, noteId: note.document.id };
}

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
    const created = must(createDocument(openingLedger(scenario()), { kind: "purchaseOrder", customerId: "C001", date: TODAY, lines: [{ reference: "CAH-A4", description: "Cahier", quantity: 1, unitPriceCents: 250, vatRate: 20 }] }));
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
    expect(promise.explanation).toContain("CLS-LV : 60 disponibles pour 100 commandés");
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
    expect(orderRecordDifferences(expected, { ...expected, tradeDiscounts: [] })).toEqual(["remises saisies : aucune ; prévues par le compte client : 10\u00a0% puis 5\u00a0%"]);
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
      "CAH-A4 : quantité 199 saisie, 200 attendue",
      "CAH-A4 : prix unitaire 2,40\u00a0€ HT saisi, 2,50\u00a0€ HT attendu",
      "CLS-LV : ligne absente (attendu 100 à 4,80\u00a0€ HT)",
      "XXX : ligne en trop",
    ]);
  });

  it("writes successive remises in their order", () => {
    expect(formatDiscounts([])).toBe("aucune");
    expect(formatDiscounts([10, 5])).toBe("10\u00a0% puis 5\u00a0%");
  });
});

describe("invoicing helpers", () => {
  it("lists the delivery notes no invoice takes yet", () => {
    const { ledger, orderId, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    expect(uninvoicedDeliveryNotes(ledger, orderId).map((n) => n.id)).toEqual([noteId]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    expect(uninvoicedDeliveryNotes(drafted.ledger, orderId)).toEqual([]);
  });

  it("continues the opening series: last FA-2026-00041, next FA-2026-00042", () => {
    const { ledger } = withOrder();
    expect(lastNumberOfSeries(ledger, "invoice")).toBe("FA-2026-00041 du 30/10/2026");
    expect(nextDocumentNumber(ledger, "invoice", TODAY)).toBe("FA-2026-00042");
    expect(lastNumberOfSeries(ledger, "creditNote")).toBeUndefined();
    expect(nextDocumentNumber(ledger, "creditNote", TODAY)).toBe("AV-2026-00001");
    // A series is chronological: no number before the last one's date.
    expect(nextDocumentNumber(ledger, "invoice", "2026-10-01")).toBeUndefined();
  });

  it("counts the deposit still to invoice and finds an amount that splits into HT + VAT", () => {
    const { ledger, orderId } = acknowledged();
    expect(depositStillToInvoice(ledger, orderId, undefined)).toBe(0);
    expect(depositStillToInvoice(ledger, orderId, 30000)).toBe(30000);
    // At 20 %, 0,03 € TTC has no HT base (0,02 → 0,02 ; 0,03 → 0,04): the next amount is 0,04 €.
    expect(issuableDepositAmount(ledger, orderId, 3, TODAY)).toBe(4);
    expect(issuableDepositAmount(ledger, orderId, 30000, TODAY)).toBe(30000);
    const deposit = must(createDepositInvoice(ledger, orderId, 30000, TODAY));
    const validated = must(validateInvoice(deposit.ledger, deposit.document.id, TODAY));
    expect(depositStillToInvoice(validated.ledger, orderId, 30000)).toBe(0);
    expect(depositStillToInvoice(validated.ledger, orderId, 50000)).toBe(20000);
  });

  it("compares a learner's cascade figure by figure", () => {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    const totals = documentTotals(drafted.ledger, drafted.document.id);
    // 200 × 2,50 = 500,00 ; − 10 % = 450,00 ; − 5 % = 427,50 ; TVA 85,50 ; TTC 513,00.
    const figures = cascadeFigures(totals);
    expect(figures).toEqual({ netCommercialCents: 42750, totalExclTaxCents: 42750, vat: [{ rate: 20, amountCents: 8550 }], totalInclTaxCents: 51300, amountDueCents: 51300 });
    expect(judgeCascade(totals, figures)).toEqual({ differences: [], perRate: [] });
    expect(judgeCascade(totals, { ...figures, netCommercialCents: 42500, vat: [{ rate: 10, amountCents: 1 }] })).toEqual({
      differences: ["net commercial HT : 425,00\u00a0€ au lieu de 427,50\u00a0€", "TVA 20\u00a0% : absente (attendu 85,50\u00a0€)", "TVA 10\u00a0% : aucun article à ce taux"],
      perRate: [],
    });
  });

  it("accepts a cascade computed rate by rate and says which method the invoice follows (docs/decisions/0079)", () => {
    // The issue 9 example (invoice.fixtures.ts): on the totals net commercial 2 765,34, total HT
    // 2 795,34, TTC 3 075,94; rate by rate the ristourne is 56,43 and every total is a cent higher.
    const totals = computeInvoice(TWO_RATE_INVOICE);
    const vat = [
      { rate: 20, amountCents: 17_498 },
      { rate: 5.5, amountCents: 10_562 },
    ];
    const perRate = { netCommercialCents: 276_535, totalExclTaxCents: 279_535, vat, totalInclTaxCents: 307_595, amountDueCents: 307_595 };
    const note = (figure: string) => `${figure} (chiffre calculé taux par taux, puis additionné : accepté ; chiffre attendu`;
    const judged = judgeCascade(totals, perRate);
    expect(judged.differences).toEqual([]);
    expect(judged.perRate).toEqual([
      `${note("net commercial HT 2\u202f765,35\u00a0€")} 2\u202f765,34\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
      `${note("total HT 2\u202f795,35\u00a0€")} 2\u202f795,34\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
      `${note("total TTC 3\u202f075,95\u00a0€")} 3\u202f075,94\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
      `${note("net à payer 3\u202f075,95\u00a0€")} 3\u202f075,94\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
    ]);
    expect(judgeCascade(totals, cascadeFigures(totals))).toEqual({ differences: [], perRate: [] });
    // A figure that follows neither method is wrong, and the feedback gives both.
    expect(judgeCascade(totals, { ...perRate, totalExclTaxCents: 279_536 }).differences).toEqual([
      "total HT : 2\u202f795,36\u00a0€ au lieu de 2\u202f795,34\u00a0€ (calculé sur le total de la facture, comme à la calculatrice ; calculé taux par taux, puis additionné : 2\u202f795,35\u00a0€, accepté aussi)",
    ]);
  });

  it("lists what an edited draft changed", () => {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const doc = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY)).document;
    const reference = draftContent(doc);
    expect(draftDifferences(reference, reference)).toEqual([]);
    expect(draftDifferences(reference, { ...reference, reductions: { tradeDiscounts: [10] }, shippingCents: 1500 })).toEqual([
      "remises sur le brouillon : 10\u00a0% ; attendu : 10\u00a0% puis 5\u00a0%",
      "port HT : 15,00\u00a0€ au lieu de 0,00\u00a0€",
    ]);
  });
});

describe("creditNoteFor", () => {
  function invoiced() {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    return { ledger: must(validateInvoice(drafted.ledger, drafted.document.id, TODAY)).ledger, invoiceId: drafted.document.id };
  }
  const common = { reference: "CAH-A4", message: "Message du client" };

  it("credits the price difference on the invoiced quantity", () => {
    const { ledger, invoiceId } = invoiced();
    const plan = creditNoteFor(ledger, invoiceId, { kind: "priceError", ...common, correctUnitPrice: 230 });
    expect(plan.ok && plan.lines.map((l) => [l.quantity, l.unitPriceCents])).toEqual([[200, 20]]);
    expect(plan.ok && plan.reason).toBe("Erreur de prix sur CAH-A4 : 2,50\u00a0€ HT facturé au lieu de 2,30\u00a0€ HT");
  });

  it("credits returned units at the invoiced price, and a rabais on damaged units", () => {
    const { ledger, invoiceId } = invoiced();
    const returned = creditNoteFor(ledger, invoiceId, { kind: "returnedGoods", ...common, quantity: 20 });
    expect(returned.ok && returned.lines.map((l) => [l.quantity, l.unitPriceCents])).toEqual([[20, 250]]);
  });

  it("computes a rabais on damaged units on their net after the invoice's remises, once, and credits it as one amount (docs/decisions/0080)", () => {
    const { ledger, invoiceId } = invoiced();
    // 20 × 2,50 = 50,00; remise 10 % → 45,00; remise 5 % = 2,25 → 42,75; rabais 10 % = 4,275 → 4,28.
    // Rounded per unit it was 20 × 0,25 = 5,00 → 4,50 → 4,27 (5 % of 4,50 = 0,225 → 0,23).
    const damaged = creditNoteFor(ledger, invoiceId, { kind: "damagedGoods", ...common, quantity: 20, allowancePercent: 10 });
    if (!damaged.ok) throw new Error(damaged.message);
    expect(damaged.lines.map((l) => [l.reference, l.quantity, l.unitPriceCents, l.description])).toEqual([["CAH-A4", 1, 428, expect.stringContaining("Rabais de 10\u00a0% sur 20 × ")]]);
    expect(damaged.reductions).toEqual({});
    expect(damaged.allowanceCents).toBe(428);
    // Judged by its amount HT, whatever the split into lines.
    expect(creditNoteDifferences(damaged, [{ reference: "CAH-A4", quantity: 1, unitPriceCents: 428 }])).toEqual([]);
    expect(creditNoteDifferences(damaged, [{ reference: "CAH-A4", quantity: 4, unitPriceCents: 107 }])).toEqual([]);
    expect(creditNoteDifferences(damaged, [{ reference: "CAH-A4", quantity: 20, unitPriceCents: 25 }])).toEqual(["CAH-A4 : rabais de 5,00\u00a0€ HT saisi, 4,28\u00a0€ HT attendu"]);
    expect(creditNoteDifferences(damaged, [{ reference: "PF-200", quantity: 1, unitPriceCents: 428 }])).toEqual(["CAH-A4 : ligne absente (attendu un rabais de 4,28\u00a0€ HT)", "PF-200 : ligne en trop"]);
    // The credit note the PGI draws from the plan: 4,28 HT, no reduction, TVA 20 % 0,856 → 0,86, TTC 5,14.
    const note = must(createCreditNote(ledger, invoiceId, { date: TODAY, reason: damaged.reason, lines: damaged.lines, ...(damaged.reductions ? { reductions: damaged.reductions } : {}) }));
    expect(documentTotals(note.ledger, note.document.id)).toMatchObject({ totalExclTaxCents: 428, totalVatCents: 86, totalInclTaxCents: 514 });
  });

  it("issue 9 example: a 20 % rabais on 10 × 19,99 € with a 15 % remise is 33,98 €, not 34,00 €", () => {
    // 10 × 19,99 = 199,90; remise 15 % = 29,985 → 29,99 → 169,91; rabais 20 % = 33,982 → 33,98.
    // Per unit: 20 % of 19,99 = 3,998 → 4,00; × 10 = 40,00; less 15 % = 34,00 — the figure it replaces.
    const line = { reference: "LAMPE", description: "Lampe", quantity: 12, unitPriceCents: 1_999, vatRate: 20 };
    expect(allowanceOnUnits(line, 10, 20, { tradeDiscounts: [15] })).toBe(3_398);
    // The invoice's own rabais come first, in the course's order; ristournes and escompte do not enter.
    // 169,91 − 5 % (8,4955 → 8,50) = 161,41; 20 % = 32,282 → 32,28.
    expect(allowanceOnUnits(line, 10, 20, { tradeDiscounts: [15], allowances: [5], rebates: [2], cashDiscount: 2 })).toBe(3_228);
    expect(allowanceOnUnits(line, 10, 0, { tradeDiscounts: [15] })).toBe(0);
  });

  it("refuses an incident the invoice does not allow", () => {
    const { ledger, invoiceId } = invoiced();
    expect(creditNoteFor(ledger, invoiceId, { kind: "priceError", ...common, correctUnitPrice: 250 }).ok).toBe(false);
    expect(creditNoteFor(ledger, invoiceId, { kind: "returnedGoods", ...common, quantity: 201 }).ok).toBe(false);
    expect(creditNoteFor(ledger, invoiceId, { kind: "returnedGoods", ...common, reference: "ZZZ", quantity: 1 }).ok).toBe(false);
  });
});

describe("sending", () => {
  function invoicedOn() {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    return { ledger: must(validateInvoice(drafted.ledger, drafted.document.id, TODAY)).ledger, invoiceId: drafted.document.id };
  }

  it("emails a validated invoice as a PDF named after its number, duplicate kept, without a lifecycle", () => {
    const { ledger, invoiceId } = invoicedOn();
    expect(outboxEntry(ledger, invoiceId, "email", TODAY)).toEqual({
      documentId: invoiceId,
      number: "FA-2026-00042",
      channel: "email",
      to: "compta@librairie-martin.fr",
      subject: "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-118",
      attachmentName: "FA-2026-00042.pdf",
      date: TODAY,
      duplicateKept: true,
    });
    expect(outboxEntry(ledger, invoiceId, "post", TODAY).to).toBe("Librairie Martin, 4 place Bellecour, 69002 Lyon");
  });

  it("deposits on the platform for the customer by name and SIREN (the platforms' directory), deposited and made available that day", () => {
    const { ledger, invoiceId } = invoicedOn();
    expect(outboxEntry(ledger, invoiceId, "platform", TODAY)).toMatchObject({
      channel: "platform",
      to: "Librairie Martin (SIREN 523 456 788)",
      attachmentName: "FA-2026-00042.pdf",
      lifecycle: [
        { status: "deposited", date: TODAY },
        { status: "madeAvailable", date: TODAY },
      ],
    });
  });

  it("adds a status to the deposited document only", () => {
    const { ledger, invoiceId } = invoicedOn();
    const outbox = [outboxEntry(ledger, invoiceId, "platform", TODAY), { ...outboxEntry(ledger, invoiceId, "email", TODAY), documentId: "other" }];
    const after = withLifecycleStep(outbox, invoiceId, { status: "approved", date: "2026-11-13" });
    expect(after[0]?.lifecycle?.map((step) => step.status)).toEqual(["deposited", "madeAvailable", "approved"]);
    expect(after[1]).toEqual(outbox[1]);
  });

  it("declares the invoice cashed in on the day of the payment that settles it, once, and never for a partial payment or an email", () => {
    const { ledger, invoiceId } = invoicedOn();
    const outbox = [outboxEntry(ledger, invoiceId, "platform", TODAY)];
    const due = documentTotals(ledger, invoiceId).amountDueCents;
    const partly = must(recordPayment(ledger, { invoiceId, date: "2026-12-01", amountCents: due - 100, method: "transfer", reference: "Virement" })).ledger;
    expect(withCashedIn(outbox, partly, invoiceId, "2026-12-01")).toEqual(outbox);
    const settled = must(recordPayment(partly, { invoiceId, date: "2026-12-05", amountCents: 100, method: "transfer", reference: "Virement" })).ledger;
    const cashed = withCashedIn(outbox, settled, invoiceId, "2026-12-05");
    expect(cashed[0]?.lifecycle?.at(-1)).toEqual({ status: "cashedIn", date: "2026-12-05" });
    expect(withCashedIn(cashed, settled, invoiceId, "2026-12-06")).toEqual(cashed);
    const emailed = [outboxEntry(ledger, invoiceId, "email", TODAY)];
    expect(withCashedIn(emailed, settled, invoiceId, "2026-12-05")).toEqual(emailed);
  });
});
