/**
 * The engine's hints of each invoicing decision point: the rule, then the facts of this order and
 * this invoice that apply it. The teacher's hints come first (hintsFor).
 */
import type { CompanySize } from "../documents";
import { formatDateFr } from "../dates";
import { COMPANY_SIZE_LABELS, E_INVOICING_SCOPE_LABELS, eInvoicingScope, reformCalendar } from "../eInvoicing";
import { getDocument, type Ledger } from "../ledger";
import { formatEuros, formatPercent, type Cents } from "../money";
import { formatDiscounts } from "../processing";
import { requireCustomer } from "../ledger";
import type { InvoicingIncident } from "../scenarioTypes";
import { documentLabel, lastNumberOfSeries, requireInvoice, uninvoicedDeliveryNotes } from "./key";
import type { InvoicingDecisionPoint } from "./vocabulary";

/** What the hints read of the invoicing under way. */
export interface InvoicingFacts {
  ledger: Ledger;
  orderId: string;
  customerId: string;
  sellerSize: CompanySize;
  /** The deposit invoice to issue, TTC (0: none). */
  depositToInvoiceCents: Cents;
  invoiceId: string | null;
  creditNoteId: string | null;
  incident: InvoicingIncident | null;
}

/** What the credit note must credit for the incident the customer reported. */
export function incidentAdvice(incident: InvoicingIncident): string {
  switch (incident.kind) {
    case "priceError":
      return `Créditez la différence de prix sur les quantités facturées de ${incident.reference} (prix convenu ${formatEuros(incident.correctUnitPrice)} HT).`;
    case "returnedGoods":
      return `Créditez les ${incident.quantity} ${incident.reference} retournés, au prix facturé.`;
    case "damagedGoods":
      return `Créditez un rabais de ${formatPercent(incident.allowancePercent)} sur les ${incident.quantity} ${incident.reference} endommagés, calculé sur leur montant net après les remises de la facture (un seul arrondi, pas un rabais unitaire arrondi).`;
  }
}

export function invoicingHints(point: InvoicingDecisionPoint, facts: InvoicingFacts): string[] {
  switch (point) {
    case "invoicing.deposit":
      return [
        "Un acompte exigé à la commande donne lieu à une facture d'acompte, émise avant la facture finale\u00a0: pour des biens, la TVA est due dès l'encaissement de l'acompte.",
        `Acompte exigé au contrôle de la commande\u00a0: ${formatEuros(facts.depositToInvoiceCents)} TTC.`,
      ];
    case "invoicing.draft":
      return [
        "On facture ce qui a été livré\u00a0: la facture s'établit à partir des bons de livraison, pas à partir de la commande.",
        `Bons de livraison non encore facturés\u00a0: ${uninvoicedDeliveryNotes(facts.ledger, facts.orderId).map((n) => documentLabel(facts.ledger, n.id)).join(", ")}.`,
      ];
    case "invoicing.cascade": {
      const invoice = requireInvoice(facts.ledger, facts.invoiceId);
      return [
        "Montant brut → remises successives (chacune sur le net précédent) → net commercial → escompte, s'il y en a un → net financier → port → total HT → TVA par taux → total TTC → acompte déduit (son HT et sa TVA) → net à payer.",
        `Remises de la commande\u00a0: ${formatDiscounts(invoice.reductions.tradeDiscounts ?? [])}\u00a0; acompte à déduire\u00a0: ${formatEuros(invoice.depositCents)} TTC.`,
      ];
    }
    case "invoicing.validation":
      return [
        "Une facture validée prend le numéro suivant de sa série\u00a0: numérotation continue et chronologique, sans trou ni doublon.",
        `Dernière facture de la série\u00a0: ${lastNumberOfSeries(facts.ledger, "invoice") ?? "aucune (première facture)"}.`,
      ];
    case "invoicing.creditNote":
      return [
        "Une facture validée ne se modifie pas\u00a0: on établit une facture d'avoir, qui cite le numéro et la date de la facture et ne crédite que ce qui doit l'être.",
        facts.incident !== null ? incidentAdvice(facts.incident) : "Aucune correction n'est demandée.",
      ];
    case "invoicing.sending":
      return sendingHints(facts);
    case "invoicing.immutability":
      return [];
  }
}

/** The calendar of the reform, then the facts that decide this document's route (not the route itself). */
function sendingHints(facts: InvoicingFacts): string[] {
  // In the credit note's sending state the credit note exists; before it, only the invoice does.
  const documentId = facts.creditNoteId ?? requireInvoice(facts.ledger, facts.invoiceId).id;
  const customer = requireCustomer(facts.ledger, facts.customerId);
  return [
    `Trois routes\u00a0: la plateforme agréée (Factur-X), obligatoire entre entreprises établies en France quand la réforme atteint le vendeur (${reformCalendar()})\u00a0; sinon le PDF par courriel du cours, ou le courrier sans adresse électronique.`,
    `Vendeur\u00a0: ${COMPANY_SIZE_LABELS[facts.sellerSize]}\u00a0; date du document\u00a0: ${formatDateFr(getDocument(facts.ledger, documentId).date)}\u00a0; client\u00a0: ${E_INVOICING_SCOPE_LABELS[eInvoicingScope(customer)]}\u00a0; adresse électronique du compte client\u00a0: ${customer.contact?.email ?? "aucune"}.`,
  ];
}
