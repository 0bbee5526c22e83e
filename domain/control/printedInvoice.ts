/**
 * The scenario's printed invoice as an InvoiceDocument (amounts already in cents), and what the
 * scenario says the context knows, in the checker's terms (docs/decisions/0060).
 */
import type { CompanySize, InvoiceDocument, OperationNature, PrintedLine } from "../documents";
import { lineNatures, operationNatureOf } from "../operationNature";
import type { InvoiceToControl, Scenario } from "../scenarioTypes";
import type { InvoiceCheckExpectations } from "./vocabulary";


/** Facts about the seller that are not printed but that the checker needs (reform calendar, VAT on debits). */
export interface ControlCompanyFacts {
  size?: CompanySize;
  vatOnDebits?: boolean;
}

type ScenarioExpectations = NonNullable<NonNullable<Scenario["invoiceControl"]>["expected"]>;

function definedEntries<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function printedLine(line: InvoiceToControl["lines"][number]): PrintedLine {
  return definedEntries({
    reference: line.reference,
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPrice,
    vatRate: line.vatRate,
    lineTotalCents: line.lineTotal,
  });
}

/**
 * The invoice as the scenario prints it (amounts already in cents), with the document's field
 * names. The seller's size and VAT-on-debits option are not printed mentions: when the printed
 * seller omits them they come from the company of the scenario (docs/decisions/0060).
 */
export function toPrintedInvoice(invoice: InvoiceToControl, company: ControlCompanyFacts = {}): InvoiceDocument {
  const { shareCapital, size, vatOnDebits, ...seller } = invoice.seller;
  const t = invoice.totals;
  const sellerSize = size ?? company.size;
  const sellerVatOnDebits = vatOnDebits ?? company.vatOnDebits;
  return {
    kind: invoice.kind,
    ...definedEntries({ number: invoice.number, issueDate: invoice.issueDate }),
    seller: {
      ...definedEntries(seller),
      ...(shareCapital !== undefined ? { shareCapitalCents: shareCapital } : {}),
      ...(sellerSize !== undefined ? { size: sellerSize } : {}),
      ...(sellerVatOnDebits !== undefined ? { vatOnDebits: sellerVatOnDebits } : {}),
    },
    buyer: definedEntries(invoice.buyer),
    ...definedEntries({
      deliveryAddress: invoice.deliveryAddress,
      purchaseOrderNumber: invoice.purchaseOrderNumber,
      saleDate: invoice.saleDate,
    }),
    lines: invoice.lines.map(printedLine),
    reductions: definedEntries(invoice.reductions),
    ...definedEntries({ shippingCents: invoice.shipping, depositCents: invoice.deposit }),
    totals: definedEntries({
      grossCents: t.gross,
      netCommercialCents: t.netCommercial,
      cashDiscountCents: t.cashDiscount,
      netFinancialCents: t.netFinancial,
      shippingCents: t.shipping,
      totalExclTaxCents: t.totalExclTax,
      vat: t.vat?.map((line) => ({ rate: line.rate, baseCents: line.base, amountCents: line.amount })),
      totalVatCents: t.totalVat,
      totalInclTaxCents: t.totalInclTax,
      depositCents: t.deposit,
      amountDueCents: t.amountDue,
    }),
    ...definedEntries({
      dueDate: invoice.dueDate,
      paymentTermsText: invoice.paymentTermsText,
      cashDiscountCondition: invoice.cashDiscountCondition,
      latePenaltyRate: invoice.latePenaltyRate,
      recoveryIndemnityCents: invoice.recoveryIndemnity,
      operationNature: invoice.operationNature,
      vatOnDebitsMention: invoice.vatOnDebitsMention,
    }),
    ...(invoice.originalInvoice !== undefined ? { originalInvoice: definedEntries(invoice.originalInvoice) } : {}),
  };
}

/** What the printed lines sell, by their references in the scenario's catalogue (goods when not a known service). */
export function printedOperationNature(invoice: InvoiceToControl, products: Scenario["products"]): OperationNature | undefined {
  return operationNatureOf(lineNatures(invoice.lines, products));
}

/**
 * What the scenario says the context knows, in the checker's terms: the agreed reductions of every
 * kind (remise, rabais, ristourne, escompte) grouped, so that a printed rabais agreed is not inexact;
 * and what the lines sell, for the nature of the operation.
 */
export function toCheckExpectations(expected: ScenarioExpectations | undefined, operationNature?: OperationNature): InvoiceCheckExpectations | undefined {
  if (expected === undefined) return operationNature === undefined ? undefined : { operationNature };
  const reductions = definedEntries({ tradeDiscounts: expected.tradeDiscounts, allowances: expected.allowances, rebates: expected.rebates, cashDiscount: expected.cashDiscount });
  return {
    ...definedEntries({
      purchaseOrderNumber: expected.purchaseOrderNumber,
      saleDate: expected.saleDate,
      deliveryAddressDiffers: expected.deliveryAddressDiffers,
      previousNumbers: expected.previousNumbers,
      operationNature,
      buyerProfessional: expected.buyerProfessional,
    }),
    ...(Object.keys(reductions).length > 0 ? { reductions } : {}),
  };
}
