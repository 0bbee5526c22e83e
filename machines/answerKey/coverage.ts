/**
 * What the course asks the library of scenarios to practise (issue 17, « Scenario library »): the
 * situations of the chapter, each recognised in a scenario from its data and from the engine's
 * answer key, never from a label the author writes (a declared tag could lie; the key cannot).
 * The command line prints the coverage table into scenarios/README.md, and a test fails when a
 * situation of the course has no scenario (docs/decisions/0143).
 */
import { MENTIONS, STAGE_INVOICE_REF, type NotionId, type Scenario, type StageId } from "@/domain";
import type { InvoiceControlEvent } from "../invoiceControl";
import type { InvoicingEvent } from "../invoicing";
import type { OrderIntakeEvent } from "../orderIntake";
import type { OrderProcessingEvent } from "../orderProcessing";
import type { PaymentFollowUpEvent } from "../paymentFollowUp";
import type { solveScenario } from "./index";

/** A scenario and the engine's solution of it: what every detector reads. */
export interface SolvedScenario {
  scenario: Scenario;
  solved: ReturnType<typeof solveScenario>;
}

export interface CourseSituation {
  id: string;
  /** The situation in the course's words, as the coverage table prints it. */
  label: string;
  /** The stage of the course it belongs to. */
  stage: StageId;
  /** The notion of the course it practises (domain/quiz/notions.ts). */
  notion: NotionId;
  practisedBy: (played: SolvedScenario) => boolean;
}

/** An event of the answer key, as the stage that receives it types it (the player passes them untyped). */
type KeyEvent = OrderIntakeEvent | OrderProcessingEvent | InvoicingEvent | InvoiceControlEvent | PaymentFollowUpEvent;

/** The answer key's events of one type, narrowed. */
function keyEvents<T extends KeyEvent["type"]>(played: SolvedScenario, type: T): Extract<KeyEvent, { type: T }>[] {
  return (played.solved.events as readonly KeyEvent[]).filter((event): event is Extract<KeyEvent, { type: T }> => event.type === type);
}

/** The customer the incoming order comes from, when it is a customer of the file. */
function orderingCustomer(scenario: Scenario): Scenario["customers"][number] | undefined {
  const existing = existingCustomerId(scenario);
  return existing === undefined ? undefined : scenario.customers.find((customer) => customer.id === existing);
}

function existingCustomerId(scenario: Scenario): string | undefined {
  const customer = scenario.order?.customer;
  return customer !== undefined && "existingId" in customer ? customer.existingId : undefined;
}

/** The customers whose invoices the follow-up stage chases (an `@stage` invoice: the order's customer). */
function followedCustomers(scenario: Scenario): Scenario["customers"] {
  const invoices = scenario.followUp?.invoices ?? [];
  const ids = new Set(invoices.map((ref) => (ref === STAGE_INVOICE_REF ? existingCustomerId(scenario) : scenario.ledger.openInvoices.find((invoice) => invoice.number === ref)?.customerId)));
  return scenario.customers.filter((customer) => ids.has(customer.id));
}

function dunningActions(played: SolvedScenario): string[] {
  return keyEvents(played, "learner.actionChosen").map((event) => event.action);
}

/** An ordered line whose price is not the catalogue's: an anomaly, or a valid quote's price that prevails. */
function priceDiffersFromCatalogue(scenario: Scenario): boolean {
  return (scenario.order?.lines ?? []).some((line) => {
    const product = scenario.products.find((candidate) => candidate.reference === line.reference);
    return product !== undefined && line.unitPrice !== undefined && line.unitPrice !== product.unitPrice;
  });
}

function orderedProductsShort(scenario: Scenario): boolean {
  return (scenario.order?.lines ?? []).some((line) => {
    const product = scenario.products.find((candidate) => candidate.reference === line.reference);
    return product !== undefined && product.stock < line.quantity && (product.madeToOrder || (product.leadTimeDays ?? 0) > 0);
  });
}

function vatRatesOfOrder(scenario: Scenario): Set<number> {
  const rates = (scenario.order?.lines ?? []).flatMap((line) => scenario.products.filter((product) => product.reference === line.reference).map((product) => product.vatRate));
  return new Set(rates);
}

function vatRatesOfControlledInvoice(scenario: Scenario): Set<number> {
  return new Set((scenario.invoiceControl?.invoice.lines ?? []).map((line) => line.vatRate).filter((rate) => rate !== undefined));
}

/** A finding of the control stage's key that is an absent mention (its code), not a wrong figure (a field's path). */
function missingMentions(played: SolvedScenario): string[] {
  return keyEvents(played, "learner.findingMarked")
    .map((event) => event.field)
    .filter((field) => Object.hasOwn(MENTIONS, field));
}

const INVOICE_FIGURE = /^(?:totals\.|lines\[\d+\]\.lineTotalCents$)/u;

/** A payment that leaves a balance: a second payment on the same invoice, or a step of the ladder after it. */
function partialPayment(played: SolvedScenario): boolean {
  const events = played.solved.events;
  return events.some((event, index) => {
    if (event.type !== "learner.paymentRecorded") return false;
    return events.slice(index + 1).some((later) => (later.type === "learner.paymentRecorded" || (later.type === "learner.actionChosen" && later.action !== "wait")) && later.invoice === event.invoice);
  });
}

export const COURSE_SITUATIONS: readonly CourseSituation[] = [
  // Stage 1 — how the order arrives and the seven checks.
  { id: "faxFromSalesRep", stage: "orderIntake", notion: "orderReception", label: "Une commande transmise par fax par un représentant", practisedBy: ({ scenario }) => scenario.order?.channel === "fax" && scenario.order.source === "salesRep" },
  { id: "letterOrder", stage: "orderIntake", notion: "orderReception", label: "Une commande reçue par courrier", practisedBy: ({ scenario }) => scenario.order?.channel === "mail" },
  { id: "signedQuote", stage: "orderIntake", notion: "orderReception", label: "Un devis signé qui vaut commande", practisedBy: ({ scenario }) => scenario.order?.support === "quote" },
  { id: "newCustomer", stage: "orderIntake", notion: "customerAccount", label: "Un nouveau client dont il faut créer le compte", practisedBy: (played) => keyEvents(played, "learner.accountCreated").length > 0 },
  {
    id: "insolvencyProceedings",
    stage: "orderIntake",
    notion: "solvency",
    label: "Un client en procédure collective (sauvegarde, redressement, liquidation)",
    practisedBy: ({ scenario }) => (orderingCustomer(scenario)?.solvency.proceedings ?? "none") !== "none",
  },
  { id: "paymentIncidents", stage: "orderIntake", notion: "solvency", label: "Un client qui a eu des incidents de paiement", practisedBy: ({ scenario }) => (orderingCustomer(scenario)?.solvency.incidents.length ?? 0) > 0 },
  {
    id: "acceptedOrdersInOutstanding",
    stage: "orderIntake",
    notion: "creditLimit",
    label: "Un encours qui compte des commandes acceptées non encore facturées",
    practisedBy: ({ scenario }) => scenario.stages.includes("orderIntake") && scenario.ledger.acceptedOrders.some((order) => order.customerId === existingCustomerId(scenario)),
  },
  { id: "creditLimitExceeded", stage: "orderIntake", notion: "creditLimit", label: "Un plafond d'encours dépassé", practisedBy: (played) => keyEvents(played, "learner.creditChecked").some((event) => event.verdict === "overLimit") },
  {
    id: "successiveDiscountsAndCashDiscount",
    stage: "orderIntake",
    notion: "specialConditions",
    label: "Des remises successives et un escompte",
    practisedBy: ({ scenario }) => {
      const conditions = orderingCustomer(scenario)?.conditions;
      const control = scenario.invoiceControl?.invoice.reductions;
      return (conditions !== undefined && conditions.tradeDiscounts.filter((r) => r !== 0).length >= 2 && (conditions.cashDiscount ?? 0) > 0) || ((control?.tradeDiscounts?.length ?? 0) >= 2 && control?.cashDiscount !== undefined);
    },
  },
  { id: "priceDiffers", stage: "orderIntake", notion: "orderElements", label: "Un prix de la commande différent du catalogue ou d'un devis valable", practisedBy: ({ scenario }) => priceDiffersFromCatalogue(scenario) },
  { id: "outOfStockLeadTime", stage: "orderIntake", notion: "stockOrLeadTime", label: "Un article en rupture, avec un délai d'approvisionnement ou de fabrication", practisedBy: ({ scenario }) => orderedProductsShort(scenario) },
  { id: "depositRequired", stage: "orderIntake", notion: "deposit", label: "Un acompte exigé", practisedBy: (played) => keyEvents(played, "learner.depositChecked").some((event) => event.required) },
  // Stage 2 — the order in the PGI.
  { id: "partialDeliveryBackOrder", stage: "orderProcessing", notion: "salesDocuments", label: "Une livraison partielle et son reliquat", practisedBy: (played) => keyEvents(played, "learner.deliveryNoteCreated").length >= 2 },
  { id: "orderStatuses", stage: "orderProcessing", notion: "orderFollowUp", label: "Le suivi de la commande et ses statuts", practisedBy: (played) => keyEvents(played, "learner.orderStatusUpdated").length > 0 },
  // Stage 3 — the invoice.
  { id: "depositInvoice", stage: "invoicing", notion: "depositInvoice", label: "Une facture d'acompte", practisedBy: (played) => keyEvents(played, "learner.depositInvoiceIssued").length > 0 },
  { id: "creditNote", stage: "invoicing", notion: "creditNote", label: "Une facture corrigée ou annulée par un avoir", practisedBy: (played) => keyEvents(played, "learner.creditNoteIssued").length > 0 },
    // The PGI refuses an edit of a validated invoice whenever one is tried (machines/invoicing.ts): the
  // temptation is real when a validated invoice turns out wrong and must be corrected.
  {
    id: "validatedInvoiceEdit",
    stage: "invoicing",
    notion: "invoiceIntangible",
    label: "Une facture validée à corriger\u00a0: la modifier est refusé, l'avoir s'impose",
    practisedBy: ({ scenario }) => scenario.stages.includes("invoicing") && scenario.invoicingIncident !== undefined,
  },
  { id: "twoCopies", stage: "invoicing", notion: "invoiceCopies", label: "Les deux exemplaires\u00a0: l'original envoyé, le double conservé", practisedBy: (played) => keyEvents(played, "learner.invoiceSent").length > 0 },
  { id: "emailBeforeReform", stage: "invoicing", notion: "electronicInvoicing", label: "L'envoi en PDF par courriel (avant la réforme, ou à un particulier)", practisedBy: (played) => keyEvents(played, "learner.invoiceSent").some((event) => event.channel === "email") },
  { id: "platformAfterReform", stage: "invoicing", notion: "electronicInvoicing", label: "Le dépôt sur la plateforme agréée après la réforme", practisedBy: (played) => keyEvents(played, "learner.invoiceSent").some((event) => event.channel === "platform") },
  {
    id: "allowanceAfterDefect",
    stage: "invoicing",
    notion: "creditNote",
    label: "Un rabais après un défaut",
    practisedBy: ({ scenario }) => scenario.invoicingIncident?.kind === "damagedGoods" || scenario.events.some((event) => event.type === "disputeSettled" && event.settlement === "allowance") || (scenario.invoiceControl?.invoice.reductions?.allowances?.length ?? 0) > 0,
  },
  {
    id: "rebate",
    stage: "invoicing",
    notion: "invoiceCascade",
    label: "Une ristourne en fin de période",
    practisedBy: ({ scenario }) => {
      const control = scenario.invoiceControl;
      // A ristourne is deducted on an invoice, or granted afterwards by a credit note whose printed line names it.
      const creditedRebate = control?.invoice.kind === "creditNote" && control.invoice.lines.some((line) => /ristourne/iu.test(line.description ?? ""));
      return creditedRebate || (control?.invoice.reductions?.rebates?.length ?? 0) > 0 || (control?.expected?.rebates?.length ?? 0) > 0;
    },
  },
  {
    id: "twoVatRates",
    stage: "invoicing",
    notion: "vatRates",
    label: "Une facture à deux taux de TVA",
    practisedBy: ({ scenario }) => (scenario.stages.includes("invoicing") && vatRatesOfOrder(scenario).size >= 2) || vatRatesOfControlledInvoice(scenario).size >= 2,
  },
  {
    id: "privateCustomer",
    stage: "invoicing",
    notion: "electronicInvoicing",
    label: "Un client particulier",
    practisedBy: ({ scenario }) =>
      orderingCustomer(scenario)?.professional === false ||
      followedCustomers(scenario).some((customer) => !customer.professional) ||
      scenario.invoiceControl?.expected?.buyerProfessional === false,
  },
  // Stage 4 — the invoice controlled.
  {
    id: "ownInvoiceControlled",
    stage: "invoiceControl",
    notion: "controlPurpose",
    label: "Contrôler la facture que l'on vient d'établir, avant que le client ne la conteste",
    practisedBy: ({ scenario }) => scenario.stages.includes("invoicing") && scenario.stages.includes("invoiceControl") && scenario.invoiceControl === undefined,
  },
  { id: "severalMissingMentions", stage: "invoiceControl", notion: "mandatoryMentions", label: "Une facture où manquent plusieurs mentions", practisedBy: (played) => missingMentions(played).length >= 2 },
  {
    id: "cascadeError",
    stage: "invoiceControl",
    notion: "invoiceArithmetic",
    label: "Une erreur de calcul dans la cascade",
    practisedBy: (played) => keyEvents(played, "learner.findingMarked").some((event) => INVOICE_FIGURE.test(event.field)),
  },
  // Stage 5 — payment follow-up.
  { id: "partialPayment", stage: "paymentFollowUp", notion: "disputes", label: "Un règlement partiel", practisedBy: partialPayment },
  { id: "disputeSuspends", stage: "paymentFollowUp", notion: "disputes", label: "Un litige qui suspend les relances", practisedBy: (played) => keyEvents(played, "learner.disputeOpened").length > 0 },
  { id: "reminders", stage: "paymentFollowUp", notion: "reminders", label: "Les relances amiables", practisedBy: (played) => dunningActions(played).some((action) => action === "reminder1" || action === "reminder2") },
  { id: "registeredLetter", stage: "paymentFollowUp", notion: "registeredLetter", label: "La relance par lettre recommandée", practisedBy: (played) => dunningActions(played).includes("registeredLetter") },
  { id: "formalNotice", stage: "paymentFollowUp", notion: "formalNotice", label: "Une mise en demeure", practisedBy: (played) => dunningActions(played).includes("formalNotice") },
  { id: "paymentOrder", stage: "paymentFollowUp", notion: "paymentOrder", label: "Une injonction de payer", practisedBy: (played) => dunningActions(played).includes("paymentOrder") },
  {
    id: "latePaymentCost",
    stage: "paymentFollowUp",
    notion: "latePenalties",
    label: "Ce que coûte un retard\u00a0: pénalités, indemnité de 40\u00a0€, trésorerie",
    practisedBy: (played) => followedCustomers(played.scenario).some((customer) => customer.professional) && dunningActions(played).some((action) => action !== "wait" && action !== "preReminder"),
  },
];

/** The situations of the course a scenario practises, in the table's order. */
export function situationsPractisedBy(played: SolvedScenario): CourseSituation[] {
  return COURSE_SITUATIONS.filter((situation) => situation.practisedBy(played));
}
