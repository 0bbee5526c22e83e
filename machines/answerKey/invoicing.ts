/**
 * Stage 3's answer key played as learner events: the event the key expects in each state, the
 * solver that walks the machine on it, and plausible wrong answers (the classic slips of the cascade,
 * the deposit, the numbering, the credit note and the sending route).
 * Not part of the machine: the player never loads it; the check of a scenario (../scenarioCheck.ts),
 * the command line and the tests do (docs/decisions/0101).
 */
import type { SnapshotFrom } from "xstate";
import {
  cascadeFigures,
  computeInvoice,
  createDepositInvoice,
  creditNoteFor,
  documentTotals,
  formatNumber,
  invoiceInput,
  nextDocumentNumber,
  parseNumber,
  SENDING_CHANNEL_LABELS,
  typedLine,
  uninvoicedDeliveryNotes,
  type CascadeFigures,
  type SendingChannel,
} from "@/domain";
import type { StageInput } from "../contract";
import { invoiceOf, invoicingMachine, sendingRoute, type InvoicingContext, type InvoicingEvent } from "../invoicing";
import { sameEvent, walkExpected, walkOn, type StageDriver } from "./walk";

export type InvoicingSnapshot = SnapshotFrom<typeof invoicingMachine>;

/** The event the engine's key expects in this state (undefined at the end): what the solver sends. */
export function expectedInvoicingEvent(snapshot: Pick<InvoicingSnapshot, "value" | "context">): InvoicingEvent | undefined {
  const { context } = snapshot;
  switch (snapshot.value) {
    case "depositing":
      return { type: "learner.depositInvoiceIssued", amountInclTaxCents: context.depositToInvoiceCents };
    case "drafting":
      return { type: "learner.invoiceDrafted", deliveryNoteIds: uninvoicedDeliveryNotes(context.ledger, context.orderId).map((n) => n.id) };
    case "computing":
      return { type: "learner.cascadeComputed", ...cascadeFigures(documentTotals(context.ledger, invoiceOf(context).id)) };
    case "reviewing":
      return { type: "learner.invoiceValidated", number: nextDocumentNumber(context.ledger, "invoice", context.today) ?? "" };
    case "sending":
      return { type: "learner.invoiceSent", channel: sendingRoute(context, invoiceOf(context).id).channel };
    case "sendingCreditNote":
      return context.creditNoteId !== null ? { type: "learner.invoiceSent", channel: sendingRoute(context, context.creditNoteId).channel } : undefined;
    case "correcting": {
      const plan = context.incident !== null && context.invoiceId !== null ? creditNoteFor(context.ledger, context.invoiceId, context.incident) : undefined;
      return plan?.ok ? { type: "learner.creditNoteIssued", lines: plan.lines.map(typedLine), reason: plan.reason } : undefined;
    }
    default:
      return undefined;
  }
}

const MAX_SOLVER_STEPS = 50;

function solverWalk(input: StageInput): { snapshot: InvoicingSnapshot; event: InvoicingEvent }[] {
  return walkExpected<InvoicingSnapshot, InvoicingEvent>(invoicingMachine, input, expectedInvoicingEvent, MAX_SOLVER_STEPS);
}

/** The learner events the engine's key derives, from the deposit invoice to the last sending, with full marks. */
export function solveInvoicing(input: StageInput): InvoicingEvent[] {
  return solverWalk(input).map((step) => step.event);
}

/** The same key played on a stage already running (the player's, when a whole scenario is solved). */
export function playInvoicingKey(driver: StageDriver<InvoicingSnapshot, InvoicingEvent>): void {
  walkOn(driver, expectedInvoicingEvent, MAX_SOLVER_STEPS);
}

/** The figures of the invoice's cascade computed with other inputs: a learner's classic slips. */
function slipFigures(context: InvoicingContext, change: (input: ReturnType<typeof invoiceInput>) => ReturnType<typeof invoiceInput>): CascadeFigures {
  return cascadeFigures(computeInvoice(change(invoiceInput(invoiceOf(context)))));
}

function wrongCascades(context: InvoicingContext, event: Extract<InvoicingEvent, { type: "learner.cascadeComputed" }>): InvoicingEvent[] {
  const invoice = invoiceOf(context);
  const discounts = invoice.reductions.tradeDiscounts ?? [];
  const variants: CascadeFigures[] = [
    // Remises added up (10 % + 5 % = 15 %) instead of applied one after the other, or forgotten.
    discounts.length > 1
      ? slipFigures(context, (input) => ({ ...input, tradeDiscounts: [discounts.reduce((sum, d) => sum + d, 0)] }))
      : slipFigures(context, (input) => ({ ...input, tradeDiscounts: [] })),
    // The deposit not deducted, or (without one) the VAT forgotten in the TTC.
    invoice.depositCents > 0
      ? { ...event, amountDueCents: event.totalInclTaxCents }
      : { ...event, totalInclTaxCents: event.totalExclTaxCents, amountDueCents: event.totalExclTaxCents },
  ];
  return variants.map((figures) => ({ type: "learner.cascadeComputed" as const, ...figures })).filter((v) => !sameEvent(v, event));
}

function wrongDeposits(context: InvoicingContext, event: Extract<InvoicingEvent, { type: "learner.depositInvoiceIssued" }>): InvoicingEvent[] {
  // The deposit typed excl. tax, as the deposit invoice splits it: a TTC amount was required.
  const created = createDepositInvoice(context.ledger, context.orderId, event.amountInclTaxCents, context.today);
  const exclTax = created.ok ? computeInvoice(invoiceInput(created.document)).totalExclTaxCents : event.amountInclTaxCents - 100;
  const amounts = [exclTax, event.amountInclTaxCents + 100].filter((amount) => amount > 0 && amount !== event.amountInclTaxCents);
  return amounts.map((amount) => ({ type: "learner.depositInvoiceIssued" as const, amountInclTaxCents: amount }));
}

function wrongNumbers(context: InvoicingContext, event: Extract<InvoicingEvent, { type: "learner.invoiceValidated" }>): InvoicingEvent[] {
  const parsed = parseNumber(event.number);
  if (!parsed) return [{ type: "learner.invoiceValidated", number: "FA-2026-00001" }];
  // The series restarted, or a number skipped.
  return [formatNumber(parsed.prefix, parsed.year, 1), formatNumber(parsed.prefix, parsed.year, parsed.sequence + 1)]
    .filter((number) => number !== event.number)
    .map((number) => ({ type: "learner.invoiceValidated" as const, number }));
}

function wrongCreditNotes(context: InvoicingContext, event: Extract<InvoicingEvent, { type: "learner.creditNoteIssued" }>): InvoicingEvent[] {
  const variants: InvoicingEvent[] = [{ type: "learner.creditNoteIssued", full: true, reason: event.reason }];
  const invoice = invoiceOf(context);
  const incident = context.incident;
  const [line] = event.lines ?? [];
  if (incident !== null && line) {
    const invoiced = invoice.lines.find((l) => (l.reference ?? l.description) === line.reference);
    // The whole price credited (as for a return) instead of the price difference or the rabais.
    if (incident.kind !== "returnedGoods" && invoiced) variants.push({ ...event, lines: [{ ...line, unitPriceCents: invoiced.unitPriceCents }] });
    if (incident.kind === "returnedGoods") variants.push({ ...event, lines: [{ ...line, quantity: line.quantity + 1 }] });
  }
  return variants;
}

/** For a solver event, plausible wrong variants, each of which must lose the point and say why. */
export function wrongAnswers(input: StageInput, event: InvoicingEvent): InvoicingEvent[] {
  const step = solverWalk(input).find((s) => sameEvent(s.event, event));
  if (!step) return [];
  const { context } = step.snapshot;
  switch (event.type) {
    case "learner.depositInvoiceIssued":
      return wrongDeposits(context, event);
    case "learner.invoiceDrafted": {
      const [first, ...others] = event.deliveryNoteIds;
      return [{ type: "learner.invoiceDrafted", deliveryNoteIds: [context.orderId] }, ...(first && others.length > 0 ? [{ type: "learner.invoiceDrafted" as const, deliveryNoteIds: [first] }] : [])];
    }
    case "learner.cascadeComputed":
      return wrongCascades(context, event);
    case "learner.invoiceValidated":
      return wrongNumbers(context, event);
    case "learner.creditNoteIssued":
      return wrongCreditNotes(context, event);
    case "learner.invoiceSent":
      // Each other route: the one of the other world (before or after the reform), and the paper or email slip.
      return (Object.keys(SENDING_CHANNEL_LABELS) as SendingChannel[]).filter((channel) => channel !== event.channel).map((channel) => ({ type: "learner.invoiceSent" as const, channel }));
    default:
      return [];
  }
}
