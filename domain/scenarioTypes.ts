/**
 * The scenario as the engine and the screens use it, without its schema: types inferred from
 * scenario.ts (type-only imports, erased at build) and the constants learner pages need. A page
 * that plays a scenario imports this, never the schema, so zod's full build stays where an
 * untrusted file is read (docs/decisions/0101).
 */
import type { z } from "zod";
import type { scenarioSchema } from "./scenario";

/** How a scenario names the invoice issued at the invoicing stage. */
export const STAGE_INVOICE_REF = "@stage";

/** A scenario as the engine uses it: amounts in cents, defaults filled. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioFile = z.input<typeof scenarioSchema>;
export type ScenarioCustomer = Scenario["customers"][number];
export type ScenarioProduct = Scenario["products"][number];
export type IncomingOrder = NonNullable<Scenario["order"]>;
export type ScenarioPolicies = Scenario["company"]["policies"];
export type WorldEvent = Scenario["events"][number];
export type FollowUp = NonNullable<Scenario["followUp"]>;
export type InvoiceToControl = NonNullable<Scenario["invoiceControl"]>["invoice"];
export type InvoicingIncident = NonNullable<Scenario["invoicingIncident"]>;
export type Restock = NonNullable<IncomingOrder["restockOn"]>[number];

/** The diplomas a scenario is written for, as the library names them. */
export const LEVEL_LABELS: Readonly<Record<Scenario["level"], string>> = { bacpro: "Bac Pro", bts: "BTS" };

/** The course's three levels of practice, the same words for scenarios and quiz questions (1 to 3). */
export const DIFFICULTY_LABELS: Readonly<Record<Scenario["difficulty"], string>> = { 1: "découverte", 2: "entraînement", 3: "maîtrise" };
