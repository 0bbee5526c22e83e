/**
 * How a validated invoice or credit note leaves the seller, by the e-invoicing reform: deposited
 * on the seller's approved platform (plateforme agréée, PA) in Factur-X once the obligation to
 * issue reaches the seller (large firms and ETI from 1 Sept 2026, SMEs and micro-firms from
 * 1 Sept 2027) and the customer is a business established in France; otherwise the course's
 * dematerialisation (PDF by email), or a letter when the account has no email. Sales to consumers
 * and abroad are outside e-invoicing (they fall under e-reporting): PDF or paper stays valid.
 * A deposited invoice then has a lifecycle of dated statuses. The calendar is domain/control/law.ts
 * (`reformStartDate`): one home for the dates. Decision: docs/decisions/0091.
 */
import { formatDateFr, formatDateLongFr, type IsoDate } from "./dates";
import type { CompanySize, Customer } from "./documents";
import { isReformApplicable, reformStartDate } from "./control";

// ───────────────────────────── The route ─────────────────────────────

export type SendingChannel = "platform" | "email" | "post";

/** In the order the sending form offers them. */
export const SENDING_CHANNEL_LABELS: Readonly<Record<SendingChannel, string>> = {
  platform: "plateforme agréée (Factur-X)",
  email: "courriel (PDF)",
  post: "courrier postal",
};

export const COMPANY_SIZE_LABELS: Readonly<Record<CompanySize, string>> = {
  large: "grande entreprise",
  midSize: "entreprise de taille intermédiaire (ETI)",
  small: "PME",
  micro: "microentreprise",
};

/** Who the customer is for the reform: only a business established in France receives e-invoices from a platform. */
export type EInvoicingScope = "domesticBusiness" | "consumer" | "abroad";

export const E_INVOICING_SCOPE_LABELS: Readonly<Record<EInvoicingScope, string>> = {
  domesticBusiness: "professionnel établi en France",
  consumer: "particulier",
  abroad: "établi hors de France",
};

/** "1er septembre 2026 pour les grandes entreprises et les ETI, 1er septembre 2027 pour les PME et microentreprises". */
export function reformCalendar(): string {
  return `${formatDateLongFr(reformStartDate("large"))} pour les grandes entreprises et les ETI, ${formatDateLongFr(reformStartDate("small"))} pour les PME et microentreprises`;
}

function isFrance(country: string | undefined): boolean {
  return country === undefined || ["france", "fr"].includes(country.trim().toLowerCase());
}

/**
 * A consumer (`professional: false`) is B2C; a billing address abroad, or a VAT number of another
 * country, is international: both fall under e-reporting, not e-invoicing. A professional in
 * France is reached through the platforms' directory by its SIREN.
 */
export function eInvoicingScope(customer: Pick<Customer, "professional" | "billingAddress" | "vatNumber">): EInvoicingScope {
  if (!customer.professional) return "consumer";
  const vat = customer.vatNumber?.trim().toUpperCase();
  if (!isFrance(customer.billingAddress.country) || (vat !== undefined && vat !== "" && !vat.startsWith("FR"))) return "abroad";
  return "domesticBusiness";
}

export interface RouteSituation {
  /** The document's issue date (the reform reaches a seller by the date of the invoice). */
  issueDate: IsoDate;
  sellerSize: CompanySize | undefined;
  customer: Pick<Customer, "professional" | "billingAddress" | "vatNumber" | "contact">;
}

export interface RouteDecision {
  channel: SendingChannel;
  scope: EInvoicingScope;
  sellerSize: CompanySize | undefined;
  /** The day the obligation to issue through a platform reaches this seller. */
  reformStartsOn: IsoDate;
  /** The obligation applies to this seller on this date (whatever the customer). */
  reformApplies: boolean;
  /** The customer account's email, if any. */
  email: string | undefined;
}

function emailOf(customer: RouteSituation["customer"]): string | undefined {
  const email = customer.contact?.email?.trim();
  return email !== undefined && email !== "" ? email : undefined;
}

/** The route the law and the course expect for this document (docs/decisions/0091). */
export function expectedRoute(situation: RouteSituation): RouteDecision {
  const scope = eInvoicingScope(situation.customer);
  const reformApplies = isReformApplicable(situation.sellerSize, situation.issueDate);
  const email = emailOf(situation.customer);
  const channel: SendingChannel = scope === "domesticBusiness" && reformApplies ? "platform" : email !== undefined ? "email" : "post";
  return { channel, scope, sellerSize: situation.sellerSize, reformStartsOn: reformStartDate(situation.sellerSize), reformApplies, email };
}

/** "une grande entreprise ou une ETI" for the first wave, "une PME ou une microentreprise" for the second. */
function wavePhrase(size: CompanySize | undefined): string {
  return size === "large" || size === "midSize" ? "une grande entreprise ou une entreprise de taille intermédiaire (ETI)" : "une PME ou une microentreprise";
}

const OUTSIDE_E_INVOICING =
  "la facturation électronique par plateforme ne concerne que les factures entre entreprises établies en France\u00a0; cette vente relève du e-reporting (la plateforme transmet ses données à l'administration) et la facture en PDF par courriel, ou sur papier, reste valable.";

/** The rule that decides the route, in the course's words. */
export function routeRule(decision: RouteDecision): string {
  const startsOn = formatDateLongFr(decision.reformStartsOn);
  switch (decision.scope) {
    case "consumer":
      return `Le client est un particulier\u00a0: ${OUTSIDE_E_INVOICING}`;
    case "abroad":
      return `Le client est établi hors de France\u00a0: ${OUTSIDE_E_INVOICING}`;
    case "domesticBusiness":
      return decision.reformApplies
        ? `Depuis le ${startsOn}, ${wavePhrase(decision.sellerSize)} émet ses factures à ses clients professionnels français par sa plateforme agréée\u00a0: la facture est déposée au format structuré Factur-X (un PDF/A-3 qui porte ses données en XML\u00a0; UBL ou CII sont aussi admis), et la plateforme la transmet à celle du client\u00a0; un PDF par courriel ou une facture papier n'est plus une facture valable.`
        : `Le cours\u00a0: la facture part en PDF par courriel\u00a0; la réforme s'appliquera à ce vendeur (${COMPANY_SIZE_LABELS[decision.sellerSize ?? "small"]}) le ${startsOn}\u00a0: il devra alors déposer ses factures sur sa plateforme agréée.`;
  }
}

/** What a wrong route confused, in one sentence; empty when the route is the expected one. */
export function routeConfusion(typed: SendingChannel, decision: RouteDecision): string {
  const expected = decision.channel;
  if (typed === expected) return "";
  if (expected === "platform") {
    return typed === "email"
      ? "Un PDF envoyé par courriel, c'est la facture dématérialisée d'avant la réforme\u00a0: pour ce vendeur et ce client, ce n'est plus une facture valable."
      : "Une facture papier par la poste, c'est l'envoi d'avant la réforme\u00a0: pour ce vendeur et ce client, ce n'est plus une facture valable.";
  }
  if (typed === "platform") {
    switch (decision.scope) {
      case "consumer":
        return "La plateforme agréée sert aux factures entre entreprises établies en France\u00a0: un particulier n'y reçoit pas ses factures.";
      case "abroad":
        return "La plateforme agréée sert aux factures entre entreprises établies en France\u00a0: un client établi à l'étranger n'y reçoit pas ses factures.";
      case "domesticBusiness":
        return `Le dépôt sur la plateforme agréée est l'obligation de la réforme, qui n'atteint ce vendeur que le ${formatDateLongFr(decision.reformStartsOn)}\u00a0: la facture est datée d'avant.`;
    }
  }
  return expected === "email"
    ? `Le compte client indique l'adresse électronique ${decision.email ?? ""}\u00a0: la facture se transmet dématérialisée, en PDF par courriel, plutôt que sur papier.`
    : "Le compte client n'a pas d'adresse électronique\u00a0: aucun courriel ne peut partir, la facture part par courrier.";
}

// ───────────────────────────── The lifecycle of a deposited invoice ─────────────────────────────

/**
 * The statuses the simulation gives a document deposited on the platform: deposited and made
 * available to the customer on sending; then approved, or disputed when the customer reports an
 * incident (a partial correction by credit note follows: "refusée" would void the invoice); cashed
 * in when the seller records its full payment. "Rejetée" (a malformed file) is not simulated.
 */
export type LifecycleStatus = "deposited" | "madeAvailable" | "approved" | "disputed" | "cashedIn";

export const LIFECYCLE_STATUS_LABELS: Readonly<Record<LifecycleStatus, string>> = {
  deposited: "Déposée",
  madeAvailable: "Mise à disposition",
  approved: "Approuvée",
  disputed: "En litige",
  cashedIn: "Encaissée",
};

export interface LifecycleStep {
  status: LifecycleStatus;
  date: IsoDate;
}

/** On the day of the deposit the platform makes the document available to the customer's platform. */
export function depositedLifecycle(date: IsoDate): LifecycleStep[] {
  return [
    { status: "deposited", date },
    { status: "madeAvailable", date },
  ];
}

/** The customer's answer: a dispute on the day it reports an incident, an approval otherwise. */
export function customerResponse(disputedOn: IsoDate | null, approvedOn: IsoDate): LifecycleStep {
  return disputedOn !== null ? { status: "disputed", date: disputedOn } : { status: "approved", date: approvedOn };
}

/** "Déposée le 12/10/2026": the latest status. */
export function describeLifecycleStep(step: LifecycleStep): string {
  return `${LIFECYCLE_STATUS_LABELS[step.status]} le ${formatDateFr(step.date)}`;
}

/**
 * The route taken, as the PGI shows it on the document: "plateforme agréée (Factur-X) — statut :
 * Déposée le 12/10/2026" (the latest status), or "courriel (PDF) à … le 12/11/2026".
 */
export function describeRoute(entry: { channel: SendingChannel; to: string; date: IsoDate; lifecycle?: readonly LifecycleStep[] }): string {
  const latest = entry.lifecycle?.at(-1);
  const label = SENDING_CHANNEL_LABELS[entry.channel];
  return latest !== undefined ? `${label} — statut\u00a0: ${describeLifecycleStep(latest)}` : `${label} à ${entry.to} le ${formatDateFr(entry.date)}`;
}
