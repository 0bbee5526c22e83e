/**
 * The words of stage 4 that every mention shares (docs/decisions/0099): the lists, what the context
 * knows, the shape of a mention's record and of the issues its check finds.
 */
import type { IsoDate } from "../dates";
import type { DocumentReductions, InvoiceDocument, OperationNature } from "../documents";
import type { AdministrativeFineArticle } from "../fines";
import type { HalfYearRates } from "../rates";

export type MentionList = "course" | "legal";

/** What the context (order, delivery note, customer conditions) knows and the invoice must show. */
export interface InvoiceCheckExpectations {
  /** The buyer's purchase-order number: the invoice must quote it. */
  purchaseOrderNumber?: string;
  /** Date of sale or delivery: printed when it differs from the issue date. */
  saleDate?: IsoDate;
  /** The goods were delivered elsewhere than the billing address (reform mention 16). */
  deliveryAddressDiffers?: boolean;
  /** The reductions agreed (customer conditions, order): each must be printed (docs/decisions/0032). */
  reductions?: DocumentReductions;
  /** What the lines sell (goods, services, both), derived from their products: a printed nature must say the same (docs/decisions/0088). */
  operationNature?: OperationNature;
  /** The numbers the seller issued before this one (any series, oldest first): the number must be new and the next of its series (docs/decisions/0086). */
  previousNumbers?: readonly string[];
  /** False when the buyer is a consumer: no L441-10 penalty rate nor 40 € indemnity to print (docs/decisions/0082). */
  buyerProfessional?: boolean;
}

export interface InvoiceCheckOptions {
  list: MentionList;
  /** The simulated date of the control: an issue date after it is wrong; dates the invoice when its issue date is unreadable. */
  today?: IsoDate;
  expected?: InvoiceCheckExpectations;
  /** The rates the scenario states for half-years the engine's table does not know (rates.ts). */
  statedRates?: readonly HalfYearRates[];
}

/** What a mention's applicability may depend on. */
export interface MentionContext {
  list: MentionList;
  today?: IsoDate;
  expected: InvoiceCheckExpectations;
  /** Reform mentions (buyer SIREN, delivery address, nature of the operation, VAT on debits) are due. */
  reformApplies: boolean;
  /** The invoice's date (else the control's): the half-year whose legal interest rate sets the floor. */
  referenceDate?: IsoDate;
  statedRates?: readonly HalfYearRates[];
}

/** Where a target sits on the invoice: the UI groups targets by area, hints name the area. */
export type ControlArea = "header" | "seller" | "buyer" | "order" | "lines" | "reductions" | "totals" | "payment" | "reform" | "creditNote";

/**
 * An issue is a finding before the catalogue gives it its code and reference; `reason` becomes
 * the last part of the code ("missing", "format", "key"...).
 */
export interface MentionIssue {
  reason: string;
  field: string;
  message: string;
  expected?: string;
  found?: string;
  /** When this issue rests on another text than the mention's (the 60-day maximum: L441-10). */
  reference?: string;
}

export type MentionCheck = (doc: InvoiceDocument, ctx: MentionContext) => MentionIssue[];

/** When a mention is due, and the reason given to a learner who marks it where it is not. */
export interface MentionCondition {
  when(doc: InvoiceDocument, ctx: MentionContext): boolean;
  /**
   * "ce n'est pas un avoir": completes « cette mention n'est pas exigée sur cette facture (…) »;
   * a function where the reason depends on which part of `when` failed.
   */
  otherwise: string | ((doc: InvoiceDocument, ctx: MentionContext) => string);
}

/**
 * One mention of the catalogue, with everything about it in one place: its lists, label, legal
 * source, where it sits on the invoice, when it is due, the fines it exposes the seller to, and
 * the check that finds it missing or wrong on the printed invoice.
 */
export interface MentionDefinition<Code extends string = string> {
  code: Code;
  /** French label for the checklist shown to the learner. */
  label: string;
  lists: readonly MentionList[];
  /** Its place in the course's list of seven, for a mention of that list. */
  courseRank?: number;
  reference: string;
  /** The item number in the legal list of domain.md (1–18), when the mention belongs to it. */
  legalItem?: number;
  area: ControlArea;
  /** Absent: due on every document. */
  applies?: MentionCondition;
  /** The administrative fines a finding on it exposes the seller to (C. com. L441-9, L441-16, docs/decisions/0088). */
  fines?: readonly AdministrativeFineArticle[];
  /** Other fines for some reasons of a finding (a due date beyond the legal maximum: L441-16 only). */
  finesByReason?: Readonly<Record<string, readonly AdministrativeFineArticle[]>>;
  check: MentionCheck;
}

/** Keeps the mention's literal code, so that the catalogue gives the `MentionCode` union. */
export function defineMention<Code extends string>(definition: MentionDefinition<Code>): MentionDefinition<Code> {
  return definition;
}
