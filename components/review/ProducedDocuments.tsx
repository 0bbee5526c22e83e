import { findDocument, formatDateFr, formatEuros, type Scenario } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
import { PdfDownloadButtons } from "@/components/documents/PdfDownloadButtons";
import { hasPdf, printingOf, type PrintContext } from "@/components/documents/DocumentPdf";
import { producedDocuments } from "./producedDocuments";
import { CardTable, Cell, ColumnHeader, Row, RowHeader } from "@/components/ui/CardTable";

/** The PDF buttons of a document that prints (validated and numbered), to hand it in after the game. */
function DocumentDownloads({ context, id }: { context: PrintContext; id: string }) {
  const doc = findDocument(context.ledger, id);
  if (!hasPdf(doc)) return <>—</>;
  return <PdfDownloadButtons label={`PDF de ${doc.number}`} downloads={printingOf(context, doc).downloads} />;
}

/** The documents the learner established in the PGI during the game. */
export function ProducedDocuments({ scenario, output }: { scenario: Scenario; output: PlayerOutput }) {
  const documents = producedDocuments(scenario, output);
  const last = output.stages.at(-1);
  if (documents.length === 0 || last === undefined) return <p>Aucun document n&apos;a été établi dans le PGI pendant ce scénario.</p>;
  const context: PrintContext = { ledger: last.ledger, scenario, carried: last.carried };
  return (
    <CardTable
      caption={<caption className="visually-hidden">Documents établis pendant le scénario</caption>}
      head={
        <>
          <ColumnHeader>Document</ColumnHeader>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>État</ColumnHeader>
          <ColumnHeader className="amount">Montant TTC</ColumnHeader>
          <ColumnHeader className="downloads">PDF</ColumnHeader>
        </>
      }
    >
      {documents.map((doc) => (
        <Row key={doc.id}>
          <RowHeader>{doc.description}</RowHeader>
          <Cell label="Date">
            <time dateTime={doc.date}>{formatDateFr(doc.date)}</time>
          </Cell>
          <Cell label="État">{doc.statusLabel}</Cell>
          <Cell label="Montant TTC" className="amount">
            {doc.totalInclTaxCents === null ? "—" : formatEuros(doc.totalInclTaxCents)}
          </Cell>
          <Cell className="downloads">
            <DocumentDownloads context={context} id={doc.id} />
          </Cell>
        </Row>
      ))}
    </CardTable>
  );
}
