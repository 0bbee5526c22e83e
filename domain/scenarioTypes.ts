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
