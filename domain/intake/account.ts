/**
 * Check 1, the customer's account: found in the file, or created from the order with the policy's
 * terms (docs/decisions/0041). Its judge also applies the answer: the PGI then holds the truth.
 */
import type { Customer, PostalAddress } from "../documents";
import { createCustomer, type CustomerDraft, type Ledger, type LedgerError, findCustomer } from "../ledger";
import type { Judgement } from "../judgement";
import { DomainError, formatEuros, type Cents } from "../money";
import { describePaymentTerms, type PaymentTerms } from "../paymentTerms";
import type { IncomingOrder, Scenario, ScenarioPolicies } from "../scenarioTypes";
import { normalizeName } from "../text";
import { defineStep, type KeyPart } from "./vocabulary";

export const ACCOUNT_STEP = defineStep({
  step: "account",
  label: "compte client",
  title: "1. Compte client\u00a0: le trouver ou le créer",
  glossary: ["customerAccount", "siren"],
  hints: [
    "Cherchez l'expéditeur dans le fichier clients (code, SIREN, raison sociale) avant de créer quoi que ce soit\u00a0: un doublon fausse l'encours.",
    "Un compte se crée avec la raison sociale, le SIREN ou le SIRET, l'adresse de facturation (et celle de livraison si la commande livre ailleurs), un interlocuteur joignable et les conditions de paiement prévues par la politique.",
  ],
  policies: ["newCustomer"],
  // The account is the root of the key: the other checks read the PGI it leaves (key.ts).
  derive: (facts) => facts.account.key,
  answeredBy: ["learner.accountFound", "learner.accountCreated"],
  judge: (key, event: AccountEvent, ledger) => judgeAccount(key, ledger, event.type === "learner.accountFound" ? { kind: "found", customerId: event.customerId } : { kind: "created", draft: event.draft }),
});

export type AccountEvent = { type: "learner.accountFound"; customerId: string } | { type: "learner.accountCreated"; draft: CustomerDraft };

export type AccountAnswer = { kind: "found"; customerId: string } | { kind: "created"; draft: CustomerDraft };

export interface AccountKey extends KeyPart<AccountAnswer> {
  isNew: boolean;
  /** The account code the PGI has or gives (the next free "C0000" for a new customer). */
  customerId: string;
  /** New customer: the account as the order describes it, conditions from the policy. */
  draft?: CustomerDraft;
  creditLimitCents: Cents;
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

function issuesText(error: LedgerError): string {
  return (error.issues ?? [error]).map((i) => i.message).join("\u00a0; ");
}

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

export interface AccountDerivation {
  key: AccountKey;
  ledger: Ledger;
  customer: Customer;
  solvency: Scenario["customers"][number]["solvency"];
}

export function deriveAccount(scenario: Scenario, ledger: Ledger, order: IncomingOrder): AccountDerivation {
  const policies = scenario.company.policies;
  if ("existingId" in order.customer) {
    const id = order.customer.existingId;
    const customer = ledger.customers.find((c) => c.id === id);
    if (!customer) {
      throw new DomainError("intake.customer.unknown", `order.customer.existingId\u00a0: le client «\u00a0${id}\u00a0» n'est pas dans le PGI.`, "order.customer.existingId");
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
      `order.customer.newCustomer\u00a0: la commande ne donne pas de quoi créer le compte (${issuesText(created.error)}).`,
      "order.customer.newCustomer",
    );
  }
  const customer = created.customer;
  const explanation =
    `«\u00a0${sender.name}\u00a0» n'a pas de compte dans le PGI\u00a0: on le crée avant tout autre contrôle. ` +
    `Champs obligatoires\u00a0: raison sociale, SIREN/SIRET, adresse de facturation, interlocuteur joignable, conditions de paiement\u00a0; l'adresse de livraison, si la commande livre ailleurs qu'à l'adresse de facturation. ` +
    `Plafond d'encours d'un nouveau client (politique)\u00a0: ${formatEuros(policies.newCustomerCreditLimit)}\u00a0; conditions de paiement (politique)\u00a0: ${describePaymentTerms(policies.defaultPaymentTerms).toLowerCase()}. ` +
    `Le PGI attribue le code ${customer.id}.`;
  return {
    key: {
      expected: { kind: "created", draft },
      expectedText: `Créer le ${describeNewAccount(customer)}`,
      explanation,
      glossary: ACCOUNT_STEP.glossary,
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
    (senderLookedNew ? `L'expéditeur se présente comme un nouveau client, mais le fichier le connaît déjà\u00a0: ` : `Le client est déjà dans le fichier\u00a0: `) +
    `compte ${describeCustomer(customer)}, plafond ${formatEuros(customer.creditLimitCents)}. On utilise ce compte\u00a0; en créer un second serait un doublon qui fausserait son encours.`;
  return {
    expected: { kind: "found", customerId: customer.id },
    expectedText: `Compte existant ${describeCustomer(customer)}`,
    explanation,
    glossary: ACCOUNT_STEP.glossary,
    isNew: false,
    customerId: customer.id,
    creditLimitCents: customer.creditLimitCents,
  };
}

function describeAccountAnswer(answer: AccountAnswer): string {
  if (answer.kind === "found") return `Compte existant ${answer.customerId}`;
  const name = answer.draft.name?.trim() ? `«\u00a0${answer.draft.name.trim()}\u00a0»` : "sans raison sociale";
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
    ? `adresse de livraison laissée vide, donc celle de facturation, alors que la commande livre ailleurs\u00a0: ${describeAddress(wanted)}`
    : `adresse de livraison ${describeAddress(draft.deliveryAddress)} au lieu de ${describeAddress(wanted)}`;
}

/** Differences between the learner's account and the one the order describes (identity, terms, conditions). */
function draftMismatches(key: AccountKey, draft: CustomerDraft): string[] {
  const expected = key.draft ?? {};
  const issues: string[] = [];
  if (expected.name !== undefined && normalizeName(draft.name ?? "") !== normalizeName(expected.name)) {
    issues.push(`raison sociale «\u00a0${draft.name ?? ""}\u00a0» au lieu de «\u00a0${expected.name}\u00a0»`);
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
      `conditions de paiement «\u00a0${draft.paymentTerms ? describePaymentTerms(draft.paymentTerms).toLowerCase() : "absentes"}\u00a0» au lieu de «\u00a0${describePaymentTerms(expected.paymentTerms).toLowerCase()}\u00a0» (politique pour un nouveau client)`,
    );
  }
  const granted = draft.conditions;
  if (granted !== undefined && (granted.tradeDiscounts.some((r) => r !== 0) || (granted.cashDiscount ?? 0) !== 0)) {
    issues.push("des remises ou un escompte accordés alors qu'aucune condition n'est négociée avec un nouveau client");
  }
  return issues;
}

export interface AccountOutcome {
  judgement: Judgement;
  ledger: Ledger;
  customerId: string;
}

/**
 * Judges check 1 and applies it: a right creation records the learner's account; otherwise the PGI
 * holds the engine's truth (the existing account, or the account the order describes).
 */
/**
 * « Le compte C0003 appartient à un autre client (Étude notariale Kervella), pas à l'expéditeur »:
 * the name in brackets, never after « de », which would need an article or a contraction no
 * template can guess (« de Étude », « de Le Panier Provençal », issue 15).
 */
function otherCustomersAccount(other: Customer): string {
  return `Le compte ${other.id} appartient à un autre client (${other.name}), pas à l'expéditeur`;
}

export function judgeAccount(key: AccountKey, ledger: Ledger, answer: AccountAnswer): AccountOutcome {
  const base = { answer: describeAccountAnswer(answer), expected: key.expectedText, glossary: key.glossary };
  const truth = (): { ledger: Ledger; customer: Customer } => {
    if (!key.isNew || key.draft === undefined) {
      const found = ledger.customers.find((c) => c.id === key.customerId);
      if (!found) throw new DomainError("intake.customer.unknown", `Client «\u00a0${key.customerId}\u00a0» introuvable.`, "customerId");
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
      return wrong(`Doublon\u00a0: le client existe déjà sous le code ${key.customerId}, il ne faut pas lui créer un second compte.`);
    }
    if (answer.customerId.trim() !== key.customerId) {
      const other = ledger.customers.find((c) => c.id === answer.customerId.trim());
      return wrong(other ? `${otherCustomersAccount(other)}.` : `Aucun compte ${answer.customerId} dans le PGI.`);
    }
    return { judgement: { ...base, correct: true, explanation: key.explanation }, ledger, customerId: key.customerId };
  }

  if (answer.kind === "found") {
    const other = ledger.customers.find((c) => c.id === answer.customerId.trim());
    return wrong(other ? `${otherCustomersAccount(other)}, qui est un nouveau client.` : `Aucun compte ${answer.customerId} dans le PGI\u00a0: ce client est nouveau.`);
  }
  // The PGI numbers accounts itself: a code typed in the form is not used (0041).
  const { id: _typed, ...draft } = answer.draft;
  const created = createCustomer(ledger, draft, { creditLimitCents: key.creditLimitCents });
  if (!created.ok) return wrong(`Fiche incomplète ou erronée\u00a0: ${issuesText(created.error)}.`);
  const mismatches = draftMismatches(key, draft);
  if (mismatches.length > 0) return wrong(`La fiche ne correspond pas à la commande reçue\u00a0: ${mismatches.join("\u00a0; ")}.`);
  return {
    judgement: { ...base, correct: true, explanation: `${key.explanation} Le PGI contient maintenant le ${describeNewAccount(created.customer)}.` },
    ledger: created.ledger,
    customerId: created.customer.id,
  };
}
