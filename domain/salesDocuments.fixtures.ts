/**
 * A sales chain built with the ledger for the tests: a bookshop asks a quote (02/11/2026), orders
 * (BC-7781 of 05/11/2026, delivery agreed on 10/11/2026: 200 CAH-A4 at 2,50, 30 STY-BL at 12,00,
 * 60 CLS-LV at 4,80, remises 10 % then 5 %: TTC 1 177,85 €), the order is acknowledged on 06/11/2026,
 * then a first delivery is shipped on 09/11/2026: 150 cahiers and 30 stylos, no classeur.
 */
import type { DocumentLine, Product } from "./documents";
import { createCustomer, createDocument, createFromParent, emptyLedger, validateDocument, type Ledger, type LedgerResult } from "./ledger";

/** A ledger operation that must succeed in a fixture: its result, or the reason it failed. */
export function must<T extends object>(result: LedgerResult<T>): Extract<LedgerResult<T>, { ok: true }> {
  if (!result.ok) throw new Error(`${result.error.code} : ${result.error.message}`);
  return result as Extract<LedgerResult<T>, { ok: true }>;
}

/** The stationery catalogue of the worked example. */
export const STATIONERY: readonly Product[] = [
  { reference: "CAH-A4", description: "Cahier A4 grands carreaux 96 pages", unitPriceCents: 250, vatRate: 20, stock: 500, leadTimeDays: 5 },
  { reference: "STY-BL", description: "Stylo plume bleu", unitPriceCents: 1_200, vatRate: 20, stock: 100, leadTimeDays: 5 },
  { reference: "CLS-LV", description: "Classeur à levier dos 80 mm", unitPriceCents: 480, vatRate: 20, stock: 60, leadTimeDays: 10 },
];
const [CAHIER, STYLO, CLASSEUR] = STATIONERY as [Product, Product, Product];

/** A line of `quantity` of a product, at its catalogue price. */
export function line(p: Product, quantity: number): DocumentLine {
  return { reference: p.reference, description: p.description, quantity, unitPriceCents: p.unitPriceCents, vatRate: p.vatRate };
}
const LINES = [line(CAHIER, 200), line(STYLO, 30), line(CLASSEUR, 60)];
const REDUCTIONS = { tradeDiscounts: [10, 5] };

/** The seller's ledger with its customer Librairie Martin (C0001, remises 10 % then 5 %) and these products. */
export function bookshopLedger(products: readonly Product[] = STATIONERY): Ledger {
  const { ledger } = must(
    createCustomer(
      emptyLedger(),
      {
        name: "Librairie Martin",
        legalForm: "SARL",
        siren: "732829320",
        vatNumber: "FR44732829320",
        billingAddress: { street: "4 place Bellecour", postalCode: "69002", city: "Lyon" },
        deliveryAddress: { street: "ZI des Glairons, entrepôt 4", postalCode: "38400", city: "Saint-Martin-d'Hères" },
        contact: { name: "Claire Martin", email: "compta@librairie-martin.fr" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        conditions: { tradeDiscounts: [10, 5] },
      },
      { creditLimitCents: 5_000_000 },
    ),
  );
  return { ...ledger, products: [...products] };
}

export interface SalesChain {
  ledger: Ledger;
  quoteId: string;
  orderId: string;
  acknowledgementId: string;
  deliveryNoteId: string;
}

/** The chain of the fixture: quote, order, acknowledgement, first (partial) delivery note, all validated. */
export function salesChain(): SalesChain {
  const quote = must(createDocument(bookshopLedger(), { kind: "quote", customerId: "C0001", date: "2026-11-02", lines: LINES, reductions: REDUCTIONS, shippingCents: 0 }));
  let ledger = must(validateDocument(quote.ledger, quote.document.id, "2026-11-02")).ledger;
  const order = must(
    createDocument(ledger, { kind: "purchaseOrder", customerId: "C0001", date: "2026-11-05", lines: LINES, reductions: REDUCTIONS, shippingCents: 0, customerOrderNumber: "BC-7781", deliveryDate: "2026-11-10" }),
  );
  ledger = must(validateDocument(order.ledger, order.document.id, "2026-11-05")).ledger;
  const ack = must(createFromParent(ledger, order.document.id, "orderAcknowledgement", "2026-11-06", { deliveryDate: "2026-11-10" }));
  ledger = must(validateDocument(ack.ledger, ack.document.id, "2026-11-06")).ledger;
  const note = must(createFromParent(ledger, order.document.id, "deliveryNote", "2026-11-09", { lines: [line(CAHIER, 150), line(STYLO, 30)], deliveryDate: "2026-11-10" }));
  ledger = must(validateDocument(note.ledger, note.document.id, "2026-11-09")).ledger;
  return { ledger, quoteId: quote.document.id, orderId: order.document.id, acknowledgementId: ack.document.id, deliveryNoteId: note.document.id };
}

/** The customer's order BC-7781 of 05/11/2026, validated and acknowledged. */
export function acceptedOrder(ledger: Ledger, lines: DocumentLine[]): { ledger: Ledger; orderId: string } {
  const date = "2026-11-05";
  const created = must(
    createDocument(ledger, { kind: "purchaseOrder", customerId: "C0001", date, lines, reductions: { tradeDiscounts: [10, 5] }, shippingCents: 0, customerOrderNumber: "BC-7781" }),
  );
  const validated = must(validateDocument(created.ledger, created.document.id, date)).ledger;
  const ack = must(createFromParent(validated, created.document.id, "orderAcknowledgement", date));
  return { ledger: must(validateDocument(ack.ledger, ack.document.id, date)).ledger, orderId: created.document.id };
}
