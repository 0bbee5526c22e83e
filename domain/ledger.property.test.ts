/**
 * Random sequences of PGI operations (orders, acknowledgements, partial deliveries, restocking,
 * invoices, deposits, validations on a moving or back-dated clock, credit notes, payments, draft
 * edits and deletions, cancellations); after every step the invariants of the ledger must hold.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays } from "./dates";
import type { DocumentLine, Product } from "./documents";
import {
  availableStock,
  cancelDocument,
  createCreditNote,
  createCustomer,
  createDepositInvoice,
  createDocument,
  createFromParent,
  createInvoiceFromDeliveryNotes,
  creditedAmount,
  customerOutstanding,
  deleteDraft,
  documentTotals,
  emptyLedger,
  getDocument,
  invoiceBalance,
  receiveStock,
  recordPayment,
  remainingToCredit,
  remainingToDeliver,
  reserveStock,
  updateDraft,
  validateDocument,
  type Ledger,
  type LedgerResult,
  type SalesDocument,
} from "./ledger";
import { parseNumber } from "./numbering";

const PRODUCTS: Product[] = [
  { reference: "CH-ERGO", description: "Chaise ergonomique", unitPriceCents: 12_000, vatRate: 20, stock: 8, leadTimeDays: 10 },
  { reference: "LIV-GUIDE", description: "Guide de l'ergonomie", unitPriceCents: 2_550, vatRate: 5.5, stock: 5, leadTimeDays: 5 },
];

function initialLedger(): Ledger {
  const created = createCustomer(
    emptyLedger(),
    {
      name: "Bureautique Martin",
      siren: "732829320",
      billingAddress: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
      contact: { name: "Claire Martin", phone: "04 72 00 00 00" },
      paymentTerms: { kind: "daysEndOfMonth", days: 45, method: "endOfMonthThenDays" },
    },
    { creditLimitCents: 5_000_000 },
  );
  if (!created.ok) throw new Error(created.error.message);
  return { ...created.ledger, products: PRODUCTS };
}

/** `now`: the document created is validated at once (most of the time), else left as a draft. */
type Op =
  | { t: "order"; chairs: number; guides: number; discount: number; shipping: number; now: boolean }
  | { t: "ack"; i: number; now: boolean }
  | { t: "deliver"; i: number; share: number; now: boolean }
  | { t: "restock"; product: number; quantity: number }
  | { t: "reserve"; i: number; quantity: number }
  | { t: "invoice"; i: number; grouped: boolean; now: boolean }
  | { t: "deposit"; i: number; percent: number; now: boolean }
  | { t: "validate"; i: number; back: number }
  | { t: "credit"; i: number; full: boolean; quantity: number; validateNow: boolean }
  | { t: "creditTwice"; i: number; first: number; second: number }
  | { t: "pay"; i: number; percent: number }
  | { t: "delete"; i: number }
  | { t: "edit"; i: number; shipping: number }
  | { t: "cancel"; i: number }
  | { t: "tick"; days: number };

const index = fc.nat({ max: 50 });
const now = fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant("order" as const), chairs: fc.integer({ min: 0, max: 12 }), guides: fc.integer({ min: 0, max: 6 }), discount: fc.constantFrom(0, 5, 10, 12.5), shipping: fc.constantFrom(0, 1_500, 4_999), now }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("ack" as const), i: index, now }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("deliver" as const), i: index, share: fc.integer({ min: 1, max: 100 }), now }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant("restock" as const), product: fc.nat({ max: 1 }), quantity: fc.integer({ min: 1, max: 10 }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("reserve" as const), i: index, quantity: fc.integer({ min: 1, max: 8 }) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("invoice" as const), i: index, grouped: fc.boolean(), now }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant("deposit" as const), i: index, percent: fc.integer({ min: 1, max: 60 }), now }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("validate" as const), i: index, back: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })) }), weight: 5 },
  { arbitrary: fc.record({ t: fc.constant("credit" as const), i: index, full: fc.boolean(), quantity: fc.integer({ min: 1, max: 6 }), validateNow: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant("creditTwice" as const), i: index, first: fc.integer({ min: 1, max: 6 }), second: fc.integer({ min: 1, max: 6 }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("pay" as const), i: index, percent: fc.integer({ min: 1, max: 120 }) }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("delete" as const), i: index }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("edit" as const), i: index, shipping: fc.integer({ min: 0, max: 3_000 }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("cancel" as const), i: index }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("tick" as const), days: fc.integer({ min: 1, max: 12 }) }), weight: 3 },
);

function pick<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

function ofKind(ledger: Ledger, kind: SalesDocument["kind"], status?: SalesDocument["status"]): SalesDocument[] {
  return ledger.documents.filter((d) => d.kind === kind && (status === undefined || d.status === status));
}

function lineOf(product: Product, quantity: number): DocumentLine {
  return { reference: product.reference, description: product.description, quantity, unitPriceCents: product.unitPriceCents, vatRate: product.vatRate };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const IMMUTABLE_CODES = ["invoice.immutable", "document.immutable"];

/** The operations that create a document. */
function create(ledger: Ledger, op: Extract<Op, { now: boolean }>, today: string): LedgerResult<{ document: SalesDocument }> | undefined {
  const orders = ofKind(ledger, "purchaseOrder", "validated");
  const accepted = orders.filter((o) => ledger.documents.some((d) => d.parentId === o.id && d.kind === "orderAcknowledgement" && d.status === "validated"));
  switch (op.t) {
    case "order": {
      const lines = [
        ...(op.chairs > 0 ? [lineOf(PRODUCTS[0] as Product, op.chairs)] : []),
        ...(op.guides > 0 ? [lineOf(PRODUCTS[1] as Product, op.guides)] : []),
      ];
      if (lines.length === 0) return undefined;
      return createDocument(ledger, {
        kind: "purchaseOrder",
        customerId: "C0001",
        date: today,
        lines,
        reductions: op.discount > 0 ? { tradeDiscounts: [op.discount] } : {},
        shippingCents: op.shipping,
      });
    }
    case "ack": {
      const unacknowledged = orders.filter((o) => !ledger.documents.some((d) => d.parentId === o.id && d.kind === "orderAcknowledgement"));
      const order = pick(unacknowledged, op.i);
      return order && createFromParent(ledger, order.id, "orderAcknowledgement", today);
    }
    case "deliver": {
      const order = pick(accepted, op.i);
      if (!order) return undefined;
      const lines = remainingToDeliver(ledger, order.id)
        .filter((p) => p.remaining > 0)
        .map((p) => {
          const source = order.lines.find((l) => l.reference === p.reference) as DocumentLine;
          return { ...source, quantity: Math.max(1, Math.floor((p.remaining * op.share) / 100)) };
        });
      return createFromParent(ledger, order.id, "deliveryNote", today, lines.length > 0 ? { lines } : {});
    }
    case "invoice": {
      const invoiced = new Set(ledger.documents.filter((d) => d.kind === "invoice" && d.status !== "cancelled").flatMap((d) => d.deliveryNoteIds ?? []));
      const notes = ofKind(ledger, "deliveryNote", "validated").filter((n) => !invoiced.has(n.id));
      const note = pick(notes, op.i);
      if (!note) return undefined;
      const siblings = op.grouped ? notes.filter((n) => n.parentId === note.parentId) : [note];
      return createInvoiceFromDeliveryNotes(ledger, siblings.map((n) => n.id), today);
    }
    case "deposit": {
      const order = pick(orders, op.i);
      if (!order) return undefined;
      const total = documentTotals(ledger, order.id).totalInclTaxCents;
      return createDepositInvoice(ledger, order.id, Math.max(1, Math.floor((total * op.percent) / 100)), today);
    }
  }
}

function thenValidate(result: LedgerResult<{ document: SalesDocument }> | undefined, validate: boolean, date: string): LedgerResult | undefined {
  if (!result?.ok || !validate) return result;
  return validateDocument(result.ledger, result.document.id, date);
}

/** Runs one operation; returns the result (the caller keeps the new ledger when ok). */
function run(ledger: Ledger, op: Op, today: string): LedgerResult | undefined {
  if ("now" in op) return thenValidate(create(ledger, op, today), op.now, today);
  const orders = ofKind(ledger, "purchaseOrder", "validated");
  switch (op.t) {
    case "restock":
      return receiveStock(ledger, { reference: (PRODUCTS[op.product] as Product).reference, quantity: op.quantity });
    case "reserve": {
      const order = pick(orders, op.i);
      return order && reserveStock(ledger, { orderId: order.id, reference: "CH-ERGO", quantity: op.quantity });
    }
    case "validate": {
      const draft = pick(ledger.documents.filter((d) => d.status === "draft"), op.i);
      return draft && validateDocument(ledger, draft.id, addDays(today, -op.back));
    }
    case "credit": {
      const invoices = ledger.documents.filter((d) => (d.kind === "invoice" || d.kind === "depositInvoice") && d.status !== "draft");
      const target = pick(invoices, op.i);
      if (!target) return undefined;
      const first = target.lines[0] as DocumentLine;
      // The quantity may exceed what was invoiced: the cap must refuse it.
      const created = op.full
        ? createCreditNote(ledger, target.id, { date: today, reason: "annulation", full: true })
        : createCreditNote(ledger, target.id, { date: today, reason: "retour", lines: [{ ...first, quantity: op.quantity }] });
      if (!created.ok || !op.validateNow) return created;
      return validateDocument(created.ledger, created.document.id, today);
    }
    case "creditTwice": {
      // Two drafts each within the cap, validated one after the other: together they may not be.
      const invoices = ledger.documents.filter((d) => d.kind === "invoice" && d.status === "validated");
      const target = pick(invoices, op.i);
      if (!target) return undefined;
      const first = target.lines[0] as DocumentLine;
      const a = createCreditNote(ledger, target.id, { date: today, reason: "retour", lines: [{ ...first, quantity: op.first }] });
      if (!a.ok) return a;
      const b = createCreditNote(a.ledger, target.id, { date: today, reason: "retour", lines: [{ ...first, quantity: op.second }] });
      if (!b.ok) return b;
      const validatedA = validateDocument(b.ledger, a.document.id, today);
      if (!validatedA.ok) return validatedA;
      return validateDocument(validatedA.ledger, b.document.id, today);
    }
    case "pay": {
      const invoices = ledger.documents.filter((d) => (d.kind === "invoice" || d.kind === "depositInvoice") && d.status !== "draft");
      const target = pick(invoices, op.i);
      if (!target) return undefined;
      const balance = invoiceBalance(ledger, target.id);
      const amount = Math.max(1, Math.floor((Math.max(balance, 1) * op.percent) / 100));
      const result = recordPayment(ledger, { invoiceId: target.id, date: today, amountCents: amount, method: "transfer" });
      expect(result.ok).toBe(amount <= balance);
      return result;
    }
    case "delete": {
      const doc = pick(ledger.documents, op.i);
      if (!doc) return undefined;
      const result = deleteDraft(ledger, doc.id);
      if (doc.status !== "draft") expect(!result.ok && IMMUTABLE_CODES.includes(result.error.code)).toBe(true);
      return result;
    }
    case "edit": {
      const doc = pick(ledger.documents, op.i);
      if (!doc) return undefined;
      const result = updateDraft(ledger, doc.id, { shippingCents: op.shipping });
      if (doc.status !== "draft") expect(!result.ok && IMMUTABLE_CODES.includes(result.error.code)).toBe(true);
      return result;
    }
    case "cancel": {
      const doc = pick(ledger.documents.filter((d) => d.status !== "draft"), op.i);
      return doc && cancelDocument(ledger, doc.id);
    }
    case "tick":
      return undefined;
  }
}

/** Every numbered series holds 1..n once each, in the order of the validation dates. */
function checkSeries(ledger: Ledger): void {
  const bySeries = new Map<string, { sequence: number; date: string }[]>();
  for (const doc of ledger.documents) {
    if (doc.status === "draft") {
      expect(doc.number).toBeUndefined();
      continue;
    }
    const parsed = parseNumber(doc.number ?? "");
    expect(parsed).toBeDefined();
    if (!parsed) continue;
    expect(parsed.year).toBe(Number((doc.validatedOn ?? "").slice(0, 4)));
    const key = `${parsed.prefix}-${parsed.year}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), { sequence: parsed.sequence, date: doc.validatedOn ?? "" }]);
  }
  for (const entries of bySeries.values()) {
    const sorted = [...entries].sort((a, b) => a.sequence - b.sequence);
    expect(sorted.map((e) => e.sequence)).toEqual(sorted.map((_, i) => i + 1));
    const dates = sorted.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  }
}

function checkInvariants(ledger: Ledger, snapshots: Map<string, SalesDocument>): void {
  checkSeries(ledger);
  for (const doc of ledger.documents) {
    if (doc.status === "draft") continue;
    const snapshot = snapshots.get(doc.id);
    if (!snapshot) {
      snapshots.set(doc.id, doc);
      continue;
    }
    // Nothing of a validated document ever changes, except its status to "cancelled".
    expect({ ...doc, status: snapshot.status }).toEqual(snapshot);
    if (doc.status !== snapshot.status) expect([snapshot.status, doc.status]).toEqual(["validated", "cancelled"]);
  }
  for (const id of snapshots.keys()) expect(getDocument(ledger, id).id).toBe(id);
  for (const doc of ledger.documents) {
    if ((doc.kind === "invoice" || doc.kind === "depositInvoice") && doc.status !== "draft") {
      const credited = creditedAmount(ledger, doc.id);
      expect(credited).toBeLessThanOrEqual(documentTotals(ledger, doc.id).totalInclTaxCents);
      expect(remainingToCredit(ledger, doc.id)).toBeGreaterThanOrEqual(0);
      if (doc.status === "cancelled") expect(remainingToCredit(ledger, doc.id)).toBe(0);
    }
  }
  for (const product of ledger.products) {
    expect(product.stock).toBeGreaterThanOrEqual(0);
    expect(availableStock(ledger, product.reference)).toBeGreaterThanOrEqual(0);
  }
  for (const reservation of ledger.reservations ?? []) expect(reservation.quantity).toBeGreaterThan(0);
  const outstanding = customerOutstanding(ledger, "C0001");
  for (const amount of [...outstanding.unpaidInvoicesCents, ...outstanding.acceptedOrdersNotInvoicedCents]) {
    expect(Number.isSafeInteger(amount) && amount > 0).toBe(true);
  }
}

describe("ledger invariants under random operation sequences", () => {
  it("numbers 1..n without gap in date order, frozen validated documents, credits within the TTC, stock and outstanding never negative", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 30, maxLength: 90 }), (ops) => {
        let ledger = deepFreeze(initialLedger());
        // Starts mid-November so that sequences often cross 1 January.
        let today = "2026-11-15";
        const snapshots = new Map<string, SalesDocument>();
        for (const op of ops) {
          if (op.t === "tick") {
            today = addDays(today, op.days);
            continue;
          }
          // A frozen input: any mutation by an operation would throw here.
          const result = run(ledger, op, today);
          if (result?.ok) ledger = deepFreeze(result.ledger);
          checkInvariants(ledger, snapshots);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("reaches the interesting states (guards against a generator that only produces refusals)", () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 40, maxLength: 90 }), (ops) => {
        let ledger = initialLedger();
        let today = "2026-11-15";
        for (const op of ops) {
          if (op.t === "tick") {
            today = addDays(today, op.days);
            continue;
          }
          const result = run(ledger, op, today);
          if (result?.ok) ledger = result.ledger;
        }
        for (const doc of ledger.documents) kinds.add(`${doc.kind}:${doc.status}`);
        if (ledger.payments.length > 0) kinds.add("payment");
      }),
      { numRuns: 100 },
    );
    for (const expected of ["invoice:validated", "invoice:cancelled", "creditNote:validated", "depositInvoice:validated", "deliveryNote:validated", "payment"]) {
      expect(kinds).toContain(expected);
    }
  });
});
