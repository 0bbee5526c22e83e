/**
 * The PGI as a scenario opens it: the company's customers and products, the invoices still open and
 * the orders accepted but not yet invoiced (they make up the outstanding), numbering series that
 * continue after the last number already used.
 */
import { addDays, type IsoDate } from "./dates";
import type { DunningPolicy } from "./followUp/ladder";
import type { Customer, DocumentLine, Product, SellerIdentity } from "./documents";
import { printedLatePenaltyRate, type Ledger, type Payment, type PrintOptions, type SalesDocument } from "./ledger";
import type { NumberingSeries } from "./numbering";
import { parseNumber } from "./numbering";
import { formatPercent } from "./money";
import { DEFAULT_RATE_MARGIN_POINTS, dueDate } from "./paymentTerms";
import { formatHalfYear, ratesOn, type HalfYear, type HalfYearRates } from "./rates";
import type { Scenario, ScenarioCustomer, ScenarioProduct } from "./scenarioTypes";

function toCustomer(customer: ScenarioCustomer): Customer {
  return {
    id: customer.id,
    name: customer.name,
    ...(customer.legalForm ? { legalForm: customer.legalForm } : {}),
    ...(customer.siren ? { siren: customer.siren } : {}),
    ...(customer.siret ? { siret: customer.siret } : {}),
    ...(customer.vatNumber ? { vatNumber: customer.vatNumber } : {}),
    billingAddress: customer.billingAddress,
    ...(customer.deliveryAddress ? { deliveryAddress: customer.deliveryAddress } : {}),
    ...(customer.contact ? { contact: customer.contact } : {}),
    paymentTerms: customer.paymentTerms,
    creditLimitCents: customer.creditLimit,
    conditions: customer.conditions,
    professional: customer.professional,
    ...(customer.trader !== undefined ? { trader: customer.trader } : {}),
    ...(customer.competentCourt !== undefined ? { competentCourt: customer.competentCourt } : {}),
  };
}

function toProduct(product: ScenarioProduct): Product {
  return {
    reference: product.reference,
    description: product.description,
    unitPriceCents: product.unitPrice,
    vatRate: product.vatRate,
    stock: product.stock,
    leadTimeDays: product.leadTimeDays,
    nature: product.nature,
  };
}

function toLines(lines: Scenario["ledger"]["openInvoices"][number]["lines"]): DocumentLine[] {
  return lines.map((line) => ({ description: line.description, quantity: line.quantity, unitPriceCents: line.unitPrice, vatRate: line.vatRate }));
}

/** The internal id of an opening invoice is its number: scenarios and events name it so. */
function openingInvoice(scenario: Scenario, invoice: Scenario["ledger"]["openInvoices"][number]): SalesDocument {
  const customer = scenario.customers.find((c) => c.id === invoice.customerId);
  return {
    id: invoice.number,
    kind: "invoice",
    status: "validated",
    customerId: invoice.customerId,
    date: invoice.issueDate,
    lines: toLines(invoice.lines),
    reductions: {},
    shippingCents: 0,
    depositCents: 0,
    number: invoice.number,
    validatedOn: invoice.issueDate,
    dueDate: invoice.dueDate ?? (customer ? dueDate(invoice.issueDate, customer.paymentTerms) : addDays(invoice.issueDate, 30)),
    ...(customer ? { buyer: toCustomer(customer) } : {}),
  };
}

/** An accepted order: the customer's order and its validated acknowledgement. */
function acceptedOrder(order: Scenario["ledger"]["acceptedOrders"][number]): SalesDocument[] {
  const common = { customerId: order.customerId, date: order.date, lines: toLines(order.lines), reductions: {}, shippingCents: 0, depositCents: 0 };
  return [
    { ...common, id: order.id, kind: "purchaseOrder", status: "validated", validatedOn: order.date },
    { ...common, id: `${order.id}-AR`, kind: "orderAcknowledgement", status: "validated", parentId: order.id, validatedOn: order.date },
  ];
}

/** Continue each invoice series after the highest opening number of the same prefix and year. */
function openingSeries(scenario: Scenario): NumberingSeries[] {
  const last = new Map<string, NumberingSeries>();
  for (const invoice of scenario.ledger.openInvoices) {
    const parsed = parseNumber(invoice.number);
    if (!parsed) continue;
    const current = last.get(parsed.prefix);
    if (!current || parsed.year > current.year || (parsed.year === current.year && parsed.sequence > current.lastSequence)) {
      last.set(parsed.prefix, { kind: "invoice", prefix: parsed.prefix, year: parsed.year, lastSequence: parsed.sequence, lastDate: invoice.issueDate });
    }
  }
  // One series per kind: the invoice series is the one of the latest opening invoice.
  const invoiceSeries = [...last.values()].sort((a, b) => b.year - a.year || b.lastSequence - a.lastSequence)[0];
  return invoiceSeries ? [invoiceSeries] : [];
}

function openingPayments(scenario: Scenario): Payment[] {
  return scenario.ledger.openInvoices
    .filter((invoice) => (invoice.paid ?? 0) > 0)
    .map((invoice, index) => ({
      id: `P-OUV-${index + 1}`,
      invoiceId: invoice.number,
      date: invoice.issueDate,
      amountCents: invoice.paid ?? 0,
      method: "transfer" as const,
      reference: "Règlement antérieur",
    }));
}

export function openingLedger(scenario: Scenario): Ledger {
  return {
    customers: scenario.customers.map(toCustomer),
    products: scenario.products.map(toProduct),
    documents: [...scenario.ledger.openInvoices.map((invoice) => openingInvoice(scenario, invoice)), ...scenario.ledger.acceptedOrders.flatMap(acceptedOrder)],
    payments: openingPayments(scenario),
    series: openingSeries(scenario),
  };
}

/** The scenario's company as `toInvoiceDocument` prints it (the scenario's `shareCapital` is already in cents). */
export function sellerOf(scenario: Scenario): SellerIdentity {
  const { shareCapital, ...identity } = scenario.company.identity;
  return { ...identity, shareCapitalCents: shareCapital };
}

/** The rates the teacher stated for half-years the engine's table does not know (docs/decisions/0081). */
export function statedRatesOf(scenario: Scenario): HalfYearRates[] {
  return (scenario.company.policies.rates ?? []).map((r) => ({
    halfYear: r.halfYear as HalfYear,
    ecbRefinancingRatePercent: r.ecbRefinancingRate,
    legalInterestRatePercent: r.legalInterestRate,
    ...(r.individualsLegalInterestRate !== undefined ? { individualsLegalInterestRatePercent: r.individualsLegalInterestRate } : {}),
    source: r.source,
  }));
}

/** The print options the scenario's policies set: the company's late-penalty rate if any, and the stated rates. */
export function printOptionsOf(scenario: Scenario): PrintOptions {
  const rate = scenario.company.policies.latePenaltyRate;
  const statedRates = statedRatesOf(scenario);
  return { ...(rate !== undefined ? { latePenaltyRate: rate } : {}), ...(statedRates.length > 0 ? { statedRates } : {}) };
}

/** The annual late-penalty rate of an invoice of `invoiceDate`: the company's, else ECB + 10 points of its half-year (what the invoice prints). */
export function latePenaltyRateOf(scenario: Scenario, invoiceDate: IsoDate): number {
  return printedLatePenaltyRate(invoiceDate, printOptionsOf(scenario));
}

/** The late-penalty rate of an invoice with its basis, as the learner reads it before a follow-up decision. */
export interface LatePenaltyRateBasis {
  ratePercent: number;
  /** « taux de la BCE du 1er semestre 2026 (2,15 %) + 10 points, soit 12,15 % par an », or the company's contractual rate. */
  text: string;
}

/** What latePenaltyRateOf returns, and why: the company's rate (its CGV), else the ECB rate of the invoice's half-year + 10 points. */
export function latePenaltyRateBasisOf(scenario: Scenario, invoiceDate: IsoDate): LatePenaltyRateBasis {
  const ratePercent = latePenaltyRateOf(scenario, invoiceDate);
  if (scenario.company.policies.latePenaltyRate !== undefined) {
    return { ratePercent, text: `taux fixé par les conditions générales de vente, soit ${formatPercent(ratePercent)} par an` };
  }
  const rates = ratesOn(invoiceDate, statedRatesOf(scenario));
  return {
    ratePercent,
    text: `taux de la BCE du ${formatHalfYear(rates.halfYear)} (${formatPercent(rates.ecbRefinancingRatePercent)}) + ${DEFAULT_RATE_MARGIN_POINTS} points, soit ${formatPercent(ratePercent)} par an`,
  };
}

/** The company's delays between the rungs of the ladder, as the teacher set them (the defaults fill the rest). */
export function dunningPolicyOf(scenario: Scenario): Partial<DunningPolicy> {
  return scenario.company.policies.dunning ?? {};
}
