/**
 * The documents of the sales chain before the invoice (devis, commande reçue, accusé de réception,
 * bon de livraison) as printed: pure data built from the ledger, the PDF and the screen views
 * draw the same object.
 */
import { addDays, compareDates, type IsoDate } from "./dates";
import type { DocumentLine, DocumentReductions, PostalAddress, PrintedLine, PrintedTotals, SellerIdentity } from "./documents";
import type { InvoiceComputation } from "./invoice";
import { childrenOf, documentTotals, getDocument, orderOf, printedLine, printedTotals, type Ledger, type SalesDocument } from "./ledger";
import { lineKey } from "./ledger/totals";
import { DomainError, type Cents } from "./money";
import { describePaymentTerms } from "./paymentTerms";

export type ChainDocumentKind = "quote" | "purchaseOrder" | "orderAcknowledgement" | "deliveryNote";

/** Prices and the cascade, on the priced documents (quote, order, acknowledgement). */
export interface ChainPricing {
  lines: PrintedLine[];
  reductions: DocumentReductions;
  shippingCents?: Cents;
  totals: PrintedTotals;
}

/** A line of a delivery note: quantities only, never a price. */
export interface DeliveredLine {
  reference?: string;
  description: string;
  ordered: number;
  delivered: number;
  remaining: number;
}

export interface ChainDocument {
  kind: ChainDocumentKind;
  /** The PGI's number (given at validation); absent on a draft. */
  number?: string;
  date: IsoDate;
  seller: SellerIdentity;
  buyer: { name: string; billingAddress: PostalAddress; siren?: string; vatNumber?: string; contact?: string };
  deliveryAddress?: PostalAddress;
  /** The customer's purchase-order number and date. */
  customerOrder?: { number?: string; date: IsoDate };
  /** Our order number (the delivery note's order reference). */
  orderNumber?: string;
  /** Quote: valid until. */
  validUntil?: IsoDate;
  /** Agreed delivery date (order, acknowledgement) or date of delivery (delivery note). */
  deliveryDate?: IsoDate;
  /** Delivery note: the shipping date (its own date). */
  shippingDate?: IsoDate;
  pricing?: ChainPricing;
  deliveredLines?: DeliveredLine[];
  paymentTermsText?: string;
  /** Acknowledgement: the deposit requested, TTC. */
  depositRequestedCents?: Cents;
  /** "Conditions générales de vente en vigueur au 01/01/2026, jointes" … */
  termsOfSaleReference?: string;
}

export interface ChainPrintOptions {
  /** Validity of a quote, in days (default 30). */
  quoteValidityDays?: number;
  /** Deposit requested on the acknowledgement, TTC. */
  depositRequestedCents?: Cents;
  termsOfSaleReference?: string;
}

export const DEFAULT_QUOTE_VALIDITY_DAYS = 30;
export const DEFAULT_TERMS_OF_SALE_REFERENCE = "Nos conditions générales de vente, jointes, s'appliquent à la commande.";

/** Quotes, orders and acknowledgements stop at the total TTC: no deposit line, nothing "to pay" yet. */
function chainTotals(totals: InvoiceComputation): PrintedTotals {
  const { depositCents: _deposit, ...printed } = printedTotals(totals);
  return { ...printed, amountDueCents: totals.totalInclTaxCents };
}

function pricing(ledger: Ledger, doc: SalesDocument): ChainPricing {
  return {
    lines: doc.lines.map(printedLine),
    reductions: doc.reductions,
    ...(doc.shippingCents > 0 ? { shippingCents: doc.shippingCents } : {}),
    totals: chainTotals(documentTotals(ledger, doc.id)),
  };
}


/** Ordered, delivered by this note, and what remains after it and the notes validated before it. */
function deliveredLines(ledger: Ledger, note: SalesDocument, order: SalesDocument): DeliveredLine[] {
  const earlier = childrenOf(ledger, order.id, "deliveryNote").filter(
    (other) => other.id !== note.id && other.status === "validated" && (compareDates(other.date, note.date) < 0 || (other.date === note.date && other.id < note.id)),
  );
  const sum = (lines: readonly DocumentLine[], key: string) => lines.filter((l) => lineKey(l) === key).reduce((total, l) => total + l.quantity, 0);
  const keys = [...new Set([...order.lines, ...note.lines].map(lineKey))];
  return keys.map((key) => {
    const source = order.lines.find((l) => lineKey(l) === key) ?? note.lines.find((l) => lineKey(l) === key);
    const ordered = sum(order.lines, key);
    const delivered = sum(note.lines, key);
    const before = earlier.reduce((total, other) => total + sum(other.lines, key), 0);
    return {
      ...(source?.reference !== undefined ? { reference: source.reference } : {}),
      description: source?.description ?? "",
      ordered,
      delivered,
      remaining: Math.max(0, ordered - before - delivered),
    };
  });
}

/** The quote, order, acknowledgement or delivery note `id` as printed, every mention from the ledger. */
export function toChainDocument(ledger: Ledger, id: string, seller: SellerIdentity, options: ChainPrintOptions = {}): ChainDocument {
  const doc = getDocument(ledger, id);
  if (doc.kind !== "quote" && doc.kind !== "purchaseOrder" && doc.kind !== "orderAcknowledgement" && doc.kind !== "deliveryNote") {
    throw new DomainError("document.notAChainDocument", `Le document ${id} est une facture\u00a0: il s'imprime avec toInvoiceDocument.`, "id");
  }
  const customer = ledger.customers.find((c) => c.id === doc.customerId);
  if (!customer) throw new DomainError("customer.notFound", `Client «\u00a0${doc.customerId}\u00a0» introuvable.`, "customerId");
  const order = orderOf(ledger, doc);
  const acknowledgement = order ? childrenOf(ledger, order.id, "orderAcknowledgement").find((a) => a.status === "validated") : undefined;
  const delivery = doc.deliveryAddress ?? order?.deliveryAddress ?? customer.deliveryAddress;
  const deliveryDate = doc.deliveryDate ?? acknowledgement?.deliveryDate ?? order?.deliveryDate;
  const customerOrderNumber = doc.customerOrderNumber ?? order?.customerOrderNumber;
  const base: ChainDocument = {
    kind: doc.kind,
    ...(doc.number !== undefined ? { number: doc.number } : {}),
    date: doc.date,
    seller,
    buyer: {
      name: customer.name,
      billingAddress: customer.billingAddress,
      ...(customer.siren !== undefined ? { siren: customer.siren } : {}),
      ...(customer.vatNumber !== undefined ? { vatNumber: customer.vatNumber } : {}),
      ...(customer.contact !== undefined ? { contact: customer.contact.name } : {}),
    },
    ...(delivery !== undefined ? { deliveryAddress: delivery } : {}),
    ...(order !== undefined && doc.kind !== "quote" ? { customerOrder: { ...(customerOrderNumber !== undefined ? { number: customerOrderNumber } : {}), date: order.date } } : {}),
    ...(order?.number !== undefined && doc.kind === "deliveryNote" ? { orderNumber: order.number } : {}),
    ...(deliveryDate !== undefined && doc.kind !== "quote" ? { deliveryDate } : {}),
  };
  const terms = describePaymentTerms(customer.paymentTerms);
  switch (doc.kind) {
    case "quote":
      return {
        ...base,
        validUntil: addDays(doc.date, options.quoteValidityDays ?? DEFAULT_QUOTE_VALIDITY_DAYS),
        pricing: pricing(ledger, doc),
        paymentTermsText: terms,
        termsOfSaleReference: options.termsOfSaleReference ?? DEFAULT_TERMS_OF_SALE_REFERENCE,
      };
    case "purchaseOrder":
      return { ...base, pricing: pricing(ledger, doc) };
    case "orderAcknowledgement":
      return {
        ...base,
        pricing: pricing(ledger, doc),
        paymentTermsText: terms,
        termsOfSaleReference: options.termsOfSaleReference ?? DEFAULT_TERMS_OF_SALE_REFERENCE,
        ...(options.depositRequestedCents !== undefined ? { depositRequestedCents: options.depositRequestedCents } : {}),
      };
    case "deliveryNote": {
      if (!order) throw new DomainError("document.noOrder", `Le bon de livraison ${id} n'est rattaché à aucune commande.`, "parentId");
      return { ...base, shippingDate: doc.date, deliveredLines: deliveredLines(ledger, doc, order) };
    }
  }
}
