/**
 * Stage 3, "La facture dans le processus de vente": the deposit invoice first when intake required
 * a deposit, then the invoice drawn from the delivery notes, its cascade computed by the learner,
 * the draft validated into the next number of the continuous series, sent by the route the
 * e-invoicing reform and the customer call for (approved platform, PDF by email, or post; duplicate
 * kept; a deposited invoice then gets its dated statuses, docs/decisions/0091). A validated
 * invoice is a "facture de droit": an attempt to edit or delete it is recorded as refused with the
 * course's message and changes nothing; when the scenario reports an incident, the correction is a
 * credit note that cites the invoice's number and date.
 * The answer key comes from domain/processing.ts; this machine compares, records the trace and
 * moves the PGI on the engine's truth.
 */
import { assign, setup, type SnapshotFrom } from "xstate";
import {
  capitalize,
  COMPANY_SIZE_LABELS,
  computeInvoice,
  createCreditNote,
  createDepositInvoice,
  createInvoiceFromDeliveryNotes,
  customerResponse,
  deleteDraft,
  describeDocument,
  describePaymentTerms,
  DOCUMENT_KINDS,
  documentTotals,
  DomainError,
  E_INVOICING_SCOPE_LABELS,
  eInvoicingScope,
  expectedRoute,
  findDocument,
  formatDateFr,
  formatEuros,
  formatPercent,
  formatNumber,
  getDocument,
  invoiceBalance,
  invoiceInput,
  maxDate,
  parseNumber,
  recordPayment,
  reformCalendar,
  remainingToDeliver,
  routeConfusion,
  routeRule,
  SENDING_CHANNEL_LABELS,
  updateDraft,
  validateInvoice,
  type Cents,
  type DocumentPatch,
  type InvoicingIncident,
  type IsoDate,
  type Ledger,
  type LedgerResult,
  type RouteDecision,
  type Scenario,
  type SendingChannel,
  type TraceEntry,
} from "@/domain";
import {
  cascadeFigures,
  creditNoteDifferences,
  creditNoteFor,
  depositStillToInvoice,
  describeLines,
  draftContent,
  draftDifferences,
  formatDiscounts,
  issuableDepositAmount,
  judgeCascade,
  lastNumberOfSeries,
  nextDocumentNumber,
  outboxEntry,
  printedCascade,
  typedLine,
  uninvoicedDeliveryNotes,
  withLifecycleStep,
  type CascadeFigures,
  type DraftContent,
  type OutboxEntry,
  type TypedLine,
} from "@/domain/processing";
import type { HintRequested, StageInput, StageOutput } from "./contract";
import { sendOrThrow, startObserved, throwIfFailed } from "./observedActor";
import { hasHintLeft, hintsAvailable, noDecisionYet, stageOutput, traceEntry, withDecisionRecorded, withHintShown, type DecisionContext, type HintedPoint, type Judgement } from "./decisionSupport";

// ───────────────────────────── Events and decision points ─────────────────────────────

export type InvoicingEvent =
  | { type: "learner.depositInvoiceIssued"; amountInclTaxCents: number }
  | { type: "learner.invoiceDrafted"; deliveryNoteIds: string[] }
  | ({ type: "learner.cascadeComputed" } & CascadeFigures)
  /** A change to the draft invoice (allowed until it is validated). */
  | { type: "learner.draftEdited"; patch: DocumentPatch }
  | { type: "learner.invoiceValidated"; number: string }
  /** Editing an invoice: a draft changes; a validated invoice (or credit note) refuses, recorded. Default: the stage's invoice. */
  | { type: "learner.invoiceEditAttempted"; documentId?: string; patch: DocumentPatch }
  | { type: "learner.invoiceDeleteAttempted"; documentId?: string }
  | { type: "learner.creditNoteIssued"; full?: boolean; lines?: TypedLine[]; reason: string }
  | { type: "learner.invoiceSent"; channel: SendingChannel }
  | HintRequested;

type DecisionEventType =
  | "learner.depositInvoiceIssued"
  | "learner.invoiceDrafted"
  | "learner.cascadeComputed"
  | "learner.invoiceValidated"
  | "learner.creditNoteIssued"
  | "learner.invoiceSent";

export const INVOICING_DECISION_POINT_IDS = {
  deposit: "invoicing.deposit",
  draft: "invoicing.draft",
  cascade: "invoicing.cascade",
  validation: "invoicing.validation",
  immutability: "invoicing.immutability",
  creditNote: "invoicing.creditNote",
  sending: "invoicing.sending",
} as const;
export type InvoicingDecisionPoint = (typeof INVOICING_DECISION_POINT_IDS)[keyof typeof INVOICING_DECISION_POINT_IDS];

export const INVOICING_DECISION_POINTS: { id: string; label: string }[] = [
  { id: INVOICING_DECISION_POINT_IDS.deposit, label: "Facture d'acompte (avant la facture finale)" },
  { id: INVOICING_DECISION_POINT_IDS.draft, label: "Établir la facture à partir des bons de livraison" },
  { id: INVOICING_DECISION_POINT_IDS.cascade, label: "Calculer la facture (cascade jusqu'au net à payer)" },
  { id: INVOICING_DECISION_POINT_IDS.validation, label: "Valider la facture (numéro suivant de la série)" },
  { id: INVOICING_DECISION_POINT_IDS.immutability, label: "Facture validée : ni modification ni suppression" },
  { id: INVOICING_DECISION_POINT_IDS.creditNote, label: "Corriger par une facture d'avoir" },
  { id: INVOICING_DECISION_POINT_IDS.sending, label: "Envoyer la facture (plateforme agréée, courriel ou courrier)" },
];

const POINT_OF_EVENT: Readonly<Record<DecisionEventType, InvoicingDecisionPoint>> = {
  "learner.depositInvoiceIssued": INVOICING_DECISION_POINT_IDS.deposit,
  "learner.invoiceDrafted": INVOICING_DECISION_POINT_IDS.draft,
  "learner.cascadeComputed": INVOICING_DECISION_POINT_IDS.cascade,
  "learner.invoiceValidated": INVOICING_DECISION_POINT_IDS.validation,
  "learner.creditNoteIssued": INVOICING_DECISION_POINT_IDS.creditNote,
  "learner.invoiceSent": INVOICING_DECISION_POINT_IDS.sending,
};
const DECISION_EVENT_TYPES = Object.keys(POINT_OF_EVENT) as DecisionEventType[];

const STEP_LABELS: Readonly<Record<InvoicingDecisionPoint, string>> = {
  "invoicing.deposit": "établir la facture d'acompte",
  "invoicing.draft": "établir la facture à partir des bons de livraison",
  "invoicing.cascade": "calculer la facture",
  "invoicing.validation": "valider la facture",
  "invoicing.immutability": "modifier une facture validée",
  "invoicing.creditNote": "établir une facture d'avoir",
  "invoicing.sending": "envoyer la facture",
};

const GLOSSARY: Readonly<Record<InvoicingDecisionPoint, string[]>> = {
  "invoicing.deposit": ["deposit", "depositInvoice", "vat"],
  "invoicing.draft": ["invoice", "deliveryNote", "backOrder"],
  "invoicing.cascade": ["tradeDiscount", "netCommercial", "vat", "deposit"],
  "invoicing.validation": ["invoice", "mandatoryMentions"],
  "invoicing.immutability": ["invoice", "creditNote"],
  "invoicing.creditNote": ["creditNote", "allowance"],
  "invoicing.sending": ["invoice", "approvedPlatform", "facturX", "invoiceLifecycle"],
};

const COURSE_ORDER =
  "La facturation suit l'ordre : facture d'acompte s'il y en a une, facture établie à partir des bons de livraison, calcul, validation (numéro), envoi ; puis facture d'avoir si une correction est nécessaire.";

// ───────────────────────────── Context ─────────────────────────────

export interface InvoicingContext extends DecisionContext {
  scenario: Scenario;
  orderId: string;
  customerId: string;
  /** The deposit invoice to issue, TTC (0: none). */
  depositToInvoiceCents: Cents;
  awaiting: InvoicingDecisionPoint | null;
  depositInvoiceId: string | null;
  invoiceId: string | null;
  /** The draft as the delivery notes and the order imply it: validation compares edits with it. */
  referenceDraft: DraftContent | null;
  /** Revealed once the invoice is sent, when the scenario has one. */
  incident: InvoicingIncident | null;
  creditNoteId: string | null;
  /** Invoices and credit notes sent in this stage. */
  outbox: OutboxEntry[];
  /** What the world did last (the customer's complaint), in French, for the interface. */
  notice: string | null;
}

// ───────────────────────────── Shaping helpers (the rules are in domain/) ─────────────────────────────

function must<T extends object>(result: LedgerResult<T>): { ledger: Ledger } & T {
  // The engine's truth is always feasible: a refusal here is a programming error, not a learner's.
  if (!result.ok) throw new DomainError(result.error.code, result.error.message, result.error.field);
  return result;
}

function customerOf(context: InvoicingContext) {
  const customer = context.ledger.customers.find((c) => c.id === context.customerId);
  if (!customer) throw new DomainError("customer.notFound", `customerId : client « ${context.customerId} » introuvable dans le PGI.`, "customerId");
  return customer;
}

function invoiceOf(context: InvoicingContext) {
  if (context.invoiceId === null) throw new DomainError("invoicing.noInvoice", "Aucune facture n'est encore établie.", "invoiceId");
  return getDocument(context.ledger, context.invoiceId);
}

/** "BL-2026-00001 du 12/11/2026", or the internal id of a draft, or "(commande)" for an order picked by mistake. */
function documentLabel(ledger: Ledger, id: string): string {
  const doc = findDocument(ledger, id);
  if (!doc) return `« ${id} » (inconnu)`;
  const name = doc.number ?? doc.id;
  return doc.kind === "deliveryNote" ? `${name} du ${formatDateFr(doc.date)}` : `${name} (${DOCUMENT_KINDS[doc.kind].label})`;
}

function describeFigures(figures: CascadeFigures): string {
  const vat = figures.vat.map((v) => `TVA ${formatPercent(v.rate)} ${formatEuros(v.amountCents)}`).join(", ");
  return `net commercial ${formatEuros(figures.netCommercialCents)} ; total HT ${formatEuros(figures.totalExclTaxCents)} ; ${vat} ; TTC ${formatEuros(figures.totalInclTaxCents)} ; net à payer ${formatEuros(figures.amountDueCents)}`;
}

function incidentAdvice(incident: InvoicingIncident): string {
  switch (incident.kind) {
    case "priceError":
      return `Créditez la différence de prix sur les quantités facturées de ${incident.reference} (prix convenu ${formatEuros(incident.correctUnitPrice)} HT).`;
    case "returnedGoods":
      return `Créditez les ${incident.quantity} ${incident.reference} retournés, au prix facturé.`;
    case "damagedGoods":
      return `Créditez un rabais de ${formatPercent(incident.allowancePercent)} sur les ${incident.quantity} ${incident.reference} endommagés, calculé sur leur montant net après les remises de la facture (un seul arrondi, pas un rabais unitaire arrondi).`;
  }
}

function engineHints(context: InvoicingContext, point: InvoicingDecisionPoint): string[] {
  switch (point) {
    case "invoicing.deposit":
      return [
        "Un acompte exigé à la commande donne lieu à une facture d'acompte, émise avant la facture finale : pour des biens, la TVA est due dès l'encaissement de l'acompte.",
        `Acompte exigé au contrôle de la commande : ${formatEuros(context.depositToInvoiceCents)} TTC.`,
      ];
    case "invoicing.draft":
      return [
        "On facture ce qui a été livré : la facture s'établit à partir des bons de livraison, pas à partir de la commande.",
        `Bons de livraison non encore facturés : ${uninvoicedDeliveryNotes(context.ledger, context.orderId).map((n) => documentLabel(context.ledger, n.id)).join(", ")}.`,
      ];
    case "invoicing.cascade": {
      const invoice = invoiceOf(context);
      return [
        "Montant brut → remises successives (chacune sur le net précédent) → net commercial → port → total HT → TVA par taux → total TTC → acompte déduit → net à payer.",
        `Remises de la commande : ${formatDiscounts(invoice.reductions.tradeDiscounts ?? [])} ; acompte à déduire : ${formatEuros(invoice.depositCents)} TTC.`,
      ];
    }
    case "invoicing.validation":
      return [
        "Une facture validée prend le numéro suivant de sa série : numérotation continue et chronologique, sans trou ni doublon.",
        `Dernière facture de la série : ${lastNumberOfSeries(context.ledger, "invoice") ?? "aucune (première facture)"}.`,
      ];
    case "invoicing.creditNote":
      return [
        "Une facture validée ne se modifie pas : on établit une facture d'avoir, qui cite le numéro et la date de la facture et ne crédite que ce qui doit l'être.",
        context.incident !== null ? incidentAdvice(context.incident) : "Aucune correction n'est demandée.",
      ];
    case "invoicing.sending":
      return sendingHints(context);
    case "invoicing.immutability":
      return [];
  }
}

/** The calendar of the reform, then the facts that decide this document's route (not the route itself). */
function sendingHints(context: InvoicingContext): string[] {
  // In the credit note's sending state the credit note exists; before it, only the invoice does.
  const documentId = context.creditNoteId ?? invoiceOf(context).id;
  const customer = customerOf(context);
  return [
    `Trois routes : la plateforme agréée (Factur-X), obligatoire entre entreprises établies en France quand la réforme atteint le vendeur (${reformCalendar()}) ; sinon le PDF par courriel du cours, ou le courrier sans adresse électronique.`,
    `Vendeur : ${COMPANY_SIZE_LABELS[context.scenario.company.identity.size]} ; date du document : ${formatDateFr(getDocument(context.ledger, documentId).date)} ; client : ${E_INVOICING_SCOPE_LABELS[eInvoicingScope(customer)]} ; adresse électronique du compte client : ${customer.contact?.email ?? "aucune"}.`,
  ];
}

/** The decision awaited, with its hints; none at the end. */
function hintedPoint(context: InvoicingContext): HintedPoint | undefined {
  if (context.awaiting === null) return undefined;
  return { id: context.awaiting, hints: hintsAvailable(context.scenario.notes, context.awaiting, engineHints(context, context.awaiting)) };
}

/** A decision recorded: trace, feedback, and the hints start again for the next point. */
function recorded(context: InvoicingContext, point: InvoicingDecisionPoint, judgement: Judgement) {
  const entry = traceEntry(context, { stage: "invoicing", notes: context.scenario.notes }, { decisionPoint: point, ...judgement, glossary: GLOSSARY[point] });
  return withDecisionRecorded(context, entry);
}

// ───────────────────────────── Judgements ─────────────────────────────

function issueDeposit(context: InvoicingContext, typed: number) {
  const amount = context.depositToInvoiceCents;
  const required = depositStillToInvoice(context.ledger, context.orderId, context.carried.depositRequiredCents);
  const created = must(createDepositInvoice(context.ledger, context.orderId, amount, context.today));
  const validated = must(validateInvoice(created.ledger, created.document.id, context.today));
  const paid = must(recordPayment(validated.ledger, { invoiceId: created.document.id, date: context.today, amountCents: amount, method: "transfer", reference: "Acompte versé à la commande" }));
  const totals = documentTotals(paid.ledger, created.document.id);
  const vat = totals.vat.map((v) => `TVA ${formatPercent(v.rate)} ${formatEuros(v.amountCents)}`).join(" + ");
  const adjusted = amount !== required ? ` (${formatEuros(required)} exigés : ${formatEuros(amount)} est le montant le plus proche qui se décompose exactement en HT + TVA au centime)` : "";
  const judgement: Judgement = {
    answer: `Facture d'acompte de ${formatEuros(typed)} TTC`,
    expected: `Facture d'acompte de ${formatEuros(amount)} TTC`,
    correct: typed === amount,
    explanation:
      `${typed === amount ? "" : `Vous avez facturé ${formatEuros(typed)} au lieu de ${formatEuros(amount)} TTC. `}` +
      `Acompte exigé au contrôle de la commande : ${formatEuros(amount)} TTC${adjusted}. ` +
      `Facture d'acompte ${validated.number} du ${formatDateFr(context.today)} : ${formatEuros(totals.totalExclTaxCents)} HT + ${vat} = ${formatEuros(totals.totalInclTaxCents)} TTC ; pour des biens, la TVA est exigible dès l'encaissement de l'acompte. ` +
      "Le règlement de l'acompte est enregistré ; la facture finale déduira ce montant TTC.",
  };
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.deposit, judgement), ledger: paid.ledger, depositInvoiceId: created.document.id };
}

function draftInvoice(context: InvoicingContext, typedIds: string[]) {
  const notes = uninvoicedDeliveryNotes(context.ledger, context.orderId);
  const expectedIds = notes.map((n) => n.id);
  const correct = typedIds.length === expectedIds.length && expectedIds.every((id) => typedIds.includes(id));
  const created = must(createInvoiceFromDeliveryNotes(context.ledger, expectedIds, context.today));
  const draft = created.document;
  const order = getDocument(context.ledger, context.orderId);
  const pickedOrder = typedIds.some((id) => findDocument(context.ledger, id)?.kind === "purchaseOrder");
  const backOrder = remainingToDeliver(context.ledger, context.orderId).filter((p) => p.remaining > 0);
  const noteFacts = notes.map((n) => `${documentLabel(context.ledger, n.id)} (${n.lines.map((l) => `${l.quantity} × ${l.reference ?? l.description}`).join(", ")})`).join(" ; ");
  const judgement: Judgement = {
    answer: typedIds.length === 0 ? "aucun document" : typedIds.map((id) => documentLabel(context.ledger, id)).join(", "),
    expected: expectedIds.map((id) => documentLabel(context.ledger, id)).join(", "),
    correct,
    explanation:
      `${pickedOrder ? "Une commande ne se facture pas : on facture la marchandise livrée, donc les bons de livraison. " : correct ? "" : "Il faut reprendre tous les bons de livraison non encore facturés, et eux seuls. "}` +
      `On facture ce qui a été livré : ${noteFacts}. Le brouillon reprend les prix et les remises de la commande ${order.number ?? order.id} (${formatDiscounts(order.reductions.tradeDiscounts ?? [])})` +
      `${draft.shippingCents > 0 ? `, le port de ${formatEuros(draft.shippingCents)} HT` : ""}${draft.depositCents > 0 ? ` et déduit l'acompte de ${formatEuros(draft.depositCents)} TTC` : ""}.` +
      (backOrder.length > 0
        ? ` Le reliquat non livré (${backOrder.map((p) => `${p.remaining} × ${p.reference ?? p.description}`).join(", ")}) n'est pas facturé : il le sera à sa livraison.`
        : ""),
  };
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.draft, judgement), ledger: created.ledger, invoiceId: draft.id, referenceDraft: draftContent(draft) };
}

function checkCascade(context: InvoicingContext, typed: CascadeFigures) {
  const totals = documentTotals(context.ledger, invoiceOf(context).id);
  const expected = cascadeFigures(totals);
  const { differences, perRate } = judgeCascade(totals, typed);
  const acceptedPerRate = perRate.length > 0 ? ` Acceptés : ${perRate.join(" ; ")}.` : "";
  const judgement: Judgement = {
    answer: describeFigures(typed),
    expected: describeFigures(expected),
    correct: differences.length === 0,
    explanation:
      differences.length === 0
        ? `Cascade exacte : ${printedCascade(totals)}.${acceptedPerRate}`
        : `Écarts : ${differences.join(" ; ")}.${acceptedPerRate} La cascade de la facture, chaque réduction calculée sur le net précédent et arrondie au centime : ${printedCascade(totals)}.`,
  };
  return recorded(context, INVOICING_DECISION_POINT_IDS.cascade, judgement);
}

function validateFinalInvoice(context: InvoicingContext, typedNumber: string) {
  const invoice = invoiceOf(context);
  const reference = context.referenceDraft ?? draftContent(invoice);
  const differences = draftDifferences(reference, draftContent(invoice));
  const expectedNumber = nextDocumentNumber(context.ledger, "invoice", context.today) ?? "";
  const last = lastNumberOfSeries(context.ledger, "invoice");
  let ledger = context.ledger;
  if (differences.length > 0) ledger = must(updateDraft(ledger, invoice.id, { lines: reference.lines, reductions: reference.reductions, shippingCents: reference.shippingCents, depositCents: reference.depositCents })).ledger;
  const validated = must(validateInvoice(ledger, invoice.id, context.today));
  const numberRight = typedNumber.trim() === validated.number;
  const customer = customerOf(context);
  const judgement: Judgement = {
    answer: `Facture validée sous le numéro ${typedNumber}${differences.length > 0 ? " (brouillon modifié)" : ""}`,
    expected: `Facture validée sous le numéro ${expectedNumber}, conforme aux bons de livraison`,
    correct: numberRight && differences.length === 0,
    explanation:
      `${numberRight ? "" : `Le numéro ${typedNumber} ne suit pas la série. `}` +
      `${last !== undefined ? `Dernière facture de la série : ${last} ; la` : "Première facture de la série : la"} facture prend le numéro suivant, ${validated.number}, daté du ${formatDateFr(context.today)} : la série est continue et chronologique, sans trou ni doublon. ` +
      `Échéance : ${formatDateFr(validated.document.dueDate ?? context.today)} (${describePaymentTerms(customer.paymentTerms)}). ` +
      (differences.length > 0 ? `Le brouillon avait été modifié (${differences.join(" ; ")}) : le PGI valide la facture conforme aux bons de livraison et à la commande. ` : "") +
      "Désormais la facture est intangible : ni modification ni suppression ; une correction passe par une facture d'avoir.",
  };
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.validation, judgement), ledger: validated.ledger };
}

/** The route the reform and the customer account call for, by the document's issue date (docs/decisions/0091). */
function sendingRoute(context: InvoicingContext, documentId: string): RouteDecision {
  return expectedRoute({ issueDate: getDocument(context.ledger, documentId).date, sellerSize: context.scenario.company.identity.size, customer: customerOf(context) });
}

/** How the document left, on the route the engine expects (the PGI sends it right whatever the learner chose). */
function sendingFacts(what: string, entry: OutboxEntry): string {
  switch (entry.channel) {
    case "platform":
      return `${what} déposée le ${formatDateFr(entry.date)} sur la plateforme agréée du vendeur, au format Factur-X (${entry.attachmentName}), pour ${entry.to} : statut « Déposée », puis « Mise à disposition » du client par sa propre plateforme.`;
    case "email":
      return `${what} envoyée par courriel à ${entry.to}, en pièce jointe PDF (${entry.attachmentName}), objet « ${entry.subject} » : c'est la facturation dématérialisée du cours.`;
    case "post":
      return `${what} envoyée par courrier postal à ${entry.to} : le compte client n'a pas d'adresse électronique.`;
  }
}

function sendDocument(context: InvoicingContext, documentId: string, typed: SendingChannel) {
  const route = sendingRoute(context, documentId);
  const entry = outboxEntry(context.ledger, documentId, route.channel, context.today);
  const doc = getDocument(context.ledger, documentId);
  const what = `${capitalize(DOCUMENT_KINDS[doc.kind].label)} ${entry.number}`;
  const confusion = routeConfusion(typed, route);
  const judgement: Judgement = {
    answer: `Envoi par ${SENDING_CHANNEL_LABELS[typed]}`,
    expected: `Envoi par ${SENDING_CHANNEL_LABELS[route.channel]}`,
    correct: typed === route.channel,
    explanation: `${confusion === "" ? "" : `${confusion} `}${routeRule(route)} ${sendingFacts(what, entry)} Le double est conservé dans le PGI (archivage 10 ans).`,
  };
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.sending, judgement), outbox: [...context.outbox, entry] };
}

function revealIncident(context: InvoicingContext) {
  const incident = context.scenario.invoicingIncident ?? null;
  if (incident === null) return {};
  const reportedOn = maxDate(context.today, incident.reportedOn ?? context.today);
  const customer = customerOf(context);
  return { incident, today: reportedOn, notice: `Le ${formatDateFr(reportedOn)}, ${customer.name} signale : « ${incident.message} »`, ...customerAnswered(context, reportedOn) };
}

/** The customer's answer on its platform to the invoice deposited there: disputed on the day of its complaint, approved otherwise (an email or a letter has no status). */
function customerAnswered(context: InvoicingContext, disputedOn: IsoDate | null): Pick<InvoicingContext, "outbox"> {
  return { outbox: context.invoiceId === null ? context.outbox : withLifecycleStep(context.outbox, context.invoiceId, customerResponse(disputedOn, context.today)) };
}

/** What the credit note credits, in the feedback: the lines with the invoice's remises, or the rabais computed on the net (docs/decisions/0080). */
function creditedWhat(plan: { allowanceCents?: Cents }, expected: readonly TypedLine[], noteDiscounts: readonly number[], invoiceDiscounts: readonly number[]): string {
  if (plan.allowanceCents === undefined) return `${describeLines(expected)} avec les remises de la facture (${formatDiscounts(noteDiscounts)})`;
  return `un rabais de ${formatEuros(plan.allowanceCents)} HT, calculé en une fois sur le net des articles endommagés après les remises de la facture (${formatDiscounts(invoiceDiscounts)})`;
}

function issueCreditNote(context: InvoicingContext, event: { full?: boolean; lines?: TypedLine[]; reason: string }) {
  const invoice = invoiceOf(context);
  const incident = context.incident;
  if (incident === null) return {};
  const plan = creditNoteFor(context.ledger, invoice.id, incident);
  if (!plan.ok) throw new DomainError("invoicing.incident", plan.message, "invoicingIncident");
  const expected = plan.lines.map(typedLine);
  const differences = event.full === true ? ["avoir total : toute la facture serait annulée"] : creditNoteDifferences(plan, event.lines ?? []);
  const reason = event.reason.trim() !== "" ? event.reason.trim() : plan.reason;
  const created = must(createCreditNote(context.ledger, invoice.id, { date: context.today, reason, lines: plan.lines, ...(plan.reductions !== undefined ? { reductions: plan.reductions } : {}) }));
  const validated = must(validateInvoice(created.ledger, created.document.id, context.today));
  const note = validated.document;
  const totals = documentTotals(validated.ledger, note.id);
  const vat = totals.vat.map((v) => `TVA ${formatPercent(v.rate)} ${formatEuros(v.amountCents)}`).join(", ");
  const judgement: Judgement = {
    answer: event.full === true ? "Avoir total (annulation de la facture)" : `Avoir : ${describeLines(event.lines ?? [])}`,
    expected: `Avoir : ${describeLines(expected)}`,
    correct: differences.length === 0,
    explanation:
      `${differences.length > 0 ? `Écarts : ${differences.join(" ; ")} ; on ne crédite que ce qui doit l'être. ` : ""}` +
      `${plan.reason}. Facture d'avoir ${note.number} du ${formatDateFr(note.date)} : elle se rapporte à la facture ${note.creditedInvoice?.number} du ${formatDateFr(note.creditedInvoice?.date ?? invoice.date)} ; ` +
      `elle crédite ${creditedWhat(plan, expected, note.reductions.tradeDiscounts ?? [], invoice.reductions.tradeDiscounts ?? [])} : ${formatEuros(totals.totalExclTaxCents)} HT, ${vat}, ${formatEuros(totals.totalInclTaxCents)} TTC. ` +
      `La facture ${invoice.number} reste inchangée (facture de droit) ; solde dû par le client sur cette facture : ${formatEuros(invoiceBalance(validated.ledger, invoice.id))}.`,
  };
  return { ...recorded(context, INVOICING_DECISION_POINT_IDS.creditNote, judgement), ledger: validated.ledger, creditNoteId: note.id };
}

function targetOf(context: InvoicingContext, event: { documentId?: string }): string | null {
  return event.documentId ?? context.invoiceId;
}

/** An edit or deletion the ledger refuses on a validated document: recorded with the ledger's own message. */
function refusal(context: InvoicingContext, id: string, action: "edit" | "delete") {
  const doc = getDocument(context.ledger, id);
  const refused = action === "edit" ? updateDraft(context.ledger, id, {}) : deleteDraft(context.ledger, id);
  const message = refused.ok ? "" : refused.error.message;
  const verb = action === "edit" ? "Modifier" : "Supprimer";
  const entry = traceEntry(context, { stage: "invoicing" }, {
    decisionPoint: INVOICING_DECISION_POINT_IDS.immutability,
    answer: `${verb} ${describeDocument(doc)} du ${formatDateFr(doc.date)}`,
    expected: "Ne pas y toucher : corriger ou annuler par une facture d'avoir",
    correct: false,
    verdict: "refused",
    explanation: `${message} Le PGI a refusé : ${describeDocument(doc)} du ${formatDateFr(doc.date)} est inchangée.`,
    hintsUsed: 0,
    glossary: GLOSSARY["invoicing.immutability"],
  });
  return withDecisionRecorded(context, entry, "stillOpen");
}

function outOfOrderEntry(context: InvoicingContext, attempted: DecisionEventType): TraceEntry {
  const point = POINT_OF_EVENT[attempted];
  const expected = context.awaiting !== null ? STEP_LABELS[context.awaiting] : "aucune action";
  const why =
    attempted === "learner.invoiceDrafted" && context.awaiting === "invoicing.deposit"
      ? " La facture d'acompte s'établit avant la facture finale, qui en déduit le montant TTC."
      : attempted === "learner.invoiceSent" && (context.awaiting === "invoicing.cascade" || context.awaiting === "invoicing.validation" || context.awaiting === "invoicing.draft")
        ? " On n'envoie qu'une facture validée, donc numérotée."
        : attempted === "learner.creditNoteIssued" && context.incident === null
          ? " Aucune correction n'est demandée : un avoir corrige ou annule une facture validée après une erreur, un retour ou un rabais."
          : attempted === "learner.depositInvoiceIssued" && context.depositToInvoiceCents === 0
            ? " Aucun acompte n'est à facturer pour cette commande."
            : "";
  return traceEntry(context, { stage: "invoicing" }, {
    decisionPoint: point,
    answer: `${STEP_LABELS[point]} (hors séquence)`,
    expected,
    correct: false,
    verdict: "outOfOrder",
    explanation: `« ${STEP_LABELS[point]} » n'est pas l'étape attendue maintenant : il faut ${expected}.${why} ${COURSE_ORDER}`,
    hintsUsed: 0,
    glossary: GLOSSARY[point],
  });
}

function initialContext(input: StageInput): InvoicingContext {
  const { orderId } = input.carried;
  if (orderId === undefined) throw new DomainError("invoicing.noOrder", "carried.orderId : aucune commande à facturer.", "carried.orderId");
  const order = getDocument(input.ledger, orderId);
  const still = depositStillToInvoice(input.ledger, orderId, input.carried.depositRequiredCents);
  const deposit = still > 0 ? (issuableDepositAmount(input.ledger, orderId, still, input.today) ?? 0) : 0;
  return {
    scenario: input.scenario,
    orderId,
    customerId: order.customerId,
    depositToInvoiceCents: deposit,
    ledger: input.ledger,
    today: input.today,
    carried: input.carried,
    awaiting: null,
    depositInvoiceId: null,
    invoiceId: null,
    referenceDraft: null,
    incident: null,
    creditNoteId: null,
    outbox: [],
    notice: null,
    ...noDecisionYet(),
  };
}

function invoicingOutput(context: InvoicingContext): StageOutput {
  const created = [context.depositInvoiceId, context.invoiceId, context.creditNoteId].filter((id): id is string => id !== null);
  return stageOutput("invoicing", context, {
    carried: {
      ...context.carried,
      ...(context.invoiceId !== null ? { invoiceId: context.invoiceId } : {}),
      documentIds: [...(context.carried.documentIds ?? []), ...created],
      outbox: [...(context.carried.outbox ?? []), ...context.outbox],
    },
  });
}

function isWholeCents(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value);
}

// ───────────────────────────── The machine ─────────────────────────────

type AwaitParams = { point: InvoicingDecisionPoint | null };
type SendParams = { document: "invoice" | "creditNote" };

/** Every learner step, recorded out of order unless the state handles it itself (its own key wins). */
const OUT_OF_ORDER = Object.fromEntries(DECISION_EVENT_TYPES.map((type) => [type, { actions: "recordOutOfOrder" as const }]));
const HINT = { "learner.hintRequested": [{ guard: "hasHintLeft" as const, actions: "giveHint" as const }, {}] };
/** No draft yet: only documents already validated (an opening invoice, the deposit invoice) can be aimed at, and refuse. */
const EDITS_BEFORE_DRAFT = {
  "learner.invoiceEditAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseEdit" as const }, {}],
  "learner.invoiceDeleteAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseDelete" as const }, {}],
};
/** The draft changes freely; a validated document aimed at refuses. */
const EDITS_ON_DRAFT = {
  "learner.draftEdited": [{ guard: "isDraftEditAccepted" as const, actions: "editDraft" as const }, {}],
  "learner.invoiceEditAttempted": [
    { guard: "isDraftEditAccepted" as const, actions: "editDraft" as const },
    { guard: "targetsValidatedDocument" as const, actions: "refuseEdit" as const },
    {},
  ],
  "learner.invoiceDeleteAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseDelete" as const }, {}],
};
/** The invoice is validated: any edit of it is refused and recorded (docs/decisions/0056). */
const EDITS_AFTER_VALIDATION = {
  "learner.draftEdited": { actions: "refuseEdit" as const },
  "learner.invoiceEditAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseEdit" as const }, {}],
  "learner.invoiceDeleteAttempted": [{ guard: "targetsValidatedDocument" as const, actions: "refuseDelete" as const }, {}],
};

/** The steps of the stage, in the course's order, as the checklist lists them. */
export type InvoicingStep = "deposit" | "draft" | "cascade" | "validation" | "sendInvoice" | "creditNote" | "sendCreditNote";

function isDepositDue(context: InvoicingContext): boolean {
  return context.depositToInvoiceCents > 0;
}

/**
 * The steps this invoicing goes through: the deposit invoice when intake asked one (or it is issued),
 * the correction once the after-invoice incident is revealed (or the credit note exists).
 */
export function invoicingSteps(context: InvoicingContext): InvoicingStep[] {
  return [
    ...(isDepositDue(context) || context.depositInvoiceId !== null ? (["deposit"] as const) : []),
    "draft",
    "cascade",
    "validation",
    "sendInvoice",
    ...(context.incident !== null || context.creditNoteId !== null ? (["creditNote", "sendCreditNote"] as const) : []),
  ];
}

export const invoicingMachine = setup({
  types: {
    context: {} as InvoicingContext,
    events: {} as InvoicingEvent,
    input: {} as StageInput,
    output: {} as StageOutput,
  },
  guards: {
    hasHintLeft: ({ context }) => hasHintLeft(context, hintedPoint(context)),
    hasNothingToInvoice: ({ context }) => uninvoicedDeliveryNotes(context.ledger, context.orderId).length === 0,
    isDepositDue: ({ context }) => isDepositDue(context),
    isDepositAmountTyped: ({ event }) => event.type === "learner.depositInvoiceIssued" && isWholeCents(event.amountInclTaxCents) && event.amountInclTaxCents > 0,
    isSelectionMade: ({ event }) => event.type === "learner.invoiceDrafted" && event.deliveryNoteIds.length > 0,
    isCascadeComplete: ({ event }) =>
      event.type === "learner.cascadeComputed" &&
      [event.netCommercialCents, event.totalExclTaxCents, event.totalInclTaxCents, event.amountDueCents].every(isWholeCents) &&
      event.vat.every((v) => isWholeCents(v.amountCents)),
    isNumberTyped: ({ event }) => event.type === "learner.invoiceValidated" && event.number.trim() !== "",
    isChannelKnown: ({ event }) => event.type === "learner.invoiceSent" && Object.hasOwn(SENDING_CHANNEL_LABELS, event.channel),
    /** The scenario reports an incident this invoice can be corrected for. */
    isCorrectionCalledFor: ({ context }) => {
      const incident = context.scenario.invoicingIncident;
      return incident !== undefined && context.invoiceId !== null && creditNoteFor(context.ledger, context.invoiceId, incident).ok;
    },
    /** Either the lines credited or a full cancellation, and a reason (the ledger requires one). */
    isCreditNoteComplete: ({ event }) =>
      event.type === "learner.creditNoteIssued" && event.reason.trim() !== "" && (event.full === true) !== (event.lines !== undefined && event.lines.length > 0),
    /** The stage's invoice is still a draft and the ledger takes the change. */
    isDraftEditAccepted: ({ context, event }) => {
      if (event.type !== "learner.draftEdited" && event.type !== "learner.invoiceEditAttempted") return false;
      const id = event.type === "learner.invoiceEditAttempted" ? targetOf(context, event) : context.invoiceId;
      const doc = id !== null ? findDocument(context.ledger, id) : undefined;
      return doc !== undefined && doc.kind === "invoice" && doc.status === "draft" && updateDraft(context.ledger, doc.id, event.patch).ok;
    },
    /** The document aimed at is validated: the attempt is refused and recorded. */
    targetsValidatedDocument: ({ context, event }) => {
      if (event.type !== "learner.draftEdited" && event.type !== "learner.invoiceEditAttempted" && event.type !== "learner.invoiceDeleteAttempted") return false;
      const id = event.type === "learner.draftEdited" ? context.invoiceId : targetOf(context, event);
      const doc = id !== null ? findDocument(context.ledger, id) : undefined;
      return doc !== undefined && doc.status !== "draft";
    },
  },
  actions: {
    awaitDecision: assign((_, params: AwaitParams) => ({ awaiting: params.point })),
    giveHint: assign(({ context }) => withHintShown(context, hintedPoint(context))),
    recordOutOfOrder: assign(({ context, event }) => withDecisionRecorded(context, outOfOrderEntry(context, event.type as DecisionEventType), "stillOpen")),
    issueDeposit: assign(({ context, event }) => (event.type === "learner.depositInvoiceIssued" ? issueDeposit(context, event.amountInclTaxCents) : {})),
    draftInvoice: assign(({ context, event }) => (event.type === "learner.invoiceDrafted" ? draftInvoice(context, event.deliveryNoteIds) : {})),
    checkCascade: assign(({ context, event }) => (event.type === "learner.cascadeComputed" ? checkCascade(context, event) : {})),
    editDraft: assign(({ context, event }) => {
      if (event.type !== "learner.draftEdited" && event.type !== "learner.invoiceEditAttempted") return {};
      const id = event.type === "learner.invoiceEditAttempted" ? targetOf(context, event) : context.invoiceId;
      if (id === null) return {};
      return { ledger: must(updateDraft(context.ledger, id, event.patch)).ledger, notice: "Brouillon de facture modifié." };
    }),
    refuseEdit: assign(({ context, event }) => {
      const id = event.type === "learner.invoiceEditAttempted" ? targetOf(context, event) : context.invoiceId;
      return id === null ? {} : refusal(context, id, "edit");
    }),
    refuseDelete: assign(({ context, event }) => {
      const id = event.type === "learner.invoiceDeleteAttempted" ? targetOf(context, event) : null;
      return id === null ? {} : refusal(context, id, "delete");
    }),
    validateInvoice: assign(({ context, event }) => (event.type === "learner.invoiceValidated" ? validateFinalInvoice(context, event.number) : {})),
    send: assign(({ context, event }, params: SendParams) => {
      const id = params.document === "invoice" ? context.invoiceId : context.creditNoteId;
      return event.type === "learner.invoiceSent" && id !== null ? sendDocument(context, id, event.channel) : {};
    }),
    revealIncident: assign(({ context }) => revealIncident(context)),
    recordApproval: assign(({ context }) => customerAnswered(context, null)),
    issueCreditNote: assign(({ context, event }) => (event.type === "learner.creditNoteIssued" ? issueCreditNote(context, event) : {})),
  },
}).createMachine({
  id: "invoicing",
  context: ({ input }) => initialContext(input),
  initial: "start",
  // Handlers are per state, never on the root: a finished stage must answer `can` with false.
  states: {
    /** Nothing delivered: nothing to invoice. A deposit due: its invoice comes first. */
    start: {
      always: [{ guard: "hasNothingToInvoice", target: "done" }, { guard: "isDepositDue", target: "depositing" }, { target: "drafting" }],
    },
    depositing: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.deposit } },
      on: { ...OUT_OF_ORDER, ...HINT, ...EDITS_BEFORE_DRAFT, "learner.depositInvoiceIssued": [{ guard: "isDepositAmountTyped", target: "drafting", actions: "issueDeposit" }, {}] },
    },
    drafting: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.draft } },
      on: { ...OUT_OF_ORDER, ...HINT, ...EDITS_BEFORE_DRAFT, "learner.invoiceDrafted": [{ guard: "isSelectionMade", target: "computing", actions: "draftInvoice" }, {}] },
    },
    computing: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.cascade } },
      on: { ...OUT_OF_ORDER, ...HINT, ...EDITS_ON_DRAFT, "learner.cascadeComputed": [{ guard: "isCascadeComplete", target: "reviewing", actions: "checkCascade" }, {}] },
    },
    reviewing: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.validation } },
      on: { ...OUT_OF_ORDER, ...HINT, ...EDITS_ON_DRAFT, "learner.invoiceValidated": [{ guard: "isNumberTyped", target: "sending", actions: "validateInvoice" }, {}] },
    },
    sending: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.sending } },
      on: {
        ...OUT_OF_ORDER,
        ...HINT,
        ...EDITS_AFTER_VALIDATION,
        "learner.invoiceSent": [
          { guard: { type: "isChannelKnown" }, target: "routingIncident", actions: { type: "send", params: { document: "invoice" } } },
          {},
        ],
      },
    },
    /** Once the invoice is sent, the customer may report what calls for a credit note. */
    routingIncident: {
      always: [{ guard: "isCorrectionCalledFor", target: "correcting", actions: "revealIncident" }, { target: "done", actions: "recordApproval" }],
    },
    correcting: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.creditNote } },
      on: { ...OUT_OF_ORDER, ...HINT, ...EDITS_AFTER_VALIDATION, "learner.creditNoteIssued": [{ guard: "isCreditNoteComplete", target: "sendingCreditNote", actions: "issueCreditNote" }, {}] },
    },
    sendingCreditNote: {
      entry: { type: "awaitDecision", params: { point: INVOICING_DECISION_POINT_IDS.sending } },
      on: { ...OUT_OF_ORDER, ...HINT, ...EDITS_AFTER_VALIDATION, "learner.invoiceSent": [{ guard: "isChannelKnown", target: "done", actions: { type: "send", params: { document: "creditNote" } } }, {}] },
    },
    done: {
      type: "final",
      entry: { type: "awaitDecision", params: { point: null } },
    },
  },
  output: ({ context }) => invoicingOutput(context),
});

// ───────────────────────────── Solver and wrong answers ─────────────────────────────

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
  const actor = startObserved(invoicingMachine, { input });
  throwIfFailed(actor);
  const walk: { snapshot: InvoicingSnapshot; event: InvoicingEvent }[] = [];
  for (let step = 0; step < MAX_SOLVER_STEPS; step++) {
    const snapshot = actor.getSnapshot();
    const event = expectedInvoicingEvent(snapshot);
    if (event === undefined) break;
    walk.push({ snapshot, event });
    sendOrThrow(actor, event);
  }
  actor.stop();
  return walk;
}

/** The learner events the engine's key derives, from the deposit invoice to the last sending, with full marks. */
export function solveInvoicing(input: StageInput): InvoicingEvent[] {
  return solverWalk(input).map((step) => step.event);
}

function sameEvent(a: InvoicingEvent, b: InvoicingEvent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
