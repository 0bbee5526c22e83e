/**
 * The data of the PGI: parties, products and the documents of the sales chain. Plain JSON
 * (ids, cents, ISO dates) so that ledgers persist in the browser and travel in machine contexts.
 */
import type { IsoDate } from "./dates";
import type { Cents } from "./money";
import type { PaymentTerms } from "./paymentTerms";

export interface PostalAddress {
  street: string;
  complement?: string;
  postalCode: string;
  city: string;
  /** Omitted for France. */
  country?: string;
}

/** Company size drives the e-invoicing reform calendar (large and mid-size first, then SMEs). */
export type CompanySize = "large" | "midSize" | "small" | "micro";

/** The selling company, with every identity mention an invoice needs. */
export interface SellerIdentity {
  name: string;
  legalForm: string; // "SAS", "SARL"...
  shareCapitalCents: Cents;
  siren: string; // 9 digits
  siret?: string; // 14 digits
  rcsCity: string; // "Lyon" → "RCS Lyon 123 456 789"
  vatNumber: string; // "FR" + 2-digit key + SIREN
  address: PostalAddress;
  email?: string;
  phone?: string;
  iban?: string;
  size: CompanySize;
  /** The seller opted to pay VAT on debits (mention required by the reform when chosen). */
  vatOnDebits?: boolean;
}

/** Commercial conditions negotiated with a customer (applied at order intake, stage 1 check 4). */
export interface CustomerConditions {
  /** Remises in %, applied successively. */
  tradeDiscounts: number[];
  /** Escompte in % offered for early payment (printed as a condition unless granted). */
  cashDiscount?: number;
  /** Days within which the escompte applies ("2 % si paiement sous 10 jours"). */
  cashDiscountDays?: number;
}

export interface Customer {
  /** Customer account code in the PGI, e.g. "C0012". */
  id: string;
  name: string;
  legalForm?: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  billingAddress: PostalAddress;
  deliveryAddress?: PostalAddress;
  contact?: { name: string; email?: string; phone?: string };
  paymentTerms: PaymentTerms;
  creditLimitCents: Cents;
  conditions: CustomerConditions;
  /** Professional debtors owe the 40 € recovery indemnity; consumers do not. */
  professional: boolean;
  /** A trader (commerçant) goes to a commercial court for an injonction de payer; unset: read from the legal form (domain/courts.ts). */
  trader?: boolean;
  /** The court whose area covers the registered office, as the scenario names it ("Tribunal de commerce d'Angers"). */
  competentCourt?: string;
}

export type VatRate = 20 | 10 | 5.5 | 2.1;
export const VAT_RATES: readonly VatRate[] = [20, 10, 5.5, 2.1];

/** What a product is, for the nature of the operation an invoice prints (goods unless said otherwise). */
export type ProductNature = "goods" | "service";

export interface Product {
  reference: string;
  description: string;
  unitPriceCents: Cents;
  vatRate: VatRate;
  /** Absent: goods. */
  nature?: ProductNature;
  stock: number;
  /** Manufacturing or supply lead time when out of stock, in days. */
  leadTimeDays: number;
}

export interface DocumentLine {
  reference?: string;
  description: string;
  quantity: number;
  unitPriceCents: Cents;
  vatRate: number;
}

/** Reductions granted on a document, in %, each group applied successively. */
export interface DocumentReductions {
  tradeDiscounts?: number[];
  allowances?: number[];
  rebates?: number[];
  /** Escompte granted and deducted (payment in cash). */
  cashDiscount?: number;
}

export type SalesDocumentKind =
  | "quote"
  | "purchaseOrder"
  | "orderAcknowledgement"
  | "deliveryNote"
  | "depositInvoice"
  | "invoice"
  | "creditNote";

/** draft: editable; validated: numbered and immutable (invoices, credit notes); cancelled: fully credited. */
export type DocumentStatus = "draft" | "validated" | "cancelled";

export interface PrintedVatLine {
  rate: number;
  baseCents: Cents;
  amountCents: Cents;
}

/** The figures as printed on an invoice: what the learner reads and what the control stage checks. */
export interface PrintedTotals {
  grossCents?: Cents;
  netCommercialCents?: Cents;
  cashDiscountCents?: Cents;
  netFinancialCents?: Cents;
  shippingCents?: Cents;
  totalExclTaxCents?: Cents;
  vat?: PrintedVatLine[];
  totalVatCents?: Cents;
  totalInclTaxCents?: Cents;
  depositCents?: Cents;
  amountDueCents?: Cents;
}

/**
 * A deposit invoice deducted by a final invoice, as printed: its reference and the HT and VAT it
 * takes off, per rate, so that the VAT still due shows (docs/decisions/0089).
 */
export interface PrintedDeposit {
  number?: string;
  date?: IsoDate;
  /** Per rate, highest first: `baseCents` the HT deducted, `amountCents` the VAT deducted. */
  vat: PrintedVatLine[];
  inclTaxCents: Cents;
}

export interface PrintedLine {
  reference?: string;
  description?: string;
  quantity?: number;
  unitPriceCents?: Cents;
  vatRate?: number;
  /** quantity × unit price as printed. */
  lineTotalCents?: Cents;
}

export type OperationNature = "goods" | "services" | "mixed";

/**
 * An invoice, deposit invoice or credit note as printed. Every mention is optional: a document
 * given to control may lack one, and the mentions checker says which. Documents the PGI issues
 * itself fill every field that applies.
 */
export interface InvoiceDocument {
  kind: "invoice" | "depositInvoice" | "creditNote";
  number?: string;
  issueDate?: IsoDate;
  seller: Partial<SellerIdentity>;
  buyer: {
    name?: string;
    address?: PostalAddress;
    /** Printed when different from the address. */
    billingAddress?: PostalAddress;
    siren?: string;
    vatNumber?: string;
  };
  /** Printed when different from the billing address (reform mention). */
  deliveryAddress?: PostalAddress;
  /** The buyer's purchase-order number, when there is one. */
  purchaseOrderNumber?: string;
  /** Date of sale or delivery, when different from the issue date. */
  saleDate?: IsoDate;
  lines: PrintedLine[];
  reductions: DocumentReductions;
  shippingCents?: Cents;
  depositCents?: Cents;
  /** The deposit invoices deducted, when the invoice cites them; their TTC adds up to `depositCents`. */
  deposits?: PrintedDeposit[];
  totals: PrintedTotals;
  dueDate?: IsoDate;
  /** "30 jours date de facture", "45 jours fin de mois"... */
  paymentTermsText?: string;
  /** "2 % si paiement sous 10 jours" or "Pas d'escompte pour paiement anticipé". */
  cashDiscountCondition?: string;
  /** Annual late-penalty rate in %. */
  latePenaltyRate?: number;
  /** The fixed recovery indemnity printed (4000 = 40 €). */
  recoveryIndemnityCents?: Cents;
  operationNature?: OperationNature;
  /** "Option pour le paiement de la taxe d'après les débits" printed. */
  vatOnDebitsMention?: boolean;
  /** For a credit note: the invoice it cancels or corrects. */
  originalInvoice?: { number?: string; date?: IsoDate };
}
