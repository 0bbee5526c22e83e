import { formatDateFr, formatEuros, type Scenario } from "@/domain";
import type { PlayerOutput } from "@/machines/player";
import { producedDocuments } from "./producedDocuments";

/** The documents the learner established in the PGI during the game. */
export function ProducedDocuments({ scenario, output }: { scenario: Scenario; output: PlayerOutput }) {
  const documents = producedDocuments(scenario, output);
  if (documents.length === 0) return <p>Aucun document n&apos;a été établi dans le PGI pendant ce scénario.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Documents établis pendant le scénario</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Date</th>
            <th scope="col">État</th>
            <th scope="col" className="amount">
              Montant TTC
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id}>
              <th scope="row">{doc.description}</th>
              <td>
                <time dateTime={doc.date}>{formatDateFr(doc.date)}</time>
              </td>
              <td>{doc.statusLabel}</td>
              <td className="amount">{doc.totalInclTaxCents === null ? "—" : formatEuros(doc.totalInclTaxCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
