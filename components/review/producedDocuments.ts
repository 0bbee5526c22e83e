import { capitalize, describeDocument, openingLedger, type Cents, type IsoDate, type Scenario } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
// The PGI's own wording and totals, so the review says what the learner saw in the PGI.
import { totalsOrNull } from "@/components/documents/documentData";
import { statusLabel } from "@/components/documents/format";

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


/** The documents the learner made during the game: the PGI as the last stage left it, minus the scenario's opening documents. */
export function producedDocuments(scenario: Scenario, output: Pick<PlayerOutput, "stages">): ProducedDocument[] {
  const ledger = output.stages.at(-1)?.ledger;
  if (!ledger) return [];
  const opening = new Set(openingLedger(scenario).documents.map((doc) => doc.id));
  return ledger.documents
    .filter((doc) => !opening.has(doc.id))
    .map((doc) => ({
      id: doc.id,
      description: capitalize(describeDocument(doc)),
      date: doc.date,
      statusLabel: statusLabel(doc),
      totalInclTaxCents: totalsOrNull(ledger, doc)?.totalInclTaxCents ?? null,
    }));
}
