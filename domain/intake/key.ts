/**
 * The answer key of stage 1, assembled from each check's derivation (never written by hand), and
 * the customer's order as the PGI records it once accepted.
 * Interpretations: docs/decisions/0041 to 0049.
 */
import type { IsoDate } from "../dates";
import type { DocumentLine, DocumentReductions, PostalAddress } from "../documents";
import { createDocument, type Ledger, type LedgerResult, type SalesDocument } from "../ledger";
import type { Cents } from "../money";
import { deriveAccount } from "./account";
import { isAccepted } from "./decision";
import { documentLines, hasDeliveryAddress, orderOf, orderTotals, priceLines } from "./order";
import { INTAKE_STEP_RECORDS, type IntakeKeyParts } from "./steps";
import type { IntakeFacts, IntakeKeyInput } from "./vocabulary";

/** The customer's order as the PGI records it once accepted (a purchase order draft). */
export interface OrderToRecord {
  date: IsoDate;
  lines: DocumentLine[];
  reductions: DocumentReductions;
  shippingCents: Cents;
  customerOrderNumber?: string;
  deliveryAddress?: PostalAddress;
  deliveryDate: IsoDate;
}

/** Each step's part, in the course's order, then the order the PGI records once accepted. */
export interface IntakeKey extends IntakeKeyParts {
  order: OrderToRecord;
}

/** Check 1 finds or opens the account: the PGI, the customer and the prices every other part reads. */
function intakeFacts(input: IntakeKeyInput): IntakeFacts {
  const { scenario, today } = input;
  const order = orderOf(scenario);
  const account = deriveAccount(scenario, input.ledger, order);
  const priced = priceLines(account.ledger, order);
  const totals = orderTotals(priced, account.customer.conditions, order.shipping ?? 0);
  return { scenario, policies: scenario.company.policies, today, order, account, priced, totals };
}

/** The customer's order with its prices, the customer's remises, port and delivery: recorded when accepted (0047). */
function orderToRecord(facts: IntakeFacts, deliveryDate: IsoDate): OrderToRecord {
  const { order, account, priced } = facts;
  const tradeDiscounts = account.customer.conditions.tradeDiscounts.filter((r) => r !== 0);
  const deliveryAddress = hasDeliveryAddress(order, account.customer);
  return {
    date: order.orderDate,
    lines: documentLines(priced),
    reductions: tradeDiscounts.length > 0 ? { tradeDiscounts } : {},
    shippingCents: order.shipping ?? 0,
    ...(order.customerOrderNumber !== undefined ? { customerOrderNumber: order.customerOrderNumber } : {}),
    ...(deliveryAddress !== undefined ? { deliveryAddress } : {}),
    deliveryDate,
  };
}

/**
 * The answer key of stage 1 for a scenario, the PGI as the stage opens it and today's date: each
 * step derives its part, in the course's order, from the facts and the parts before it.
 * Throws DomainError when the scenario cannot be played (no order, unknown customer id, a new
 * customer the order does not describe well enough to open the account).
 */
export function deriveIntakeKey(input: IntakeKeyInput): IntakeKey {
  const facts = intakeFacts(input);
  const parts: Partial<Record<keyof IntakeKeyParts, unknown>> = {};
  // Each record reads only the parts before its own, already derived: the list is in the course's order.
  for (const record of INTAKE_STEP_RECORDS) parts[record.step] = record.derive(facts, parts as never);
  const key = parts as IntakeKeyParts;
  return { ...key, order: orderToRecord(facts, key.stock.completeBy) };
}

/** Accepted (with or without conditions): the customer's order is recorded in the PGI as a draft purchase order (0047). */
export function recordIntakeOrder(ledger: Ledger, key: IntakeKey, customerId: string): LedgerResult<{ document: SalesDocument }> {
  return createDocument(ledger, { kind: "purchaseOrder", customerId, ...key.order });
}

/** Why the scenario stops after intake when the order is not accepted, in French. */
export function haltMessage(key: IntakeKey): string | undefined {
  const decision = key.decision.expected.decision;
  if (isAccepted(decision)) return undefined;
  return `Commande ${decision === "hold" ? "mise en attente" : "refusée"}\u00a0: ${key.decision.reason}. Aucune commande n'est enregistrée dans le PGI\u00a0; le scénario s'arrête à cette étape.`;
}
