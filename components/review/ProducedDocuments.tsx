import { findDocument, formatDateFr, formatEuros, type Scenario } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
import { PdfDownloadButtons } from "@/components/documents/PdfDownloadButtons";
import { hasPdf, printingOf, type PrintContext } from "@/components/documents/DocumentPdf";
import { producedDocuments } from "./producedDocuments";

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
  // On a phone the rows are cards (`table-cards`, globals.css): the roles are written out.
  return (
    <div className="table-scroll">
      <table className="table-cards" role="table">
        <caption className="visually-hidden">Documents établis pendant le scénario</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Document
            </th>
            <th scope="col" role="columnheader">
              Date
            </th>
            <th scope="col" role="columnheader">
              État
            </th>
            <th scope="col" role="columnheader" className="amount">
              Montant TTC
            </th>
            <th scope="col" role="columnheader">
              PDF
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {documents.map((doc) => (
            <tr key={doc.id} role="row">
              <th scope="row" role="rowheader">
                {doc.description}
              </th>
              <td role="cell" data-label="Date">
                <time dateTime={doc.date}>{formatDateFr(doc.date)}</time>
              </td>
              <td role="cell" data-label="État">
                {doc.statusLabel}
              </td>
              <td role="cell" data-label="Montant TTC" className="amount">
                {doc.totalInclTaxCents === null ? "—" : formatEuros(doc.totalInclTaxCents)}
              </td>
              <td role="cell">
                <DocumentDownloads context={context} id={doc.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
