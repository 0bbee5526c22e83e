/**
 * Stage 3's diagnoses (issue 15, docs/decisions/0131): the usual mistakes in a cascade typed by
 * the learner — reductions added, escompte before the reductions, the HT given for the TTC — and
 * in a due date counted from the wrong day. Each returns the one sentence the feedback shows
 * first, or undefined: the generic explanation then stands alone.
 */
import { addDays, endOfMonth, type IsoDate } from "../dates";
import { addedReductionsSlip, cashDiscountBeforeReductions, cashDiscountOnGrossCents, firstDiagnosis, isExclTaxForInclTax } from "../diagnosis";
import type { InvoiceComputation, InvoiceInput } from "../invoice";
import { dueDate, formatDayCount, type PaymentTerms } from "../paymentTerms";
import type { CascadeFigures } from "./key";

/**
 * The input an invoice's cascade was computed from, as far as its figures tell it: one line per
 * VAT rate carrying that rate's gross (the cascade runs on these sums, docs/decisions/0079), the
 * reductions in their order, the escompte, the port and the deposit. Undefined without the rate
 * breakdown (a computation not made by computeInvoice).
 */
export function cascadeInputOf(totals: InvoiceComputation): InvoiceInput | undefined {
  if (totals.byRate === undefined) return undefined;
  const rates = (kind: string) => (totals.reductions ?? []).filter((r) => r.kind === kind).map((r) => r.percent);
  return {
    lines: totals.byRate.map((share) => ({ description: `TVA ${share.rate}`, quantity: 1, unitPriceCents: share.grossCents, vatRate: share.rate })),
    tradeDiscounts: rates("tradeDiscount"),
    allowances: rates("allowance"),
    rebates: rates("rebate"),
    ...(totals.cashDiscount !== undefined ? { cashDiscount: totals.cashDiscount } : {}),
    shippingCents: totals.shippingCents,
    depositCents: totals.depositCents,
  };
}

/** The reductions added: the net commercial, or the TTC it leads to, is the one the summed rate gives. */
function addedReductions(input: InvoiceInput, totals: InvoiceComputation, typed: CascadeFigures): string | undefined {
  const slip = addedReductionsSlip(input, "learner");
  if (slip === undefined) return undefined;
  const { computation } = slip;
  const netMatches = typed.netCommercialCents === computation.netCommercialCents && computation.netCommercialCents !== totals.netCommercialCents;
  const totalMatches = typed.totalInclTaxCents === computation.totalInclTaxCents && computation.totalInclTaxCents !== totals.totalInclTaxCents;
  return netMatches || totalMatches ? slip.diagnosis : undefined;
}

/** The escompte taken on the gross: the total HT is the net commercial less that escompte, plus the port. */
function cashDiscountFirst(input: InvoiceInput, totals: InvoiceComputation, typed: CascadeFigures): string | undefined {
  const onGross = cashDiscountOnGrossCents(input, totals);
  if (onGross === undefined) return undefined;
  return typed.totalExclTaxCents === totals.netCommercialCents - onGross + totals.shippingCents ? cashDiscountBeforeReductions(input, "learner") : undefined;
}

/** What the feedback says of a cascade whose TTC is its HT. */
export const EXCL_TAX_AS_TOTAL = "Vous avez reporté le total HT comme total TTC\u00a0: ajoutez la TVA.";

/**
 * The cascade's diagnosis, in the cascade's order: the reductions, then the escompte, then the
 * VAT. A mistake high in the cascade carries into every figure below it, so it is the one named.
 */
export function diagnoseCascade(totals: InvoiceComputation, typed: CascadeFigures): string | undefined {
  const input = cascadeInputOf(totals);
  return firstDiagnosis([
    input === undefined ? undefined : addedReductions(input, totals, typed),
    input === undefined ? undefined : cashDiscountFirst(input, totals, typed),
    isExclTaxForInclTax(typed.totalInclTaxCents, totals.totalExclTaxCents, totals.totalInclTaxCents) ? EXCL_TAX_AS_TOTAL : undefined,
  ]);
}

// ───────────────────────────── Due dates ─────────────────────────────

/** A due date typed against the invoice's terms, with the other dates a learner may count from. */
export interface DueDateGiven {
  invoiceDate: IsoDate;
  terms: PaymentTerms;
  typed: IsoDate;
  orderDate?: IsoDate;
  deliveryDate?: IsoDate;
}

/** The wrong counts of « N jours fin de mois »: the month's end forgotten, or the other count than the terms'. */
function endOfMonthSlip(invoiceDate: IsoDate, terms: Extract<PaymentTerms, { kind: "daysEndOfMonth" }>, typed: IsoDate, expected: IsoDate): string | undefined {
  const days = formatDayCount(terms.days);
  if (typed === addDays(invoiceDate, terms.days)) return `Vous avez oublié la fin de mois\u00a0: «\u00a0${days} fin de mois\u00a0» ne s'arrête pas ${days} après la facture.`;
  const other = terms.method === "endOfMonthThenDays" ? endOfMonth(addDays(invoiceDate, terms.days)) : addDays(endOfMonth(invoiceDate), terms.days);
  if (typed !== other || other === expected) return undefined;
  return terms.method === "endOfMonthThenDays"
    ? `Vous avez compté les ${days} avant d'aller en fin de mois\u00a0: les conditions de l'entreprise partent de la fin du mois de la facture, puis ajoutent ${days}.`
    : `Vous avez pris la fin de mois avant de compter les ${days}\u00a0: les conditions de l'entreprise ajoutent ${days} à la date de facture, puis vont en fin de ce mois.`;
}

/**
 * A due date counted from the wrong day: from the order or the delivery instead of the invoice,
 * « fin de mois » forgotten or counted the other way, 30 days taken for 45 (or the reverse).
 * Undefined for the right date and for any date no such slip gives.
 */
export function diagnoseDueDate({ invoiceDate, terms, typed, orderDate, deliveryDate }: DueDateGiven): string | undefined {
  const expected = dueDate(invoiceDate, terms);
  if (typed === expected) return undefined;
  const from = (date: IsoDate | undefined) => date !== undefined && date !== invoiceDate && dueDate(date, terms) === typed;
  if (from(orderDate)) return "Vous avez compté le délai à partir de la date de commande\u00a0: il court à partir de la date de facture.";
  if (from(deliveryDate)) return "Vous avez compté le délai à partir de la date de livraison\u00a0: il court à partir de la date de facture.";
  if (terms.kind === "onReceipt") return undefined;
  const swapped = terms.days === 30 ? 45 : terms.days === 45 ? 30 : undefined;
  if (swapped !== undefined && dueDate(invoiceDate, { ...terms, days: swapped }) === typed) {
    return `Vous avez compté ${formatDayCount(swapped)} au lieu de ${formatDayCount(terms.days)}\u00a0: relisez les conditions de paiement du client.`;
  }
  return terms.kind === "daysEndOfMonth" ? endOfMonthSlip(invoiceDate, terms, typed, expected) : undefined;
}
