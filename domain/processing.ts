/**
 * Order processing and invoicing as the engine's answer key derives them from the PGI: the order
 * recorded with the customer's conditions, the delivery date an acknowledgement may promise, what
 * a delivery note can ship now and what stays back-ordered, the order status its documents imply,
 * an invoice's cascade compared with a learner's figures, the credit note an incident calls for,
 * the outbox entry that sends an invoice (its route and lifecycle are eInvoicing.ts's). Pure
 * functions over the ledger; the stage machines judge with them and never re-implement a rule.
 * Decisions: docs/decisions/0050 to 0059.
 */
import { addDays, compareDates, formatDateFr, type IsoDate } from "./dates";
import type { Customer, DocumentLine, DocumentReductions, SalesDocumentKind } from "./documents";
import { depositedLifecycle, type LifecycleStep, type SendingChannel } from "./eInvoicing";
import { cascadeMethodNote, checkCascadeFigure, computeInvoice, type InvoiceComputation, type InvoiceFigures } from "./invoice";
import {
  childrenOf,
  createDepositInvoice,
  creditedAmount,
  documentTotals,
  DOCUMENT_KINDS,
  findDocument,
  findProduct,
  getDocument,
  invoiceBalance,
  isOrderAccepted,
  receiveStock,
  remainingToDeliver,
  reservedStock,
  type DeliveryProgress,
  type Ledger,
  type SalesDocument,
} from "./ledger";
import { DomainError, formatEuros, formatPercent, type Cents } from "./money";
import { formatNumber, nextNumber, seriesFor } from "./numbering";
import type { InvoicingIncident, Restock } from "./scenario";
import { capitalize } from "./text";

// ───────────────────────────── Trace entries and hints ─────────────────────────────

/** The hints of a decision point: the teacher's first, then the engine's. */
export function hintsFor(teacherHints: readonly string[] | undefined, engineHints: readonly string[]): string[] {
  return [...(teacherHints ?? []), ...engineHints];
}

// ───────────────────────────── Small French formats ─────────────────────────────

/** "aucune", "10 %", "10 % puis 5 %": successive remises are written in their order. */
export function formatDiscounts(discounts: readonly number[]): string {
  return discounts.length === 0 ? "aucune" : discounts.map(formatPercent).join(" puis ");
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count > 1 ? pluralForm : singular;
}

// ───────────────────────────── Order status ─────────────────────────────

export const ORDER_STATUSES = ["recorded", "confirmed", "inPreparation", "partiallyDelivered", "delivered"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  recorded: "Enregistrée",
  confirmed: "Confirmée (accusé de réception envoyé)",
  inPreparation: "En préparation",
  partiallyDelivered: "Livrée partiellement (reliquat en attente)",
  delivered: "Livrée",
};

/**
 * The status the order's documents imply (docs/decisions/0050): a status is never typed freely,
 * it follows from the order, its acknowledgement and its delivery notes. Undefined for an order
 * not recorded (draft) or cancelled.
 */
export function impliedOrderStatus(ledger: Ledger, orderId: string): OrderStatus | undefined {
  const order = getDocument(ledger, orderId);
  if (order.kind !== "purchaseOrder" || order.status !== "validated") return undefined;
  const progress = remainingToDeliver(ledger, orderId);
  const delivered = progress.reduce((sum, p) => sum + p.delivered, 0);
  const remaining = progress.reduce((sum, p) => sum + p.remaining, 0);
  if (delivered > 0) return remaining === 0 ? "delivered" : "partiallyDelivered";
  if (childrenOf(ledger, orderId, "deliveryNote").some((d) => d.status === "draft")) return "inPreparation";
  return isOrderAccepted(ledger, orderId) ? "confirmed" : "recorded";
}

// ───────────────────────────── Lines as a learner types them ─────────────────────────────

/** A line as typed in a form: the reference, the quantity, the unit price HT. */
export interface TypedLine {
  reference: string;
  quantity: number;
  unitPriceCents: Cents;
}

/** Lines are named by reference, or by designation when the line has none. */
export function lineName(line: Pick<DocumentLine, "reference" | "description">): string {
  return line.reference ?? line.description;
}

export function typedLine(line: DocumentLine): TypedLine {
  return { reference: lineName(line), quantity: line.quantity, unitPriceCents: line.unitPriceCents };
}

/** "10 × PF-200 à 45,00 € HT" for each line, joined. */
export function describeLines(lines: readonly TypedLine[]): string {
  return lines.map((l) => `${l.quantity} × ${l.reference} à ${formatEuros(l.unitPriceCents)} HT`).join(", ");
}

/**
 * What differs between the expected lines and the typed ones, in French, line by line: a missing
 * line, a wrong quantity or price, a line that should not be there. Empty when they agree.
 */
export function lineDifferences(expected: readonly TypedLine[], typed: readonly TypedLine[]): string[] {
  const differences: string[] = [];
  for (const line of expected) {
    const answer = typed.filter((t) => t.reference.trim() === line.reference);
    const [first] = answer;
    if (!first) {
      differences.push(`${line.reference} : ligne absente (attendu ${line.quantity} à ${formatEuros(line.unitPriceCents)} HT)`);
      continue;
    }
    const quantity = answer.reduce((sum, t) => sum + t.quantity, 0);
    if (quantity !== line.quantity) differences.push(`${line.reference} : quantité ${quantity} saisie, ${line.quantity} attendue`);
    if (first.unitPriceCents !== line.unitPriceCents) {
      differences.push(`${line.reference} : prix unitaire ${formatEuros(first.unitPriceCents)} HT saisi, ${formatEuros(line.unitPriceCents)} HT attendu`);
    }
  }
  for (const t of typed) {
    if (!expected.some((line) => line.reference === t.reference.trim())) differences.push(`${t.reference} : ligne en trop`);
  }
  return differences;
}

// ───────────────────────────── Recording the order ─────────────────────────────

export interface OrderRecord {
  lines: TypedLine[];
  /** Remises of the customer's account, in their order. */
  tradeDiscounts: number[];
}

function customerOf(ledger: Ledger, customerId: string): Customer {
  const customer = ledger.customers.find((c) => c.id === customerId);
  if (!customer) throw new DomainError("customer.notFound", `customerId : client « ${customerId} » introuvable dans le PGI.`, "customerId");
  return customer;
}

/** The order as it must be recorded: its lines, and the remises of the customer's account (docs/decisions/0053). */
export function expectedOrderRecord(ledger: Ledger, orderId: string): OrderRecord {
  const order = getDocument(ledger, orderId);
  return { lines: order.lines.map(typedLine), tradeDiscounts: [...customerOf(ledger, order.customerId).conditions.tradeDiscounts] };
}

export function orderRecordDifferences(expected: OrderRecord, typed: OrderRecord): string[] {
  const differences = lineDifferences(expected.lines, typed.lines);
  if (!sameNumbers(expected.tradeDiscounts, typed.tradeDiscounts)) {
    differences.push(`remises saisies : ${formatDiscounts(typed.tradeDiscounts)} ; prévues par le compte client : ${formatDiscounts(expected.tradeDiscounts)}`);
  }
  return differences;
}

// ───────────────────────────── What can be delivered ─────────────────────────────

export interface DeliveryPlanLine extends DeliveryProgress {
  /** The name the line is delivered under (reference, or designation). */
  name: string;
  /** Units this order can take from stock now: stock minus what other orders reserved. */
  shippable: number;
  deliverNow: number;
  backOrder: number;
  leadTimeDays: number;
}

export interface DeliveryPlan {
  /** Lines still awaiting delivery. */
  lines: DeliveryPlanLine[];
  /** Every remaining unit can leave now. */
  complete: boolean;
  /** What a delivery note ships now (only lines with a quantity). */
  deliverNow: { reference: string; quantity: number }[];
}

/**
 * What the order still awaits and what can ship now: min(remaining, stock not reserved for
 * other orders) when the customer accepts a partial delivery, everything or nothing otherwise.
 * A line without a catalogue reference is not stock-managed: it can always ship.
 */
export function deliveryPlan(ledger: Ledger, orderId: string, acceptsPartialDelivery: boolean): DeliveryPlan {
  const progress = remainingToDeliver(ledger, orderId).filter((p) => p.remaining > 0);
  const measured = progress.map((p) => {
    const product = p.reference !== undefined ? findProduct(ledger, p.reference) : undefined;
    const shippable = product ? Math.max(0, product.stock - reservedStock(ledger, product.reference, orderId)) : p.remaining;
    return { ...p, name: p.reference ?? p.description, shippable, leadTimeDays: product?.leadTimeDays ?? 0 };
  });
  const complete = measured.every((p) => p.shippable >= p.remaining);
  const lines = measured.map((p) => {
    const deliverNow = acceptsPartialDelivery ? Math.min(p.remaining, p.shippable) : complete ? p.remaining : 0;
    return { ...p, deliverNow, backOrder: p.remaining - deliverNow };
  });
  return { lines, complete, deliverNow: lines.filter((l) => l.deliverNow > 0).map((l) => ({ reference: l.name, quantity: l.deliverNow })) };
}

/** The delivery-note lines for quantities typed by reference: the order's own lines (prices included). */
export function deliveryRequest(ledger: Ledger, orderId: string, typed: readonly { reference: string; quantity: number }[]): DocumentLine[] {
  const order = getDocument(ledger, orderId);
  return typed
    .filter((t) => t.quantity !== 0)
    .map((t) => {
      const source = order.lines.find((l) => lineName(l) === t.reference.trim());
      // An unknown reference is kept as typed: the ledger refuses it ("ne figure pas sur la commande").
      return source ? { ...source, quantity: t.quantity } : { reference: t.reference, description: t.reference, quantity: t.quantity, unitPriceCents: 0, vatRate: 20 };
    });
}

/** "6 × PF-300 (reliquat 4)" for each line of a plan. */
export function describePlan(plan: DeliveryPlan): string {
  return plan.lines
    .map((l) => `${l.name} : ${l.remaining} à livrer, ${l.shippable} ${plural(l.shippable, "disponible")}${l.backOrder > 0 ? `, reliquat ${l.backOrder}` : ""}`)
    .join(" ; ");
}

// ───────────────────────────── The promised delivery date ─────────────────────────────

export interface DeliveryPromise {
  /** The date the acknowledgement promises. */
  date: IsoDate;
  /** The earliest date the stock and lead times allow. */
  earliest: IsoDate;
  /** The earliest date waits for supplies (today + the longest lead time of the short lines). */
  waitsForSupply: boolean;
  explanation: string;
}

export interface PromiseOptions {
  acceptsPartialDelivery: boolean;
  requestedDeliveryDate?: IsoDate;
}

/**
 * The delivery date an acknowledgement may promise (domain.md, check 6): today when everything is
 * in stock, or when the customer accepts a partial delivery and something can ship; otherwise
 * today + the longest lead time of the articles short. A later date asked by the customer is kept.
 */
export function promisedDeliveryDate(ledger: Ledger, orderId: string, today: IsoDate, options: PromiseOptions): DeliveryPromise {
  const plan = deliveryPlan(ledger, orderId, options.acceptsPartialDelivery);
  const short = plan.lines.filter((l) => l.shippable < l.remaining);
  const stockText = plan.lines.map((l) => `${l.name} : ${l.shippable} ${plural(l.shippable, "disponible")} pour ${l.remaining} commandé${l.remaining > 1 ? "s" : ""}`).join(" ; ");
  let earliest = today;
  let reason: string;
  if (short.length === 0) {
    reason = `Tout est en stock (${stockText}) : livraison possible dès le ${formatDateFr(today)}.`;
  } else if (options.acceptsPartialDelivery && plan.deliverNow.length > 0) {
    const lead = Math.max(...short.map((l) => l.leadTimeDays));
    reason =
      `Stock insuffisant (${stockText}) ; le client accepte une livraison partielle : livraison de ce qui est disponible le ${formatDateFr(today)}, ` +
      `le reliquat suivra au réapprovisionnement (délai de ${lead} jours, soit au plus tard le ${formatDateFr(addDays(today, lead))}).`;
  } else {
    const lead = Math.max(...short.map((l) => l.leadTimeDays));
    earliest = addDays(today, lead);
    const why = options.acceptsPartialDelivery ? "rien ne peut partir aujourd'hui" : "le client refuse une livraison partielle";
    reason = `Stock insuffisant (${stockText}) et ${why} : délai d'approvisionnement de ${lead} jours → livraison le ${formatDateFr(earliest)} (${formatDateFr(today)} + ${lead} jours).`;
  }
  const requested = options.requestedDeliveryDate;
  let date = earliest;
  if (requested !== undefined) {
    if (compareDates(requested, earliest) > 0) {
      date = requested;
      reason += ` Le client demande une livraison le ${formatDateFr(requested)} : c'est la date promise.`;
    } else if (compareDates(requested, earliest) < 0) {
      reason += ` La date demandée par le client (${formatDateFr(requested)}) ne peut pas être tenue : on ne promet jamais une date que le stock et les délais ne permettent pas.`;
    }
  }
  return { date, earliest, waitsForSupply: compareDates(earliest, today) > 0, explanation: reason };
}

/**
 * The supplies that let the back-order ship (docs/decisions/0051): the scenario's, sorted by date;
 * without them, only a promise that waits for supplies implies them (the missing units arrive on
 * the promised date, as the lead time says). A partial delivery's back-order otherwise stays open.
 */
export function restockSchedule(ledger: Ledger, orderId: string, promise: DeliveryPromise, options: PromiseOptions & { restockOn?: readonly Restock[] }): Restock[] {
  if (options.restockOn !== undefined) return [...options.restockOn].sort((a, b) => compareDates(a.date, b.date));
  if (!promise.waitsForSupply) return [];
  return deliveryPlan(ledger, orderId, options.acceptsPartialDelivery)
    .lines.filter((l) => l.reference !== undefined && l.shippable < l.remaining)
    .map((l) => ({ reference: l.reference ?? l.name, quantity: l.remaining - l.shippable, date: promise.earliest }));
}

/** Supplies dated on or before `date` come into stock; the others stay pending. */
export function receiveDueRestocks(ledger: Ledger, pending: readonly Restock[], date: IsoDate): { ledger: Ledger; received: Restock[]; pending: Restock[] } {
  let current = ledger;
  const received: Restock[] = [];
  const later: Restock[] = [];
  for (const restock of pending) {
    if (compareDates(restock.date, date) > 0) {
      later.push(restock);
      continue;
    }
    const result = receiveStock(current, { reference: restock.reference, quantity: restock.quantity });
    // An unknown reference is a scenario error the loader reports; the supply is then ignored.
    if (result.ok) current = result.ledger;
    received.push(restock);
  }
  return { ledger: current, received, pending: later };
}

// ───────────────────────────── Invoicing: what to invoice ─────────────────────────────

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

// ───────────────────────────── Invoicing: the cascade ─────────────────────────────

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
    if (check.acceptedBy === undefined) differences.push(`${label} : ${formatEuros(answer)} au lieu de ${formatEuros(check.expectedCents)}${cascadeMethodNote(check)}`);
    else if (check.acceptedBy === "perRate") perRate.push(`${label} ${formatEuros(answer)}${cascadeMethodNote(check)}`);
  };
  compare("net commercial HT", typed.netCommercialCents, (f) => f.netCommercialCents);
  compare("total HT", typed.totalExclTaxCents, (f) => f.totalExclTaxCents);
  for (const vat of totals.vat) {
    const answer = typed.vat.find((v) => v.rate === vat.rate);
    if (!answer) differences.push(`TVA ${formatPercent(vat.rate)} : absente (attendu ${formatEuros(vat.amountCents)})`);
    else compare(`TVA ${formatPercent(vat.rate)}`, answer.amountCents, (f) => f.vat.find((v) => v.rate === vat.rate)?.amountCents);
  }
  for (const vat of typed.vat) {
    if (!totals.vat.some((v) => v.rate === vat.rate)) differences.push(`TVA ${formatPercent(vat.rate)} : aucun article à ce taux`);
  }
  compare("total TTC", typed.totalInclTaxCents, (f) => f.totalInclTaxCents);
  compare("net à payer", typed.amountDueCents, (f) => f.amountDueCents);
  return { differences, perRate };
}

/** The cascade as the invoice prints it, one step after the other, with the figures. */
export function printedCascade(totals: InvoiceComputation): string {
  return totals.steps.map((s) => `${s.label} ${formatEuros(s.amountCents)}`).join(" ; ");
}

// ───────────────────────────── Invoicing: the draft before validation ─────────────────────────────

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
    if (edited && edited.vatRate !== line.vatRate) differences.push(`${lineName(line)} : TVA ${formatPercent(edited.vatRate)} au lieu de ${formatPercent(line.vatRate)}`);
  }
  const groups: [keyof DocumentReductions, string][] = [
    ["tradeDiscounts", "remises"],
    ["allowances", "rabais"],
    ["rebates", "ristournes"],
  ];
  for (const [key, label] of groups) {
    const want = (reference.reductions[key] as number[] | undefined) ?? [];
    const have = (current.reductions[key] as number[] | undefined) ?? [];
    if (!sameNumbers(want, have)) differences.push(`${label} sur le brouillon : ${formatDiscounts(have)} ; attendu : ${formatDiscounts(want)}`);
  }
  if ((reference.reductions.cashDiscount ?? 0) !== (current.reductions.cashDiscount ?? 0)) {
    differences.push(`escompte déduit : ${formatPercent(current.reductions.cashDiscount ?? 0)} au lieu de ${formatPercent(reference.reductions.cashDiscount ?? 0)}`);
  }
  if (reference.shippingCents !== current.shippingCents) differences.push(`port HT : ${formatEuros(current.shippingCents)} au lieu de ${formatEuros(reference.shippingCents)}`);
  if (reference.depositCents !== current.depositCents) differences.push(`acompte déduit : ${formatEuros(current.depositCents)} au lieu de ${formatEuros(reference.depositCents)}`);
  return differences;
}

// ───────────────────────────── Invoicing: the credit note an incident calls for ─────────────────────────────

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
  if (!invoice || !line) return { ok: false, message: `La facture ne comporte pas d'article « ${incident.reference} ».` };
  switch (incident.kind) {
    case "priceError": {
      const difference = line.unitPriceCents - incident.correctUnitPrice;
      if (difference <= 0) return { ok: false, message: `Le prix facturé de ${incident.reference} (${formatEuros(line.unitPriceCents)}) n'excède pas le prix convenu.` };
      return {
        ok: true,
        lines: [{ ...line, description: `${line.description} — écart de prix (${formatEuros(line.unitPriceCents)} facturé, ${formatEuros(incident.correctUnitPrice)} convenu)`, unitPriceCents: difference }],
        reason: `Erreur de prix sur ${incident.reference} : ${formatEuros(line.unitPriceCents)} HT facturé au lieu de ${formatEuros(incident.correctUnitPrice)} HT`,
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
  const extra = typed.filter((t) => t.reference.trim() !== reference).map((t) => `${t.reference} : ligne en trop`);
  const mine = typed.filter((t) => t.reference.trim() === reference);
  if (mine.length === 0) return [`${reference} : ligne absente (attendu un rabais de ${formatEuros(plan.allowanceCents)} HT)`, ...extra];
  const amount = typedAmount(mine, line.vatRate);
  const wrong = amount !== plan.allowanceCents ? [`${reference} : rabais de ${amount !== undefined ? formatEuros(amount) : "(quantité illisible)"} HT saisi, ${formatEuros(plan.allowanceCents)} HT attendu`] : [];
  return [...wrong, ...extra];
}

// ───────────────────────────── Sending ─────────────────────────────

/** One invoice or credit note sent; the duplicate stays in the PGI (kept 10 years). */
export interface OutboxEntry {
  documentId: string;
  number: string;
  /** The route taken (docs/decisions/0091). */
  channel: SendingChannel;
  /** The customer contact's email, the billing address for a letter, the customer and its SIREN for a platform. */
  to: string;
  subject: string;
  /** "FA-2026-00042.pdf": the PDF, or the Factur-X file (a PDF/A-3 carrying its XML). */
  attachmentName: string;
  date: IsoDate;
  duplicateKept: true;
  /** Deposited on the platform only: its statuses, in order, with their dates. */
  lifecycle?: LifecycleStep[];
}

function postalRecipient(customer: Customer): string {
  const a = customer.billingAddress;
  return `${customer.name}, ${a.street}, ${a.postalCode} ${a.city}`;
}

/** The platforms' directory addresses the customer by its SIREN. */
function platformRecipient(customer: Customer): string {
  const siren = customer.siren?.trim();
  return siren !== undefined && /^\d{9}$/u.test(siren) ? `${customer.name} (SIREN ${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)})` : customer.name;
}

function recipient(customer: Customer, channel: SendingChannel): string {
  switch (channel) {
    case "platform":
      return platformRecipient(customer);
    case "email":
      return customer.contact?.email ?? "";
    case "post":
      return postalRecipient(customer);
  }
}

/** The message that sends a validated invoice or credit note (docs/decisions/0055, 0091). */
export function outboxEntry(ledger: Ledger, documentId: string, channel: SendingChannel, date: IsoDate): OutboxEntry {
  const doc = getDocument(ledger, documentId);
  const customer = doc.buyer ?? customerOf(ledger, doc.customerId);
  const number = doc.number ?? doc.id;
  const about =
    doc.creditedInvoice !== undefined
      ? ` — facture ${doc.creditedInvoice.number} du ${formatDateFr(doc.creditedInvoice.date)}`
      : doc.customerOrderNumber !== undefined
        ? ` — votre commande ${doc.customerOrderNumber}`
        : "";
  return {
    documentId,
    number,
    channel,
    to: recipient(customer, channel),
    subject: `${capitalize(DOCUMENT_KINDS[doc.kind].label)} ${number} du ${formatDateFr(doc.date)}${about}`,
    attachmentName: `${number}.pdf`,
    date,
    duplicateKept: true,
    ...(channel === "platform" ? { lifecycle: depositedLifecycle(date) } : {}),
  };
}

/** A new status of a document deposited on the platform; other entries, and emails or letters, unchanged. */
export function withLifecycleStep(outbox: readonly OutboxEntry[], documentId: string, step: LifecycleStep): OutboxEntry[] {
  return outbox.map((entry) => (entry.documentId === documentId && entry.lifecycle !== undefined ? { ...entry, lifecycle: [...entry.lifecycle, step] } : entry));
}

/** Once the invoice is paid in full, the seller declares it cashed in on the platform, on the day of the payment that settles it (once). */
export function withCashedIn(outbox: readonly OutboxEntry[], ledger: Ledger, invoiceId: string, paidOn: IsoDate): OutboxEntry[] {
  const lifecycle = outbox.find((entry) => entry.documentId === invoiceId)?.lifecycle;
  if (lifecycle === undefined || lifecycle.some((step) => step.status === "cashedIn") || invoiceBalance(ledger, invoiceId) > 0) return [...outbox];
  return withLifecycleStep(outbox, invoiceId, { status: "cashedIn", date: paidOn });
}
