"use client";
import { capitalize, describeRoute, DOCUMENT_KINDS, documentTotals, findDocument, formatDateFr, formatEuros, type SalesDocument, type Scenario } from "@/domain";
import { INVOICING_DECISION_POINT_IDS, type InvoicingContext, type InvoicingEvent } from "@/machines/invoicing";
import { Term } from "@/components/ui/GlossaryLinks";
import { DocumentPdf } from "@/components/documents/DocumentPdf";

interface Props {
  scenario: Scenario;
  context: InvoicingContext;
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

function IssuedDocument({ doc, context, scenario }: { doc: SalesDocument; context: InvoicingContext; scenario: Scenario }) {
  const totals = documentTotals(context.ledger, doc.id);
  const sent = context.outbox.find((entry) => entry.documentId === doc.id);
  return (
    <>
      <h4>
        {capitalize(DOCUMENT_KINDS[doc.kind].label)} {doc.number} du {formatDateFr(doc.date)}
      </h4>
      <dl className="facts-grid">
        <dt>Total TTC</dt>
        <dd>{formatEuros(totals.totalInclTaxCents)}</dd>
        {doc.kind !== "creditNote" ? (
          <>
            <dt>Net à payer</dt>
            <dd>{formatEuros(totals.amountDueCents)}</dd>
          </>
        ) : null}
        {doc.dueDate !== undefined && doc.kind === "invoice" ? (
          <>
            <dt>Échéance</dt>
            <dd>{formatDateFr(doc.dueDate)}</dd>
          </>
        ) : null}
        {doc.creditedInvoice !== undefined ? (
          <>
            <dt>Facture corrigée</dt>
            <dd>
              {doc.creditedInvoice.number} du {formatDateFr(doc.creditedInvoice.date)}
            </dd>
          </>
        ) : null}
        <dt>Statut</dt>
        <dd>{doc.status === "cancelled" ? "annulée par avoir" : "validée (numérotée, intangible)"}</dd>
        <dt>Route</dt>
        <dd>{sent ? describeRoute(sent) : "pas encore envoyée"}</dd>
      </dl>
      {/* As the customer will receive it: opened in the main area, where it has its printed width. */}
      <DocumentPdf ledger={context.ledger} scenario={scenario} carried={context.carried} doc={doc} />
    </>
  );
}

/**
 * The documents this stage issued, as the PGI keeps them. On the validated invoice the learner may
 * try "Modifier" or "Supprimer": the machine refuses and records why, which is listed here.
 */
export function InvoicingIssuedDocuments({ scenario, context, can, send }: Props) {
  const ids = [context.depositInvoiceId, context.invoiceId, context.creditNoteId].filter((id): id is string => id !== null);
  const issued = ids.map((id) => findDocument(context.ledger, id)).filter((doc): doc is SalesDocument => doc !== undefined && doc.status !== "draft");
  if (issued.length === 0) return null;
  const invoice = context.invoiceId !== null ? findDocument(context.ledger, context.invoiceId) : undefined;
  const editable = invoice !== undefined && invoice.status !== "draft";
  const edit: InvoicingEvent = { type: "learner.invoiceEditAttempted", documentId: invoice?.id ?? "", patch: {} };
  const remove: InvoicingEvent = { type: "learner.invoiceDeleteAttempted", documentId: invoice?.id ?? "" };
  const refusals = context.trace.filter((entry) => entry.decisionPoint === INVOICING_DECISION_POINT_IDS.immutability);

  return (
    <section className="issued-documents" aria-labelledby="invoicing-issued-title">
      <h3 id="invoicing-issued-title">Documents émis dans le PGI</h3>
      <ul className="plain-list">
        {issued.map((doc) => (
          <li key={doc.id} className="issued-document">
            <IssuedDocument doc={doc} context={context} scenario={scenario} />
            {doc.id === invoice?.id && editable ? (
              <div className="button-row">
                <button type="button" className="button secondary small" disabled={!can(edit)} onClick={() => send(edit)}>
                  Modifier la facture
                </button>
                <button type="button" className="button secondary small" disabled={!can(remove)} onClick={() => send(remove)}>
                  Supprimer la facture
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {refusals.length > 0 ? (
        <div className="refusals">
          <h4>Actions refusées par le PGI</h4>
          <ul>
            {refusals.map((entry, index) => (
              <li key={index}>
                <strong>✗ {entry.answer}&nbsp;: refusé.</strong> {entry.explanation}
              </li>
            ))}
          </ul>
          <p className="muted">
            Voir le glossaire&nbsp;: <Term id="invoice">facture</Term>, <Term id="creditNote">facture d&apos;avoir</Term>.
          </p>
        </div>
      ) : null}
    </section>
  );
}
