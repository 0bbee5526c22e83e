/**
 * The scenarios of stage 1's tests, rules and machine alike: a fictional furniture wholesaler in
 * Lyon and its customers, built through the real scenario schema (amounts as decimal strings,
 * defaults filled). Each builder starts from the same base and changes only what its case needs.
 */
import { openingLedger } from "../scenarioLedger";
import { scenarioSchema } from "../scenario";
import type { Scenario, ScenarioFile } from "../scenarioTypes";

export const TODAY = "2026-11-16";

/** French typography puts narrow no-break spaces in figures: compare with plain spaces. */
export const plain = (text: string | undefined): string => (text ?? "").replace(/\s/g, " ");

type OrderFile = NonNullable<ScenarioFile["order"]>;

export const ADDRESS_DURAND = { street: "12 rue de la République", postalCode: "69002", city: "Lyon" };
const ADDRESS_MARTIN = { street: "4 avenue Jean Jaurès", postalCode: "69007", city: "Lyon" };

function baseFile(): ScenarioFile {
  return {
    schemaVersion: 1,
    id: "test-controle-commande",
    title: "Contrôle d'une commande",
    summary: "Une commande arrive : contrôlez-la avant de l'accepter.",
    level: "bacpro",
    difficulty: 1,
    durationMinutes: 20,
    objectives: ["Faire les sept contrôles d'une commande dans l'ordre du cours"],
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
      policies: {
        creditLimitExceeded: "deposit",
        newCustomerCreditLimit: "3000.00",
        insolvency: "refuse",
        paymentIncidents: "hold",
        defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 },
      },
    },
    customers: [
      {
        id: "C0001",
        name: "Cabinet Durand & Associés",
        legalForm: "SARL",
        siren: "612345678",
        billingAddress: ADDRESS_DURAND,
        deliveryAddress: ADDRESS_DURAND,
        contact: { name: "M. Paul Durand", email: "p.durand@cabinet-durand.fr" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "8000.00",
        conditions: { tradeDiscounts: [10], cashDiscount: 2, cashDiscountDays: 10 },
      },
      {
        id: "C0002",
        name: "Atelier Martin",
        legalForm: "SARL",
        siren: "712345677",
        billingAddress: ADDRESS_MARTIN,
        deliveryAddress: ADDRESS_MARTIN,
        contact: { name: "Mme Sophie Martin", phone: "04 78 00 00 02" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "5000.00",
      },
      {
        id: "C0003",
        name: "Imprimerie Leroy",
        legalForm: "SAS",
        siren: "812345676",
        billingAddress: { street: "30 rue Garibaldi", postalCode: "69006", city: "Lyon" },
        deliveryAddress: { street: "30 rue Garibaldi", postalCode: "69006", city: "Lyon" },
        contact: { name: "M. Hugo Leroy", phone: "04 78 00 00 03" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "6000.00",
        solvency: { proceedings: "liquidation", incidents: [], note: "BODACC du 02/11/2026 : jugement de liquidation judiciaire." },
      },
      {
        id: "C0004",
        name: "Garage Bernard",
        siren: "433456787",
        billingAddress: { street: "2 route de Vienne", postalCode: "69008", city: "Lyon" },
        contact: { name: "M. Luc Bernard", phone: "04 78 00 00 04" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "4000.00",
        solvency: { proceedings: "none", incidents: [{ date: "2026-09-12", description: "chèque rejeté pour défaut de provision" }] },
      },
    ],
    products: [
      { reference: "BUR-140", description: "Bureau droit 140 cm", unitPrice: "250.00", vatRate: 20, stock: 30, leadTimeDays: 15 },
      { reference: "CHA-ERG", description: "Chaise ergonomique", unitPrice: "95.00", vatRate: 20, stock: 40, leadTimeDays: 10 },
      { reference: "ARM-MET", description: "Armoire métallique", unitPrice: "380.00", vatRate: 20, stock: 2, leadTimeDays: 20 },
      { reference: "CAS-SUR", description: "Caisson sur mesure", unitPrice: "180.00", vatRate: 20, stock: 0, leadTimeDays: 21, madeToOrder: true },
    ],
    ledger: {
      openInvoices: [
        { number: "FA-2026-00118", customerId: "C0002", issueDate: "2026-10-20", lines: [{ description: "Établis d'atelier", quantity: 1, unitPrice: "2500.00", vatRate: 20 }] },
      ],
      acceptedOrders: [{ id: "CMD-0042", customerId: "C0002", date: "2026-11-05", lines: [{ description: "Étagères murales", quantity: 1, unitPrice: "1000.00", vatRate: 20 }] }],
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
      message: "Bonjour, merci de nous livrer 4 bureaux droits 140 cm (BUR-140). Cordialement, Paul Durand.",
    },
  };
}

/** The base scenario, changed by `patch` (which may mutate the file freely: it is a fresh copy). */
export function intakeScenario(patch: (file: ScenarioFile) => void = () => {}): Scenario {
  const file = baseFile();
  patch(file);
  return scenarioSchema.parse(file);
}

/** The order of the base scenario, changed by `patch`. */
export function withOrder(patch: Partial<OrderFile>): (file: ScenarioFile) => void {
  return (file) => {
    file.order = { ...(file.order as OrderFile), ...patch };
  };
}

/**
 * The scenario the rule tests of domain/intake/ share: the base with its first two customers only
 * (a new account is C0003), Cabinet Durand granted two successive remises, 10 % then 5 %.
 */
export function rulesScenario(patch: (file: ScenarioFile) => void = () => {}): Scenario {
  return intakeScenario((file) => {
    file.customers = file.customers?.slice(0, 2);
    file.customers![0]!.conditions = { tradeDiscounts: [10, 5], cashDiscount: 2, cashDiscountDays: 10 };
    patch(file);
  });
}

/** An unknown company as an order describes it: enough to open its account. */
export const NEW_CUSTOMER = {
  name: "Boulangerie Le Petit Fournil",
  siren: "321234569",
  billingAddress: { street: "15 place Bellecour", postalCode: "69002", city: "Lyon" },
  deliveryAddress: { street: "17 place Bellecour", postalCode: "69002", city: "Lyon" },
  contact: { name: "Mme Claire Petit", phone: "06 12 34 56 78" },
};

/**
 * Exercise (a): an unknown company orders by phone; the learner creates the account
 * (SIREN, addresses, contact, payment terms from the policy, limit 3 000,00 €).
 */
export function newCustomerByPhone(): Scenario {
  return intakeScenario(
    withOrder({
      channel: "phone",
      support: "message",
      customer: { newCustomer: { ...NEW_CUSTOMER, legalForm: "SARL", siret: "32123456900002" } },
      lines: [{ reference: "BUR-140", quantity: 4 }],
      message:
        "Appel de Mme Claire Petit, gérante de la Boulangerie Le Petit Fournil (SARL, SIREN 321 234 569, SIRET 321 234 569 00002), 15 place Bellecour 69002 Lyon, livraison au 17 place Bellecour ; tél. 06 12 34 56 78. Elle commande 4 bureaux droits 140 cm (BUR-140).",
    }),
  );
}

/**
 * Exercise (b): Atelier Martin (plafond 5 000,00 €) owes 3 000,00 € on an invoice and has an
 * accepted order of 1 200,00 € not yet invoiced; it orders 10 chairs = 1 140,00 € TTC.
 * 3 000 + 1 140 = 4 140 ≤ 5 000, but 4 200 + 1 140 = 5 340 > 5 000: excess 340,00 €.
 */
export function creditBreachFromAcceptedOrders(): Scenario {
  return intakeScenario(
    withOrder({
      customer: { existingId: "C0002" },
      customerOrderNumber: "AM-2026-077",
      lines: [{ reference: "CHA-ERG", quantity: 10, unitPrice: "95.00" }],
      message: "Commande AM-2026-077 : 10 chaises ergonomiques CHA-ERG à 95,00 € HT. Sophie Martin.",
    }),
  );
}

/** Imprimerie Leroy is in liquidation: the policy says refuse. */
export function insolventCustomer(): Scenario {
  return intakeScenario(
    withOrder({
      customer: { existingId: "C0003" },
      lines: [{ reference: "CHA-ERG", quantity: 2 }],
      message: "Deux chaises ergonomiques, merci. H. Leroy.",
    }),
  );
}

/** Cabinet Durand's purchase order arrives by mail, not signed: hold until signed. */
export function unsignedPurchaseOrder(): Scenario {
  return intakeScenario(
    withOrder({
      channel: "mail",
      support: "purchaseOrder",
      signed: false,
      customerOrderNumber: "BC-DUR-311",
      lines: [{ reference: "BUR-140", quantity: 2, unitPrice: "250.00" }],
      message: "Bon de commande BC-DUR-311 : 2 bureaux droits 140 cm à 250,00 € HT. (non signé)",
    }),
  );
}

/**
 * A signed quote still valid (desks at 230,00 € instead of 250,00 €), a price typed wrong on the
 * cabinets, an unknown reference, stock short on the cabinets (partial delivery accepted).
 */
export function quotedOrderWithAnomalies(): Scenario {
  return intakeScenario(
    withOrder({
      channel: "email",
      support: "quote",
      customerOrderNumber: "DUR-Q-12",
      quote: { number: "DV-2026-031", date: "2026-11-02", validUntil: "2026-12-02", prices: [{ reference: "BUR-140", unitPrice: "230.00" }] },
      lines: [
        { reference: "BUR-140", quantity: 5, unitPrice: "230.00" },
        { reference: "ARM-MET", quantity: 3, unitPrice: "360.00" },
        { reference: "LAMP-99", quantity: 2 },
      ],
      message: "Suite à votre devis DV-2026-031 signé, merci de livrer 5 bureaux, 3 armoires à 360 € et 2 lampes LAMP-99.",
    }),
  );
}

/** Garage Bernard has a rejected cheque in its history; the company policy decides hold or deposit. */
export function customerWithIncidents(policy: "hold" | "deposit" = "hold"): Scenario {
  return intakeScenario((file) => {
    file.company.policies.paymentIncidents = policy;
    withOrder({
      customer: { existingId: "C0004" },
      deliveryAddress: { street: "2 route de Vienne", postalCode: "69008", city: "Lyon" },
      lines: [{ reference: "CHA-ERG", quantity: 5 }],
      message: "Cinq chaises CHA-ERG à livrer au garage, 2 route de Vienne. L. Bernard.",
    })(file);
  });
}

/** Made-to-order cabinets, a deposit policy of 30 % for made-to-order goods; the customer wants everything at once. */
export function madeToOrderWithDeposit(): Scenario {
  return intakeScenario((file) => {
    file.company.policies.deposit = { percent: 30, madeToOrder: true };
    withOrder({ lines: [{ reference: "CAS-SUR", quantity: 4 }], acceptsPartialDelivery: false, message: "Quatre caissons sur mesure CAS-SUR." })(file);
  });
}

/** The stage input a player would give: the opening PGI, the day the order is received, nothing carried yet. */
export function intakeInput(scenario: Scenario) {
  return { scenario, ledger: openingLedger(scenario), today: scenario.order?.receivedOn ?? scenario.clock.start, carried: {} };
}

/** Every fixture, by name, for table-driven tests. */
export const INTAKE_FIXTURES: Readonly<Record<string, () => Scenario>> = {
  baseOrder: () => intakeScenario(),
  newCustomerByPhone,
  creditBreachFromAcceptedOrders,
  insolventCustomer,
  unsignedPurchaseOrder,
  quotedOrderWithAnomalies,
  customerWithIncidentsHold: () => customerWithIncidents("hold"),
  customerWithIncidentsDeposit: () => customerWithIncidents("deposit"),
  madeToOrderWithDeposit,
};
