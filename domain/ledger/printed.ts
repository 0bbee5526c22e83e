// ───────────────────────────── The invoice as printed ─────────────────────────────

import type {
  Customer,
  DocumentLine,
  InvoiceDocument,
  OperationNature,
  PostalAddress,
  PrintedLine,
  PrintedTotals,
  SellerIdentity,
} from "../documents";
import type { IsoDate } from "../dates";
import type { InvoiceComputation } from "../invoice";
import { cashDiscountMention } from "../cashDiscount";
import { DomainError } from "../money";
import {
  describePaymentTerms,
  dueDate,
  RECOVERY_INDEMNITY_CENTS,
  type PaymentTerms,
} from "../paymentTerms";
import { lineNatures, operationNatureOf } from "../operationNature";
import { defaultLatePenaltyRateOn, type HalfYearRates } from "../rates";
import type { Ledger, SalesDocument } from "./types";
import { describeDocument, getDocument } from "./chain";
import { findCustomerById } from "./customers";
import { capitalize, normalizeName } from "../text";
import { totalsOf } from "./totals";
import { depositsDeductedBy } from "./deposits";

export interface PrintOptions {
  /** Annual late-penalty rate in % agreed by the company (default: ECB + 10 points of the invoice's half-year). */
  latePenaltyRate?: number;
  /** The rates the scenario states for half-years the engine's table does not know (rates.ts). */
  statedRates?: readonly HalfYearRates[];
}

/**
 * The rate printed on an invoice: the company's, else ECB + 10 points of the half-year of the
 * invoice's date, the rate the customer reads and the one the follow-up applies (docs/decisions/0081).
 */
export function printedLatePenaltyRate(invoiceDate: IsoDate, options: Pick<PrintOptions, "latePenaltyRate" | "statedRates">): number {
  return options.latePenaltyRate ?? defaultLatePenaltyRateOn(invoiceDate, options.statedRates);
}

function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const norm = (x: PostalAddress) => [x.street, x.complement ?? "", x.postalCode, x.city, x.country ?? ""].map(normalizeName).join("|");
  return norm(a) === norm(b);
}

/** The escompte mention from the terms and the dates (docs/decisions/0090): never beside a due date it contradicts. */
function cashDiscountCondition(doc: SalesDocument, buyer: Customer, due: IsoDate): string {
  return cashDiscountMention({
    depositInvoice: doc.kind === "depositInvoice",
    issueDate: doc.date,
    dueDate: due,
    granted: doc.reductions.cashDiscount,
    offered: buyer.conditions.cashDiscount,
    offeredDays: buyer.conditions.cashDiscountDays,
  }).text;
}

function definedNature(nature: OperationNature | undefined): { operationNature?: OperationNature } {
  return nature === undefined ? {} : { operationNature: nature };
}

/** The computed figures as an invoice prints them (also used by the other documents of the chain). */
export function printedTotals(totals: InvoiceComputation): PrintedTotals {
  return {
    grossCents: totals.grossCents,
    netCommercialCents: totals.netCommercialCents,
    cashDiscountCents: totals.cashDiscountCents,
    netFinancialCents: totals.netFinancialCents,
    shippingCents: totals.shippingCents,
    totalExclTaxCents: totals.totalExclTaxCents,
    vat: totals.vat.map((v) => ({ rate: v.rate, baseCents: v.baseCents, amountCents: v.amountCents })),
    totalVatCents: totals.totalVatCents,
    totalInclTaxCents: totals.totalInclTaxCents,
    depositCents: totals.depositCents,
    amountDueCents: totals.amountDueCents,
  };
}

/** A document line as printed, with its total HT. */
export function printedLine(line: DocumentLine): PrintedLine {
  return {
    ...(line.reference !== undefined ? { reference: line.reference } : {}),
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRate: line.vatRate,
    lineTotalCents: line.quantity * line.unitPriceCents,
  };
}

/**
 * An invoice, deposit invoice or credit note as the PGI prints it, every mention filled from the
 * ledger: totals from computeInvoice, the buyer as frozen at validation, the due date, payment
 * terms, escompte condition, penalties and indemnity, the original invoice of a credit note.
 */
export function toInvoiceDocument(ledger: Ledger, invoiceId: string, seller: SellerIdentity, options: PrintOptions = {}): InvoiceDocument {
  const doc = getDocument(ledger, invoiceId);
  if (doc.kind !== "invoice" && doc.kind !== "depositInvoice" && doc.kind !== "creditNote") {
    throw new DomainError("document.notAnInvoice", `${capitalize(describeDocument(doc))} n'est pas une facture\u00a0: il ne s'imprime pas comme une facture.`, "id");
  }
  const buyer = doc.buyer ?? findCustomerById(ledger, doc.customerId);
  if (!buyer) throw new DomainError("customer.notFound", `Client «\u00a0${doc.customerId}\u00a0» introuvable.`, "customerId");
  const totals = totalsOf(doc);
  const delivery = doc.deliveryAddress ?? buyer.deliveryAddress;
  const billsLikeInvoice = doc.kind !== "creditNote";
  const terms: PaymentTerms = doc.kind === "depositInvoice" ? { kind: "onReceipt" } : buyer.paymentTerms;
  const due = doc.dueDate ?? (billsLikeInvoice ? (doc.kind === "invoice" ? dueDate(doc.date, terms) : doc.date) : undefined);
  return {
    kind: doc.kind,
    ...(doc.number !== undefined ? { number: doc.number } : {}),
    issueDate: doc.date,
    seller: { ...seller },
    buyer: {
      name: buyer.name,
      address: buyer.billingAddress,
      ...(buyer.siren !== undefined ? { siren: buyer.siren } : {}),
      ...(buyer.vatNumber !== undefined ? { vatNumber: buyer.vatNumber } : {}),
    },
    ...(delivery !== undefined && !sameAddress(delivery, buyer.billingAddress) ? { deliveryAddress: delivery } : {}),
    ...(doc.customerOrderNumber !== undefined ? { purchaseOrderNumber: doc.customerOrderNumber } : {}),
    ...(doc.deliveryDate !== undefined && doc.deliveryDate !== doc.date ? { saleDate: doc.deliveryDate } : {}),
    lines: doc.lines.map(printedLine),
    reductions: doc.reductions,
    ...(doc.shippingCents > 0 ? { shippingCents: doc.shippingCents } : {}),
    ...(doc.depositCents > 0 ? { depositCents: doc.depositCents, deposits: depositsDeductedBy(ledger, doc) } : {}),
    totals: printedTotals(totals),
    ...(due !== undefined ? { dueDate: due } : {}),
    ...(billsLikeInvoice
      ? {
          paymentTermsText: describePaymentTerms(terms),
          cashDiscountCondition: cashDiscountCondition(doc, buyer, due ?? doc.date),
          // L441-10 penalties and the 40 € indemnity are owed by professionals only: a consumer's
          // invoice prints neither (docs/decisions/0082).
          ...(buyer.professional ? { latePenaltyRate: printedLatePenaltyRate(doc.date, options), recoveryIndemnityCents: RECOVERY_INDEMNITY_CENTS } : {}),
        }
      : {}),
    // Derived from what the lines sell, never assumed (docs/decisions/0088).
    ...definedNature(operationNatureOf(lineNatures(doc.lines, ledger.products))),
    vatOnDebitsMention: seller.vatOnDebits === true,
    ...(doc.creditedInvoice !== undefined ? { originalInvoice: { number: doc.creditedInvoice.number, date: doc.creditedInvoice.date } } : {}),
  };
}
