/**
 * Stage 3's answer key, as the engine derives it from the PGI: the delivery notes still to
 * invoice, the deposit invoice to issue, the next number of a series, an invoice's cascade
 * compared figure by figure with a learner's, the draft as its delivery notes imply it, the credit
 * note an incident calls for. Pure functions over the ledger; judge.ts turns them into feedback.
 * Decisions: docs/decisions/0052 to 0057, 0079, 0080.
 */
import { formatDateFr, type IsoDate } from "../dates";
import type { DocumentLine, DocumentReductions, SalesDocumentKind } from "../documents";
import { cascadeMethodNote, checkCascadeFigure, computeInvoice, type InvoiceComputation, type InvoiceFigures } from "../invoice";
import { childrenOf, createDepositInvoice, creditedAmount, DOCUMENT_KINDS, documentTotals, findDocument, getDocument, type Ledger, type SalesDocument } from "../ledger";
import { DomainError, formatEuros, formatPercent, type Cents } from "../money";
import { formatNumber, nextNumber, seriesFor } from "../numbering";
import type { InvoicingIncident } from "../scenarioTypes";
import { sameNumbers } from "../text";
import { formatDiscounts, lineDifferences, lineName, typedLine, type TypedLine } from "../processing";

// ───────────────────────────── what to invoice ─────────────────────────────

function invoicedNoteIds(invoice: SalesDocument): string[] {
  return invoice.deliveryNoteIds ?? (invoice.parentId !== undefined ? [invoice.parentId] : []);
}

/** The order's validated delivery notes that no invoice (draft or validated, not cancelled) takes yet. */
export function uninvoicedDeliveryNotes(ledger: Ledger, orderId: string): SalesDocument[] {
  const taken = new Set(ledger.documents.filter((d) => d.kind === "invoice" && d.status !== "cancelled").flatMap(invoicedNoteIds));
  return childrenOf(ledger, orderId, "deliveryNote").filter((n) => n.status === "validated" && !taken.has(n.id));
}

/** The deposit still to invoice on the order: required − deposit invoices validated (net of their credit notes). */
export function depositStillToInvoice(ledger: Ledger, orderId: string, requiredCents: Cents | undefined): Cents {
  if (requiredCents === undefined || requiredCents <= 0) return 0;
  const invoiced = childrenOf(ledger, orderId, "depositInvoice")
    .filter((d) => d.status === "validated")
    .reduce((sum, d) => sum + documentTotals(ledger, d.id).totalInclTaxCents - creditedAmount(ledger, d.id), 0);
  return Math.max(0, requiredCents - invoiced);
}

/**
 * The deposit a deposit invoice can carry: the amount itself, or the nearest above that splits
 * exactly into HT + VAT rounded to the cent (docs/decisions/0023, 0052); undefined if none does.
 */
export function issuableDepositAmount(ledger: Ledger, orderId: string, amountCents: Cents, date: IsoDate): Cents | undefined {
  for (let extra = 0; extra <= 10; extra++) {
    if (createDepositInvoice(ledger, orderId, amountCents + extra, date).ok) return amountCents + extra;
  }
  return undefined;
}

/** The number a validation on `date` would take in the kind's series. */
export function nextDocumentNumber(ledger: Ledger, kind: SalesDocumentKind, date: IsoDate): string | undefined {
  const next = nextNumber(seriesFor(ledger.series, kind, date), date);
  return next.ok ? next.number : undefined;
}

/** "FA-2026-00041 du 30/10/2026", or undefined when the series has not started. */
export function lastNumberOfSeries(ledger: Ledger, kind: SalesDocumentKind): string | undefined {
  const series = ledger.series.find((s) => s.kind === kind);
  if (!series || series.lastSequence === 0) return undefined;
  const number = formatNumber(series.prefix, series.year, series.lastSequence);
  return series.lastDate !== undefined ? `${number} du ${formatDateFr(series.lastDate)}` : number;
}

// ───────────────────────────── the cascade ─────────────────────────────

/** The figures a learner computes or checks on an invoice. */
export interface CascadeFigures {
  netCommercialCents: Cents;
  totalExclTaxCents: Cents;
  vat: { rate: number; amountCents: Cents }[];
  totalInclTaxCents: Cents;
  amountDueCents: Cents;
}

export function cascadeFigures(totals: InvoiceComputation): CascadeFigures {
  return {
    netCommercialCents: totals.netCommercialCents,
    totalExclTaxCents: totals.totalExclTaxCents,
    vat: totals.vat.map((v) => ({ rate: v.rate, amountCents: v.amountCents })),
    totalInclTaxCents: totals.totalInclTaxCents,
    amountDueCents: totals.amountDueCents,
  };
}

/** A learner's cascade against the invoice's: what is wrong, and what is right by the per-rate method. */
export interface CascadeJudgement {
  /** "total HT : 2 795,00 € au lieu de 2 795,34 € (calculé sur le total de la facture…)", one per wrong figure. */
  differences: string[];
  /** The figures accepted because they were computed rate by rate (docs/decisions/0079), with the printed one. */
  perRate: string[];
}

/**
 * Figure by figure, each judged by checkCascadeFigure: the invoice's figure or the per-rate one
 * is right; feedback names the method when the two differ.
 */
export function judgeCascade(totals: InvoiceComputation, typed: CascadeFigures): CascadeJudgement {
  const differences: string[] = [];
  const perRate: string[] = [];
  const compare = (label: string, answer: Cents, pick: (figures: InvoiceFigures) => Cents | undefined) => {
    const check = checkCascadeFigure(totals, pick, answer);
    if (check.acceptedBy === undefined) differences.push(`${label}\u00a0: ${formatEuros(answer)} au lieu de ${formatEuros(check.expectedCents)}${cascadeMethodNote(check)}`);
    else if (check.acceptedBy === "perRate") perRate.push(`${label} ${formatEuros(answer)}${cascadeMethodNote(check)}`);
  };
  compare("net commercial HT", typed.netCommercialCents, (f) => f.netCommercialCents);
  compare("total HT", typed.totalExclTaxCents, (f) => f.totalExclTaxCents);
  for (const vat of totals.vat) {
    const answer = typed.vat.find((v) => v.rate === vat.rate);
    if (!answer) differences.push(`TVA ${formatPercent(vat.rate)}\u00a0: absente (attendu ${formatEuros(vat.amountCents)})`);
    else compare(`TVA ${formatPercent(vat.rate)}`, answer.amountCents, (f) => f.vat.find((v) => v.rate === vat.rate)?.amountCents);
  }
  for (const vat of typed.vat) {
    if (!totals.vat.some((v) => v.rate === vat.rate)) differences.push(`TVA ${formatPercent(vat.rate)}\u00a0: aucun article à ce taux`);
  }
  compare("total TTC", typed.totalInclTaxCents, (f) => f.totalInclTaxCents);
  compare("net à payer", typed.amountDueCents, (f) => f.amountDueCents);
  return { differences, perRate };
}

/** The cascade as the invoice prints it, one step after the other, with the figures. */
export function printedCascade(totals: InvoiceComputation): string {
  return totals.steps.map((s) => `${s.label} ${formatEuros(s.amountCents)}`).join("\u00a0; ");
}

// ───────────────────────────── the draft before validation ─────────────────────────────

/** What validation freezes: the lines, reductions, port and deposit of a draft. */
export interface DraftContent {
  lines: DocumentLine[];
  reductions: DocumentReductions;
  shippingCents: Cents;
  depositCents: Cents;
}

export function draftContent(doc: SalesDocument): DraftContent {
  return { lines: doc.lines.map((l) => ({ ...l })), reductions: { ...doc.reductions }, shippingCents: doc.shippingCents, depositCents: doc.depositCents };
}

/** What an edited draft changed from the invoice its delivery notes and order imply (docs/decisions/0057). */
export function draftDifferences(reference: DraftContent, current: DraftContent): string[] {
  const differences = lineDifferences(reference.lines.map(typedLine), current.lines.map(typedLine));
  for (const line of reference.lines) {
    const edited = current.lines.find((l) => lineName(l) === lineName(line));
    if (edited && edited.vatRate !== line.vatRate) differences.push(`${lineName(line)}\u00a0: TVA ${formatPercent(edited.vatRate)} au lieu de ${formatPercent(line.vatRate)}`);
  }
  const groups: [keyof DocumentReductions, string][] = [
    ["tradeDiscounts", "remises"],
    ["allowances", "rabais"],
    ["rebates", "ristournes"],
  ];
  for (const [key, label] of groups) {
    const want = (reference.reductions[key] as number[] | undefined) ?? [];
    const have = (current.reductions[key] as number[] | undefined) ?? [];
    if (!sameNumbers(want, have)) differences.push(`${label} sur le brouillon\u00a0: ${formatDiscounts(have)}\u00a0; attendu\u00a0: ${formatDiscounts(want)}`);
  }
  if ((reference.reductions.cashDiscount ?? 0) !== (current.reductions.cashDiscount ?? 0)) {
    differences.push(`escompte déduit\u00a0: ${formatPercent(current.reductions.cashDiscount ?? 0)} au lieu de ${formatPercent(reference.reductions.cashDiscount ?? 0)}`);
  }
  if (reference.shippingCents !== current.shippingCents) differences.push(`port HT\u00a0: ${formatEuros(current.shippingCents)} au lieu de ${formatEuros(reference.shippingCents)}`);
  if (reference.depositCents !== current.depositCents) differences.push(`acompte déduit\u00a0: ${formatEuros(current.depositCents)} au lieu de ${formatEuros(reference.depositCents)}`);
  return differences;
}

// ───────────────────────────── the credit note an incident calls for ─────────────────────────────

export type CreditNotePlan =
  | {
      ok: true;
      lines: DocumentLine[];
      reason: string;
      /** The credit note's reductions; absent: the invoice's (createCreditNote's default). */
      reductions?: DocumentReductions;
      /** A rabais: the amount HT credited, judged as a whole whatever the lines typed (docs/decisions/0080). */
      allowanceCents?: Cents;
    }
  | { ok: false; message: string };

/**
 * A rabais of percent % granted afterwards on quantity units of an invoice line, in the course's
 * order (docs/decisions/0080): quantity × unit price, less the invoice's remises and rabais one
 * after the other, and the new rabais on that net, each rounded once — never a rabais rounded per
 * unit and then reduced (10 × 19,99 € with a 15 % remise: 20 % of 169,91 = 33,98 €, not 34,00 €).
 */
export function allowanceOnUnits(line: DocumentLine, quantity: number, percent: number, reductions: DocumentReductions): Cents {
  const cascade = computeInvoice({
    lines: [{ description: line.description, quantity, unitPriceCents: line.unitPriceCents, vatRate: line.vatRate }],
    tradeDiscounts: reductions.tradeDiscounts ?? [],
    allowances: [...(reductions.allowances ?? []), percent],
  });
  // computeInvoice leaves 0 % reductions out: the last one applied is this rabais only if it is not nil.
  return percent === 0 ? 0 : (cascade.reductions?.at(-1)?.amountCents ?? 0);
}

/**
 * The lines of the credit note that corrects a validated invoice (docs/decisions/0054): the price
 * difference on the units invoiced, the units returned at the invoiced price — both with the
 * invoice's reductions (createCreditNote's default) — or a rabais of x % on the damaged units,
 * computed on their net amount and credited as one amount HT, without further reductions
 * (docs/decisions/0080).
 */
export function creditNoteFor(ledger: Ledger, invoiceId: string, incident: InvoicingIncident): CreditNotePlan {
  const invoice = findDocument(ledger, invoiceId);
  const line = invoice?.lines.find((l) => lineName(l) === incident.reference);
  if (!invoice || !line) return { ok: false, message: `La facture ne comporte pas d'article «\u00a0${incident.reference}\u00a0».` };
  switch (incident.kind) {
    case "priceError": {
      const difference = line.unitPriceCents - incident.correctUnitPrice;
      if (difference <= 0) return { ok: false, message: `Le prix facturé de ${incident.reference} (${formatEuros(line.unitPriceCents)}) n'excède pas le prix convenu.` };
      return {
        ok: true,
        lines: [{ ...line, description: `${line.description} — écart de prix (${formatEuros(line.unitPriceCents)} facturé, ${formatEuros(incident.correctUnitPrice)} convenu)`, unitPriceCents: difference }],
        reason: `Erreur de prix sur ${incident.reference}\u00a0: ${formatEuros(line.unitPriceCents)} HT facturé au lieu de ${formatEuros(incident.correctUnitPrice)} HT`,
      };
    }
    case "returnedGoods":
      if (incident.quantity > line.quantity) return { ok: false, message: `Retour de ${incident.quantity} ${incident.reference} pour ${line.quantity} facturé(s).` };
      return { ok: true, lines: [{ ...line, quantity: incident.quantity }], reason: `Retour de ${incident.quantity} × ${incident.reference}` };
    case "damagedGoods": {
      if (incident.quantity > line.quantity) return { ok: false, message: `${incident.quantity} ${incident.reference} endommagé(s) pour ${line.quantity} facturé(s).` };
      const allowanceCents = allowanceOnUnits(line, incident.quantity, incident.allowancePercent, invoice.reductions);
      const rate = formatPercent(incident.allowancePercent);
      return {
        ok: true,
        lines: [{ ...line, description: `Rabais de ${rate} sur ${incident.quantity} × ${line.description} endommagé(s)`, quantity: 1, unitPriceCents: allowanceCents }],
        reductions: {},
        allowanceCents,
        reason: `Rabais de ${rate} sur ${incident.quantity} × ${incident.reference} endommagé(s)`,
      };
    }
  }
}

/** quantity × unit price of typed lines, half-up per line as printed; undefined when a quantity cannot be used. */
function typedAmount(lines: readonly TypedLine[], vatRate: number): Cents | undefined {
  try {
    return computeInvoice({ lines: lines.map((l) => ({ description: l.reference, quantity: l.quantity, unitPriceCents: l.unitPriceCents, vatRate })) }).grossCents;
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

/**
 * What differs between the credit note a plan calls for and the lines typed: line by line, or for
 * a rabais by its amount HT (6 × 3,24 € and 1 × 19,44 € are the same rabais of 19,44 €).
 */
export function creditNoteDifferences(plan: Extract<CreditNotePlan, { ok: true }>, typed: readonly TypedLine[]): string[] {
  const expected = plan.lines.map(typedLine);
  const [line] = plan.lines;
  if (plan.allowanceCents === undefined || !line) return lineDifferences(expected, typed);
  const reference = lineName(line);
  const extra = typed.filter((t) => t.reference.trim() !== reference).map((t) => `${t.reference}\u00a0: ligne en trop`);
  const mine = typed.filter((t) => t.reference.trim() === reference);
  if (mine.length === 0) return [`${reference}\u00a0: ligne absente (attendu un rabais de ${formatEuros(plan.allowanceCents)} HT)`, ...extra];
  const amount = typedAmount(mine, line.vatRate);
  const wrong = amount !== plan.allowanceCents ? [`${reference}\u00a0: rabais de ${amount !== undefined ? formatEuros(amount) : "(quantité illisible)"} HT saisi, ${formatEuros(plan.allowanceCents)} HT attendu`] : [];
  return [...wrong, ...extra];
}

// ───────────────────────────── Documents named in feedback ─────────────────────────────

/** The invoice of the stage; none yet is a programming error, not a learner's. */
export function requireInvoice(ledger: Ledger, invoiceId: string | null): SalesDocument {
  if (invoiceId === null) throw new DomainError("invoicing.noInvoice", "Aucune facture n'est encore établie.", "invoiceId");
  return getDocument(ledger, invoiceId);
}

/** "BL-2026-00001 du 12/11/2026", or the internal id of a draft, or "(commande)" for an order picked by mistake. */
export function documentLabel(ledger: Ledger, id: string): string {
  const doc = findDocument(ledger, id);
  if (!doc) return `«\u00a0${id}\u00a0» (inconnu)`;
  const name = doc.number ?? doc.id;
  return doc.kind === "deliveryNote" ? `${name} du ${formatDateFr(doc.date)}` : `${name} (${DOCUMENT_KINDS[doc.kind].label})`;
}
