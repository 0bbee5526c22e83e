// ───────────────────────────── Customers ─────────────────────────────

import type { Customer, CustomerConditions, PostalAddress } from "../documents";
import { DomainError, type Cents } from "../money";
import { frenchVatKey, frenchVatNumber, isValidSiren, isValidSiret } from "../identifiers";
import type { LedgerError } from "../numbering";
import { checkLegalMaximum, type PaymentTerms } from "../paymentTerms";
import { failWith, guarded, isProblem, problem, type Ledger, type LedgerResult } from "./types";
import { nextSequentialId } from "./chain";
import { checkAmount, checkReductions } from "./checks";
import { normalizeName } from "../text";

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
    return [problem("customer.address.required", `${field}\u00a0: ${label} est obligatoire (rue, code postal, ville).`, field)];
  }
  const issues: LedgerError[] = [];
  if (blank(address.street)) issues.push(problem("customer.address.street", `${field}.street\u00a0: ${label}\u00a0: la rue est obligatoire.`, `${field}.street`));
  const inFrance = address.country === undefined || normalizeName(address.country) === "france";
  if (blank(address.postalCode)) {
    issues.push(problem("customer.address.postalCode", `${field}.postalCode\u00a0: ${label}\u00a0: le code postal est obligatoire.`, `${field}.postalCode`));
  } else if (inFrance && !/^\d{5}$/.test((address.postalCode ?? "").trim())) {
    issues.push(
      problem(
        "customer.address.postalCode",
        `${field}.postalCode\u00a0: ${label}\u00a0: «\u00a0${address.postalCode}\u00a0» n'est pas un code postal français (5 chiffres).`,
        `${field}.postalCode`,
      ),
    );
  }
  if (blank(address.city)) issues.push(problem("customer.address.city", `${field}.city\u00a0: ${label}\u00a0: la ville est obligatoire.`, `${field}.city`));
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

/** Legal maxima (C. com. L441-10): 60 days from the invoice date, or 45 days end of month. */
function checkPaymentTerms(terms: PaymentTerms | undefined): LedgerError[] {
  if (terms === undefined) {
    return [problem("customer.paymentTerms.required", "paymentTerms\u00a0: les conditions de paiement sont obligatoires (par exemple 30 jours date de facture).", "paymentTerms")];
  }
  const check = guarded(() => checkLegalMaximum(terms));
  if (isProblem(check)) return [check];
  return check.compliant ? [] : [problem("customer.paymentTerms.tooLong", `paymentTerms\u00a0: ${check.explanation}`, "paymentTerms")];
}

function sirenOf(draft: CustomerDraft): string | undefined {
  if (!blank(draft.siren)) return digitsOnly(draft.siren ?? "");
  if (!blank(draft.siret)) return digitsOnly(draft.siret ?? "").slice(0, 9);
  return undefined;
}

function checkIdentity(ledger: Ledger, draft: CustomerDraft): LedgerError[] {
  const issues: LedgerError[] = [];
  if (blank(draft.name)) issues.push(problem("customer.name.required", "name\u00a0: la raison sociale est obligatoire.", "name"));
  const siren = sirenOf(draft);
  if (siren === undefined) {
    issues.push(problem("customer.siren.required", "siren\u00a0: le SIREN est obligatoire (9 chiffres, ou le SIRET de 14 chiffres).", "siren"));
  } else if (!/^\d{9}$/.test(siren)) {
    issues.push(problem("customer.siren.format", `siren\u00a0: «\u00a0${draft.siren}\u00a0» doit compter exactement 9 chiffres (reçu ${siren.length}).`, "siren"));
  } else if (!isValidSiren(siren)) {
    issues.push(
      problem(
        "customer.siren.checksum",
        `siren\u00a0: «\u00a0${siren}\u00a0» n'est pas un SIREN valide (la clé de contrôle ne correspond pas)\u00a0: vérifiez-le sur l'extrait Kbis ou l'annuaire des entreprises.`,
        "siren",
      ),
    );
  } else {
    const other = ledger.customers.find((c) => c.siren !== undefined && digitsOnly(c.siren) === siren);
    if (other) {
      issues.push(
        problem(
          "customer.siren.duplicate",
          `siren\u00a0: le SIREN ${siren} est déjà celui du client ${other.id} (${other.name})\u00a0: le compte existe, ne le créez pas une seconde fois.`,
          "siren",
        ),
      );
    }
  }
  if (!blank(draft.siret)) {
    const siret = digitsOnly(draft.siret ?? "");
    if (!isValidSiret(siret)) {
      issues.push(problem("customer.siret.invalid", `siret\u00a0: «\u00a0${draft.siret}\u00a0» n'est pas un SIRET valide (14 chiffres, clé de contrôle).`, "siret"));
    } else if (siren !== undefined && !siret.startsWith(siren)) {
      issues.push(problem("customer.siret.mismatch", `siret\u00a0: le SIRET ${siret} ne commence pas par le SIREN ${siren}.`, "siret"));
    }
  }
  if (!blank(draft.vatNumber) && siren !== undefined && !isValidFrenchVatNumber(draft.vatNumber ?? "", siren)) {
    issues.push(
      problem(
        "customer.vatNumber.invalid",
        `vatNumber\u00a0: «\u00a0${draft.vatNumber}\u00a0» n'est pas le numéro de TVA intracommunautaire de ce SIREN (attendu ${frenchVatNumber(siren)}).`,
        "vatNumber",
      ),
    );
  }
  return issues;
}

function checkContact(contact: CustomerDraft["contact"]): LedgerError[] {
  const issues: LedgerError[] = [];
  if (contact === undefined || blank(contact.name)) {
    issues.push(problem("customer.contact.name", "contact.name\u00a0: le nom de l'interlocuteur est obligatoire.", "contact.name"));
  }
  if (contact === undefined || (blank(contact.email) && blank(contact.phone))) {
    issues.push(problem("customer.contact.reach", "contact.email\u00a0: indiquez au moins un courriel ou un téléphone de l'interlocuteur.", "contact.email"));
  } else if (!blank(contact.email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test((contact.email ?? "").trim())) {
    issues.push(problem("customer.contact.email", `contact.email\u00a0: «\u00a0${contact.email}\u00a0» n'est pas une adresse électronique valide.`, "contact.email"));
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
      ? [problem("customer.id.duplicate", `id\u00a0: le code client «\u00a0${draft.id}\u00a0» est déjà attribué.`, "id")]
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

export function findCustomerById(ledger: Ledger, id: string): Customer | undefined {
  return ledger.customers.find((c) => c.id === id);
}

/**
 * The customer account of the PGI; a missing one is a programming error, not a learner's. Here, not
 * in stage 2's answer key where it was: the outbox of stages 3 and 5 reads it, and brought that key
 * into the payment follow-up's chunk (docs/decisions/0151).
 */
export function requireCustomer(ledger: Ledger, customerId: string): Customer {
  const customer = findCustomerById(ledger, customerId);
  if (!customer) throw new DomainError("customer.notFound", `customerId\u00a0: client «\u00a0${customerId}\u00a0» introuvable dans le PGI.`, "customerId");
  return customer;
}
