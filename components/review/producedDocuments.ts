import { describeDocument, documentTotals, DOCUMENT_KINDS, openingLedger, type Cents, type DocumentStatus, type IsoDate, type SalesDocumentKind, type Scenario } from "@/domain";
import type { PlayerOutput } from "@/machines/player";

export interface ProducedDocument {
  id: string;
  /** "La facture FA-2026-00001", "La commande (brouillon D0004)". */
  description: string;
  date: IsoDate;
  /** "Validée", "Brouillon", "Annulé", agreed with the kind of document. */
  statusLabel: string;
  /** Null when the document has no line to total. */
  totalInclTaxCents: Cents | null;
}

const STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  draft: "Brouillon",
  validated: "Validé",
  cancelled: "Annulé",
};

function statusLabel(status: DocumentStatus, kind: SalesDocumentKind): string {
  const feminine = DOCUMENT_KINDS[kind].feminine;
  // A purchase order is the customer's document: the PGI records it, it does not issue it.
  if (kind === "purchaseOrder" && status === "validated") return "Enregistrée";
  return status !== "draft" && feminine ? `${STATUS_LABELS[status]}e` : STATUS_LABELS[status];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The documents the learner made during the game: the PGI as the last stage left it, minus the scenario's opening documents. */
export function producedDocuments(scenario: Scenario, output: Pick<PlayerOutput, "stages">): ProducedDocument[] {
  const ledger = output.stages.at(-1)?.ledger;
  if (!ledger) return [];
  const opening = new Set(openingLedger(scenario).documents.map((doc) => doc.id));
  return ledger.documents
    .filter((doc) => !opening.has(doc.id))
    .map((doc) => {
      let totalInclTaxCents: Cents | null = null;
      try {
        totalInclTaxCents = doc.lines.length > 0 ? documentTotals(ledger, doc.id).totalInclTaxCents : null;
      } catch {
        totalInclTaxCents = null;
      }
      return { id: doc.id, description: capitalize(describeDocument(doc)), date: doc.date, statusLabel: statusLabel(doc.status, doc.kind), totalInclTaxCents };
    });
}
