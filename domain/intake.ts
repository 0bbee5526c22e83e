/**
 * Stage 1, "Contrôle et suivi des commandes clients": the answer key of the seven checks and of
 * the decision, derived from the scenario's data and the PGI (never written by hand), and the
 * judges that compare a learner's answer with it and explain, with the figures, in French.
 * The machine (machines/orderIntake.ts) only asks; the CLI `solve` and the UI show the key.
 * Interpretations: docs/decisions/0041 to 0049.
 */
import { checkCredit, type CreditCheck } from "./credit";
import { addDays, compareDates, formatDateFr, maxDate, type IsoDate } from "./dates";
import type { Customer, CustomerConditions, DocumentLine, DocumentReductions, PostalAddress } from "./documents";
import { cascadeMethodNote, checkCascadeFigure, computeInvoice, judgeByEitherMethod } from "./invoice";
import {
  availableStock,
  createCustomer,
  createDocument,
  customerOutstanding,
  findCustomer,
  findProduct,
  type CustomerDraft,
  type Ledger,
  type LedgerError,
  type LedgerResult,
  type SalesDocument,
} from "./ledger";
import { DomainError, formatEuros, formatPercent, percentOf, type Cents } from "./money";
import { describePaymentTerms, type PaymentTerms } from "./paymentTerms";
import { judgePromisedDate, type PromiseWindow } from "./promisedDate";
import type { IncomingOrder, Scenario, ScenarioPolicies } from "./scenario";
import { allPartsRight, amountPart, FIGURE_WEIGHT, partsIfSeveral, POINTS_PER_DECISION, remarkPart, scoredPart, verdictWeight, withFeedback, type KnownSlip, type ScoredPart } from "./scoring";
import { capitalize, normalizeName, percentList } from "./text";

// ───────────────────────────── Vocabulary of the stage ─────────────────────────────

/** The seven checks in the course's order, then the decision. */
export const INTAKE_STEPS = ["account", "solvency", "credit", "conditions", "elements", "stock", "deposit", "decision"] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];
export type IntakeCheck = Exclude<IntakeStep, "decision">;

const INTAKE_STEP_LABELS: Readonly<Record<IntakeStep, string>> = {
  account: "compte client",
  solvency: "solvabilité",
  credit: "encours et plafond",
  conditions: "conditions particulières",
  elements: "éléments de la commande",
  stock: "stock et délais",
  deposit: "acompte",
  decision: "décision",
};

/** Stable ids: teachers key explanations and hints on them. */
export const INTAKE_DECISION_POINT_IDS: Readonly<Record<IntakeStep, string>> = {
  account: "intake.account",
  solvency: "intake.solvency",
  credit: "intake.credit",
  conditions: "intake.conditions",
  elements: "intake.elements",
  stock: "intake.stock",
  deposit: "intake.deposit",
  decision: "intake.decision",
};

const INTAKE_GLOSSARY: Readonly<Record<IntakeStep, string[]>> = {
  account: ["customerAccount", "siren"],
  solvency: ["solvency"],
  credit: ["outstanding", "creditLimit"],
  conditions: ["tradeDiscount", "cashDiscount", "netCommercial"],
  elements: ["purchaseOrder", "quote"],
  stock: ["backOrder"],
  deposit: ["deposit"],
  decision: ["orderAcknowledgement"],
};

/** Hints given after the teacher's own (scenario notes.hints), in this order. */
export const INTAKE_DEFAULT_HINTS: Readonly<Record<IntakeStep, string[]>> = {
  account: [
    "Cherchez l'expéditeur dans le fichier clients (code, SIREN, raison sociale) avant de créer quoi que ce soit : un doublon fausse l'encours.",
    "Un compte se crée avec la raison sociale, le SIREN ou le SIRET, l'adresse de facturation (et celle de livraison si la commande livre ailleurs), un interlocuteur joignable et les conditions de paiement prévues par la politique.",
  ],
  solvency: [
    "Consultez la fiche de solvabilité : procédures publiées au BODACC et historique des incidents de paiement.",
    "Redressement ou liquidation judiciaire : client insolvable. Chèques rejetés, retards répétés : incidents de paiement.",
  ],
  credit: [
    "L'encours comprend les factures non réglées ET les commandes acceptées non encore facturées.",
    "Comparez encours + montant TTC de la commande (remises du client et port compris) au plafond du compte.",
  ],
  conditions: [
    "Reprenez les conditions négociées inscrites sur le compte du client : ni moins, ni plus.",
    "Les remises successives s'appliquent l'une après l'autre ; l'escompte est une réduction financière offerte pour paiement anticipé.",
  ],
  elements: [
    "Vérifiez chaque ligne : la référence existe-t-elle au catalogue ? le prix est-il celui du catalogue, ou du devis encore valable ?",
    "Vérifiez aussi l'adresse de livraison, la signature du bon de commande et la date de validité du devis.",
  ],
  stock: [
    "Comparez, pour chaque référence, la quantité commandée au stock disponible (stock moins les réservations).",
    "Stock insuffisant : livraison partielle et reliquat si le client l'accepte, sinon une date = aujourd'hui + délai d'approvisionnement.",
  ],
  deposit: [
    "Relisez la politique d'acompte de l'entreprise : nouveau client, montant élevé, fabrication sur commande, dépassement du plafond.",
    "Plusieurs motifs d'acompte : on retient le montant le plus élevé ; un dépassement du plafond se couvre par un acompte au moins égal au dépassement.",
  ],
  decision: [
    "Reprenez vos sept contrôles : le plus défavorable l'emporte (refus, puis attente, puis acceptation sous conditions).",
    "Une anomalie sur la commande se règle avec le client avant d'accepter : la commande est mise en attente.",
  ],
};

export type SolvencyVerdict = "sound" | "incidents" | "insolvent";
export type CreditVerdict = "withinLimit" | "overLimit";
export type ElementAnomalyCode = "unknownReference" | "priceDiffers" | "missingDeliveryAddress" | "unsigned" | "quoteExpired";
export type StockVerdict = "available" | "partial" | "leadTime";
export type IntakeDecision = "accept" | "acceptWithConditions" | "hold" | "refuse";

export const SOLVENCY_VERDICT_LABELS: Readonly<Record<SolvencyVerdict, string>> = {
  sound: "solvabilité saine",
  incidents: "incidents de paiement",
  insolvent: "client insolvable",
};
export const CREDIT_VERDICT_LABELS: Readonly<Record<CreditVerdict, string>> = {
  withinLimit: "plafond respecté",
  overLimit: "plafond dépassé",
};
export const STOCK_VERDICT_LABELS: Readonly<Record<StockVerdict, string>> = {
  available: "disponible",
  partial: "livraison partielle et reliquat",
  leadTime: "livraison après délai",
};
export const INTAKE_DECISION_LABELS: Readonly<Record<IntakeDecision, string>> = {
  accept: "accepter",
  acceptWithConditions: "accepter sous conditions",
  hold: "mettre en attente",
  refuse: "refuser",
};
export const ELEMENT_ANOMALY_LABELS: Readonly<Record<ElementAnomalyCode, string>> = {
  unknownReference: "référence inconnue",
  priceDiffers: "prix différent",
  missingDeliveryAddress: "adresse de livraison manquante",
  unsigned: "bon de commande non signé",
  quoteExpired: "devis expiré",
};
/** Anomalies that concern one line of the order (the others concern the whole order). */
const LINE_ANOMALIES: readonly ElementAnomalyCode[] = ["unknownReference", "priceDiffers"];

/** `line` is the 0-based index in the order's lines, for line anomalies only. */
export interface ElementAnomaly {
  code: ElementAnomalyCode;
  line?: number;
}

export interface StockAnswerLine {
  reference: string;
  verdict: StockVerdict;
  /** Leadtime: the promised date (required); partial: the date of the back-order (optional). */
  deliveryDate?: IsoDate;
}

// ───────────────────────────── Answers ─────────────────────────────

export type AccountAnswer = { kind: "found"; customerId: string } | { kind: "created"; draft: CustomerDraft };
export interface CreditAnswer {
  verdict: CreditVerdict;
  outstandingCents?: Cents;
  orderTotalCents?: Cents;
}
export interface ConditionsAnswer {
  tradeDiscounts: number[];
  cashDiscount?: number;
}
export interface DepositAnswer {
  required: boolean;
  amountCents?: Cents;
}
export interface DecisionAnswer {
  decision: IntakeDecision;
  reason?: string;
}

/** What the machine records in the trace for one answer. */
export interface IntakeJudgement {
  correct: boolean;
  /** The learner's answer, in French. */
  answer: string;
  /** The engine's answer, in French. */
  expected: string;
  /** Why, with the figures; after a wrong answer, what the PGI now holds. */
  explanation: string;
  glossary: string[];
  /** The verdict and each figure judged separately, with their points (docs/decisions/0094). */
  parts?: ScoredPart[];
}

// ───────────────────────────── The key ─────────────────────────────

interface KeyPart<T> {
  expected: T;
  expectedText: string;
  explanation: string;
  glossary: string[];
}

export interface AccountKey extends KeyPart<AccountAnswer> {
  isNew: boolean;
  /** The account code the PGI has or gives (the next free "C0000" for a new customer). */
  customerId: string;
  /** New customer: the account as the order describes it, conditions from the policy. */
  draft?: CustomerDraft;
  creditLimitCents: Cents;
}

export interface SolvencyKey extends KeyPart<SolvencyVerdict> {
  proceedings: "none" | "safeguard" | "receivership" | "liquidation";
  incidents: { date: IsoDate; description: string }[];
}

export interface PricedLine {
  /** Index in the order's lines. */
  index: number;
  reference: string;
  description: string;
  quantity: number;
  /** The price that applies: the valid quote's, else the catalogue's. */
  unitPriceCents: Cents;
  vatRate: number;
  priceSource: "quote" | "catalogue";
  /** What the customer wrote, if anything. */
  writtenPriceCents?: Cents;
}

export interface CreditKey extends KeyPart<CreditVerdict> {
  check: CreditCheck;
  orderTotalCents: Cents;
  /** The order's TTC computed rate by rate, when it differs (several VAT rates): accepted too (docs/decisions/0079). */
  orderTotalPerRateCents?: Cents;
  /** The same order HT: the figure a learner confuses with the TTC. */
  orderTotalExclTaxCents: Cents;
  /** Lines left out of the total: references unknown to the catalogue cannot be priced. */
  unpricedLines: number[];
}

export interface ConditionsKey extends KeyPart<ConditionsAnswer> {
  grossCents: Cents;
  netCommercialCents: Cents;
  cashDiscountDays?: number;
}

export interface ElementsKey extends KeyPart<ElementAnomaly[]> {
  /** Each anomaly with its description and figures. */
  details: { anomaly: ElementAnomaly; text: string }[];
  quoteValid: boolean;
}

export interface StockLineKey {
  reference: string;
  description: string;
  quantity: number;
  available: number;
  leadTimeDays: number;
  verdict: StockVerdict;
  /** Units that can leave now. */
  deliverNow: number;
  backOrder: number;
  /** Available: delivery date; partial: the back-order's date; leadTime: the promised date. */
  deliveryDate: IsoDate;
  /** The earliest date the lead time allows. */
  earliestDate: IsoDate;
  explanation: string;
}

export interface StockKey extends KeyPart<StockAnswerLine[]> {
  lines: StockLineKey[];
  /** The delivery date the customer asked for, if any: a limit to the dates promised (0094). */
  requestedDate?: IsoDate;
  partialDelivery: boolean;
  /** The day the whole order can be delivered. */
  completeBy: IsoDate;
}

export type DepositSource = "newCustomer" | "aboveAmount" | "madeToOrder" | "creditExcess" | "paymentIncidents" | "prepayment";

export interface DepositKey extends KeyPart<DepositAnswer> {
  reasons: { source: DepositSource; amountCents: Cents; text: string }[];
  amountCents: Cents;
}

export interface DecisionKey extends KeyPart<DecisionAnswer> {
  reasons: { outcome: IntakeDecision; text: string }[];
  /** The reason written to the customer (for hold and refuse), as the solver sends it. */
  reason: string;
}

/** The customer's order as the PGI records it once accepted (a purchase order draft). */
export interface OrderToRecord {
  date: IsoDate;
  lines: DocumentLine[];
  reductions: DocumentReductions;
  shippingCents: Cents;
  customerOrderNumber?: string;
  deliveryAddress?: PostalAddress;
  deliveryDate: IsoDate;
}

export interface IntakeKey {
  account: AccountKey;
  solvency: SolvencyKey;
  credit: CreditKey;
  conditions: ConditionsKey;
  elements: ElementsKey;
  stock: StockKey;
  deposit: DepositKey;
  decision: DecisionKey;
  order: OrderToRecord;
}

/** What the key is derived from: a StageInput fits. */
export interface IntakeKeyInput {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
}

/** Without a deposit policy, an incidents-driven deposit is this share of the order TTC (0045). */
export const DEFAULT_DEPOSIT_PERCENT = 30;

// ───────────────────────────── Small helpers ─────────────────────────────

function lineNumber(index: number): string {
  return `ligne ${index + 1}`;
}

function digits(value: string | undefined): string {
  return (value ?? "").replace(/\D/g, "");
}

function samePaymentTerms(a: PaymentTerms | undefined, b: PaymentTerms): boolean {
  if (a === undefined || a.kind !== b.kind) return false;
  if (a.kind === "onReceipt" || b.kind === "onReceipt") return true;
  if (a.days !== b.days) return false;
  return a.kind !== "daysEndOfMonth" || b.kind !== "daysEndOfMonth" || a.method === b.method;
}

function sameRates(a: readonly number[], b: readonly number[]): boolean {
  const nonZero = (rates: readonly number[]) => rates.filter((r) => r !== 0);
  const x = nonZero(a);
  const y = nonZero(b);
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

function orderOf(scenario: Scenario): IncomingOrder {
  if (!scenario.order) {
    throw new DomainError("intake.noOrder", "order : le scénario ne contient pas de commande à contrôler (étape 1).", "order");
  }
  return scenario.order;
}

function issuesText(error: LedgerError): string {
  return (error.issues ?? [error]).map((i) => i.message).join(" ; ");
}

// ───────────────────────────── 1. Account ─────────────────────────────

/** The account a new customer gets: the order's identity, the policy's payment terms (0041). */
function newCustomerDraft(order: IncomingOrder, policies: ScenarioPolicies): CustomerDraft | undefined {
  if (!("newCustomer" in order.customer)) return undefined;
  const sender = order.customer.newCustomer;
  return {
    name: sender.name,
    ...(sender.legalForm !== undefined ? { legalForm: sender.legalForm } : {}),
    ...(sender.siren !== undefined ? { siren: sender.siren } : {}),
    ...(sender.siret !== undefined ? { siret: sender.siret } : {}),
    ...(sender.vatNumber !== undefined ? { vatNumber: sender.vatNumber } : {}),
    billingAddress: sender.billingAddress,
    ...(sender.deliveryAddress !== undefined ? { deliveryAddress: sender.deliveryAddress } : order.deliveryAddress !== undefined ? { deliveryAddress: order.deliveryAddress } : {}),
    ...(sender.contact !== undefined ? { contact: sender.contact } : {}),
    paymentTerms: policies.defaultPaymentTerms,
    conditions: { tradeDiscounts: [] },
    professional: true,
  };
}

function describeCustomer(customer: Customer): string {
  return `${customer.id} — ${customer.name}${customer.siren !== undefined ? ` (SIREN ${customer.siren})` : ""}`;
}

function describeNewAccount(customer: Customer): string {
  return `compte ${describeCustomer(customer)}, plafond ${formatEuros(customer.creditLimitCents)}, ${describePaymentTerms(customer.paymentTerms).toLowerCase()}`;
}

interface AccountDerivation {
  key: AccountKey;
  ledger: Ledger;
  customer: Customer;
  solvency: Scenario["customers"][number]["solvency"];
}

function deriveAccount(scenario: Scenario, ledger: Ledger, order: IncomingOrder): AccountDerivation {
  const policies = scenario.company.policies;
  if ("existingId" in order.customer) {
    const id = order.customer.existingId;
    const customer = ledger.customers.find((c) => c.id === id);
    if (!customer) {
      throw new DomainError("intake.customer.unknown", `order.customer.existingId : le client « ${id} » n'est pas dans le PGI.`, "order.customer.existingId");
    }
    const solvency = scenario.customers.find((c) => c.id === id)?.solvency ?? { proceedings: "none" as const, incidents: [] };
    return { key: existingAccountKey(customer, false), ledger, customer, solvency };
  }
  const sender = order.customer.newCustomer;
  // An unknown sender may in fact be a customer already on file (same SIREN, same name): a duplicate to avoid.
  const already = findCustomer(ledger, { ...(sender.siren !== undefined ? { siren: sender.siren } : sender.siret !== undefined ? { siren: sender.siret } : {}), name: sender.name });
  if (already) {
    const solvency = scenario.customers.find((c) => c.id === already.id)?.solvency ?? sender.solvency;
    return { key: existingAccountKey(already, true), ledger, customer: already, solvency };
  }
  const draft = newCustomerDraft(order, policies) ?? {};
  const created = createCustomer(ledger, draft, { creditLimitCents: policies.newCustomerCreditLimit });
  if (!created.ok) {
    throw new DomainError(
      "intake.newCustomer.incomplete",
      `order.customer.newCustomer : la commande ne donne pas de quoi créer le compte (${issuesText(created.error)}).`,
      "order.customer.newCustomer",
    );
  }
  const customer = created.customer;
  const explanation =
    `« ${sender.name} » n'a pas de compte dans le PGI : on le crée avant tout autre contrôle. ` +
    `Champs obligatoires : raison sociale, SIREN/SIRET, adresse de facturation, interlocuteur joignable, conditions de paiement ; l'adresse de livraison, si la commande livre ailleurs qu'à l'adresse de facturation. ` +
    `Plafond d'encours d'un nouveau client (politique) : ${formatEuros(policies.newCustomerCreditLimit)} ; conditions de paiement (politique) : ${describePaymentTerms(policies.defaultPaymentTerms).toLowerCase()}. ` +
    `Le PGI attribue le code ${customer.id}.`;
  return {
    key: {
      expected: { kind: "created", draft },
      expectedText: `Créer le ${describeNewAccount(customer)}`,
      explanation,
      glossary: INTAKE_GLOSSARY.account,
      isNew: true,
      customerId: customer.id,
      draft,
      creditLimitCents: customer.creditLimitCents,
    },
    ledger: created.ledger,
    customer,
    solvency: sender.solvency,
  };
}

function existingAccountKey(customer: Customer, senderLookedNew: boolean): AccountKey {
  const explanation =
    (senderLookedNew ? `L'expéditeur se présente comme un nouveau client, mais le fichier le connaît déjà : ` : `Le client est déjà dans le fichier : `) +
    `compte ${describeCustomer(customer)}, plafond ${formatEuros(customer.creditLimitCents)}. On utilise ce compte ; en créer un second serait un doublon qui fausserait son encours.`;
  return {
    expected: { kind: "found", customerId: customer.id },
    expectedText: `Compte existant ${describeCustomer(customer)}`,
    explanation,
    glossary: INTAKE_GLOSSARY.account,
    isNew: false,
    customerId: customer.id,
    creditLimitCents: customer.creditLimitCents,
  };
}

function describeAccountAnswer(answer: AccountAnswer): string {
  if (answer.kind === "found") return `Compte existant ${answer.customerId}`;
  const name = answer.draft.name?.trim() ? `« ${answer.draft.name.trim()} »` : "sans raison sociale";
  const siren = answer.draft.siren ?? answer.draft.siret;
  return `Création d'un compte ${name}${siren ? ` (SIREN/SIRET ${siren})` : ""}`;
}

/** "8 quai Lamennais" and "8, Quai Lamennais" are one street: accents, case and punctuation aside. */
function sameStreet(a: string, b: string): boolean {
  const plainStreet = (street: string) => normalizeName(street.replace(/[^\p{L}\p{N}]+/gu, " "));
  return plainStreet(a) === plainStreet(b);
}

/** Addresses as a form gives them: any part may be missing. */
type TypedAddress = Partial<PostalAddress>;

function sameAddress(a: TypedAddress, b: TypedAddress): boolean {
  return (a.postalCode ?? "").trim() === (b.postalCode ?? "").trim() && sameStreet(a.street ?? "", b.street ?? "");
}

function describeAddress(address: TypedAddress): string {
  return `${address.street ?? ""}, ${address.postalCode ?? ""} ${address.city ?? ""}`;
}

/**
 * The delivery address of a new account (0094): left empty, the PGI delivers to the billing
 * address, so empty is right when the order delivers there; wrong, and named, when it delivers
 * elsewhere or when the address typed is not the order's.
 */
function deliveryAddressMismatch(expected: CustomerDraft, draft: CustomerDraft): string | undefined {
  const wanted = expected.deliveryAddress ?? expected.billingAddress;
  const given = draft.deliveryAddress ?? draft.billingAddress;
  if (wanted === undefined || given === undefined || sameAddress(wanted, given)) return undefined;
  return draft.deliveryAddress === undefined
    ? `adresse de livraison laissée vide, donc celle de facturation, alors que la commande livre ailleurs : ${describeAddress(wanted)}`
    : `adresse de livraison ${describeAddress(draft.deliveryAddress)} au lieu de ${describeAddress(wanted)}`;
}

/** Differences between the learner's account and the one the order describes (identity, terms, conditions). */
function draftMismatches(key: AccountKey, draft: CustomerDraft): string[] {
  const expected = key.draft ?? {};
  const issues: string[] = [];
  if (expected.name !== undefined && normalizeName(draft.name ?? "") !== normalizeName(expected.name)) {
    issues.push(`raison sociale « ${draft.name ?? ""} » au lieu de « ${expected.name} »`);
  }
  const expectedSiren = digits(expected.siren ?? expected.siret).slice(0, 9);
  const givenSiren = digits(draft.siren ?? draft.siret).slice(0, 9);
  if (expectedSiren !== "" && givenSiren !== expectedSiren) issues.push(`SIREN ${givenSiren || "absent"} au lieu de ${expectedSiren}`);
  const expectedPostal = expected.billingAddress?.postalCode;
  if (expectedPostal !== undefined && (draft.billingAddress?.postalCode ?? "").trim() !== expectedPostal) {
    issues.push(`code postal de facturation ${draft.billingAddress?.postalCode ?? "absent"} au lieu de ${expectedPostal}`);
  }
  const deliveryIssue = deliveryAddressMismatch(expected, draft);
  if (deliveryIssue !== undefined) issues.push(deliveryIssue);
  if (expected.paymentTerms !== undefined && !samePaymentTerms(draft.paymentTerms, expected.paymentTerms)) {
    issues.push(
      `conditions de paiement « ${draft.paymentTerms ? describePaymentTerms(draft.paymentTerms).toLowerCase() : "absentes"} » au lieu de « ${describePaymentTerms(expected.paymentTerms).toLowerCase()} » (politique pour un nouveau client)`,
    );
  }
  const granted = draft.conditions;
  if (granted !== undefined && (granted.tradeDiscounts.some((r) => r !== 0) || (granted.cashDiscount ?? 0) !== 0)) {
    issues.push("des remises ou un escompte accordés alors qu'aucune condition n'est négociée avec un nouveau client");
  }
  return issues;
}

export interface AccountOutcome {
  judgement: IntakeJudgement;
  ledger: Ledger;
  customerId: string;
}

/**
 * Judges check 1 and applies it: a right creation records the learner's account; otherwise the PGI
 * holds the engine's truth (the existing account, or the account the order describes).
 */
export function judgeAccount(key: AccountKey, ledger: Ledger, answer: AccountAnswer): AccountOutcome {
  const base = { answer: describeAccountAnswer(answer), expected: key.expectedText, glossary: key.glossary };
  const truth = (): { ledger: Ledger; customer: Customer } => {
    if (!key.isNew || key.draft === undefined) {
      const found = ledger.customers.find((c) => c.id === key.customerId);
      if (!found) throw new DomainError("intake.customer.unknown", `Client « ${key.customerId} » introuvable.`, "customerId");
      return { ledger, customer: found };
    }
    const created = createCustomer(ledger, key.draft, { creditLimitCents: key.creditLimitCents });
    if (!created.ok) throw new DomainError(created.error.code, created.error.message, created.error.field);
    return { ledger: created.ledger, customer: created.customer };
  };
  const wrong = (why: string): AccountOutcome => {
    const now = truth();
    const holds = key.isNew ? `Le PGI contient maintenant le ${describeNewAccount(now.customer)}.` : `La suite se fait sur le compte ${describeCustomer(now.customer)}.`;
    return { judgement: { ...base, correct: false, explanation: `${why} ${key.explanation} ${holds}` }, ledger: now.ledger, customerId: now.customer.id };
  };

  if (!key.isNew) {
    if (answer.kind === "created") {
      return wrong(`Doublon : le client existe déjà sous le code ${key.customerId}, il ne faut pas lui créer un second compte.`);
    }
    if (answer.customerId.trim() !== key.customerId) {
      const other = ledger.customers.find((c) => c.id === answer.customerId.trim());
      return wrong(other ? `Le compte ${other.id} est celui de ${other.name}, pas de l'expéditeur.` : `Aucun compte ${answer.customerId} dans le PGI.`);
    }
    return { judgement: { ...base, correct: true, explanation: key.explanation }, ledger, customerId: key.customerId };
  }

  if (answer.kind === "found") {
    const other = ledger.customers.find((c) => c.id === answer.customerId.trim());
    return wrong(other ? `Le compte ${other.id} est celui de ${other.name}, pas de l'expéditeur : ce client est nouveau.` : `Aucun compte ${answer.customerId} dans le PGI : ce client est nouveau.`);
  }
  // The PGI numbers accounts itself: a code typed in the form is not used (0041).
  const { id: _typed, ...draft } = answer.draft;
  const created = createCustomer(ledger, draft, { creditLimitCents: key.creditLimitCents });
  if (!created.ok) return wrong(`Fiche incomplète ou erronée : ${issuesText(created.error)}.`);
  const mismatches = draftMismatches(key, draft);
  if (mismatches.length > 0) return wrong(`La fiche ne correspond pas à la commande reçue : ${mismatches.join(" ; ")}.`);
  return {
    judgement: { ...base, correct: true, explanation: `${key.explanation} Le PGI contient maintenant le ${describeNewAccount(created.customer)}.` },
    ledger: created.ledger,
    customerId: created.customer.id,
  };
}

// ───────────────────────────── 2. Solvency ─────────────────────────────

const PROCEEDINGS_LABELS = {
  none: "aucune procédure",
  safeguard: "procédure de sauvegarde",
  receivership: "redressement judiciaire",
  liquidation: "liquidation judiciaire",
} as const;

function deriveSolvency(solvency: AccountDerivation["solvency"], policies: ScenarioPolicies): SolvencyKey {
  const { proceedings, incidents } = solvency;
  const incidentText = incidents.map((i) => `${formatDateFr(i.date)} ${i.description}`).join(" ; ");
  let expected: SolvencyVerdict;
  let explanation: string;
  if (proceedings === "receivership" || proceedings === "liquidation") {
    expected = "insolvent";
    explanation =
      `Procédure de ${PROCEEDINGS_LABELS[proceedings]} publiée au BODACC : client insolvable. ` +
      (policies.insolvency === "refuse" ? "Politique de l'entreprise : refuser la commande." : "Politique de l'entreprise : n'accepter que contre paiement intégral à la commande.");
  } else if (proceedings === "safeguard" || incidents.length > 0) {
    expected = "incidents";
    const parts = [
      ...(proceedings === "safeguard"
        ? ["Procédure de sauvegarde publiée au BODACC : l'entreprise n'est pas en cessation des paiements, mais c'est un signal de risque traité comme un incident"]
        : []),
      ...(incidents.length > 0 ? [`${incidents.length} incident${incidents.length > 1 ? "s" : ""} de paiement : ${incidentText}`] : []),
    ];
    explanation =
      `${parts.join(". ")}. ` +
      (policies.paymentIncidents === "hold" ? "Politique de l'entreprise : mettre en attente pour accord." : "Politique de l'entreprise : exiger un acompte.");
  } else {
    expected = "sound";
    explanation = "Aucune procédure publiée au BODACC, aucun incident de paiement dans l'historique : solvabilité saine.";
  }
  return {
    expected,
    expectedText: capitalize(SOLVENCY_VERDICT_LABELS[expected]),
    explanation,
    glossary: INTAKE_GLOSSARY.solvency,
    proceedings,
    incidents: incidents.map((i) => ({ date: i.date, description: i.description })),
  };
}

export function judgeSolvency(key: SolvencyKey, verdict: SolvencyVerdict): IntakeJudgement {
  const correct = verdict === key.expected;
  return {
    correct,
    answer: capitalize(SOLVENCY_VERDICT_LABELS[verdict]),
    expected: key.expectedText,
    explanation: correct ? key.explanation : `Réponse attendue : ${SOLVENCY_VERDICT_LABELS[key.expected]}. ${key.explanation}`,
    glossary: key.glossary,
  };
}

// ───────────────────────────── Pricing of the order (checks 3 to 5) ─────────────────────────────

function quoteIsValid(order: IncomingOrder): boolean {
  return order.quote !== undefined && compareDates(order.orderDate, order.quote.validUntil) <= 0;
}

/** Each line known to the catalogue, at the price that applies (0042). */
function priceLines(ledger: Ledger, order: IncomingOrder): PricedLine[] {
  const validQuote = quoteIsValid(order) ? order.quote : undefined;
  const priced: PricedLine[] = [];
  order.lines.forEach((line, index) => {
    const product = findProduct(ledger, line.reference);
    if (!product) return;
    const quoted = validQuote?.prices.find((p) => p.reference === product.reference);
    priced.push({
      index,
      reference: product.reference,
      description: product.description,
      quantity: line.quantity,
      unitPriceCents: quoted?.unitPrice ?? product.unitPriceCents,
      vatRate: product.vatRate,
      priceSource: quoted ? "quote" : "catalogue",
      ...(line.unitPrice !== undefined ? { writtenPriceCents: line.unitPrice } : {}),
    });
  });
  return priced;
}

function documentLines(priced: readonly PricedLine[]): DocumentLine[] {
  return priced.map((l) => ({ reference: l.reference, description: l.description, quantity: l.quantity, unitPriceCents: l.unitPriceCents, vatRate: l.vatRate }));
}

interface OrderTotals {
  grossCents: Cents;
  netCommercialCents: Cents;
  totalExclTaxCents: Cents;
  totalInclTaxCents: Cents;
  /** The TTC a learner computing rate by rate finds (docs/decisions/0079). */
  perRateInclTaxCents?: Cents;
}

/** The order through the cascade: the customer's remises, the port; the escompte is only offered (0043). */
function orderTotals(priced: readonly PricedLine[], conditions: CustomerConditions, shippingCents: Cents): OrderTotals {
  if (priced.length === 0) return { grossCents: 0, netCommercialCents: 0, totalExclTaxCents: 0, totalInclTaxCents: 0 };
  const totals = computeInvoice({ lines: documentLines(priced), tradeDiscounts: conditions.tradeDiscounts, shippingCents });
  const perRate = checkCascadeFigure(totals, (f) => f.totalInclTaxCents, totals.totalInclTaxCents).perRateCents;
  return { grossCents: totals.grossCents, netCommercialCents: totals.netCommercialCents, totalExclTaxCents: totals.totalExclTaxCents, totalInclTaxCents: totals.totalInclTaxCents, ...(perRate !== undefined ? { perRateInclTaxCents: perRate } : {}) };
}

// ───────────────────────────── 3. Credit ─────────────────────────────

function deriveCredit(
  ledger: Ledger,
  customer: Customer,
  order: IncomingOrder,
  priced: readonly PricedLine[],
  totals: OrderTotals,
  policies: ScenarioPolicies,
): CreditKey {
  const outstanding = customerOutstanding(ledger, customer.id);
  const check = checkCredit({ ...outstanding, orderTotalInclTaxCents: totals.totalInclTaxCents, creditLimitCents: customer.creditLimitCents });
  const unpricedLines = order.lines.map((_, i) => i).filter((i) => !priced.some((p) => p.index === i));
  const sources = new Set(priced.map((p) => p.priceSource));
  const prices = sources.has("quote") ? (sources.has("catalogue") ? `prix du devis ${order.quote?.number ?? ""} et du catalogue` : `prix du devis ${order.quote?.number ?? ""}`) : "prix du catalogue";
  const reductions = customer.conditions.tradeDiscounts.filter((r) => r !== 0);
  const pricing =
    `Commande TTC chiffrée aux ${prices}` +
    (reductions.length > 0 ? `, remise${reductions.length > 1 ? "s" : ""} du client ${percentList(reductions)}` : "") +
    ((order.shipping ?? 0) > 0 ? `, port ${formatEuros(order.shipping ?? 0)} HT compris` : "") +
    (unpricedLines.length > 0 ? ` ; ${unpricedLines.map(lineNumber).join(", ")} non chiffrée${unpricedLines.length > 1 ? "s" : ""} (référence inconnue)` : "") +
    ".";
  const policy =
    check.passes
      ? ""
      : ` Politique en cas de dépassement : ${policies.creditLimitExceeded === "refuse" ? "refuser la commande" : policies.creditLimitExceeded === "hold" ? "mettre en attente pour accord" : `exiger un acompte d'au moins ${formatEuros(check.depositToFitCents)} (le dépassement)`}.`;
  const expected: CreditVerdict = check.passes ? "withinLimit" : "overLimit";
  return {
    expected,
    expectedText: `${capitalize(CREDIT_VERDICT_LABELS[expected])} (encours ${formatEuros(check.outstandingCents)}, commande ${formatEuros(totals.totalInclTaxCents)})`,
    explanation: `${check.explanation} ${pricing}${policy}`,
    glossary: INTAKE_GLOSSARY.credit,
    check,
    orderTotalCents: totals.totalInclTaxCents,
    ...(totals.perRateInclTaxCents !== undefined ? { orderTotalPerRateCents: totals.perRateInclTaxCents } : {}),
    orderTotalExclTaxCents: totals.totalExclTaxCents,
    unpricedLines,
  };
}

function describeCreditAnswer(answer: CreditAnswer): string {
  const figures = [
    ...(answer.outstandingCents !== undefined ? [`encours ${formatEuros(answer.outstandingCents)}`] : []),
    ...(answer.orderTotalCents !== undefined ? [`commande ${formatEuros(answer.orderTotalCents)}`] : []),
  ];
  return `${capitalize(CREDIT_VERDICT_LABELS[answer.verdict])}${figures.length > 0 ? ` (${figures.join(", ")})` : ""}`;
}

/** The slips a learner makes on the credit figures, each named (0094). */
function creditSlips(key: CreditKey): { outstanding: KnownSlip[]; orderTotal: KnownSlip[] } {
  const { check } = key;
  return {
    outstanding: [
      ...(check.acceptedOrdersTotalCents > 0
        ? [{ cents: check.unpaidInvoicesTotalCents, confused: `les commandes acceptées non facturées (${formatEuros(check.acceptedOrdersTotalCents)}) font partie de l'encours` }]
        : []),
      { cents: check.projectedCents, confused: "c'est l'encours avec la nouvelle commande ; l'encours est ce que le client doit avant elle" },
    ],
    orderTotal: [
      { cents: key.orderTotalExclTaxCents, confused: "c'est le montant HT ; le plafond se compare au montant TTC" },
      { cents: check.projectedCents, confused: "c'est l'encours plus la commande ; indiquez la commande seule" },
    ],
  };
}

/**
 * The order TTC, right by either accepted method (docs/decisions/0079): a figure computed rate by
 * rate is accepted and says so; a wrong one says which method the expected figure follows.
 */
function orderTotalPart(key: CreditKey, given: Cents | undefined, slips: readonly KnownSlip[]): ScoredPart {
  const label = "Montant TTC de la commande";
  const part = amountPart(label, given, key.orderTotalCents, FIGURE_WEIGHT, slips);
  if (given === undefined || part.correct) return part;
  const check = judgeByEitherMethod(key.orderTotalCents, key.orderTotalPerRateCents, given);
  if (check.acceptedBy === "perRate") return scoredPart(label, true, FIGURE_WEIGHT, `${formatEuros(given)}${cascadeMethodNote(check)}`);
  return { ...part, note: `${part.note ?? ""}${cascadeMethodNote(check)}` };
}

/**
 * Check 3 in three parts (0094): the verdict (1 point), the outstanding and the order TTC (half a
 * point each). The figures are required: the verdict follows from them.
 */
export function judgeCredit(key: CreditKey, answer: CreditAnswer): IntakeJudgement {
  const { check } = key;
  const verdictRight = answer.verdict === key.expected;
  const sum = `encours ${formatEuros(check.outstandingCents)} + commande ${formatEuros(key.orderTotalCents)} = ${formatEuros(check.projectedCents)} ${check.passes ? "≤" : ">"} plafond ${formatEuros(check.creditLimitCents)}`;
  const slips = creditSlips(key);
  const parts = [
    scoredPart("Verdict", verdictRight, verdictWeight(2), verdictRight ? undefined : `le plafond est ${key.expected === "overLimit" ? "dépassé" : "respecté"} : ${sum}`),
    amountPart("Encours du client", answer.outstandingCents, check.outstandingCents, FIGURE_WEIGHT, slips.outstanding),
    orderTotalPart(key, answer.orderTotalCents, slips.orderTotal),
  ];
  return {
    correct: allPartsRight(parts),
    answer: describeCreditAnswer(answer),
    expected: key.expectedText,
    explanation: withFeedback(parts, key.explanation),
    glossary: key.glossary,
    parts,
  };
}

// ───────────────────────────── 4. Conditions ─────────────────────────────

function describeConditions(conditions: ConditionsAnswer, days?: number): string {
  const remises = conditions.tradeDiscounts.filter((r) => r !== 0);
  const parts = [
    remises.length > 0 ? `remise${remises.length > 1 ? "s" : ""} ${percentList(remises)}` : "aucune remise",
    (conditions.cashDiscount ?? 0) > 0
      ? `escompte ${formatPercent(conditions.cashDiscount ?? 0)}${days !== undefined ? ` pour paiement sous ${days} jours` : ""}`
      : "pas d'escompte",
  ];
  return capitalize(parts.join(" ; "));
}

function deriveConditions(customer: Customer, totals: OrderTotals): ConditionsKey {
  const { tradeDiscounts, cashDiscount, cashDiscountDays } = customer.conditions;
  const expected: ConditionsAnswer = { tradeDiscounts: [...tradeDiscounts], ...(cashDiscount !== undefined ? { cashDiscount } : {}) };
  const text = describeConditions(expected, cashDiscountDays);
  const none = tradeDiscounts.every((r) => r === 0) && (cashDiscount ?? 0) === 0;
  const explanation = none
    ? `Le compte ${customer.id} ne porte aucune condition négociée : la commande est au tarif, sans remise ni escompte.`
    : `Conditions négociées inscrites au compte ${customer.id} : ${text.charAt(0).toLowerCase()}${text.slice(1)}. ` +
      `Appliquées à la commande : brut ${formatEuros(totals.grossCents)} → net commercial ${formatEuros(totals.netCommercialCents)}` +
      ((cashDiscount ?? 0) > 0 ? ` ; l'escompte est offert pour paiement anticipé : imprimé comme condition, il n'est déduit que s'il est pris.` : ".");
  return {
    expected,
    expectedText: text,
    explanation,
    glossary: INTAKE_GLOSSARY.conditions,
    grossCents: totals.grossCents,
    netCommercialCents: totals.netCommercialCents,
    ...(cashDiscountDays !== undefined ? { cashDiscountDays } : {}),
  };
}

export function judgeConditions(key: ConditionsKey, answer: ConditionsAnswer): IntakeJudgement {
  const errors: string[] = [];
  const agreed = key.expected.tradeDiscounts.filter((r) => r !== 0);
  const given = answer.tradeDiscounts.filter((r) => r !== 0);
  if (!sameRates(given, agreed)) {
    const missing = agreed.filter((r) => !given.includes(r));
    const extra = given.filter((r) => !agreed.includes(r));
    if (missing.length > 0) errors.push(`Remise${missing.length > 1 ? "s" : ""} oubliée${missing.length > 1 ? "s" : ""} : ${percentList(missing)} — la commande serait chiffrée sans les conditions négociées.`);
    if (extra.length > 0) errors.push(`Remise${extra.length > 1 ? "s" : ""} non convenue${extra.length > 1 ? "s" : ""} : ${percentList(extra)} — on n'accorde que ce qui est négocié.`);
    if (missing.length === 0 && extra.length === 0) errors.push(`Remises ${percentList(given)} au lieu de ${percentList(agreed)} (nombre ou ordre des remises successives).`);
  }
  const expectedCash = key.expected.cashDiscount ?? 0;
  const givenCash = answer.cashDiscount ?? 0;
  if (givenCash !== expectedCash) {
    errors.push(
      expectedCash === 0
        ? `Escompte ${formatPercent(givenCash)} non convenu.`
        : givenCash === 0
          ? `Escompte de ${formatPercent(expectedCash)} oublié.`
          : `Escompte ${formatPercent(givenCash)} au lieu de ${formatPercent(expectedCash)}.`,
    );
  }
  const correct = errors.length === 0;
  return {
    correct,
    answer: describeConditions(answer),
    expected: key.expectedText,
    explanation: correct ? key.explanation : `${errors.join(" ")} ${key.explanation} La commande est corrigée avec les conditions du compte.`,
    glossary: key.glossary,
  };
}

// ───────────────────────────── 5. Elements ─────────────────────────────

function anomalyKey(anomaly: ElementAnomaly): string {
  return LINE_ANOMALIES.includes(anomaly.code) ? `${anomaly.code}:${anomaly.line ?? -1}` : anomaly.code;
}

/** Line anomalies keep their line; order anomalies drop it (a learner may send one). */
function normalizeAnomaly(anomaly: ElementAnomaly): ElementAnomaly {
  return LINE_ANOMALIES.includes(anomaly.code) && anomaly.line !== undefined ? { code: anomaly.code, line: anomaly.line } : { code: anomaly.code };
}

function describeAnomaly(anomaly: ElementAnomaly): string {
  const label = ELEMENT_ANOMALY_LABELS[anomaly.code];
  return LINE_ANOMALIES.includes(anomaly.code) && anomaly.line !== undefined ? `${lineNumber(anomaly.line)} : ${label}` : label;
}

function hasDeliveryAddress(order: IncomingOrder, customer: Customer): PostalAddress | undefined {
  return order.deliveryAddress ?? customer.deliveryAddress;
}

function deriveElements(order: IncomingOrder, customer: Customer, priced: readonly PricedLine[]): ElementsKey {
  const details: ElementsKey["details"] = [];
  const quoteValid = quoteIsValid(order);
  order.lines.forEach((line, index) => {
    const known = priced.find((p) => p.index === index);
    if (!known) {
      details.push({ anomaly: { code: "unknownReference", line: index }, text: `${lineNumber(index)} : référence « ${line.reference} » inconnue au catalogue` });
      return;
    }
    if (known.writtenPriceCents !== undefined && known.writtenPriceCents !== known.unitPriceCents) {
      const source = known.priceSource === "quote" ? `prix du devis ${order.quote?.number ?? ""} encore valable` : "prix du catalogue";
      details.push({
        anomaly: { code: "priceDiffers", line: index },
        text: `${lineNumber(index)} : « ${known.reference} » à ${formatEuros(known.writtenPriceCents)} HT au lieu de ${formatEuros(known.unitPriceCents)} HT (${source})`,
      });
    }
  });
  if (!hasDeliveryAddress(order, customer)) {
    details.push({ anomaly: { code: "missingDeliveryAddress" }, text: "adresse de livraison absente de la commande et du compte client" });
  }
  if (!order.signed && order.support !== "message") {
    details.push({ anomaly: { code: "unsigned" }, text: `${order.support === "quote" ? "devis retourné" : "bon de commande"} non signé : il n'engage pas le client` });
  }
  if (order.quote !== undefined && !quoteValid) {
    details.push({
      anomaly: { code: "quoteExpired" },
      text: `devis ${order.quote.number} valable jusqu'au ${formatDateFr(order.quote.validUntil)}, commande du ${formatDateFr(order.orderDate)} : devis expiré, les prix du catalogue s'appliquent`,
    });
  }
  const expected = details.map((d) => d.anomaly);
  const explanation =
    details.length === 0
      ? "Références connues, prix conformes, adresse de livraison connue" + (order.support !== "message" ? ", commande signée" : "") + (order.quote ? ", devis valable" : "") + " : aucune anomalie."
      : `Anomalie${details.length > 1 ? "s" : ""} à régler avec le client avant d'accepter : ${details.map((d) => d.text).join(" ; ")}.`;
  return {
    expected,
    expectedText: details.length === 0 ? "Aucune anomalie" : capitalize(expected.map(describeAnomaly).join(" ; ")),
    explanation,
    glossary: INTAKE_GLOSSARY.elements,
    details,
    quoteValid,
  };
}

export function judgeElements(key: ElementsKey, anomalies: readonly ElementAnomaly[]): IntakeJudgement {
  const given = new Map(anomalies.map(normalizeAnomaly).map((a) => [anomalyKey(a), a]));
  const expected = new Map(key.details.map((d) => [anomalyKey(d.anomaly), d]));
  const missed = [...expected.entries()].filter(([k]) => !given.has(k)).map(([, d]) => d.text);
  const falseAlarms = [...given.entries()].filter(([k]) => !expected.has(k)).map(([, a]) => describeAnomaly(a));
  const correct = missed.length === 0 && falseAlarms.length === 0;
  const errors = [
    ...(missed.length > 0 ? [`Anomalie${missed.length > 1 ? "s" : ""} manquée${missed.length > 1 ? "s" : ""} : ${missed.join(" ; ")}.`] : []),
    ...(falseAlarms.length > 0 ? [`Fausse${falseAlarms.length > 1 ? "s" : ""} alerte${falseAlarms.length > 1 ? "s" : ""} : ${falseAlarms.join(" ; ")}.`] : []),
  ];
  return {
    correct,
    answer: given.size === 0 ? "Aucune anomalie" : capitalize([...given.values()].map(describeAnomaly).join(" ; ")),
    expected: key.expectedText,
    explanation: correct ? key.explanation : `${errors.join(" ")} ${key.explanation}`,
    glossary: key.glossary,
  };
}

// ───────────────────────────── 6. Stock ─────────────────────────────

function deriveStock(ledger: Ledger, order: IncomingOrder, priced: readonly PricedLine[], today: IsoDate): StockKey {
  const byReference = new Map<string, { description: string; quantity: number }>();
  for (const line of priced) {
    const current = byReference.get(line.reference);
    byReference.set(line.reference, { description: line.description, quantity: (current?.quantity ?? 0) + line.quantity });
  }
  const requested = order.requestedDeliveryDate;
  const lines: StockLineKey[] = [...byReference.entries()].map(([reference, { description, quantity }]) => {
    const product = findProduct(ledger, reference);
    const leadTimeDays = product?.leadTimeDays ?? 0;
    const available = Math.max(0, availableStock(ledger, reference));
    const enough = available >= quantity;
    // Partial only when something can leave now and the customer accepts it (0044).
    const verdict: StockVerdict = enough ? "available" : available > 0 && order.acceptsPartialDelivery ? "partial" : "leadTime";
    const earliestDate = enough ? today : addDays(today, leadTimeDays);
    const deliveryDate = requested !== undefined ? maxDate(earliestDate, requested) : earliestDate;
    const deliverNow = verdict === "available" ? quantity : verdict === "partial" ? available : 0;
    const backOrder = quantity - deliverNow;
    const tooEarly = requested !== undefined && compareDates(requested, earliestDate) < 0 && !enough;
    const explanation =
      `« ${reference} » : ${quantity} commandé${quantity > 1 ? "s" : ""}, ${available} disponible${available > 1 ? "s" : ""}` +
      (verdict === "available"
        ? ` → livrable${requested !== undefined && deliveryDate !== today ? ` le ${formatDateFr(deliveryDate)} (date demandée)` : " maintenant"}`
        : verdict === "partial"
          ? ` → livraison partielle de ${deliverNow} maintenant, reliquat de ${backOrder} le ${formatDateFr(deliveryDate)} (délai ${leadTimeDays} jours)`
          : ` → ${available > 0 ? "le client refuse la livraison partielle : " : ""}livraison de ${quantity} le ${formatDateFr(deliveryDate)} (aujourd'hui + délai de ${leadTimeDays} jours)`) +
      (tooEarly ? ` ; la date demandée (${formatDateFr(requested ?? today)}) ne peut pas être tenue, on ne la promet pas` : "");
    return { reference, description, quantity, available, leadTimeDays, verdict, deliverNow, backOrder, deliveryDate, earliestDate, explanation };
  });
  const expected: StockAnswerLine[] = lines.map((l) => ({ reference: l.reference, verdict: l.verdict, ...(l.verdict === "available" ? {} : { deliveryDate: l.deliveryDate }) }));
  const completeBy = lines.reduce((latest, l) => maxDate(latest, l.deliveryDate), requested !== undefined ? maxDate(today, requested) : today);
  const partialDelivery = lines.some((l) => l.verdict === "partial");
  return {
    expected,
    expectedText: lines.length === 0 ? "Aucune ligne à contrôler" : lines.map((l) => `${l.reference} : ${STOCK_VERDICT_LABELS[l.verdict]}${l.verdict === "available" ? "" : ` (${formatDateFr(l.deliveryDate)})`}`).join(" ; "),
    explanation: lines.length === 0 ? "Aucune référence connue du catalogue : rien à contrôler en stock." : `${lines.map((l) => l.explanation).join(". ")}.`,
    glossary: INTAKE_GLOSSARY.stock,
    lines,
    ...(requested !== undefined ? { requestedDate: requested } : {}),
    partialDelivery,
    completeBy,
  };
}

function describeStockAnswer(lines: readonly StockAnswerLine[]): string {
  if (lines.length === 0) return "Aucune ligne";
  return lines.map((l) => `${l.reference} : ${STOCK_VERDICT_LABELS[l.verdict]}${l.deliveryDate !== undefined ? ` (${formatDateFr(l.deliveryDate)})` : ""}`).join(" ; ");
}

/** The dates a line may promise: from its earliest date to the customer's requested date, if any (0094). */
function stockWindow(key: StockKey, line: StockLineKey): PromiseWindow {
  return {
    earliest: line.earliestDate,
    ...(key.requestedDate !== undefined ? { requested: key.requestedDate } : {}),
    constraint: line.verdict === "available" ? "le stock" : `le délai de ${line.leadTimeDays} jours`,
  };
}

/**
 * Check 6 (0094): the verdicts of the references, and the promised dates when one is required
 * (a line delivered after the lead time): verdicts 1,5 point, dates 0,5 point. Any date the rules
 * accept is right. The back-order date of a partial delivery is optional: it never costs, and a
 * date the lead time cannot meet is named as a remark.
 */
export function judgeStock(key: StockKey, answer: readonly StockAnswerLine[]): IntakeJudgement {
  const verdictErrors: string[] = [];
  const dateErrors: string[] = [];
  const remarks: ScoredPart[] = [];
  const datesRequired = key.lines.some((line) => line.verdict === "leadTime");
  for (const line of key.lines) {
    const given = answer.find((a) => a.reference.trim() === line.reference);
    const dateRequired = line.verdict === "leadTime";
    if (!given) {
      verdictErrors.push(`« ${line.reference} » non contrôlée.`);
      if (dateRequired) dateErrors.push(`« ${line.reference} » : aucune date promise (au plus tôt le ${formatDateFr(line.earliestDate)}).`);
      continue;
    }
    if (given.verdict !== line.verdict) verdictErrors.push(`« ${line.reference} » : ${STOCK_VERDICT_LABELS[line.verdict]} et non ${STOCK_VERDICT_LABELS[given.verdict]}.`);
    if (given.deliveryDate === undefined) {
      if (dateRequired) dateErrors.push(`« ${line.reference} » : indiquez la date de livraison promise (au plus tôt le ${formatDateFr(line.earliestDate)}).`);
      continue;
    }
    const judged = judgePromisedDate(given.deliveryDate, stockWindow(key, line));
    const label = `${dateRequired ? "Date promise" : "Date du reliquat"}, ${line.reference}`;
    if (judged.accepted) {
      if (judged.note !== undefined) remarks.push(remarkPart(label, true, judged.note));
    } else if (dateRequired) {
      dateErrors.push(`« ${line.reference} » : ${judged.reason}.`);
    } else {
      remarks.push(remarkPart(label, false, judged.reason));
    }
  }
  for (const extra of answer.filter((a) => !key.lines.some((l) => l.reference === a.reference.trim()))) {
    verdictErrors.push(`« ${extra.reference} » n'est pas une référence du catalogue commandée ici.`);
  }
  const parts = [
    scoredPart("Verdicts de stock", verdictErrors.length === 0, datesRequired ? verdictWeight(1) : POINTS_PER_DECISION, verdictErrors.length > 0 ? verdictErrors.join(" ") : undefined),
    ...(datesRequired ? [scoredPart("Dates promises", dateErrors.length === 0, FIGURE_WEIGHT, dateErrors.length > 0 ? dateErrors.join(" ") : undefined)] : []),
    ...remarks,
  ];
  return {
    correct: allPartsRight(parts),
    answer: describeStockAnswer(answer),
    expected: key.expectedText,
    explanation: withFeedback(parts, key.explanation),
    glossary: key.glossary,
    ...partsIfSeveral(parts),
  };
}

// ───────────────────────────── 7. Deposit ─────────────────────────────

function deriveDeposit(
  account: AccountKey,
  solvency: SolvencyKey,
  credit: CreditKey,
  priced: readonly PricedLine[],
  scenario: Scenario,
): DepositKey {
  const policies = scenario.company.policies;
  const orderTotal = credit.orderTotalCents;
  const policy = policies.deposit;
  const percent = policy?.percent ?? DEFAULT_DEPOSIT_PERCENT;
  const share = percentOf(orderTotal, percent);
  const shareText = `${formatPercent(percent)} de ${formatEuros(orderTotal)} = ${formatEuros(share)}`;
  const reasons: DepositKey["reasons"] = [];
  if (solvency.expected === "insolvent" && policies.insolvency === "prepayment") {
    reasons.push({ source: "prepayment", amountCents: orderTotal, text: `client insolvable, politique de paiement intégral à la commande : ${formatEuros(orderTotal)}` });
  }
  if (solvency.expected === "incidents" && policies.paymentIncidents === "deposit") {
    reasons.push({ source: "paymentIncidents", amountCents: share, text: `incidents de paiement, politique d'acompte : ${shareText}` });
  }
  if (policy?.newCustomers && account.isNew) {
    reasons.push({ source: "newCustomer", amountCents: share, text: `nouveau client : ${shareText}` });
  }
  if (policy?.aboveAmount !== undefined && orderTotal > policy.aboveAmount) {
    reasons.push({ source: "aboveAmount", amountCents: share, text: `commande de ${formatEuros(orderTotal)} TTC au-delà du seuil de ${formatEuros(policy.aboveAmount)} : ${shareText}` });
  }
  const madeToOrder = priced.filter((l) => scenario.products.find((p) => p.reference === l.reference)?.madeToOrder);
  if (policy?.madeToOrder && madeToOrder.length > 0) {
    reasons.push({ source: "madeToOrder", amountCents: share, text: `fabrication sur commande (${madeToOrder.map((l) => l.reference).join(", ")}) : ${shareText}` });
  }
  if (!credit.check.passes && policies.creditLimitExceeded === "deposit") {
    reasons.push({
      source: "creditExcess",
      amountCents: credit.check.depositToFitCents,
      text: `dépassement du plafond : au moins le dépassement, ${formatEuros(credit.check.depositToFitCents)}, pour revenir sous le plafond de ${formatEuros(credit.check.creditLimitCents)}`,
    });
  }
  // Several grounds: the larger amount covers them all (0045); never more than the order.
  const amountCents = Math.min(orderTotal, reasons.reduce((max, r) => Math.max(max, r.amountCents), 0));
  const required = reasons.length > 0 && amountCents > 0;
  const explanation = !required
    ? "Aucun motif d'acompte selon la politique de l'entreprise (nouveau client, seuil de montant, fabrication sur commande, dépassement du plafond, incidents) : pas d'acompte."
    : `Acompte exigé : ${reasons.map((r) => r.text).join(" ; ")}.` +
      (reasons.length > 1 ? ` Plusieurs motifs : on retient le montant le plus élevé, ${formatEuros(amountCents)} TTC.` : ` Montant : ${formatEuros(amountCents)} TTC.`) +
      " La commande est acceptée une fois l'acompte versé.";
  return {
    expected: required ? { required: true, amountCents } : { required: false },
    expectedText: required ? `Acompte exigé : ${formatEuros(amountCents)} TTC` : "Pas d'acompte",
    explanation,
    glossary: INTAKE_GLOSSARY.deposit,
    reasons,
    amountCents: required ? amountCents : 0,
  };
}

/**
 * Check 7 (0094): whether a deposit is required (1,5 point) and, when it is, its amount TTC
 * (0,5 point), a wrong amount named when it is the amount of one ground only.
 */
export function judgeDeposit(key: DepositKey, answer: DepositAnswer): IntakeJudgement {
  const expectedRequired = key.expected.required;
  const verdictRight = answer.required === expectedRequired;
  const verdictNote = verdictRight ? undefined : expectedRequired ? "un acompte est exigé" : "aucun acompte n'est exigé ici";
  const slips: KnownSlip[] = key.reasons
    .filter((r) => r.amountCents !== key.amountCents)
    .map((r) => ({ cents: r.amountCents, confused: `c'est le montant d'un seul motif (${r.text}) ; plusieurs motifs : on retient le plus élevé` }));
  const parts = expectedRequired
    ? [
        scoredPart("Acompte exigé ou non", verdictRight, verdictWeight(1), verdictNote),
        amountPart("Montant de l'acompte TTC", answer.required ? answer.amountCents : undefined, key.amountCents, FIGURE_WEIGHT, slips),
      ]
    : [scoredPart("Acompte exigé ou non", verdictRight, POINTS_PER_DECISION, verdictNote)];
  return {
    correct: allPartsRight(parts),
    answer: answer.required ? `Acompte exigé${answer.amountCents !== undefined ? ` : ${formatEuros(answer.amountCents)} TTC` : ""}` : "Pas d'acompte",
    expected: key.expectedText,
    explanation: withFeedback(parts, key.explanation),
    glossary: key.glossary,
    ...partsIfSeveral(parts),
  };
}

// ───────────────────────────── Decision ─────────────────────────────

/** The most restrictive outcome wins (0046). */
const SEVERITY: Readonly<Record<IntakeDecision, number>> = { accept: 0, acceptWithConditions: 1, hold: 2, refuse: 3 };

function deriveDecision(scenario: Scenario, solvency: SolvencyKey, credit: CreditKey, elements: ElementsKey, stock: StockKey, deposit: DepositKey): DecisionKey {
  const policies = scenario.company.policies;
  const reasons: DecisionKey["reasons"] = [];
  if (solvency.expected === "insolvent") {
    reasons.push(
      policies.insolvency === "refuse"
        ? { outcome: "refuse", text: `client insolvable (${PROCEEDINGS_LABELS[solvency.proceedings]}) : la politique impose le refus` }
        : { outcome: "acceptWithConditions", text: "client insolvable : acceptation contre paiement intégral à la commande" },
    );
  }
  if (solvency.expected === "incidents") {
    reasons.push(
      policies.paymentIncidents === "hold"
        ? { outcome: "hold", text: "incidents de paiement : attente de l'accord du responsable" }
        : { outcome: "acceptWithConditions", text: "incidents de paiement : acceptation contre acompte" },
    );
  }
  if (!credit.check.passes) {
    const excess = formatEuros(credit.check.excessCents);
    reasons.push(
      policies.creditLimitExceeded === "refuse"
        ? { outcome: "refuse", text: `plafond d'encours dépassé de ${excess} : la politique impose le refus` }
        : policies.creditLimitExceeded === "hold"
          ? { outcome: "hold", text: `plafond d'encours dépassé de ${excess} : attente de l'accord du responsable` }
          : { outcome: "acceptWithConditions", text: `plafond d'encours dépassé de ${excess} : acceptation contre acompte` },
    );
  }
  if (elements.details.length > 0) {
    reasons.push({ outcome: "hold", text: `commande à compléter avec le client (${elements.details.map((d) => d.text).join(" ; ")})` });
  }
  if (deposit.expected.required) {
    reasons.push({ outcome: "acceptWithConditions", text: `acompte de ${formatEuros(deposit.amountCents)} TTC à verser` });
  }
  if (stock.partialDelivery) {
    reasons.push({ outcome: "acceptWithConditions", text: "livraison partielle et reliquat" });
  }
  const decision = reasons.reduce<IntakeDecision>((worst, r) => (SEVERITY[r.outcome] > SEVERITY[worst] ? r.outcome : worst), "accept");
  const decisive = reasons.filter((r) => r.outcome === decision);
  const reason = decisive.map((r) => r.text).join(" ; ");
  const explanation =
    reasons.length === 0
      ? "Les sept contrôles sont satisfaisants : la commande est acceptée."
      : `${capitalize(reasons.map((r) => `${r.text} → ${INTAKE_DECISION_LABELS[r.outcome]}`).join(" ; "))}. Le plus défavorable l'emporte : ${INTAKE_DECISION_LABELS[decision]}.`;
  return {
    expected: decision === "hold" || decision === "refuse" ? { decision, reason: capitalize(reason) } : { decision },
    expectedText: capitalize(INTAKE_DECISION_LABELS[decision]),
    explanation,
    glossary: INTAKE_GLOSSARY.decision,
    reasons,
    reason: capitalize(reason),
  };
}

/** Hold and refuse are written to the customer with their reason: an answer without one is incomplete. */
export function isDecisionComplete(answer: DecisionAnswer): boolean {
  return answer.decision === "accept" || answer.decision === "acceptWithConditions" || (answer.reason ?? "").trim() !== "";
}

export function judgeDecision(key: DecisionKey, answer: DecisionAnswer): IntakeJudgement {
  const correct = answer.decision === key.expected.decision;
  const reason = (answer.reason ?? "").trim();
  return {
    correct,
    answer: `${capitalize(INTAKE_DECISION_LABELS[answer.decision])}${reason !== "" ? ` — motif : ${reason}` : ""}`,
    expected: key.expectedText,
    explanation: correct ? key.explanation : `Décision attendue : ${INTAKE_DECISION_LABELS[key.expected.decision]}. ${key.explanation}`,
    glossary: key.glossary,
  };
}

// ───────────────────────────── The whole key ─────────────────────────────

/**
 * The answer key of stage 1 for a scenario, the PGI as the stage opens it and today's date.
 * Throws DomainError when the scenario cannot be played (no order, unknown customer id, a new
 * customer the order does not describe well enough to open the account).
 */
export function deriveIntakeKey(input: IntakeKeyInput): IntakeKey {
  const { scenario, today } = input;
  const order = orderOf(scenario);
  const policies = scenario.company.policies;
  const derivedAccount = deriveAccount(scenario, input.ledger, order);
  const { ledger, customer } = derivedAccount;
  const priced = priceLines(ledger, order);
  const totals = orderTotals(priced, customer.conditions, order.shipping ?? 0);
  const solvency = deriveSolvency(derivedAccount.solvency, policies);
  const credit = deriveCredit(ledger, customer, order, priced, totals, policies);
  const conditions = deriveConditions(customer, totals);
  const elements = deriveElements(order, customer, priced);
  const stock = deriveStock(ledger, order, priced, today);
  const deposit = deriveDeposit(derivedAccount.key, solvency, credit, priced, scenario);
  const decision = deriveDecision(scenario, solvency, credit, elements, stock, deposit);
  const tradeDiscounts = customer.conditions.tradeDiscounts.filter((r) => r !== 0);
  const deliveryAddress = hasDeliveryAddress(order, customer);
  return {
    account: derivedAccount.key,
    solvency,
    credit,
    conditions,
    elements,
    stock,
    deposit,
    decision,
    order: {
      date: order.orderDate,
      lines: documentLines(priced),
      reductions: tradeDiscounts.length > 0 ? { tradeDiscounts } : {},
      shippingCents: order.shipping ?? 0,
      ...(order.customerOrderNumber !== undefined ? { customerOrderNumber: order.customerOrderNumber } : {}),
      ...(deliveryAddress !== undefined ? { deliveryAddress } : {}),
      deliveryDate: stock.completeBy,
    },
  };
}

/** Accepted (with or without conditions): the customer's order is recorded in the PGI as a draft purchase order (0047). */
export function recordIntakeOrder(ledger: Ledger, key: IntakeKey, customerId: string): LedgerResult<{ document: SalesDocument }> {
  return createDocument(ledger, { kind: "purchaseOrder", customerId, ...key.order });
}

export function isAccepted(decision: IntakeDecision): boolean {
  return decision === "accept" || decision === "acceptWithConditions";
}

/** Why the scenario stops after intake when the order is not accepted, in French. */
export function haltMessage(key: IntakeKey): string | undefined {
  const decision = key.decision.expected.decision;
  if (isAccepted(decision)) return undefined;
  return `Commande ${decision === "hold" ? "mise en attente" : "refusée"} : ${key.decision.reason}. Aucune commande n'est enregistrée dans le PGI ; le scénario s'arrête à cette étape.`;
}

// ───────────────────────────── The course's order ─────────────────────────────

const COURSE_ORDER_TEXT = INTAKE_STEPS.filter((s) => s !== "decision")
  .map((s, i) => `${i + 1}. ${INTAKE_STEP_LABELS[s]}`)
  .join(", ");

function stepNumber(step: IntakeStep): string {
  return step === "decision" ? "la décision" : `contrôle ${INTAKE_STEPS.indexOf(step) + 1}`;
}

/** A check sent out of the course's order: recorded at 0, explained, and the stage does not advance. */
export function outOfOrderJudgement(current: IntakeStep, attempted: IntakeCheck): IntakeJudgement {
  const done = INTAKE_STEPS.indexOf(attempted) < INTAKE_STEPS.indexOf(current);
  const what = done
    ? `« ${INTAKE_STEP_LABELS[attempted]} » (${stepNumber(attempted)}) est déjà fait : un contrôle ne se refait pas.`
    : `« ${INTAKE_STEP_LABELS[attempted]} » (${stepNumber(attempted)}) vient plus tard.`;
  return {
    correct: false,
    answer: `${capitalize(INTAKE_STEP_LABELS[attempted])} contrôlé hors de l'ordre`,
    expected: current === "decision" ? "La décision" : `${capitalize(INTAKE_STEP_LABELS[current])} (${stepNumber(current)})`,
    explanation: `${what} Le cours impose l'ordre des contrôles avant d'accepter une commande : ${COURSE_ORDER_TEXT}, puis la décision. Étape attendue maintenant : ${current === "decision" ? "la décision" : `${INTAKE_STEP_LABELS[current]} (${stepNumber(current)})`}.`,
    glossary: INTAKE_GLOSSARY[attempted],
  };
}
