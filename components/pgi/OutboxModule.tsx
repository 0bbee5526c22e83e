import { describeLifecycleStep, findDocument, formatDateFr, SENDING_CHANNEL_LABELS, type LifecycleStep } from "@/domain";
import type { WorkspaceData } from "./workspace";
import { DocumentPdf } from "@/components/documents/DocumentPdf";
import { Field, Fields } from "./Fields";
import { Term } from "@/components/ui/GlossaryLinks";

/** Invoices and credit notes sent, with the route each took; the PGI keeps the duplicate of each (archived 10 years). */
export function OutboxModule({ data }: { data: WorkspaceData }) {
  const outbox = data.carried.outbox ?? [];
  if (outbox.length === 0) return <p>Aucun document envoyé pour l&apos;instant.</p>;
  return (
    <div className="pgi-module outbox">
      {[...outbox].reverse().map((entry, index) => (
        <article key={`${entry.documentId}-${entry.date}-${index}`} className="mail-item sent" aria-labelledby={`sent-${index}`}>
          <h3 id={`sent-${index}`}>{entry.subject}</h3>
          <Fields className="headers">
            <Field label="À">{entry.to}</Field>
            <Field label="Date d'envoi">{formatDateFr(entry.date)}</Field>
            <Field label="Route">{SENDING_CHANNEL_LABELS[entry.channel]}</Field>
            <Field label={entry.channel === "platform" ? "Fichier déposé" : "Pièce jointe"}>{entry.attachmentName}</Field>
          </Fields>
          {entry.lifecycle ? <Lifecycle steps={entry.lifecycle} number={entry.number} /> : null}
          {entry.duplicateKept ? <p className="muted">Duplicata conservé dans le PGI.</p> : null}
          <SentAttachment data={data} documentId={entry.documentId} />
        </article>
      ))}
    </div>
  );
}

/** The statuses the platforms exchanged about a deposited document, oldest first. */
function Lifecycle({ steps, number }: { steps: readonly LifecycleStep[]; number: string }) {
  return (
    <>
      <h4>
        <Term titled id="invoiceLifecycle">Cycle de vie</Term> sur la plateforme
      </h4>
      <ol className="plain-list" aria-label={`Cycle de vie de ${number}`}>
        {steps.map((step, index) => (
          <li key={`${step.status}-${index}`}>{describeLifecycleStep(step)}</li>
        ))}
      </ol>
    </>
  );
}

function SentAttachment({ data, documentId }: { data: WorkspaceData; documentId: string }) {
  const doc = findDocument(data.ledger, documentId);
  return doc ? <DocumentPdf ledger={data.ledger} scenario={data.scenario} carried={data.carried} doc={doc} /> : null;
}
