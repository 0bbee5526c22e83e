/**
 * The small scenario the rule tests of stage 1 share: a company in Lyon, two customers (one with
 * negotiated conditions, one near its limit), four products, and an order to patch.
 */
import { openingLedger } from "../scenarioLedger";
import { scenarioSchema } from "../scenario";
import type { Scenario, ScenarioFile } from "../scenarioTypes";
import type { IntakeKeyInput } from "./vocabulary";

/*
 * The machines' fixtures live in machines/testing; domain/ may not import machines/, so the
 * few scenarios these rule tests need are built here from a small file of their own.
 */
export const TODAY = "2026-11-16";
/** French typography puts narrow no-break spaces in figures: compare with plain spaces. */
export const plain = (text: string | undefined): string => (text ?? "").replace(/\s/g, " ");
export const LYON = { street: "12 rue de la République", postalCode: "69002", city: "Lyon" };

export function file(): ScenarioFile {
  return {
    schemaVersion: 1,
    id: "intake-rules",
    title: "Règles du contrôle de commande",
    summary: "Cas de test.",
    level: "bts",
    difficulty: 2,
    durationMinutes: 10,
    objectives: ["Contrôler une commande"],
    stages: ["orderIntake"],
    company: {
      identity: {
        name: "Mobilier Rhône",
        legalForm: "SAS",
        shareCapital: "50000.00",
        siren: "512345679",
        rcsCity: "Lyon",
        vatNumber: "FR75512345679",
        address: { street: "8 quai Perrache", postalCode: "69002", city: "Lyon" },
        size: "small",
      },
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 } },
    },
    customers: [
      {
        id: "C0001",
        name: "Cabinet Durand & Associés",
        siren: "612345678",
        billingAddress: LYON,
        deliveryAddress: LYON,
        contact: { name: "M. Paul Durand", email: "p.durand@cabinet-durand.fr" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "8000.00",
        conditions: { tradeDiscounts: [10, 5], cashDiscount: 2, cashDiscountDays: 10 },
      },
      {
        id: "C0002",
        name: "Atelier Martin",
        siren: "712345677",
        billingAddress: LYON,
        deliveryAddress: LYON,
        contact: { name: "Mme Sophie Martin", phone: "04 78 00 00 02" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "5000.00",
      },
    ],
    products: [
      { reference: "BUR-140", description: "Bureau droit 140 cm", unitPrice: "250.00", vatRate: 20, stock: 30, leadTimeDays: 15 },
      { reference: "CHA-ERG", description: "Chaise ergonomique", unitPrice: "95.00", vatRate: 20, stock: 40, leadTimeDays: 10 },
      { reference: "ARM-MET", description: "Armoire métallique", unitPrice: "380.00", vatRate: 20, stock: 2, leadTimeDays: 20 },
      { reference: "CAS-SUR", description: "Caisson sur mesure", unitPrice: "180.00", vatRate: 20, stock: 0, leadTimeDays: 21, madeToOrder: true },
    ],
    ledger: {
      openInvoices: [{ number: "FA-2026-00118", customerId: "C0002", issueDate: "2026-10-20", lines: [{ description: "Établis", quantity: 1, unitPrice: "2500.00", vatRate: 20 }] }],
      acceptedOrders: [{ id: "CMD-0042", customerId: "C0002", date: "2026-11-05", lines: [{ description: "Étagères", quantity: 1, unitPrice: "1000.00", vatRate: 20 }] }],
    },
    clock: { start: TODAY },
    order: {
      channel: "email",
      support: "message",
      source: "customer",
      receivedOn: TODAY,
      customer: { existingId: "C0001" },
      orderDate: TODAY,
      lines: [{ reference: "BUR-140", quantity: 4 }],
      message: "Quatre bureaux BUR-140.",
    },
  };
}

export type OrderFile = NonNullable<ScenarioFile["order"]>;

export function scenario(patch: (f: ScenarioFile) => void = () => {}): Scenario {
  const f = file();
  patch(f);
  return scenarioSchema.parse(f);
}

export function order(patch: Partial<OrderFile>): (f: ScenarioFile) => void {
  return (f) => {
    f.order = { ...(f.order as OrderFile), ...patch };
  };
}

export function input(s: Scenario): IntakeKeyInput {
  return { scenario: s, ledger: openingLedger(s), today: TODAY };
}

export const NEW_CUSTOMER = {
  name: "Boulangerie Le Petit Fournil",
  siren: "321234569",
  billingAddress: { street: "15 place Bellecour", postalCode: "69002", city: "Lyon" },
  deliveryAddress: { street: "17 place Bellecour", postalCode: "69002", city: "Lyon" },
  contact: { name: "Mme Claire Petit", phone: "06 12 34 56 78" },
};

