/**
 * The answer key of stage 1, assembled from each check's derivation (never written by hand), and
 * the customer's order as the PGI records it once accepted.
 * Interpretations: docs/decisions/0041 to 0049.
 */
import type { IsoDate } from "../dates";
import type { DocumentLine, DocumentReductions, PostalAddress } from "../documents";
import { createDocument, type Ledger, type LedgerResult, type SalesDocument } from "../ledger";
import type { Cents } from "../money";
import { deriveAccount, type AccountKey } from "./account";
import { deriveConditions, type ConditionsKey } from "./conditions";
import { deriveCredit, type CreditKey } from "./credit";
import { deriveDecision, isAccepted, type DecisionKey } from "./decision";
import { deriveDeposit, type DepositKey } from "./deposit";
import { deriveElements, type ElementsKey } from "./elements";
import { documentLines, hasDeliveryAddress, orderOf, orderTotals, priceLines } from "./order";
import { deriveSolvency, type SolvencyKey } from "./solvency";
import { deriveStock, type StockKey } from "./stock";
import type { IntakeKeyInput } from "./vocabulary";

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

export interface IntakeKey {
  account: AccountKey;
  solvency: SolvencyKey;
  credit: CreditKey;
  conditions: ConditionsKey;
  elements: ElementsKey;
  stock: StockKey;
  deposit: DepositKey;
  decision: DecisionKey;
  order: OrderToRecord;
}

/**
 * The answer key of stage 1 for a scenario, the PGI as the stage opens it and today's date.
 * Throws DomainError when the scenario cannot be played (no order, unknown customer id, a new
 * customer the order does not describe well enough to open the account).
 */
export function deriveIntakeKey(input: IntakeKeyInput): IntakeKey {
  const { scenario, today } = input;
  const order = orderOf(scenario);
  const policies = scenario.company.policies;
  const derivedAccount = deriveAccount(scenario, input.ledger, order);
  const { ledger, customer } = derivedAccount;
  const priced = priceLines(ledger, order);
  const totals = orderTotals(priced, customer.conditions, order.shipping ?? 0);
  const solvency = deriveSolvency(derivedAccount.solvency, policies);
  const credit = deriveCredit(ledger, customer, order, priced, totals, policies);
  const conditions = deriveConditions(customer, totals);
  const elements = deriveElements(order, customer, priced);
  const stock = deriveStock(ledger, order, priced, today);
  const deposit = deriveDeposit(derivedAccount.key, solvency, credit, priced, scenario);
  const decision = deriveDecision(scenario, solvency, credit, elements, stock, deposit);
  const tradeDiscounts = customer.conditions.tradeDiscounts.filter((r) => r !== 0);
  const deliveryAddress = hasDeliveryAddress(order, customer);
  return {
    account: derivedAccount.key,
    solvency,
    credit,
    conditions,
    elements,
    stock,
    deposit,
    decision,
    order: {
      date: order.orderDate,
      lines: documentLines(priced),
      reductions: tradeDiscounts.length > 0 ? { tradeDiscounts } : {},
      shippingCents: order.shipping ?? 0,
      ...(order.customerOrderNumber !== undefined ? { customerOrderNumber: order.customerOrderNumber } : {}),
      ...(deliveryAddress !== undefined ? { deliveryAddress } : {}),
      deliveryDate: stock.completeBy,
    },
  };
}

/** Accepted (with or without conditions): the customer's order is recorded in the PGI as a draft purchase order (0047). */
export function recordIntakeOrder(ledger: Ledger, key: IntakeKey, customerId: string): LedgerResult<{ document: SalesDocument }> {
  return createDocument(ledger, { kind: "purchaseOrder", customerId, ...key.order });
}

/** Why the scenario stops after intake when the order is not accepted, in French. */
export function haltMessage(key: IntakeKey): string | undefined {
  const decision = key.decision.expected.decision;
  if (isAccepted(decision)) return undefined;
  return `Commande ${decision === "hold" ? "mise en attente" : "refusée"} : ${key.decision.reason}. Aucune commande n'est enregistrée dans le PGI ; le scénario s'arrête à cette étape.`;
}
