/**
 * Sending an invoice or a credit note: the outbox entry on the route the engine expects (its
 * rule is eInvoicing.ts's), and the statuses a document deposited on the platform then takes.
 * Decisions: docs/decisions/0055, 0091.
 */
import { formatDateFr, type IsoDate } from "../dates";
import type { Customer } from "../documents";
import { depositedLifecycle, type LifecycleStep, type SendingChannel } from "../eInvoicing";
import { DOCUMENT_KINDS, getDocument, invoiceBalance, requireCustomer, type Ledger } from "../ledger";
import { capitalize } from "../text";

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
  const customer = doc.buyer ?? requireCustomer(ledger, doc.customerId);
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
