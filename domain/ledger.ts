/**
 * The simulated PGI database ("ledger"): customers, products and stock, the documents of the
 * sales chain, payments and numbering series, as one plain JSON value. Every operation is a pure
 * function that returns a new ledger and never mutates its input; an operation that can be
 * refused returns a LedgerResult whose French message a UI shows and a machine uses as a guard.
 * Every total comes from computeInvoice (the classroom cascade), never from a copy of it.
 * Decisions: docs/decisions/0020 to 0027.
 */
import { compareDates, formatDateFr, isIsoDate, type IsoDate } from "./dates";
import {
  VAT_RATES,
  type Customer,
  type CustomerConditions,
  type DocumentLine,
  type DocumentReductions,
  type DocumentStatus,
  type InvoiceDocument,
  type OperationNature,
  type PostalAddress,
  type PrintedLine,
  type PrintedTotals,
  type Product,
  type SalesDocumentKind,
  type SellerIdentity,
} from "./documents";
import { computeInvoice, type InvoiceComputation, type InvoiceInput } from "./invoice";
import { allocateProRata, divideRoundHalfUp, DomainError, formatEuros, formatPercent, type Cents } from "./money";
import { frenchVatKey, frenchVatNumber, isValidSiren, isValidSiret } from "./identifiers";
import { nextNumber, replaceSeries, seriesFor, type LedgerError, type NumberingSeries } from "./numbering";
import {
  checkLegalMaximum,
  DEFAULT_RATES_H1_2026,
  describePaymentTerms,
  dueDate,
  effectiveLatePenaltyRate,
  RECOVERY_INDEMNITY_CENTS,
  type PaymentTerms,
} from "./paymentTerms";

export type { LedgerError, NumberingSeries } from "./numbering";
/** SIREN and SIRET checks (Luhn; La Poste's rule) live in identifiers.ts; re-exported for the account form. */
export { isValidSiren, isValidSiret } from "./identifiers";

// ───────────────────────────── Types ─────────────────────────────

export type PaymentMethod = "transfer" | "cheque" | "card" | "cash" | "bill" | "directDebit";

export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  transfer: "virement",
  cheque: "chèque",
  card: "carte bancaire",
  cash: "espèces",
  bill: "effet de commerce (LCR)",
  directDebit: "prélèvement",
};

export interface Payment {
  id: string;
  /** The invoice or deposit invoice paid. */
  invoiceId: string;
  date: IsoDate;
  amountCents: Cents;
  method: PaymentMethod;
  /** Cheque number, transfer label... */
  reference?: string;
}

/** Units of a product set aside for an accepted order (released as they ship). */
export interface StockReservation {
  orderId: string;
  reference: string;
  quantity: number;
}

export interface SalesDocument {
  /** Internal id, given at creation ("D0007"); the legal `number` comes at validation. */
  id: string;
  kind: SalesDocumentKind;
  status: DocumentStatus;
  customerId: string;
  /** Issue date. For a purchase order: the customer's order date. Set to the validation date
   * at validation for every other kind (a number and its date are taken together). */
  date: IsoDate;
  /** The predecessor in the chain (see DOCUMENT_KINDS[kind].parents). */
  parentId?: string;
  lines: DocumentLine[];
  reductions: DocumentReductions;
  /** Port HT. */
  shippingCents: Cents;
  /** Deposit already invoiced, TTC, deducted from this invoice. */
  depositCents: Cents;
  /** The customer's own purchase-order number. */
  customerOrderNumber?: string;
  /** Agreed delivery date (order, acknowledgement) or date of delivery (invoice). */
  deliveryDate?: IsoDate;
  deliveryAddress?: PostalAddress;
  /** "FA-2026-00042": given at validation, never before. */
  number?: string;
  /** The day the document was validated (recorded, for a purchase order). */
  validatedOn?: IsoDate;
  /** Invoice: every delivery note it invoices (parentId is the first). */
  deliveryNoteIds?: string[];
  /** Credit note: the invoice credited, as printed on it. */
  creditedInvoice?: { id: string; number: string; date: IsoDate };
  /** Credit note: cancels the whole invoice. */
  fullCancellation?: boolean;
  /** Credit note: why ("retour de 2 articles défectueux"). */
  reason?: string;
  /** Invoices: the buyer as known at validation, so that a later change of the customer's
   * record never changes an issued invoice. */
  buyer?: Customer;
  /** Invoices: due date fixed at validation. */
  dueDate?: IsoDate;
}

/**
 * The PGI's data. The two optional fields may be absent from a ledger written by hand
 * (a scenario's seed): no reservation yet, ids counted from the documents present.
 */
export interface Ledger {
  customers: Customer[];
  products: Product[];
  documents: SalesDocument[];
  payments: Payment[];
  series: NumberingSeries[];
  reservations?: StockReservation[];
  /** Last internal document id given, so that a deleted draft's id is never reused. */
  lastDocumentSequence?: number;
}

export type LedgerResult<T extends object = object> = ({ ok: true; ledger: Ledger } & T) | { ok: false; error: LedgerError };

type Failure = { ok: false; error: LedgerError };

function fail(code: string, message: string, field?: string): Failure {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

function failWith(error: LedgerError): Failure {
  return { ok: false, error };
}

function problem(code: string, message: string, field?: string): LedgerError {
  return field === undefined ? { code, message } : { code, message, field };
}

export function emptyLedger(): Ledger {
  return { customers: [], products: [], documents: [], payments: [], series: [] };
}

export function createLedger(init: Partial<Ledger>): Ledger {
  return { ...emptyLedger(), ...init };
}

// ───────────────────────────── Kinds and the chain ─────────────────────────────

export interface DocumentKindInfo {
  label: string;
  /** With its article, for sentences: "la facture", "l'accusé de réception". */
  the: string;
  a: string;
  feminine: boolean;
  /** Kinds it may be created from; empty for a document that starts a chain. */
  parents: readonly SalesDocumentKind[];
  /** May be created without a parent. */
  root: boolean;
  /** A "facture de droit": numbered in a legal series, never modified nor deleted once validated. */
  legal: boolean;
}

export const DOCUMENT_KINDS: Readonly<Record<SalesDocumentKind, DocumentKindInfo>> = {
  quote: { label: "devis", the: "le devis", a: "un devis", feminine: false, parents: [], root: true, legal: false },
  purchaseOrder: { label: "commande", the: "la commande", a: "une commande", feminine: true, parents: ["quote"], root: true, legal: false },
  orderAcknowledgement: {
    label: "accusé de réception de commande",
    the: "l'accusé de réception",
    a: "un accusé de réception",
    feminine: false,
    parents: ["purchaseOrder"],
    root: false,
    legal: false,
  },
  deliveryNote: { label: "bon de livraison", the: "le bon de livraison", a: "un bon de livraison", feminine: false, parents: ["purchaseOrder"], root: false, legal: false },
  depositInvoice: { label: "facture d'acompte", the: "la facture d'acompte", a: "une facture d'acompte", feminine: true, parents: ["purchaseOrder"], root: false, legal: true },
  invoice: { label: "facture", the: "la facture", a: "une facture", feminine: true, parents: ["deliveryNote"], root: false, legal: true },
  creditNote: { label: "facture d'avoir", the: "la facture d'avoir", a: "une facture d'avoir", feminine: true, parents: ["invoice", "depositInvoice"], root: false, legal: true },
};

const CHAIN_TEXT = "devis → commande → accusé de réception → bon de livraison → facture → avoir";

export const INVOICE_IMMUTABLE_MESSAGE =
  "Une facture validée ne peut être ni modifiée ni supprimée (facture de droit) : pour l'annuler ou la corriger, établissez une facture d'avoir.";

export const CREDIT_NOTE_IMMUTABLE_MESSAGE =
  "Une facture d'avoir validée ne peut être ni modifiée ni supprimée : pour la corriger, établissez une nouvelle facture ou un nouvel avoir.";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "la facture FA-2026-00001", "le bon de livraison (brouillon D0004)". */
export function describeDocument(doc: SalesDocument): string {
  return `${DOCUMENT_KINDS[doc.kind].the} ${doc.number ?? `(brouillon ${doc.id})`}`;
}

/** The past participle agreed with the kind's gender: agreed("deliveryNote", "validé") = "validé". */
function agreed(kind: SalesDocumentKind, participle: string): string {
  return DOCUMENT_KINDS[kind].feminine ? `${participle}e` : participle;
}

function isLegal(kind: SalesDocumentKind): boolean {
  return DOCUMENT_KINDS[kind].legal;
}

// ───────────────────────────── Lookups ─────────────────────────────

export function findDocument(ledger: Ledger, id: string): SalesDocument | undefined {
  return ledger.documents.find((d) => d.id === id);
}

/** For queries: an unknown id is a programming error, not a learner's mistake. */
export function getDocument(ledger: Ledger, id: string): SalesDocument {
  const doc = findDocument(ledger, id);
  if (!doc) throw new DomainError("document.notFound", `Document « ${id} » introuvable dans le PGI.`, "id");
  return doc;
}

function missingDocument(id: string, field = "id"): Failure {
  return fail("document.notFound", `${field} : document « ${id} » introuvable dans le PGI.`, field);
}

export function childrenOf(ledger: Ledger, parentId: string, kind?: SalesDocumentKind): SalesDocument[] {
  return ledger.documents.filter((d) => d.parentId === parentId && (kind === undefined || d.kind === kind));
}

function replaceDocument(ledger: Ledger, updated: SalesDocument): Ledger {
  return { ...ledger, documents: ledger.documents.map((d) => (d.id === updated.id ? updated : d)) };
}

function nextSequentialId(prefix: string, ids: readonly string[], floor = 0): { id: string; sequence: number } {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = ids.reduce((max, id) => {
    const match = pattern.exec(id);
    return match ? Math.max(max, Number(match[1])) : max;
  }, floor);
  const sequence = highest + 1;
  return { id: `${prefix}${String(sequence).padStart(4, "0")}`, sequence };
}

function addDocument(ledger: Ledger, draft: Omit<SalesDocument, "id" | "status">, id?: string): LedgerResult<{ document: SalesDocument }> {
  if (id !== undefined && findDocument(ledger, id)) {
    return fail("document.duplicateId", `id : un document porte déjà l'identifiant « ${id} ».`, "id");
  }
  const computable = computableError(draft);
  if (computable) return failWith(computable);
  const generated = nextSequentialId("D", ledger.documents.map((d) => d.id), ledger.lastDocumentSequence ?? 0);
  const document: SalesDocument = { ...draft, id: id ?? generated.id, status: "draft" };
  return {
    ok: true,
    ledger: {
      ...ledger,
      documents: [...ledger.documents, document],
      lastDocumentSequence: id === undefined ? generated.sequence : (ledger.lastDocumentSequence ?? generated.sequence - 1),
    },
    document,
  };
}

// ───────────────────────────── Field checks ─────────────────────────────

function formatRates(rates: readonly number[]): string {
  return rates.map((r) => formatPercent(r)).join(", ");
}

/** Lines a document can carry: designation, positive whole quantity, price in cents, a known rate. */
export function checkLines(lines: readonly DocumentLine[], field = "lines"): LedgerError | undefined {
  for (const [i, line] of lines.entries()) {
    const at = `${field}[${i}]`;
    if (line.description.trim() === "") {
      return problem("line.description.required", `${at}.description : la désignation est obligatoire.`, `${at}.description`);
    }
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      return problem(
        "line.quantity.invalid",
        `${at}.quantity : la quantité doit être un nombre entier supérieur à 0 (reçu ${line.quantity}).`,
        `${at}.quantity`,
      );
    }
    if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
      return problem(
        "line.unitPrice.invalid",
        `${at}.unitPriceCents : le prix unitaire HT doit être un nombre entier de centimes positif ou nul (reçu ${line.unitPriceCents}).`,
        `${at}.unitPriceCents`,
      );
    }
    if (!(VAT_RATES as readonly number[]).includes(line.vatRate)) {
      return problem(
        "line.vatRate.unknown",
        `${at}.vatRate : taux de TVA ${formatPercent(line.vatRate)} inconnu (taux permis : ${formatRates(VAT_RATES)}).`,
        `${at}.vatRate`,
      );
    }
  }
  return undefined;
}

const REDUCTION_LABELS: Readonly<Record<keyof DocumentReductions, string>> = {
  tradeDiscounts: "remise",
  allowances: "rabais",
  rebates: "ristourne",
  cashDiscount: "escompte",
};

export function checkReductions(reductions: DocumentReductions, field = "reductions"): LedgerError | undefined {
  const entries: [keyof DocumentReductions, string, number][] = [];
  for (const key of ["tradeDiscounts", "allowances", "rebates"] as const) {
    (reductions[key] ?? []).forEach((rate, i) => entries.push([key, `${field}.${key}[${i}]`, rate]));
  }
  if (reductions.cashDiscount !== undefined) entries.push(["cashDiscount", `${field}.cashDiscount`, reductions.cashDiscount]);
  for (const [key, at, rate] of entries) {
    if (!Number.isFinite(rate) || rate < 0 || rate > 100) {
      return problem(
        "reduction.rate.invalid",
        `${at} : le taux de ${REDUCTION_LABELS[key]} doit être compris entre 0 et 100 % (reçu ${rate}).`,
        at,
      );
    }
  }
  return undefined;
}

function checkAmount(value: number, field: string, label: string): LedgerError | undefined {
  if (!Number.isSafeInteger(value) || value < 0) {
    return problem("amount.invalid", `${field} : ${label} doit être un nombre entier de centimes positif ou nul (reçu ${value}).`, field);
  }
  return undefined;
}

function checkDate(value: string, field = "date"): LedgerError | undefined {
  return isIsoDate(value)
    ? undefined
    : problem("date.invalid", `${field} : « ${value} » n'est pas une date valide (format attendu AAAA-MM-JJ).`, field);
}

function checkDocumentContent(doc: Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents" | "date">): LedgerError | undefined {
  return (
    checkDate(doc.date) ??
    checkLines(doc.lines) ??
    checkReductions(doc.reductions) ??
    checkAmount(doc.shippingCents, "shippingCents", "le port HT") ??
    checkAmount(doc.depositCents, "depositCents", "l'acompte déduit")
  );
}

// ───────────────────────────── Customers ─────────────────────────────

function digitsOnly(value: string): string {
  return value.replace(/[\s\u00a0\u202f.-]/gu, "");
}

/** "FR" + key + SIREN, the key matching the SIREN. */
export function isValidFrenchVatNumber(value: string, siren?: string): boolean {
  const compact = digitsOnly(value).toUpperCase();
  const match = /^FR(\d{2})(\d{9})$/.exec(compact);
  if (!match || !isValidSiren(match[2] ?? "")) return false;
  if (siren !== undefined && match[2] !== digitsOnly(siren)) return false;
  return match[1] === frenchVatKey(match[2] ?? "");
}

function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export type CustomerQuery = string | { id?: string; siren?: string; name?: string };

/**
 * Step 1 of order intake: does the account exist? A text is tried as an account code, then as a
 * SIREN (a SIRET finds its company), then as the company name (case and accents ignored).
 */
export function findCustomer(ledger: Ledger, query: CustomerQuery): Customer | undefined {
  const q = typeof query === "string" ? { id: query, siren: query, name: query } : query;
  const byId = q.id !== undefined ? ledger.customers.find((c) => c.id === q.id?.trim()) : undefined;
  if (byId) return byId;
  const digits = q.siren !== undefined ? digitsOnly(q.siren) : "";
  if (/^\d{9}$|^\d{14}$/.test(digits)) {
    const bySiren = ledger.customers.find((c) => c.siren !== undefined && digitsOnly(c.siren) === digits.slice(0, 9));
    if (bySiren) return bySiren;
  }
  if (q.name !== undefined && q.name.trim() !== "") {
    const wanted = normalizeName(q.name);
    return ledger.customers.find((c) => normalizeName(c.name) === wanted);
  }
  return undefined;
}

/** Customers whose name contains the text (case and accents ignored), for a search box. */
export function searchCustomers(ledger: Ledger, text: string): Customer[] {
  const wanted = normalizeName(text);
  if (wanted === "") return [];
  return ledger.customers.filter((c) => normalizeName(c.name).includes(wanted));
}

/** What the account-creation form provides; the credit limit comes from the policy, never from the form. */
export interface CustomerDraft {
  id?: string;
  name?: string;
  legalForm?: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  billingAddress?: Partial<PostalAddress>;
  deliveryAddress?: Partial<PostalAddress>;
  contact?: { name?: string; email?: string; phone?: string };
  paymentTerms?: PaymentTerms;
  conditions?: CustomerConditions;
  /** Default true: the simulator sells B2B. */
  professional?: boolean;
}

export interface NewCustomerPolicy {
  /** The credit limit (plafond d'encours) given to a new customer. */
  creditLimitCents: Cents;
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}

function checkAddress(address: Partial<PostalAddress> | undefined, field: string, label: string): LedgerError[] {
  if (address === undefined) {
    return [problem("customer.address.required", `${field} : ${label} est obligatoire (rue, code postal, ville).`, field)];
  }
  const issues: LedgerError[] = [];
  if (blank(address.street)) issues.push(problem("customer.address.street", `${field}.street : ${label} : la rue est obligatoire.`, `${field}.street`));
  const inFrance = address.country === undefined || normalizeName(address.country) === "france";
  if (blank(address.postalCode)) {
    issues.push(problem("customer.address.postalCode", `${field}.postalCode : ${label} : le code postal est obligatoire.`, `${field}.postalCode`));
  } else if (inFrance && !/^\d{5}$/.test((address.postalCode ?? "").trim())) {
    issues.push(
      problem(
        "customer.address.postalCode",
        `${field}.postalCode : ${label} : « ${address.postalCode} » n'est pas un code postal français (5 chiffres).`,
        `${field}.postalCode`,
      ),
    );
  }
  if (blank(address.city)) issues.push(problem("customer.address.city", `${field}.city : ${label} : la ville est obligatoire.`, `${field}.city`));
  return issues;
}

function completeAddress(address: Partial<PostalAddress>): PostalAddress {
  return {
    street: (address.street ?? "").trim(),
    ...(address.complement !== undefined && address.complement.trim() !== "" ? { complement: address.complement.trim() } : {}),
    postalCode: (address.postalCode ?? "").trim(),
    city: (address.city ?? "").trim(),
    ...(address.country !== undefined && address.country.trim() !== "" ? { country: address.country.trim() } : {}),
  };
}

/** Turns a DomainError thrown by a rule of another module into a refusal. */
function guarded<T>(run: () => T): T | LedgerError {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError) return problem(error.code, error.message, error.field);
    throw error;
  }
}

function isProblem(value: unknown): value is LedgerError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** Legal maxima (C. com. L441-10): 60 days from the invoice date, or 45 days end of month. */
function checkPaymentTerms(terms: PaymentTerms | undefined): LedgerError[] {
  if (terms === undefined) {
    return [problem("customer.paymentTerms.required", "paymentTerms : les conditions de paiement sont obligatoires (par exemple 30 jours date de facture).", "paymentTerms")];
  }
  const check = guarded(() => checkLegalMaximum(terms));
  if (isProblem(check)) return [check];
  return check.compliant ? [] : [problem("customer.paymentTerms.tooLong", `paymentTerms : ${check.explanation}`, "paymentTerms")];
}

function sirenOf(draft: CustomerDraft): string | undefined {
  if (!blank(draft.siren)) return digitsOnly(draft.siren ?? "");
  if (!blank(draft.siret)) return digitsOnly(draft.siret ?? "").slice(0, 9);
  return undefined;
}

function checkIdentity(ledger: Ledger, draft: CustomerDraft): LedgerError[] {
  const issues: LedgerError[] = [];
  if (blank(draft.name)) issues.push(problem("customer.name.required", "name : la raison sociale est obligatoire.", "name"));
  const siren = sirenOf(draft);
  if (siren === undefined) {
    issues.push(problem("customer.siren.required", "siren : le SIREN est obligatoire (9 chiffres, ou le SIRET de 14 chiffres).", "siren"));
  } else if (!/^\d{9}$/.test(siren)) {
    issues.push(problem("customer.siren.format", `siren : « ${draft.siren} » doit compter exactement 9 chiffres (reçu ${siren.length}).`, "siren"));
  } else if (!isValidSiren(siren)) {
    issues.push(
      problem(
        "customer.siren.checksum",
        `siren : « ${siren} » n'est pas un SIREN valide (la clé de contrôle ne correspond pas) : vérifiez-le sur l'extrait Kbis ou l'annuaire des entreprises.`,
        "siren",
      ),
    );
  } else {
    const other = ledger.customers.find((c) => c.siren !== undefined && digitsOnly(c.siren) === siren);
    if (other) {
      issues.push(
        problem(
          "customer.siren.duplicate",
          `siren : le SIREN ${siren} est déjà celui du client ${other.id} (${other.name}) : le compte existe, ne le créez pas une seconde fois.`,
          "siren",
        ),
      );
    }
  }
  if (!blank(draft.siret)) {
    const siret = digitsOnly(draft.siret ?? "");
    if (!isValidSiret(siret)) {
      issues.push(problem("customer.siret.invalid", `siret : « ${draft.siret} » n'est pas un SIRET valide (14 chiffres, clé de contrôle).`, "siret"));
    } else if (siren !== undefined && !siret.startsWith(siren)) {
      issues.push(problem("customer.siret.mismatch", `siret : le SIRET ${siret} ne commence pas par le SIREN ${siren}.`, "siret"));
    }
  }
  if (!blank(draft.vatNumber) && siren !== undefined && !isValidFrenchVatNumber(draft.vatNumber ?? "", siren)) {
    issues.push(
      problem(
        "customer.vatNumber.invalid",
        `vatNumber : « ${draft.vatNumber} » n'est pas le numéro de TVA intracommunautaire de ce SIREN (attendu ${frenchVatNumber(siren)}).`,
        "vatNumber",
      ),
    );
  }
  return issues;
}

function checkContact(contact: CustomerDraft["contact"]): LedgerError[] {
  const issues: LedgerError[] = [];
  if (contact === undefined || blank(contact.name)) {
    issues.push(problem("customer.contact.name", "contact.name : le nom de l'interlocuteur est obligatoire.", "contact.name"));
  }
  if (contact === undefined || (blank(contact.email) && blank(contact.phone))) {
    issues.push(problem("customer.contact.reach", "contact.email : indiquez au moins un courriel ou un téléphone de l'interlocuteur.", "contact.email"));
  } else if (!blank(contact.email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test((contact.email ?? "").trim())) {
    issues.push(problem("customer.contact.email", `contact.email : « ${contact.email} » n'est pas une adresse électronique valide.`, "contact.email"));
  }
  return issues;
}

/**
 * Step 1 of order intake: open the customer's account. Every missing or wrong field is listed in
 * `error.issues` (the first one is `error` itself), each message naming its field.
 */
export function createCustomer(ledger: Ledger, draft: CustomerDraft, policy: NewCustomerPolicy): LedgerResult<{ customer: Customer }> {
  const issues: LedgerError[] = [
    ...(draft.id !== undefined && ledger.customers.some((c) => c.id === draft.id)
      ? [problem("customer.id.duplicate", `id : le code client « ${draft.id} » est déjà attribué.`, "id")]
      : []),
    ...checkIdentity(ledger, draft),
    ...checkAddress(draft.billingAddress, "billingAddress", "l'adresse de facturation"),
    ...(draft.deliveryAddress !== undefined ? checkAddress(draft.deliveryAddress, "deliveryAddress", "l'adresse de livraison") : []),
    ...checkContact(draft.contact),
    ...checkPaymentTerms(draft.paymentTerms),
    ...[checkAmount(policy.creditLimitCents, "creditLimitCents", "le plafond d'encours")].filter((i) => i !== undefined),
  ];
  const conditionsIssue =
    draft.conditions !== undefined
      ? checkReductions(
          { tradeDiscounts: draft.conditions.tradeDiscounts, ...(draft.conditions.cashDiscount !== undefined ? { cashDiscount: draft.conditions.cashDiscount } : {}) },
          "conditions",
        )
      : undefined;
  if (conditionsIssue) issues.push(conditionsIssue);
  const [first] = issues;
  if (first !== undefined || draft.paymentTerms === undefined || draft.billingAddress === undefined) {
    return failWith({ ...(first ?? problem("customer.invalid", "La fiche client est incomplète.")), issues });
  }
  const siren = sirenOf(draft) ?? "";
  const contact = draft.contact ?? {};
  const customer: Customer = {
    id: draft.id ?? nextSequentialId("C", ledger.customers.map((c) => c.id)).id,
    name: (draft.name ?? "").trim(),
    ...(blank(draft.legalForm) ? {} : { legalForm: (draft.legalForm ?? "").trim() }),
    siren,
    ...(blank(draft.siret) ? {} : { siret: digitsOnly(draft.siret ?? "") }),
    ...(blank(draft.vatNumber) ? {} : { vatNumber: digitsOnly(draft.vatNumber ?? "").toUpperCase() }),
    billingAddress: completeAddress(draft.billingAddress),
    ...(draft.deliveryAddress !== undefined ? { deliveryAddress: completeAddress(draft.deliveryAddress) } : {}),
    contact: {
      name: (contact.name ?? "").trim(),
      ...(blank(contact.email) ? {} : { email: (contact.email ?? "").trim() }),
      ...(blank(contact.phone) ? {} : { phone: (contact.phone ?? "").trim() }),
    },
    paymentTerms: draft.paymentTerms,
    creditLimitCents: policy.creditLimitCents,
    conditions: draft.conditions ?? { tradeDiscounts: [] },
    professional: draft.professional ?? true,
  };
  return { ok: true, ledger: { ...ledger, customers: [...ledger.customers, customer] }, customer };
}

function findCustomerById(ledger: Ledger, id: string): Customer | undefined {
  return ledger.customers.find((c) => c.id === id);
}

// ───────────────────────────── Products and stock ─────────────────────────────

export function findProduct(ledger: Ledger, reference: string): Product | undefined {
  const wanted = reference.trim();
  return ledger.products.find((p) => p.reference === wanted);
}

function reservationsOf(ledger: Ledger): StockReservation[] {
  return ledger.reservations ?? [];
}

/** Units reserved for accepted orders (all of them, or all but `exceptOrderId`). */
export function reservedStock(ledger: Ledger, reference: string, exceptOrderId?: string): number {
  return reservationsOf(ledger)
    .filter((r) => r.reference === reference && r.orderId !== exceptOrderId)
    .reduce((sum, r) => sum + r.quantity, 0);
}

/** Physical stock minus what is reserved for accepted orders: what a new order can still get. */
export function availableStock(ledger: Ledger, reference: string): number {
  const product = findProduct(ledger, reference);
  if (!product) throw new DomainError("product.unknown", `Référence « ${reference} » inconnue au catalogue.`, "reference");
  return product.stock - reservedStock(ledger, reference);
}

function unknownProduct(reference: string, field: string): Failure {
  return fail("product.unknown", `${field} : la référence « ${reference} » est inconnue au catalogue : vérifiez-la avec le client.`, field);
}

function checkQuantity(quantity: number, field: string): LedgerError | undefined {
  return Number.isSafeInteger(quantity) && quantity > 0
    ? undefined
    : problem("stock.quantity.invalid", `${field} : la quantité doit être un nombre entier supérieur à 0 (reçu ${quantity}).`, field);
}

function setProductStock(ledger: Ledger, reference: string, stock: number): Ledger {
  return { ...ledger, products: ledger.products.map((p) => (p.reference === reference ? { ...p, stock } : p)) };
}

function setReservation(ledger: Ledger, orderId: string, reference: string, quantity: number): Ledger {
  const others = reservationsOf(ledger).filter((r) => !(r.orderId === orderId && r.reference === reference));
  return { ...ledger, reservations: quantity > 0 ? [...others, { orderId, reference, quantity }] : others };
}

function reservedFor(ledger: Ledger, orderId: string, reference: string): number {
  return reservationsOf(ledger).find((r) => r.orderId === orderId && r.reference === reference)?.quantity ?? 0;
}

export interface StockMovement {
  reference: string;
  quantity: number;
  /** The order the units are for. */
  orderId?: string;
}

/**
 * Sets units aside for an accepted order. Never more than is available (the rest is a
 * back-order, delivered when stock comes in) nor more than the order still awaits.
 */
export function reserveStock(ledger: Ledger, movement: StockMovement & { orderId: string }): LedgerResult<{ reserved: number }> {
  const { reference, quantity, orderId } = movement;
  const product = findProduct(ledger, reference);
  if (!product) return unknownProduct(reference, "reference");
  const quantityIssue = checkQuantity(quantity, "quantity");
  if (quantityIssue) return failWith(quantityIssue);
  const order = findDocument(ledger, orderId);
  if (!order || order.kind !== "purchaseOrder" || order.status !== "validated") {
    return fail("stock.reservation.order", `orderId : « ${orderId} » n'est pas une commande enregistrée en cours.`, "orderId");
  }
  const available = availableStock(ledger, reference);
  if (quantity > available) {
    return fail(
      "stock.insufficient",
      `quantity : impossible de réserver ${quantity} « ${reference} » : ${available} disponible(s) (stock ${product.stock}, dont ${reservedStock(ledger, reference)} déjà réservé(s)).`,
      "quantity",
    );
  }
  const already = reservedFor(ledger, orderId, reference);
  const awaited = remainingToDeliver(ledger, orderId).filter((l) => l.reference === reference).reduce((s, l) => s + l.remaining, 0);
  if (already + quantity > awaited) {
    return fail(
      "stock.reservation.exceedsOrder",
      `quantity : la commande ${order.number ?? orderId} attend encore ${awaited} « ${reference} », dont ${already} déjà réservé(s) : impossible d'en réserver ${quantity} de plus.`,
      "quantity",
    );
  }
  return { ok: true, ledger: setReservation(ledger, orderId, reference, already + quantity), reserved: already + quantity };
}

/**
 * Units leave the warehouse: the order's own reservation is used first, and units reserved for
 * other orders are never taken, so stock never goes below zero nor below others' reservations.
 */
export function shipStock(ledger: Ledger, movement: StockMovement, field = "quantity"): LedgerResult {
  const { reference, quantity, orderId } = movement;
  const product = findProduct(ledger, reference);
  if (!product) return unknownProduct(reference, "reference");
  const quantityIssue = checkQuantity(quantity, field);
  if (quantityIssue) return failWith(quantityIssue);
  const reservedForOthers = reservedStock(ledger, reference, orderId);
  const shippable = product.stock - reservedForOthers;
  if (quantity > shippable) {
    return fail(
      "stock.insufficient",
      `${field} : stock insuffisant pour « ${reference} » : ${Math.max(0, shippable)} expédiable(s) (stock ${product.stock}, dont ${reservedForOthers} réservé(s) pour d'autres commandes), ${quantity} à livrer.`,
      field,
    );
  }
  const withStock = setProductStock(ledger, reference, product.stock - quantity);
  if (orderId === undefined) return { ok: true, ledger: withStock };
  const own = reservedFor(ledger, orderId, reference);
  return { ok: true, ledger: setReservation(withStock, orderId, reference, own - Math.min(own, quantity)) };
}

/** Goods come in (supplier delivery, return): physical stock rises. */
export function receiveStock(ledger: Ledger, movement: Omit<StockMovement, "orderId">): LedgerResult {
  const product = findProduct(ledger, movement.reference);
  if (!product) return unknownProduct(movement.reference, "reference");
  const quantityIssue = checkQuantity(movement.quantity, "quantity");
  if (quantityIssue) return failWith(quantityIssue);
  return { ok: true, ledger: setProductStock(ledger, product.reference, product.stock + movement.quantity) };
}

function releaseReservations(ledger: Ledger, orderId: string): Ledger {
  return { ...ledger, reservations: reservationsOf(ledger).filter((r) => r.orderId !== orderId) };
}

// ───────────────────────────── Lines, quantities, totals ─────────────────────────────

/** Lines are matched across the chain by reference, or by designation when there is none. */
function lineKey(line: DocumentLine): string {
  return line.reference ?? `#${line.description}`;
}

function quantitiesByKey(lines: readonly DocumentLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(lineKey(line), (totals.get(lineKey(line)) ?? 0) + line.quantity);
  return totals;
}

/** Merges lines of the same article (several delivery notes on one invoice). */
function mergeLines(lines: readonly DocumentLine[]): DocumentLine[] {
  const merged: DocumentLine[] = [];
  for (const line of lines) {
    const index = merged.findIndex((m) => lineKey(m) === lineKey(line) && m.unitPriceCents === line.unitPriceCents && m.vatRate === line.vatRate);
    const existing = merged[index];
    if (existing) merged[index] = { ...existing, quantity: existing.quantity + line.quantity };
    else merged.push({ ...line });
  }
  return merged;
}

export function invoiceInput(doc: Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents">): InvoiceInput {
  const { tradeDiscounts, allowances, rebates, cashDiscount } = doc.reductions;
  return {
    lines: doc.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPriceCents: l.unitPriceCents, vatRate: l.vatRate })),
    ...(tradeDiscounts !== undefined ? { tradeDiscounts } : {}),
    ...(allowances !== undefined ? { allowances } : {}),
    ...(rebates !== undefined ? { rebates } : {}),
    ...(cashDiscount !== undefined ? { cashDiscount } : {}),
    shippingCents: doc.shippingCents,
    depositCents: doc.depositCents,
  };
}

function totalsOf(doc: Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents">): InvoiceComputation {
  return computeInvoice(invoiceInput(doc));
}

/** The cascade of a document: its lines, reductions, port and deposit through computeInvoice. */
export function documentTotals(ledger: Ledger, id: string): InvoiceComputation {
  return totalsOf(getDocument(ledger, id));
}

/** A draft with lines must go through the cascade (a deposit above the TTC, for one, does not). */
function computableError(doc: Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents">): LedgerError | undefined {
  if (doc.lines.length === 0) return undefined;
  const result = guarded(() => totalsOf(doc));
  return isProblem(result) ? result : undefined;
}

function ttcOf(doc: SalesDocument): Cents {
  return totalsOf(doc).totalInclTaxCents;
}

function dueOf(doc: SalesDocument): Cents {
  return totalsOf(doc).amountDueCents;
}

// ───────────────────────────── Orders and deliveries ─────────────────────────────

/** The purchase order a document belongs to, following the chain upwards. */
export function orderOf(ledger: Ledger, doc: SalesDocument): SalesDocument | undefined {
  if (doc.kind === "purchaseOrder") return doc;
  if (doc.kind === "quote" || doc.parentId === undefined) return undefined;
  const parent = findDocument(ledger, doc.parentId);
  return parent ? orderOf(ledger, parent) : undefined;
}

export function isOrderAccepted(ledger: Ledger, orderId: string): boolean {
  const order = findDocument(ledger, orderId);
  return (
    order !== undefined &&
    order.kind === "purchaseOrder" &&
    order.status === "validated" &&
    childrenOf(ledger, orderId, "orderAcknowledgement").some((a) => a.status === "validated")
  );
}

export interface DeliveryProgress {
  reference?: string;
  description: string;
  ordered: number;
  delivered: number;
  remaining: number;
}

/** Per article of the order: ordered, delivered by validated delivery notes, and the back-order. */
export function remainingToDeliver(ledger: Ledger, orderId: string): DeliveryProgress[] {
  const order = getDocument(ledger, orderId);
  const delivered = quantitiesByKey(
    childrenOf(ledger, orderId, "deliveryNote")
      .filter((d) => d.status === "validated")
      .flatMap((d) => d.lines),
  );
  const ordered = quantitiesByKey(order.lines);
  const seen = new Set<string>();
  const progress: DeliveryProgress[] = [];
  for (const line of order.lines) {
    const key = lineKey(line);
    if (seen.has(key)) continue;
    seen.add(key);
    const orderedQty = ordered.get(key) ?? 0;
    const deliveredQty = delivered.get(key) ?? 0;
    progress.push({
      ...(line.reference !== undefined ? { reference: line.reference } : {}),
      description: line.description,
      ordered: orderedQty,
      delivered: deliveredQty,
      remaining: Math.max(0, orderedQty - deliveredQty),
    });
  }
  return progress;
}

/** Delivery-note lines are the order's lines with the quantities shipped (prices come from the order). */
function deliveryLines(order: SalesDocument, requested: readonly DocumentLine[] | undefined, progress: DeliveryProgress[]): DocumentLine[] {
  const remainingByKey = new Map(progress.map((p) => [p.reference ?? `#${p.description}`, p.remaining]));
  if (requested === undefined) {
    return mergeLines(order.lines)
      .map((l) => ({ ...l, quantity: remainingByKey.get(lineKey(l)) ?? 0 }))
      .filter((l) => l.quantity > 0);
  }
  return requested.map((r) => {
    const source = order.lines.find((l) => lineKey(l) === lineKey(r));
    return source ? { ...source, quantity: r.quantity } : r;
  });
}

function checkDeliveryQuantities(ledger: Ledger, order: SalesDocument, lines: readonly DocumentLine[]): LedgerError | undefined {
  const progress = remainingToDeliver(ledger, order.id);
  const asked = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const key = lineKey(line);
    const item = progress.find((p) => (p.reference ?? `#${p.description}`) === key);
    if (!item) {
      return problem(
        "deliveryNote.lineNotOrdered",
        `lines[${i}] : « ${line.reference ?? line.description} » ne figure pas sur la commande ${order.number ?? order.id}.`,
        `lines[${i}]`,
      );
    }
    const total = (asked.get(key) ?? 0) + line.quantity;
    asked.set(key, total);
    if (total > item.remaining) {
      return problem(
        "deliveryNote.exceedsRemaining",
        `lines[${i}].quantity : ${total} « ${line.reference ?? line.description} » à livrer, mais il n'en reste que ${item.remaining} à livrer sur la commande ${order.number ?? order.id} (commandé ${item.ordered}, déjà livré ${item.delivered}).`,
        `lines[${i}].quantity`,
      );
    }
  }
  return undefined;
}

/** Ships every catalogue line of a delivery note from stock, on behalf of its order. */
function shipDeliveryNote(ledger: Ledger, note: SalesDocument, orderId: string): LedgerResult {
  let current = ledger;
  for (const [i, line] of note.lines.entries()) {
    if (line.reference === undefined) continue;
    if (!findProduct(current, line.reference)) return unknownProduct(line.reference, `lines[${i}].reference`);
    const shipped = shipStock(current, { reference: line.reference, quantity: line.quantity, orderId }, `lines[${i}].quantity`);
    if (!shipped.ok) return shipped;
    current = shipped.ledger;
  }
  return { ok: true, ledger: current };
}

// ───────────────────────────── Invoices, deposits, credits: amounts ─────────────────────────────

function deliveryNoteIdsOf(invoice: SalesDocument): string[] {
  return invoice.deliveryNoteIds ?? (invoice.parentId !== undefined ? [invoice.parentId] : []);
}

function invoicesOfOrder(ledger: Ledger, orderId: string): SalesDocument[] {
  return ledger.documents.filter((d) => d.kind === "invoice" && orderOf(ledger, d)?.id === orderId);
}

function validatedCreditNotes(ledger: Ledger, invoiceId: string): SalesDocument[] {
  return childrenOf(ledger, invoiceId, "creditNote").filter((c) => c.status === "validated");
}

/** TTC already credited on an invoice by validated credit notes. */
export function creditedAmount(ledger: Ledger, invoiceId: string): Cents {
  return validatedCreditNotes(ledger, invoiceId).reduce((sum, c) => sum + ttcOf(c), 0);
}

/** Invoice TTC − TTC of the credit notes already issued on it: the most a new credit note may credit. */
export function remainingToCredit(ledger: Ledger, invoiceId: string): Cents {
  const invoice = getDocument(ledger, invoiceId);
  if (invoice.status === "draft") return 0;
  return ttcOf(invoice) - creditedAmount(ledger, invoiceId);
}

export function paymentsOf(ledger: Ledger, invoiceId: string): Payment[] {
  return ledger.payments.filter((p) => p.invoiceId === invoiceId);
}

/**
 * What the customer still owes on an invoice: net à payer (TTC − deposit deducted) − payments −
 * credit notes (net of the deposit they give back). Negative when the firm owes a refund.
 */
export function invoiceBalance(ledger: Ledger, invoiceId: string): Cents {
  const invoice = getDocument(ledger, invoiceId);
  if (invoice.status === "draft") return 0;
  const paid = paymentsOf(ledger, invoiceId).reduce((sum, p) => sum + p.amountCents, 0);
  const credited = validatedCreditNotes(ledger, invoiceId).reduce((sum, c) => sum + dueOf(c), 0);
  return dueOf(invoice) - paid - credited;
}

/** Deposits invoiced on an order (validated, net of their credit notes), TTC. */
function depositsInvoiced(ledger: Ledger, orderId: string): Cents {
  return childrenOf(ledger, orderId, "depositInvoice")
    .filter((d) => d.status === "validated")
    .reduce((sum, d) => sum + ttcOf(d) - creditedAmount(ledger, d.id), 0);
}

/** Deposits already deducted by the order's invoices that are not cancelled. */
function depositsDeducted(ledger: Ledger, orderId: string, options: { includeDrafts: boolean; exceptId?: string }): Cents {
  return invoicesOfOrder(ledger, orderId)
    .filter((i) => i.id !== options.exceptId && (i.status === "validated" || (options.includeDrafts && i.status === "draft")))
    .reduce((sum, i) => sum + i.depositCents, 0);
}

/** The order's deposits not yet deducted by an invoice: what the next invoice deducts. */
export function depositAvailable(ledger: Ledger, orderId: string): Cents {
  return Math.max(0, depositsInvoiced(ledger, orderId) - depositsDeducted(ledger, orderId, { includeDrafts: true }));
}

/**
 * The TTC value of what an accepted order still has to invoice: the quantities not yet on a
 * validated invoice, at the order's prices and reductions, plus its port if no invoice carried it,
 * minus deposits already invoiced and not yet deducted (they are in the unpaid invoices already).
 */
export function orderNotInvoicedCents(ledger: Ledger, orderId: string): Cents {
  const order = getDocument(ledger, orderId);
  const invoices = invoicesOfOrder(ledger, orderId).filter((i) => i.status === "validated");
  const invoiced = quantitiesByKey(invoices.flatMap((i) => i.lines));
  const remaining: DocumentLine[] = [];
  for (const line of mergeLines(order.lines)) {
    const key = lineKey(line);
    const alreadyInvoiced = invoiced.get(key) ?? 0;
    const quantity = Math.max(0, line.quantity - alreadyInvoiced);
    invoiced.set(key, Math.max(0, alreadyInvoiced - line.quantity));
    if (quantity > 0) remaining.push({ ...line, quantity });
  }
  if (remaining.length === 0) return 0;
  const shippingInvoiced = invoices.some((i) => i.shippingCents > 0);
  const value = totalsOf({
    lines: remaining,
    reductions: order.reductions,
    shippingCents: shippingInvoiced ? 0 : order.shippingCents,
    depositCents: 0,
  }).totalInclTaxCents;
  const depositsPending = depositsInvoiced(ledger, orderId) - depositsDeducted(ledger, orderId, { includeDrafts: false });
  return Math.max(0, value - Math.max(0, depositsPending));
}

export interface CustomerOutstanding {
  /** What remains due on each validated invoice or deposit invoice with a positive balance. */
  unpaidInvoicesCents: Cents[];
  /** The part not yet invoiced of each accepted order (acknowledged, not cancelled). */
  acceptedOrdersNotInvoicedCents: Cents[];
}

/** The encours of a customer, in the shape checkCredit (credit.ts) takes. */
export function customerOutstanding(ledger: Ledger, customerId: string): CustomerOutstanding {
  const documents = ledger.documents.filter((d) => d.customerId === customerId);
  const unpaidInvoicesCents = documents
    .filter((d) => (d.kind === "invoice" || d.kind === "depositInvoice") && d.status !== "draft")
    .map((d) => invoiceBalance(ledger, d.id))
    .filter((balance) => balance > 0);
  const acceptedOrdersNotInvoicedCents = documents
    .filter((d) => d.kind === "purchaseOrder" && isOrderAccepted(ledger, d.id))
    .map((d) => orderNotInvoicedCents(ledger, d.id))
    .filter((amount) => amount > 0);
  return { unpaidInvoicesCents, acceptedOrdersNotInvoicedCents };
}

// ───────────────────────────── Creating documents ─────────────────────────────

/** What a caller may set or change on a draft. */
export interface DocumentPatch {
  date?: IsoDate;
  lines?: DocumentLine[];
  reductions?: DocumentReductions;
  shippingCents?: Cents;
  depositCents?: Cents;
  customerOrderNumber?: string;
  deliveryDate?: IsoDate;
  deliveryAddress?: PostalAddress;
  reason?: string;
}

export interface NewRootDocument extends DocumentPatch {
  kind: "quote" | "purchaseOrder";
  customerId: string;
  date: IsoDate;
  lines: DocumentLine[];
  /** Optional explicit id (scenario seeds); generated otherwise. */
  id?: string;
}

function applyPatch(doc: SalesDocument, patch: DocumentPatch): SalesDocument {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as DocumentPatch;
  return { ...doc, ...defined };
}

function checkPatch(patch: DocumentPatch): LedgerError | undefined {
  return (
    (patch.date !== undefined ? checkDate(patch.date) : undefined) ??
    (patch.deliveryDate !== undefined ? checkDate(patch.deliveryDate, "deliveryDate") : undefined) ??
    (patch.lines !== undefined ? checkLines(patch.lines) : undefined) ??
    (patch.reductions !== undefined ? checkReductions(patch.reductions) : undefined) ??
    (patch.shippingCents !== undefined ? checkAmount(patch.shippingCents, "shippingCents", "le port HT") : undefined) ??
    (patch.depositCents !== undefined ? checkAmount(patch.depositCents, "depositCents", "l'acompte déduit") : undefined)
  );
}

/** A document that starts a chain: a quote, or a purchase order received without a quote. */
export function createDocument(ledger: Ledger, draft: NewRootDocument): LedgerResult<{ document: SalesDocument }> {
  const info = DOCUMENT_KINDS[draft.kind] as DocumentKindInfo | undefined;
  if (info === undefined) {
    return fail("document.kind.unknown", `kind : type de document « ${String(draft.kind)} » inconnu.`, "kind");
  }
  if (!info.root) {
    const kind = draft.kind as SalesDocumentKind;
    return fail(
      "chain.needsParent",
      `${capitalize(DOCUMENT_KINDS[kind].a)} se crée à partir de son document d'origine (${DOCUMENT_KINDS[kind].parents.map((p) => DOCUMENT_KINDS[p].label).join(" ou ")}) : chaîne ${CHAIN_TEXT}.`,
      "kind",
    );
  }
  if (!findCustomerById(ledger, draft.customerId)) {
    return fail("customer.notFound", `customerId : le client « ${draft.customerId} » n'existe pas : créez d'abord son compte.`, "customerId");
  }
  const issue = checkPatch(draft);
  if (issue) return failWith(issue);
  const { id, kind, customerId, ...patch } = draft;
  const base: Omit<SalesDocument, "id" | "status"> = {
    kind,
    customerId,
    date: draft.date,
    lines: [],
    reductions: {},
    shippingCents: 0,
    depositCents: 0,
  };
  return addDocument(ledger, applyPatch(base as SalesDocument, patch), id);
}

function chainError(parent: SalesDocument, kind: SalesDocumentKind): LedgerError | undefined {
  const info = DOCUMENT_KINDS[kind];
  if (!info.parents.includes(parent.kind)) {
    const expected = info.parents.map((p) => DOCUMENT_KINDS[p].a).join(" ou ");
    return problem(
      "chain.invalid",
      `${capitalize(info.a)} se crée à partir d'${expected}, pas d'${DOCUMENT_KINDS[parent.kind].a} (chaîne ${CHAIN_TEXT}).`,
      "parentId",
    );
  }
  return parentStateError(parent, kind);
}

function parentStateError(parent: SalesDocument, kind: SalesDocumentKind): LedgerError | undefined {
  const info = DOCUMENT_KINDS[kind];
  if (parent.status === "draft") {
    return problem(
      "chain.parentNotValidated",
      `${capitalize(describeDocument(parent))} n'est pas ${agreed(parent.kind, "validé")} : on n'établit pas ${info.a} à partir d'un brouillon.`,
      "parentId",
    );
  }
  if (parent.status === "cancelled") {
    return problem(
      "chain.parentCancelled",
      `${capitalize(describeDocument(parent))} est ${agreed(parent.kind, "annulé")} : on ne peut plus en tirer ${info.a}.`,
      "parentId",
    );
  }
  return undefined;
}

/** Copies what a child document inherits from its parent. */
function inherit(parent: SalesDocument, kind: SalesDocumentKind, date: IsoDate): Omit<SalesDocument, "id" | "status"> {
  return {
    kind,
    customerId: parent.customerId,
    date,
    parentId: parent.id,
    lines: parent.lines.map((l) => ({ ...l })),
    reductions: parent.reductions,
    shippingCents: parent.shippingCents,
    depositCents: 0,
    ...(parent.customerOrderNumber !== undefined ? { customerOrderNumber: parent.customerOrderNumber } : {}),
    ...(parent.deliveryDate !== undefined ? { deliveryDate: parent.deliveryDate } : {}),
    ...(parent.deliveryAddress !== undefined ? { deliveryAddress: parent.deliveryAddress } : {}),
  };
}

/**
 * The next document of the chain, created as a draft from its parent: customer, lines, reductions
 * copied. A delivery note takes the quantities still to deliver (override `lines` for a partial
 * delivery); an invoice takes its delivery note; a credit note cancels the whole invoice unless
 * `lines` say what to credit. A deposit invoice needs an amount: use createDepositInvoice.
 */
export function createFromParent(
  ledger: Ledger,
  parentId: string,
  kind: SalesDocumentKind,
  date: IsoDate,
  overrides: DocumentPatch & { id?: string } = {},
): LedgerResult<{ document: SalesDocument }> {
  const parent = findDocument(ledger, parentId);
  if (!parent) return missingDocument(parentId, "parentId");
  const chain = chainError(parent, kind);
  if (chain) return failWith(chain);
  const dateIssue = checkDate(date) ?? checkPatch(overrides);
  if (dateIssue) return failWith(dateIssue);
  const { id, ...patch } = overrides;
  switch (kind) {
    case "creditNote":
      return createCreditNote(ledger, parentId, {
        date,
        reason: patch.reason ?? "",
        ...(patch.lines !== undefined ? { lines: patch.lines } : { full: true }),
        ...(patch.reductions !== undefined ? { reductions: patch.reductions } : {}),
        ...(patch.shippingCents !== undefined ? { shippingCents: patch.shippingCents } : {}),
        ...(id !== undefined ? { id } : {}),
      });
    case "depositInvoice":
      return fail("chain.depositNeedsAmount", "amount : une facture d'acompte se crée avec son montant TTC (createDepositInvoice).", "amount");
    case "invoice":
      return createInvoiceFromDeliveryNotes(ledger, [parentId], date, overrides);
    case "deliveryNote":
      return createDeliveryNote(ledger, parent, date, overrides);
    case "orderAcknowledgement": {
      const existing = childrenOf(ledger, parentId, "orderAcknowledgement").find((a) => a.status !== "cancelled");
      if (existing) {
        return fail(
          "orderAcknowledgement.exists",
          `${capitalize(describeDocument(parent))} a déjà un accusé de réception (${existing.number ?? `brouillon ${existing.id}`}) : une commande ne s'accuse qu'une fois.`,
          "parentId",
        );
      }
      return addDocument(ledger, applyPatch(inherit(parent, kind, date) as SalesDocument, patch), id);
    }
    default:
      return addDocument(ledger, applyPatch(inherit(parent, kind, date) as SalesDocument, patch), id);
  }
}

function createDeliveryNote(
  ledger: Ledger,
  order: SalesDocument,
  date: IsoDate,
  overrides: DocumentPatch & { id?: string },
): LedgerResult<{ document: SalesDocument }> {
  if (!isOrderAccepted(ledger, order.id)) {
    return fail(
      "deliveryNote.orderNotAccepted",
      `${capitalize(describeDocument(order))} n'est pas encore acceptée : validez d'abord l'accusé de réception de commande avant de livrer.`,
      "parentId",
    );
  }
  const progress = remainingToDeliver(ledger, order.id);
  const { id, lines: requested, ...patch } = overrides;
  const lines = deliveryLines(order, requested, progress);
  if (lines.length === 0) {
    return fail("deliveryNote.nothingToDeliver", `${capitalize(describeDocument(order))} est entièrement livrée : il ne reste rien à livrer.`, "parentId");
  }
  const quantityIssue = checkDeliveryQuantities(ledger, order, lines);
  if (quantityIssue) return failWith(quantityIssue);
  const draft = applyPatch({ ...inherit(order, "deliveryNote", date), lines, shippingCents: 0 } as SalesDocument, patch);
  return addDocument(ledger, draft, id);
}

/** A non-cancelled invoice (draft or validated) that already takes the delivery note. */
function invoiceOfDeliveryNote(ledger: Ledger, noteId: string, exceptId?: string, validatedOnly = false): SalesDocument | undefined {
  return ledger.documents.find(
    (d) =>
      d.kind === "invoice" &&
      d.id !== exceptId &&
      (validatedOnly ? d.status === "validated" : d.status !== "cancelled") &&
      deliveryNoteIdsOf(d).includes(noteId),
  );
}

function checkDeliveryNotesForInvoice(ledger: Ledger, ids: readonly string[], exceptId?: string, validatedOnly = false): LedgerError | SalesDocument[] {
  if (ids.length === 0) return problem("invoice.noDeliveryNote", "deliveryNoteIds : une facture porte sur au moins un bon de livraison.", "deliveryNoteIds");
  const notes: SalesDocument[] = [];
  for (const id of ids) {
    const note = findDocument(ledger, id);
    if (!note) return problem("document.notFound", `deliveryNoteIds : document « ${id} » introuvable dans le PGI.`, "deliveryNoteIds");
    const issue = chainError(note, "invoice");
    if (issue) return issue;
    const invoiced = invoiceOfDeliveryNote(ledger, id, exceptId, validatedOnly);
    if (invoiced) {
      return problem(
        "invoice.alreadyInvoiced",
        `${capitalize(describeDocument(note))} est déjà facturé par ${describeDocument(invoiced)} : un bon de livraison ne se facture qu'une fois.`,
        "deliveryNoteIds",
      );
    }
    notes.push(note);
  }
  const orders = new Set(notes.map((n) => n.parentId));
  if (orders.size > 1) {
    return problem("invoice.mixedOrders", "deliveryNoteIds : ces bons de livraison relèvent de commandes différentes : établissez une facture par commande.", "deliveryNoteIds");
  }
  if (new Set(ids).size !== ids.length) {
    return problem("invoice.duplicateDeliveryNote", "deliveryNoteIds : un même bon de livraison figure deux fois.", "deliveryNoteIds");
  }
  return notes;
}

function latestDate(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((latest, d) => (latest === undefined || compareDates(d, latest) > 0 ? d : latest), undefined);
}

/**
 * The invoice of one or several delivery notes of the same order (a partial delivery is invoiced
 * note by note, or grouped). Reductions come from the order; its port goes on the first invoice;
 * deposits invoiced on the order are deducted (TTC) up to the invoice's TTC.
 */
export function createInvoiceFromDeliveryNotes(
  ledger: Ledger,
  deliveryNoteIds: readonly string[],
  date: IsoDate,
  overrides: DocumentPatch & { id?: string } = {},
): LedgerResult<{ document: SalesDocument }> {
  const checked = checkDeliveryNotesForInvoice(ledger, deliveryNoteIds);
  if (!Array.isArray(checked)) return failWith(checked);
  const dateIssue = checkDate(date) ?? checkPatch(overrides);
  if (dateIssue) return failWith(dateIssue);
  const [first] = checked;
  const order = first?.parentId !== undefined ? findDocument(ledger, first.parentId) : undefined;
  if (!first || !order) return missingDocument(deliveryNoteIds[0] ?? "", "deliveryNoteIds");
  const portAlreadyInvoiced = invoicesOfOrder(ledger, order.id).some((i) => i.status !== "cancelled" && i.shippingCents > 0);
  const deliveredOn = latestDate(checked.map((n) => n.validatedOn ?? n.date));
  const base: SalesDocument = {
    ...inherit(order, "invoice", date),
    id: "",
    status: "draft",
    parentId: first.id,
    deliveryNoteIds: [...deliveryNoteIds],
    lines: mergeLines(checked.flatMap((n) => n.lines)),
    shippingCents: portAlreadyInvoiced ? 0 : order.shippingCents,
    ...(deliveredOn !== undefined ? { deliveryDate: deliveredOn } : {}),
  };
  const { id, ...patch } = overrides;
  const withPatch = applyPatch(base, patch);
  const deposit =
    patch.depositCents !== undefined ? patch.depositCents : Math.min(depositAvailable(ledger, order.id), totalsOf(withPatch).totalInclTaxCents);
  const { id: _blank, status: _draft, ...draft } = { ...withPatch, depositCents: deposit };
  return addDocument(ledger, draft, id);
}

// ───────────────────────────── Deposit invoices ─────────────────────────────

/** TTC of one line of `exclTax` at `rate`, by the cascade itself. */
function inclTaxOfLine(exclTax: Cents, rate: number): Cents {
  return computeInvoice({ lines: [{ description: "acompte", quantity: 1, unitPriceCents: exclTax, vatRate: rate }] }).totalInclTaxCents;
}

/** The HT base whose TTC (VAT rounded half-up) is nearest to `target`, exact when one exists. */
function exclTaxFor(target: Cents, rate: number): { exclTax: Cents; inclTax: Cents } {
  const estimate = Number(divideRoundHalfUp(BigInt(target) * 1000n, BigInt(1000 + Math.round(rate * 10))));
  let best = { exclTax: estimate, inclTax: inclTaxOfLine(estimate, rate) };
  for (const candidate of [estimate - 1, estimate + 1, estimate - 2, estimate + 2]) {
    if (candidate < 0) continue;
    const inclTax = inclTaxOfLine(candidate, rate);
    if (Math.abs(inclTax - target) < Math.abs(best.inclTax - target)) best = { exclTax: candidate, inclTax };
  }
  return best;
}

interface DepositSplit {
  parts: { rate: number; exclTax: Cents }[];
  inclTax: Cents;
}

/** Splits a TTC deposit over the order's rates pro rata of each rate's TTC, then into HT + VAT. */
function splitDeposit(amount: Cents, weights: readonly { rate: number; weight: Cents }[]): DepositSplit {
  const shares = allocateProRata(amount, weights.map((w) => w.weight));
  let carry = 0;
  const parts: DepositSplit["parts"] = [];
  weights.forEach((w, i) => {
    const target = (shares[i] ?? 0) + carry;
    const { exclTax, inclTax } = exclTaxFor(target, w.rate);
    carry = target - inclTax;
    parts.push({ rate: w.rate, exclTax });
  });
  return { parts, inclTax: amount - carry };
}

function rateWeights(order: SalesDocument): { rate: number; weight: Cents }[] {
  return totalsOf({ ...order, depositCents: 0 })
    .vat.filter((v) => v.baseCents > 0)
    .map((v) => ({ rate: v.rate, weight: v.baseCents + v.amountCents }));
}

/** Nearest amounts below and above that split exactly, to suggest to the user. */
function nearestSplittable(amount: Cents, weights: readonly { rate: number; weight: Cents }[]): Cents[] {
  const found: Cents[] = [];
  for (const direction of [-1, 1]) {
    for (let step = 1; step <= 10; step++) {
      const candidate = amount + direction * step;
      if (candidate > 0 && splitDeposit(candidate, weights).inclTax === candidate) {
        found.push(candidate);
        break;
      }
    }
  }
  return found;
}

function depositsRequested(ledger: Ledger, orderId: string, validatedOnly: boolean, exceptId?: string): Cents {
  return childrenOf(ledger, orderId, "depositInvoice")
    .filter((d) => d.id !== exceptId && d.lines.length > 0 && (d.status === "validated" || (!validatedOnly && d.status === "draft")))
    .reduce((sum, d) => sum + ttcOf(d) - creditedAmount(ledger, d.id), 0);
}

function checkDepositWithinOrder(ledger: Ledger, order: SalesDocument, amount: Cents, validatedOnly: boolean, exceptId?: string): LedgerError | undefined {
  const orderTotal = totalsOf({ ...order, depositCents: 0 }).totalInclTaxCents;
  const before = depositsRequested(ledger, order.id, validatedOnly, exceptId);
  if (before + amount > orderTotal) {
    return problem(
      "deposit.exceedsOrder",
      `amount : un acompte de ${formatEuros(amount)} porterait les acomptes à ${formatEuros(before + amount)}, au-delà du total TTC de ${describeDocument(order)} (${formatEuros(orderTotal)}).`,
      "amount",
    );
  }
  return undefined;
}

/**
 * The deposit invoice of an order (stage 1, check 7). For goods VAT is due on the deposit: the
 * TTC amount is split into HT + VAT at the order's rate, pro rata of each rate's TTC when the
 * order mixes rates. An amount that no HT base reaches exactly (VAT being rounded to the cent)
 * is refused with the nearest amounts that do.
 */
export function createDepositInvoice(
  ledger: Ledger,
  orderId: string,
  amountInclTaxCents: Cents,
  date: IsoDate,
  options: { id?: string } = {},
): LedgerResult<{ document: SalesDocument }> {
  const order = findDocument(ledger, orderId);
  if (!order) return missingDocument(orderId, "orderId");
  const chain = chainError(order, "depositInvoice");
  if (chain) return failWith(chain);
  const dateIssue = checkDate(date);
  if (dateIssue) return failWith(dateIssue);
  if (!Number.isSafeInteger(amountInclTaxCents) || amountInclTaxCents <= 0) {
    return fail("deposit.amount.invalid", `amount : le montant de l'acompte doit être un nombre entier de centimes supérieur à 0 (reçu ${amountInclTaxCents}).`, "amount");
  }
  const exceeds = checkDepositWithinOrder(ledger, order, amountInclTaxCents, false);
  if (exceeds) return failWith(exceeds);
  const weights = rateWeights(order);
  const split = splitDeposit(amountInclTaxCents, weights);
  if (split.inclTax !== amountInclTaxCents) {
    const nearest = nearestSplittable(amountInclTaxCents, weights).map((c) => formatEuros(c)).join(" ou ");
    return fail(
      "deposit.notSplittable",
      `amount : un acompte de ${formatEuros(amountInclTaxCents)} TTC ne se décompose pas exactement en HT + TVA arrondie au centime ; montants possibles les plus proches : ${nearest}.`,
      "amount",
    );
  }
  const several = split.parts.filter((p) => p.exclTax > 0).length > 1;
  const label = `Acompte sur commande ${order.number ?? order.id} du ${formatDateFr(order.date)}`;
  const lines: DocumentLine[] = split.parts
    .filter((p) => p.exclTax > 0)
    .map((p) => ({ description: several ? `${label} (part à ${formatPercent(p.rate)})` : label, quantity: 1, unitPriceCents: p.exclTax, vatRate: p.rate }));
  // The agreed delivery date is not a date of sale: a deposit invoice does not print it.
  const { deliveryDate: _agreed, ...inherited } = inherit(order, "depositInvoice", date);
  const draft: Omit<SalesDocument, "id" | "status"> = { ...inherited, lines, reductions: {}, shippingCents: 0 };
  return addDocument(ledger, draft, options.id);
}

// ───────────────────────────── Credit notes ─────────────────────────────

export interface CreditNoteRequest {
  date: IsoDate;
  /** Why: goods returned, allowance for a defect, invoicing error... */
  reason: string;
  /** Cancels the whole invoice (lines, reductions, port, deposit copied). */
  full?: boolean;
  /** The lines credited (a partial credit note). */
  lines?: DocumentLine[];
  /** Default: the invoice's reductions (returned goods were sold with them). */
  reductions?: DocumentReductions;
  /** Port HT credited, default 0. */
  shippingCents?: Cents;
  id?: string;
}

function ratesOf(doc: SalesDocument): number[] {
  return [...new Set(doc.lines.map((l) => l.vatRate))];
}

/** Rules a credit note must meet at creation and again at validation (others may have been issued since). */
function checkCreditNote(ledger: Ledger, invoice: SalesDocument, note: SalesDocument): LedgerError | undefined {
  const invoiceRates = ratesOf(invoice);
  for (const [i, line] of note.lines.entries()) {
    if (!invoiceRates.includes(line.vatRate)) {
      return problem(
        "creditNote.vatRateNotOnInvoice",
        `lines[${i}].vatRate : ${describeDocument(invoice)} ne comporte pas de TVA à ${formatPercent(line.vatRate)} (taux facturés : ${formatRates(invoiceRates)}) : un avoir reprend les taux de la facture.`,
        `lines[${i}].vatRate`,
      );
    }
  }
  const amount = ttcOf(note);
  const invoiced = ttcOf(invoice);
  const credited = creditedAmount(ledger, invoice.id);
  if (amount > invoiced - credited) {
    return problem(
      "creditNote.exceedsInvoice",
      `L'avoir de ${formatEuros(amount)} TTC dépasse le montant restant à créditer sur ${describeDocument(invoice)} : ${formatEuros(invoiced)} TTC facturés, ${formatEuros(credited)} déjà crédités, reste ${formatEuros(invoiced - credited)}.`,
      "lines",
    );
  }
  return undefined;
}

/**
 * A credit note (facture d'avoir) on a validated invoice or deposit invoice, created as a draft
 * that cites the invoice's number and date; it takes its own number in the AV series when
 * validated. It never credits more than remains (invoice TTC − credit notes already issued).
 */
export function createCreditNote(ledger: Ledger, invoiceId: string, request: CreditNoteRequest): LedgerResult<{ document: SalesDocument }> {
  const invoice = findDocument(ledger, invoiceId);
  if (!invoice) return missingDocument(invoiceId, "invoiceId");
  const chain = chainError(invoice, "creditNote");
  if (chain) return failWith(chain);
  const issue = checkDate(request.date) ?? (request.lines !== undefined ? checkLines(request.lines) : undefined) ?? (request.reductions ? checkReductions(request.reductions) : undefined);
  if (issue) return failWith(issue);
  if (compareDates(request.date, invoice.date) < 0) {
    return fail("creditNote.dateBeforeInvoice", `date : un avoir ne peut pas précéder ${describeDocument(invoice)} du ${formatDateFr(invoice.date)}.`, "date");
  }
  if (request.reason.trim() === "") {
    return fail("creditNote.reason.required", "reason : le motif de l'avoir est obligatoire (retour de marchandises, rabais pour défaut, erreur de facturation…).", "reason");
  }
  const full = request.full === true;
  if (full === (request.lines !== undefined)) {
    return fail("creditNote.linesOrFull", "lines : indiquez soit les lignes à créditer, soit l'annulation totale de la facture (l'un ou l'autre).", "lines");
  }
  if (full && creditedAmount(ledger, invoiceId) > 0) {
    return fail(
      "creditNote.fullAfterPartial",
      `${capitalize(describeDocument(invoice))} a déjà fait l'objet d'avoirs partiels : il reste ${formatEuros(remainingToCredit(ledger, invoiceId))} TTC à créditer ; établissez un avoir partiel de ce montant.`,
      "full",
    );
  }
  const number = invoice.number ?? invoice.id;
  const base: Omit<SalesDocument, "id" | "status"> = {
    kind: "creditNote",
    customerId: invoice.customerId,
    date: request.date,
    parentId: invoice.id,
    lines: full ? invoice.lines.map((l) => ({ ...l })) : (request.lines ?? []),
    reductions: full ? invoice.reductions : (request.reductions ?? invoice.reductions),
    shippingCents: full ? invoice.shippingCents : (request.shippingCents ?? 0),
    depositCents: full ? invoice.depositCents : 0,
    creditedInvoice: { id: invoice.id, number, date: invoice.date },
    fullCancellation: full,
    reason: request.reason.trim(),
    ...(invoice.customerOrderNumber !== undefined ? { customerOrderNumber: invoice.customerOrderNumber } : {}),
  };
  const shippingIssue = checkAmount(base.shippingCents, "shippingCents", "le port HT crédité");
  if (shippingIssue) return failWith(shippingIssue);
  if (base.lines.length === 0) return fail("creditNote.linesOrFull", "lines : un avoir partiel crédite au moins une ligne.", "lines");
  const creditIssue = checkCreditNote(ledger, invoice, { ...base, id: "", status: "draft" });
  if (creditIssue) return failWith(creditIssue);
  return addDocument(ledger, base, request.id);
}

// ───────────────────────────── Editing, deleting, cancelling ─────────────────────────────

function immutableError(doc: SalesDocument): LedgerError {
  if (doc.kind === "creditNote") return problem("invoice.immutable", CREDIT_NOTE_IMMUTABLE_MESSAGE);
  if (isLegal(doc.kind)) return problem("invoice.immutable", INVOICE_IMMUTABLE_MESSAGE);
  const state = agreed(doc.kind, doc.status === "cancelled" ? "annulé" : "validé");
  return problem(
    "document.immutable",
    `${capitalize(describeDocument(doc))} est ${state} : il ne peut plus être modifié ni supprimé ; le PGI garde la trace de chaque document de la chaîne.`,
  );
}

/** Drafts are edited freely; a validated document never. */
export function updateDraft(ledger: Ledger, id: string, patch: DocumentPatch): LedgerResult<{ document: SalesDocument }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (doc.status !== "draft") return failWith(immutableError(doc));
  const document = applyPatch(doc, patch);
  const issue = checkPatch(patch) ?? computableError(document);
  if (issue) return failWith(issue);
  return { ok: true, ledger: replaceDocument(ledger, document), document };
}

/** A draft has no number yet, so deleting it leaves no gap in any series. */
export function deleteDraft(ledger: Ledger, id: string): LedgerResult {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (doc.status !== "draft") return failWith(immutableError(doc));
  return {
    ok: true,
    ledger: {
      ...ledger,
      documents: ledger.documents.filter((d) => d.id !== id),
      lastDocumentSequence: Math.max(ledger.lastDocumentSequence ?? 0, nextSequentialId("D", ledger.documents.map((d) => d.id)).sequence - 1),
    },
  };
}

/**
 * A quote declined, or an order withdrawn or refused after it was recorded. Invoices are
 * cancelled only by a credit note; shipped goods and an acknowledgement sent cannot be undone.
 */
export function cancelDocument(ledger: Ledger, id: string): LedgerResult<{ document: SalesDocument }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (isLegal(doc.kind)) return failWith(problem("invoice.immutable", doc.kind === "creditNote" ? CREDIT_NOTE_IMMUTABLE_MESSAGE : INVOICE_IMMUTABLE_MESSAGE));
  if (doc.status === "draft") return fail("document.draftNotCancellable", `${capitalize(describeDocument(doc))} est un brouillon : supprimez-le plutôt que de l'annuler.`);
  if (doc.status === "cancelled") return fail("document.alreadyCancelled", `${capitalize(describeDocument(doc))} est déjà ${agreed(doc.kind, "annulé")}.`);
  if (doc.kind === "deliveryNote") {
    return fail("document.notCancellable", `${capitalize(describeDocument(doc))} est validé : les marchandises sont parties ; un retour se traite par un avoir.`);
  }
  if (doc.kind === "orderAcknowledgement") {
    return fail("document.notCancellable", "L'accusé de réception engage l'entreprise : si le client renonce, annulez la commande elle-même.");
  }
  if (doc.kind === "purchaseOrder") {
    const shipped = childrenOf(ledger, id, "deliveryNote").find((d) => d.status === "validated");
    if (shipped) {
      return fail("order.notCancellable.delivered", `${capitalize(describeDocument(doc))} a déjà été livrée (${describeDocument(shipped)}) : un retour se traite par un avoir.`);
    }
    const deposit = childrenOf(ledger, id, "depositInvoice").find((d) => d.status === "validated");
    if (deposit) {
      return fail(
        "order.notCancellable.deposit",
        `${capitalize(describeDocument(doc))} a une facture d'acompte validée (${deposit.number ?? deposit.id}) : annulez-la d'abord par un avoir.`,
      );
    }
  }
  const document: SalesDocument = { ...doc, status: "cancelled" };
  const updated = replaceDocument(ledger, document);
  return { ok: true, ledger: doc.kind === "purchaseOrder" ? releaseReservations(updated, id) : updated, document };
}

// ───────────────────────────── Validation ─────────────────────────────

type Step = { ok: true; ledger: Ledger } | Failure;

function parentOf(ledger: Ledger, doc: SalesDocument): SalesDocument | undefined {
  return doc.parentId !== undefined ? findDocument(ledger, doc.parentId) : undefined;
}

function validatePurchaseOrder(ledger: Ledger, doc: SalesDocument, date: IsoDate): Step {
  if (compareDates(date, doc.date) < 0) {
    return fail("order.recordedBeforeOrder", `date : la commande du ${formatDateFr(doc.date)} ne peut pas être enregistrée le ${formatDateFr(date)}, avant d'avoir été passée.`, "date");
  }
  return { ok: true, ledger };
}

function validateAcknowledgement(ledger: Ledger, doc: SalesDocument): Step {
  const other = childrenOf(ledger, doc.parentId ?? "", "orderAcknowledgement").find((a) => a.id !== doc.id && a.status === "validated");
  if (other) {
    return fail("orderAcknowledgement.exists", `La commande a déjà un accusé de réception validé (${other.number ?? other.id}) : une commande ne s'accuse qu'une fois.`, "parentId");
  }
  return { ok: true, ledger };
}

function validateDeliveryNote(ledger: Ledger, doc: SalesDocument): Step {
  const order = parentOf(ledger, doc);
  if (!order) return missingDocument(doc.parentId ?? "", "parentId");
  if (!isOrderAccepted(ledger, order.id)) {
    return fail("deliveryNote.orderNotAccepted", `${capitalize(describeDocument(order))} n'est pas encore acceptée : validez d'abord l'accusé de réception de commande avant de livrer.`, "parentId");
  }
  const issue = checkDeliveryQuantities(ledger, order, doc.lines);
  if (issue) return failWith(issue);
  return shipDeliveryNote(ledger, doc, order.id);
}

function validateDeposit(ledger: Ledger, doc: SalesDocument): Step {
  const order = parentOf(ledger, doc);
  if (!order) return missingDocument(doc.parentId ?? "", "parentId");
  const issue = checkDepositWithinOrder(ledger, order, ttcOf(doc), true, doc.id);
  return issue ? failWith(issue) : { ok: true, ledger };
}

function validateFinalInvoice(ledger: Ledger, doc: SalesDocument, date: IsoDate): Step {
  const checked = checkDeliveryNotesForInvoice(ledger, deliveryNoteIdsOf(doc), doc.id, true);
  if (!Array.isArray(checked)) return failWith(checked);
  const delivered = latestDate(checked.map((n) => n.validatedOn ?? n.date));
  if (delivered !== undefined && compareDates(date, delivered) < 0) {
    return fail("invoice.beforeDelivery", `date : la facture ne peut pas être datée du ${formatDateFr(date)}, avant la livraison du ${formatDateFr(delivered)}.`, "date");
  }
  const order = checked[0]?.parentId !== undefined ? findDocument(ledger, checked[0].parentId) : undefined;
  if (order && doc.depositCents > 0) {
    const available = depositsInvoiced(ledger, order.id) - depositsDeducted(ledger, order.id, { includeDrafts: false, exceptId: doc.id });
    if (doc.depositCents > available) {
      return fail(
        "invoice.depositExceedsAvailable",
        `depositCents : la facture déduit ${formatEuros(doc.depositCents)} d'acompte, mais seuls ${formatEuros(Math.max(0, available))} d'acomptes facturés sur ${describeDocument(order)} restent à déduire.`,
        "depositCents",
      );
    }
  }
  const totalInclTax = totalsOf({ ...doc, depositCents: 0 }).totalInclTaxCents;
  if (doc.depositCents > totalInclTax) {
    return fail(
      "invoice.depositExceedsTotal",
      `depositCents : l'acompte déduit (${formatEuros(doc.depositCents)}) dépasse le total TTC de la facture (${formatEuros(totalInclTax)}).`,
      "depositCents",
    );
  }
  return { ok: true, ledger };
}

function validateCreditNote(ledger: Ledger, doc: SalesDocument): Step {
  const invoice = parentOf(ledger, doc);
  if (!invoice) return missingDocument(doc.parentId ?? "", "parentId");
  const issue = checkCreditNote(ledger, invoice, doc);
  if (issue) return failWith(issue);
  // Fully credited: the invoice is cancelled; nothing else on it changes.
  const fullyCredited = ttcOf(doc) === remainingToCredit(ledger, invoice.id);
  return { ok: true, ledger: fullyCredited ? replaceDocument(ledger, { ...invoice, status: "cancelled" }) : ledger };
}

function kindValidation(ledger: Ledger, doc: SalesDocument, date: IsoDate): Step {
  switch (doc.kind) {
    case "quote":
      return { ok: true, ledger };
    case "purchaseOrder":
      return validatePurchaseOrder(ledger, doc, date);
    case "orderAcknowledgement":
      return validateAcknowledgement(ledger, doc);
    case "deliveryNote":
      return validateDeliveryNote(ledger, doc);
    case "depositInvoice":
      return validateDeposit(ledger, doc);
    case "invoice":
      return validateFinalInvoice(ledger, doc, date);
    case "creditNote":
      return validateCreditNote(ledger, doc);
  }
}

function dueDateOf(doc: SalesDocument, buyer: Customer, date: IsoDate): IsoDate | undefined {
  if (doc.kind === "invoice") return dueDate(date, buyer.paymentTerms);
  // A deposit is asked for with the order: payable on receipt.
  if (doc.kind === "depositInvoice") return date;
  return undefined;
}

/**
 * Validates a draft on `date`: the document's checks, then the next number of its series (taken
 * now, never before, so a deleted draft consumed none). Legal documents are then frozen, with
 * the buyer's details and due date as they stand that day. A delivery note ships its goods; a
 * credit note that credits all that remains cancels its invoice.
 */
export function validateDocument(ledger: Ledger, id: string, date: IsoDate): LedgerResult<{ document: SalesDocument; number: string }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (doc.status !== "draft") return failWith(immutableError(doc));
  const contentIssue = checkDate(date) ?? checkDocumentContent(doc);
  if (contentIssue) return failWith(contentIssue);
  if (doc.lines.length === 0) return fail("document.noLines", `lines : ${describeDocument(doc)} ne comporte aucune ligne.`, "lines");
  const customer = findCustomerById(ledger, doc.customerId);
  if (!customer) return fail("customer.notFound", `customerId : le client « ${doc.customerId} » n'existe pas.`, "customerId");
  const parent = parentOf(ledger, doc);
  if (doc.parentId !== undefined) {
    if (!parent) return missingDocument(doc.parentId, "parentId");
    const stateIssue = parentStateError(parent, doc.kind);
    if (stateIssue) return failWith(stateIssue);
    if (compareDates(date, parent.date) < 0) {
      return fail(
        "document.beforeParent",
        `date : ${describeDocument(doc)} ne peut pas être ${agreed(doc.kind, "daté")} du ${formatDateFr(date)}, avant ${describeDocument(parent)} du ${formatDateFr(parent.date)}.`,
        "date",
      );
    }
  }
  const checked = kindValidation(ledger, doc, date);
  if (!checked.ok) return checked;
  const numbered = nextNumber(seriesFor(ledger.series, doc.kind, date), date);
  if (!numbered.ok) return numbered;
  const legal = isLegal(doc.kind);
  const due = legal ? dueDateOf(doc, customer, date) : undefined;
  const document: SalesDocument = {
    ...doc,
    status: "validated",
    number: numbered.number,
    validatedOn: date,
    date: doc.kind === "purchaseOrder" ? doc.date : date,
    ...(legal ? { buyer: customer } : {}),
    ...(due !== undefined ? { dueDate: due } : {}),
  };
  const withDocument = replaceDocument(checked.ledger, document);
  return { ok: true, ledger: { ...withDocument, series: replaceSeries(withDocument.series, numbered.series) }, document, number: numbered.number };
}

/** validateDocument restricted to the three kinds of "facture de droit". */
export function validateInvoice(ledger: Ledger, id: string, date: IsoDate): LedgerResult<{ document: SalesDocument; number: string }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (!isLegal(doc.kind)) {
    return fail("document.notAnInvoice", `${capitalize(describeDocument(doc))} n'est pas une facture (facture, facture d'acompte ou avoir).`, "id");
  }
  return validateDocument(ledger, id, date);
}

// ───────────────────────────── Payments ─────────────────────────────

export interface PaymentRequest {
  invoiceId: string;
  date: IsoDate;
  amountCents: Cents;
  method: PaymentMethod;
  reference?: string;
}

/** Records a payment on an invoice or deposit invoice, never more than what remains due. */
export function recordPayment(ledger: Ledger, request: PaymentRequest): LedgerResult<{ payment: Payment; balanceCents: Cents }> {
  const invoice = findDocument(ledger, request.invoiceId);
  if (!invoice) return missingDocument(request.invoiceId, "invoiceId");
  if (invoice.kind !== "invoice" && invoice.kind !== "depositInvoice") {
    return fail("payment.notAnInvoice", `invoiceId : ${describeDocument(invoice)} ne se règle pas ; seules les factures et factures d'acompte se règlent.`, "invoiceId");
  }
  if (invoice.status === "draft") {
    return fail("payment.invoiceNotValidated", `invoiceId : ${describeDocument(invoice)} n'est pas validée : on n'encaisse pas une facture en brouillon.`, "invoiceId");
  }
  const dateIssue = checkDate(request.date);
  if (dateIssue) return failWith(dateIssue);
  if (compareDates(request.date, invoice.date) < 0) {
    return fail("payment.beforeInvoice", `date : un règlement du ${formatDateFr(request.date)} ne peut pas précéder ${describeDocument(invoice)} du ${formatDateFr(invoice.date)}.`, "date");
  }
  if (!(request.method in PAYMENT_METHOD_LABELS)) {
    return fail("payment.method.unknown", `method : mode de règlement « ${request.method} » inconnu.`, "method");
  }
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
    return fail("payment.amount.invalid", `amountCents : le montant réglé doit être un nombre entier de centimes supérieur à 0 (reçu ${request.amountCents}).`, "amountCents");
  }
  const balance = invoiceBalance(ledger, invoice.id);
  if (request.amountCents > balance) {
    return fail(
      "payment.exceedsBalance",
      balance <= 0
        ? `amountCents : ${describeDocument(invoice)} ne présente aucun solde à régler.`
        : `amountCents : le règlement de ${formatEuros(request.amountCents)} dépasse le solde dû de ${formatEuros(balance)} sur ${describeDocument(invoice)}.`,
      "amountCents",
    );
  }
  const payment: Payment = {
    id: nextSequentialId("P", ledger.payments.map((p) => p.id)).id,
    invoiceId: invoice.id,
    date: request.date,
    amountCents: request.amountCents,
    method: request.method,
    ...(request.reference !== undefined && request.reference.trim() !== "" ? { reference: request.reference.trim() } : {}),
  };
  return { ok: true, ledger: { ...ledger, payments: [...ledger.payments, payment] }, payment, balanceCents: balance - request.amountCents };
}

// ───────────────────────────── The invoice as printed ─────────────────────────────

export interface PrintOptions {
  /** Annual late-penalty rate in % (default: DEFAULT_LATE_PENALTY_RATE, H1 2026, to confirm). */
  latePenaltyRate?: number;
  operationNature?: OperationNature;
}

/** ECB refinancing rate + 10 points in H1 2026 (12,15 %, to confirm for later half-years: pass `latePenaltyRate`). */
export const DEFAULT_LATE_PENALTY_RATE = effectiveLatePenaltyRate(DEFAULT_RATES_H1_2026).ratePercent;

function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const norm = (x: PostalAddress) => [x.street, x.complement ?? "", x.postalCode, x.city, x.country ?? ""].map(normalizeName).join("|");
  return norm(a) === norm(b);
}

function cashDiscountCondition(doc: SalesDocument, buyer: Customer): string {
  if (doc.reductions.cashDiscount !== undefined && doc.reductions.cashDiscount > 0) {
    return `Escompte de ${formatPercent(doc.reductions.cashDiscount)} déduit pour paiement comptant`;
  }
  const offered = buyer.conditions.cashDiscount;
  if (offered !== undefined && offered > 0) {
    const days = buyer.conditions.cashDiscountDays;
    return days !== undefined ? `Escompte de ${formatPercent(offered)} pour paiement sous ${days} jours` : `Escompte de ${formatPercent(offered)} pour paiement anticipé`;
  }
  return "Pas d'escompte pour paiement anticipé";
}

/** The computed figures as an invoice prints them (also used by the other documents of the chain). */
export function printedTotals(totals: InvoiceComputation): PrintedTotals {
  return {
    grossCents: totals.grossCents,
    netCommercialCents: totals.netCommercialCents,
    cashDiscountCents: totals.cashDiscountCents,
    netFinancialCents: totals.netFinancialCents,
    shippingCents: totals.shippingCents,
    totalExclTaxCents: totals.totalExclTaxCents,
    vat: totals.vat.map((v) => ({ rate: v.rate, baseCents: v.baseCents, amountCents: v.amountCents })),
    totalVatCents: totals.totalVatCents,
    totalInclTaxCents: totals.totalInclTaxCents,
    depositCents: totals.depositCents,
    amountDueCents: totals.amountDueCents,
  };
}

/** A document line as printed, with its total HT. */
export function printedLine(line: DocumentLine): PrintedLine {
  return {
    ...(line.reference !== undefined ? { reference: line.reference } : {}),
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRate: line.vatRate,
    lineTotalCents: line.quantity * line.unitPriceCents,
  };
}

/**
 * An invoice, deposit invoice or credit note as the PGI prints it, every mention filled from the
 * ledger: totals from computeInvoice, the buyer as frozen at validation, the due date, payment
 * terms, escompte condition, penalties and indemnity, the original invoice of a credit note.
 */
export function toInvoiceDocument(ledger: Ledger, invoiceId: string, seller: SellerIdentity, options: PrintOptions = {}): InvoiceDocument {
  const doc = getDocument(ledger, invoiceId);
  if (doc.kind !== "invoice" && doc.kind !== "depositInvoice" && doc.kind !== "creditNote") {
    throw new DomainError("document.notAnInvoice", `${capitalize(describeDocument(doc))} n'est pas une facture : il ne s'imprime pas comme une facture.`, "id");
  }
  const buyer = doc.buyer ?? findCustomerById(ledger, doc.customerId);
  if (!buyer) throw new DomainError("customer.notFound", `Client « ${doc.customerId} » introuvable.`, "customerId");
  const totals = totalsOf(doc);
  const delivery = doc.deliveryAddress ?? buyer.deliveryAddress;
  const billsLikeInvoice = doc.kind !== "creditNote";
  const terms: PaymentTerms = doc.kind === "depositInvoice" ? { kind: "onReceipt" } : buyer.paymentTerms;
  const due = doc.dueDate ?? (billsLikeInvoice ? (doc.kind === "invoice" ? dueDate(doc.date, terms) : doc.date) : undefined);
  return {
    kind: doc.kind,
    ...(doc.number !== undefined ? { number: doc.number } : {}),
    issueDate: doc.date,
    seller: { ...seller },
    buyer: {
      name: buyer.name,
      address: buyer.billingAddress,
      ...(buyer.siren !== undefined ? { siren: buyer.siren } : {}),
      ...(buyer.vatNumber !== undefined ? { vatNumber: buyer.vatNumber } : {}),
    },
    ...(delivery !== undefined && !sameAddress(delivery, buyer.billingAddress) ? { deliveryAddress: delivery } : {}),
    ...(doc.customerOrderNumber !== undefined ? { purchaseOrderNumber: doc.customerOrderNumber } : {}),
    ...(doc.deliveryDate !== undefined && doc.deliveryDate !== doc.date ? { saleDate: doc.deliveryDate } : {}),
    lines: doc.lines.map(printedLine),
    reductions: doc.reductions,
    ...(doc.shippingCents > 0 ? { shippingCents: doc.shippingCents } : {}),
    ...(doc.depositCents > 0 ? { depositCents: doc.depositCents } : {}),
    totals: printedTotals(totals),
    ...(due !== undefined ? { dueDate: due } : {}),
    ...(billsLikeInvoice
      ? {
          paymentTermsText: describePaymentTerms(terms),
          cashDiscountCondition: cashDiscountCondition(doc, buyer),
          latePenaltyRate: options.latePenaltyRate ?? DEFAULT_LATE_PENALTY_RATE,
          ...(buyer.professional ? { recoveryIndemnityCents: RECOVERY_INDEMNITY_CENTS } : {}),
        }
      : {}),
    operationNature: options.operationNature ?? "goods",
    vatOnDebitsMention: seller.vatOnDebits === true,
    ...(doc.creditedInvoice !== undefined ? { originalInvoice: { number: doc.creditedInvoice.number, date: doc.creditedInvoice.date } } : {}),
  };
}
