/**
 * Fixtures of the order-processing and invoicing stages: a fictional stationery wholesaler of Lyon
 * and its customer, a bookshop with negotiated remises (10 % then 5 %), whose last invoice was
 * FA-2026-00041. The order is recorded in the PGI as stage 1 would (createDocument, the customer's
 * conditions as reductions); the invoicing input is the order-processing output, played by its solver.
 *
 * The figures the tests check, by hand (remises successive, VAT 20 % rounded half-up):
 * - order: 200 × CAH-A4 at 2,50 + 30 × STY-BL at 12,00 + 100 × CLS-LV at 4,80 = 1 340,00 brut;
 *   remise 10 % 134,00 → 1 206,00; remise 5 % 60,30 → 1 145,70; TVA 229,14; TTC 1 374,84.
 * - stock of CLS-LV 60 (lead time 10 days): the first delivery is 200 + 30 + 60, back-order 40 ×
 *   CLS-LV; its invoice: brut 1 148,00; 114,80 → 1 033,20; 51,66 → 981,54; TVA 196,31; TTC 1 177,85.
 * - the back-order (40 × 4,80 = 192,00; 19,20 → 172,80; 8,64 → 164,16; TVA 32,83; TTC 196,99).
 */
import { createActor, type AnyStateMachine, type SnapshotFrom } from "xstate";
import {
  createDocument,
  openingLedger,
  validateDocument,
  type ScenarioFile,
  type Scenario,
} from "@/domain";
import { scenarioSchema } from "@/domain/scenario";
import type { StageInput, StageOutput } from "../contract";
import { orderProcessingMachine } from "../orderProcessing";
import { solveOrderProcessing } from "../answerKey/orderProcessing";
import { ASSUMED_RATES_2026_S2 } from "./controlFixtures";

export interface ProcessingScenarioOptions {
  /** Stock of CLS-LV: 60 by default (100 ordered: a back-order of 40). */
  classeurStock?: number;
  acceptsPartialDelivery?: boolean;
  /** Supplies of CLS-LV after the order (the back-order ships on 2026-11-20 with `true`). */
  restock?: boolean;
  /** The scenario's supplies as written (overrides `restock`). */
  restockOn?: { reference: string; quantity: number; date: string }[];
  requestedDeliveryDate?: string;
  /** The customer contact has an email (dematerialised sending); true by default. */
  contactEmail?: boolean;
  incident?: ScenarioFile["invoicingIncident"];
  notes?: ScenarioFile["notes"];
  shipping?: string;
  /** The seller's size (the e-invoicing reform applies to large and mid-size firms from 2026-09-01). */
  sellerSize?: "large" | "midSize" | "small" | "micro";
}

export const ORDER_RECEIVED_ON = "2026-11-12";
export const RESTOCK_DATE = "2026-11-20";
export const CUSTOMER_EMAIL = "compta@librairie-martin.fr";

export function processingScenario(options: ProcessingScenarioOptions = {}): Scenario {
  const file: ScenarioFile = {
    schemaVersion: 1,
    id: "traitement-librairie-martin",
    title: "Commande de fournitures de la Librairie Martin",
    summary: "Enregistrer, confirmer, livrer et facturer une commande avec reliquat.",
    level: "bacpro",
    difficulty: 2,
    durationMinutes: 40,
    objectives: ["Traiter une commande dans le PGI", "Facturer à partir des bons de livraison"],
    stages: ["orderProcessing", "invoicing"],
    company: {
      identity: {
        name: "Fournitures Lyonnaises",
        legalForm: "SAS",
        shareCapital: "50000.00",
        siren: "812345676",
        siret: "81234567600009",
        rcsCity: "Lyon",
        vatNumber: "FR19812345676",
        address: { street: "12 rue de la Soie", postalCode: "69003", city: "Lyon" },
        email: "facturation@fournitures-lyonnaises.fr",
        size: options.sellerSize ?? "small",
      },
      policies: {
        newCustomerCreditLimit: "3000.00",
        defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 },
        rates: [ASSUMED_RATES_2026_S2],
      },
    },
    customers: [
      {
        id: "C001",
        name: "Librairie Martin",
        legalForm: "SARL",
        siren: "523456788",
        vatNumber: "FR31523456788",
        billingAddress: { street: "4 place Bellecour", postalCode: "69002", city: "Lyon" },
        contact: { name: "Claire Martin", ...(options.contactEmail === false ? { phone: "04 72 00 00 00" } : { email: CUSTOMER_EMAIL }) },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "10000.00",
        conditions: { tradeDiscounts: [10, 5], cashDiscount: 2, cashDiscountDays: 10 },
      },
    ],
    products: [
      { reference: "CAH-A4", description: "Cahier A4 96 pages", unitPrice: "2.50", vatRate: 20, stock: 500 },
      { reference: "STY-BL", description: "Stylos bille bleus, boîte de 50", unitPrice: "12.00", vatRate: 20, stock: 40 },
      { reference: "CLS-LV", description: "Classeur à levier dos 80 mm", unitPrice: "4.80", vatRate: 20, stock: options.classeurStock ?? 60, leadTimeDays: 10 },
    ],
    ledger: {
      openInvoices: [
        { number: "FA-2026-00041", customerId: "C001", issueDate: "2026-10-30", lines: [{ description: "Cahier A4 96 pages", quantity: 100, unitPrice: "2.50", vatRate: 20 }] },
      ],
    },
    clock: { start: ORDER_RECEIVED_ON },
    order: {
      channel: "email",
      support: "purchaseOrder",
      source: "customer",
      receivedOn: ORDER_RECEIVED_ON,
      customer: { existingId: "C001" },
      customerOrderNumber: "BC-2026-118",
      orderDate: "2026-11-11",
      lines: [
        { reference: "CAH-A4", quantity: 200 },
        { reference: "STY-BL", quantity: 30 },
        { reference: "CLS-LV", quantity: 100 },
      ],
      acceptsPartialDelivery: options.acceptsPartialDelivery ?? true,
      ...(options.requestedDeliveryDate !== undefined ? { requestedDeliveryDate: options.requestedDeliveryDate } : {}),
      ...(options.shipping !== undefined ? { shipping: options.shipping } : {}),
      ...(options.restockOn !== undefined
        ? { restockOn: options.restockOn }
        : options.restock
          ? { restockOn: [{ reference: "CLS-LV", quantity: 50, date: RESTOCK_DATE }] }
          : {}),
      message: "Bonjour, veuillez trouver ci-joint notre bon de commande BC-2026-118. Cordialement, Claire Martin.",
    },
    ...(options.incident !== undefined ? { invoicingIncident: options.incident } : {}),
    ...(options.notes !== undefined ? { notes: options.notes } : {}),
  };
  return scenarioSchema.parse(file);
}

export interface ProcessingInputOptions {
  depositRequiredCents?: number;
  /** Stage 1 left the order as a draft (recording validates it); validated by default, as intake does. */
  draft?: boolean;
  /** Stage 1 forgot the customer's remises on the order (only with a draft: recording restores them). */
  withoutConditions?: boolean;
}

/** The stage-2 input: the opening ledger and the customer's order recorded as stage 1 would. */
export function processingInput(scenario: Scenario, options: ProcessingInputOptions = {}): StageInput {
  const order = scenario.order;
  if (!order || !("existingId" in order.customer)) throw new Error("fixture : commande d'un client existant attendue");
  const customerId = order.customer.existingId;
  const customer = scenario.customers.find((c) => c.id === customerId);
  let ledger = openingLedger(scenario);
  const created = createDocument(ledger, {
    kind: "purchaseOrder",
    customerId,
    date: order.orderDate,
    lines: order.lines.map((line) => {
      const product = scenario.products.find((p) => p.reference === line.reference);
      if (!product) throw new Error(`fixture : référence ${line.reference} inconnue`);
      return { reference: product.reference, description: product.description, quantity: line.quantity, unitPriceCents: product.unitPrice, vatRate: product.vatRate };
    }),
    reductions: options.withoutConditions ? {} : { tradeDiscounts: customer?.conditions.tradeDiscounts ?? [] },
    ...(order.shipping !== undefined ? { shippingCents: order.shipping } : {}),
    ...(order.customerOrderNumber !== undefined ? { customerOrderNumber: order.customerOrderNumber } : {}),
  });
  if (!created.ok) throw new Error(created.error.message);
  ledger = created.ledger;
  if (!options.draft) {
    const validated = validateDocument(ledger, created.document.id, order.receivedOn);
    if (!validated.ok) throw new Error(validated.error.message);
    ledger = validated.ledger;
  }
  return {
    scenario,
    ledger,
    today: order.receivedOn,
    carried: {
      customerId,
      orderId: created.document.id,
      intakeDecision: options.depositRequiredCents ? "acceptWithConditions" : "accept",
      ...(options.depositRequiredCents !== undefined ? { depositRequiredCents: options.depositRequiredCents } : {}),
      documentIds: [created.document.id],
    },
  };
}

/** Plays events on a fresh actor of a machine and returns the last snapshot. */
export function play<TMachine extends AnyStateMachine>(machine: TMachine, input: StageInput, events: readonly { type: string }[]): SnapshotFrom<TMachine> {
  const actor = createActor(machine as AnyStateMachine, { input }).start();
  for (const event of events) actor.send(event as never);
  const snapshot = actor.getSnapshot() as SnapshotFrom<TMachine>;
  actor.stop();
  return snapshot;
}

/** The order-processing output when the learner follows the engine's key. */
export function processedOrder(scenario: Scenario, options: ProcessingInputOptions = {}): StageOutput {
  const input = processingInput(scenario, options);
  const snapshot = play(orderProcessingMachine, input, solveOrderProcessing(input));
  if (snapshot.status !== "done") throw new Error("fixture : le traitement de la commande ne s'est pas terminé");
  return snapshot.output as StageOutput;
}

/** The invoicing input: what order processing handed on (ledger with the delivery notes, date, carried). */
export function invoicingInput(scenario: Scenario, options: ProcessingInputOptions = {}): StageInput {
  const output = processedOrder(scenario, options);
  return { scenario, ledger: output.ledger, today: output.today, carried: output.carried };
}
