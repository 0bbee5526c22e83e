import { useEffect, useId, useRef, useState } from "react";
import {
  childrenOf,
  describeDocument,
  describeRoute,
  findDocument,
  formatDateFr,
  formatEuros,
  formatPercent,
  invoiceBalance,
  invoiceDueDate,
  orderOf,
  PAYMENT_METHOD_LABELS,
  paymentsOf,
  remainingToDeliver,
  type InvoiceComputation,
  type Ledger,
  type SalesDocument,
  type Scenario,
} from "@/domain";
import type { CarriedState } from "@/machines/contract";
import { DocumentPdf, hasPdf } from "@/components/documents/DocumentPdf";
import { totalsOrNull } from "@/components/documents/documentData";
import { Field, Fields } from "./Fields";
import { addressText, customerName, documentRef, kindLabel, statusLabel } from "@/components/documents/format";
import { Term } from "@/components/ui/GlossaryLinks";

const BILLED_KINDS: readonly SalesDocument["kind"][] = ["invoice", "depositInvoice"];

function LinesTable({ doc, totals }: { doc: SalesDocument; totals: InvoiceComputation | null }) {
  if (doc.lines.length === 0) return <p>Aucune ligne sur ce document pour l&apos;instant.</p>;
  return (
    <div className="table-scroll">
      <table className="pgi-table compact">
        <caption>Lignes du document</caption>
        <thead>
          <tr>
            <th scope="col">Réf.</th>
            <th scope="col">Désignation</th>
            <th scope="col" className="amount">
              Qté
            </th>
            <th scope="col" className="amount">
              Prix unit. HT
            </th>
            <th scope="col" className="amount">
              TVA
            </th>
            <th scope="col" className="amount">
              Montant HT
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.lines.map((line, index) => {
            const lineTotal = totals?.lineTotalsCents?.[index];
            return (
              <tr key={`${index}-${line.reference ?? line.description}`}>
                <td className="nowrap">{line.reference ?? "—"}</td>
                <td>{line.description}</td>
                <td className="amount">{line.quantity}</td>
                <td className="amount">{formatEuros(line.unitPriceCents)}</td>
                <td className="amount">{formatPercent(line.vatRate)}</td>
                <td className="amount">{lineTotal !== undefined ? formatEuros(lineTotal) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CascadeTable({ totals }: { totals: InvoiceComputation }) {
  return (
    <table className="pgi-table cascade">
      <caption>Totaux</caption>
      <thead>
        <tr>
          <th scope="col">Étape du calcul</th>
          <th scope="col" className="amount">
            Montant
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.steps.map((step, index) => (
          <tr key={`${index}-${step.label}`} className={index === totals.steps.length - 1 ? "total-row" : undefined}>
            <th scope="row">{step.label}</th>
            <td className="amount">{formatEuros(step.amountCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeliveredLines({ doc }: { doc: SalesDocument }) {
  if (doc.lines.length === 0) return <p>Aucune ligne sur ce bon de livraison pour l&apos;instant.</p>;
  return (
    <div className="table-scroll">
      <table className="pgi-table compact">
        <caption>
          Articles de ce <Term titled id="deliveryNote">bon de livraison</Term>
        </caption>
        <thead>
          <tr>
            <th scope="col">Réf.</th>
            <th scope="col">Désignation</th>
            <th scope="col" className="amount">
              Quantité livrée
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.lines.map((line, index) => (
            <tr key={`${index}-${line.reference ?? line.description}`}>
              <td className="nowrap">{line.reference ?? "—"}</td>
              <td>{line.description}</td>
              <td className="amount">{line.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per article of the order: ordered, delivered by validated notes, still to deliver (the back-order). */
function DeliveryProgressTable({ ledger, order }: { ledger: Ledger; order: SalesDocument }) {
  const progress = remainingToDeliver(ledger, order.id);
  return (
    <div className="table-scroll">
      <table className="pgi-table compact progress">
        <caption>Suivi des livraisons de la commande {order.number ?? order.id} (bons de livraison validés)</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col" className="amount">
              Commandé
            </th>
            <th scope="col" className="amount">
              Livré
            </th>
            <th scope="col" className="amount">
              Reste à livrer (<Term titled id="backOrder">reliquat</Term>)
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.map((line) => (
            <tr key={line.reference ?? line.description}>
              <th scope="row">
                {line.reference ? `${line.reference} — ` : ""}
                {line.description}
              </th>
              <td className="amount">{line.ordered}</td>
              <td className="amount">{line.delivered}</td>
              <td className="amount">{line.remaining}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PrintedProps {
  ledger: Ledger;
  scenario: Scenario;
  carried: CarriedState;
}

/**
 * A document issued from the order (acknowledgement, delivery note, invoice…) that the lists do not
 * all show: its button opens its view and PDF in place. The button stays where it is, so the focus
 * never falls on a removed element when the learner closes it again.
 */
function LinkedDocument({ doc, printed }: { doc: SalesDocument; printed: PrintedProps }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const text = `${kindLabel(doc)} ${documentRef(doc)} du ${formatDateFr(doc.date)} — ${statusLabel(doc).toLowerCase()}`;
  if (!hasPdf(doc)) return <li>{text}</li>;
  return (
    <li>
      {text}{" "}
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={`${open ? "Refermer" : "Ouvrir"} ${kindLabel(doc).toLowerCase()} ${doc.number}`}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? "Refermer" : "Ouvrir"}
      </button>
      <div id={regionId}>{open ? <DocumentPdf {...printed} doc={doc} shownAtFirst /> : null}</div>
    </li>
  );
}

function LinkedDocuments({ doc, printed }: { doc: SalesDocument; printed: PrintedProps }) {
  const { ledger } = printed;
  const linked = ledger.documents.filter((d) => d.id !== doc.id && orderOf(ledger, d)?.id === doc.id);
  if (linked.length === 0) return <p>Aucun document établi à partir de cette commande pour l&apos;instant.</p>;
  return (
    <ul className="plain-list">
      {linked.map((d) => (
        <LinkedDocument key={d.id} doc={d} printed={printed} />
      ))}
    </ul>
  );
}

function Payments({ ledger, doc }: { ledger: Ledger; doc: SalesDocument }) {
  const payments = paymentsOf(ledger, doc.id);
  const credits = childrenOf(ledger, doc.id, "creditNote");
  return (
    <>
      <h4>Règlements reçus</h4>
      {payments.length === 0 ? (
        <p>Aucun règlement reçu sur cette facture.</p>
      ) : (
        <ul className="plain-list">
          {payments.map((p) => (
            <li key={p.id}>
              {formatDateFr(p.date)}&nbsp;: {formatEuros(p.amountCents)} par {PAYMENT_METHOD_LABELS[p.method]}
              {p.reference ? ` (${p.reference})` : ""}
            </li>
          ))}
        </ul>
      )}
      {credits.length > 0 ? (
        <>
          <h4>
            <Term titled id="creditNote">Avoirs</Term> sur cette facture
          </h4>
          <ul className="plain-list">
            {credits.map((c) => (
              <li key={c.id}>
                {documentRef(c)} du {formatDateFr(c.date)} — {statusLabel(c).toLowerCase()}
                {c.reason ? `\u00a0: ${c.reason}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.status !== "draft" ? (
        <p>
          <strong>Solde restant dû&nbsp;: {formatEuros(invoiceBalance(ledger, doc.id))}</strong>
        </p>
      ) : null}
    </>
  );
}

function Header({ ledger, doc, carried }: { ledger: Ledger; doc: SalesDocument; carried: CarriedState }) {
  const parent = doc.parentId !== undefined ? findDocument(ledger, doc.parentId) : undefined;
  const sent = carried.outbox?.find((entry) => entry.documentId === doc.id);
  return (
    <Fields>
      <Field label="Statut">{statusLabel(doc, carried)}</Field>
      <Field label="Date">{formatDateFr(doc.date)}</Field>
      <Field label="Client">
        {customerName(ledger, doc.customerId)} ({doc.customerId})
      </Field>
      {doc.customerOrderNumber ? <Field label="N° de commande du client">{doc.customerOrderNumber}</Field> : null}
      {parent && !doc.creditedInvoice ? <Field label="Établi à partir de">{describeDocument(parent)}</Field> : null}
      {doc.deliveryDate ? <Field label="Date de livraison">{formatDateFr(doc.deliveryDate)}</Field> : null}
      {doc.deliveryAddress ? <Field label="Adresse de livraison">{addressText(doc.deliveryAddress)}</Field> : null}
      {BILLED_KINDS.includes(doc.kind) && doc.status !== "draft" ? (
        <Field label={<Term titled id="dueDate">Échéance</Term>}>{formatDateFr(invoiceDueDate(doc))}</Field>
      ) : null}
      {doc.creditedInvoice ? (
        <Field label="Facture d'origine">
          {doc.creditedInvoice.number} du {formatDateFr(doc.creditedInvoice.date)}
          {doc.fullCancellation ? " (annulation totale)" : ""}
        </Field>
      ) : null}
      {doc.reason ? <Field label="Motif">{doc.reason}</Field> : null}
      {sent ? <Field label="Route">{describeRoute(sent)}</Field> : null}
    </Fields>
  );
}

export function DocumentDetail({ ledger, scenario, carried, doc, onClose }: PrintedProps & { doc: SalesDocument; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [doc.id]);
  const totals = totalsOrNull(ledger, doc);
  const order = doc.kind === "deliveryNote" ? orderOf(ledger, doc) : doc.kind === "purchaseOrder" && doc.status === "validated" ? doc : undefined;
  return (
    <article className="document-detail" aria-labelledby={`doc-${doc.id}-title`}>
      <p>
        <button type="button" className="button secondary small" onClick={onClose}>
          ← Retour à la liste
        </button>
      </p>
      <h3 id={`doc-${doc.id}-title`} ref={heading} tabIndex={-1}>
        {kindLabel(doc)} {documentRef(doc)}
      </h3>
      <Header ledger={ledger} doc={doc} carried={carried} />
      <DocumentPdf ledger={ledger} scenario={scenario} carried={carried} doc={doc} />
      {doc.kind === "deliveryNote" ? (
        <>
          <DeliveredLines doc={doc} />
          {order ? <DeliveryProgressTable ledger={ledger} order={order} /> : null}
        </>
      ) : (
        <>
          <LinesTable doc={doc} totals={totals} />
          {totals ? <CascadeTable totals={totals} /> : null}
        </>
      )}
      {doc.kind === "purchaseOrder" && order ? (
        <>
          <DeliveryProgressTable ledger={ledger} order={order} />
          <h4>Documents de la commande</h4>
          <LinkedDocuments doc={doc} printed={{ ledger, scenario, carried }} />
        </>
      ) : null}
      {BILLED_KINDS.includes(doc.kind) ? <Payments ledger={ledger} doc={doc} /> : null}
    </article>
  );
}
