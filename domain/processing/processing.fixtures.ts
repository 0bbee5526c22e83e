/**
 * The PGI of the stage 2 and 3 unit tests: a wholesaler, a bookshop with remises 10 % then 5 %,
 * FA-2026-00041 already issued, and an order taken step by step along the chain.
 */
import { createDocument, createFromParent, validateDocument, type Ledger } from "../ledger";
import { scenarioSchema } from "../scenario";
import type { ScenarioFile } from "../scenarioTypes";
import { openingLedger } from "../scenarioLedger";
import { deliveryRequest } from "./key";

// A wholesaler, a bookshop with remises 10 % then 5 %, and FA-2026-00041 already issued.
export function processingScenario(classeurStock = 60) {
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

export const TODAY = "2026-11-12";

export function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

/** An order of 200 cahiers and 100 classeurs, recorded (validated), with its lines from the catalogue. */
export function withOrder(classeurStock = 60, customerId = "C001"): { ledger: Ledger; orderId: string } {
  const created = must(
    createDocument(openingLedger(processingScenario(classeurStock)), {
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

export function acknowledged(classeurStock = 60) {
  const { ledger, orderId } = withOrder(classeurStock);
  const ack = must(createFromParent(ledger, orderId, "orderAcknowledgement", TODAY));
  return { ledger: must(validateDocument(ack.ledger, ack.document.id, TODAY)).ledger, orderId };
}

export function delivered(lines: { reference: string; quantity: number }[], classeurStock = 60) {
  const { ledger, orderId } = acknowledged(classeurStock);
  const note = must(createFromParent(ledger, orderId, "deliveryNote", TODAY, { lines: deliveryRequest(ledger, orderId, lines) }));
  return { ledger: must(validateDocument(note.ledger, note.document.id, TODAY)).ledger, orderId, noteId: note.document.id };
}

