import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  childrenOf,
  findDocument,
  formatDateFr,
  formatEuros,
  invoiceBalance,
  invoiceDueDate,
  orderOf,
  type Ledger,
  type SalesDocument,
} from "@/domain";
import type { WorkspaceData } from "./workspace";
import { DocumentDetail } from "./DocumentDetail";
import { SCREEN_KINDS, totalsOrNull, type DocumentScreen } from "@/components/documents/documentData";
import { customerName, documentRef, documentsOfKinds, kindLabel, orderRef, statusLabel, type FollowedOrder } from "@/components/documents/format";
import { Term } from "@/components/ui/GlossaryLinks";
import { CardTable, Cell, ColumnHeader, Row, RowHeader } from "@/components/ui/CardTable";

const EMPTY: Readonly<Record<DocumentScreen, string>> = {
  orders: "Aucune commande dans le PGI pour l'instant.",
  deliveries: "Aucun bon de livraison dans le PGI pour l'instant.",
  invoices: "Aucune facture dans le PGI pour l'instant.",
};

function OpenButton({ doc, label, onOpen }: { doc: SalesDocument; label: string; onOpen: (id: string) => void }) {
  return (
    <button type="button" id={`open-${doc.id}`} className="link-button nowrap" aria-label={`Ouvrir ${kindLabel(doc).toLowerCase()} ${label}`} onClick={() => onOpen(doc.id)}>
      {label}
    </button>
  );
}

/** The row's header: the document (opens it) with what identifies it below. */
function DocCell({ doc, label, notes, onOpen }: { doc: SalesDocument; label: string; notes: ReactNode[]; onOpen: (id: string) => void }) {
  return (
    <RowHeader>
      <OpenButton doc={doc} label={label} onOpen={onOpen} />
      {notes
        .filter((note) => note !== null && note !== undefined)
        .map((note, index) => (
        <span key={index} className="muted cell-note">
          {note}
        </span>
      ))}
    </RowHeader>
  );
}

function Ttc({ ledger, doc }: { ledger: Ledger; doc: SalesDocument }) {
  const totals = totalsOrNull(ledger, doc);
  return (
    <Cell label="Total TTC" className="amount">
      {totals ? formatEuros(totals.totalInclTaxCents) : "—"}
    </Cell>
  );
}

function ListTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <CardTable className="pgi-table compact" caption={<caption className="visually-hidden">{caption}</caption>} head={head}>
      {children}
    </CardTable>
  );
}

function acknowledgementOf(ledger: Ledger, order: SalesDocument): string {
  const ack = childrenOf(ledger, order.id, "orderAcknowledgement").find((a) => a.status !== "cancelled");
  if (!ack) return "Non émis";
  return ack.status === "validated" ? `Émis${ack.number ? ` (${ack.number})` : ""}` : "En brouillon";
}

function OrdersList({ ledger, followed, onOpen }: { ledger: Ledger; followed: FollowedOrder; onOpen: (id: string) => void }) {
  const orders = documentsOfKinds(ledger, ["purchaseOrder"]);
  const quotes = documentsOfKinds(ledger, ["quote"]);
  return (
    <>
      {orders.length === 0 ? <p>Aucune commande client dans le PGI pour l&apos;instant.</p> : null}
      {orders.length === 0 ? null : <ListTable
        caption="Commandes clients"
        head={
          <>
            <ColumnHeader>Commande, client</ColumnHeader>
            <ColumnHeader>Date</ColumnHeader>
            <ColumnHeader>Statut</ColumnHeader>
            <ColumnHeader>
              <Term titled id="orderAcknowledgement">Accusé de réception</Term>
            </ColumnHeader>
            <ColumnHeader className="amount">
              Total TTC
            </ColumnHeader>
          </>
        }
      >
        {orders.map((doc) => (
          <Row key={doc.id}>
            <DocCell
              doc={doc}
              label={orderRef(doc)}
              onOpen={onOpen}
              notes={[customerName(ledger, doc.customerId), ...(doc.customerOrderNumber ? [`réf. client ${doc.customerOrderNumber}`] : [])]}
            />
            <Cell label="Date" className="nowrap">{formatDateFr(doc.date)}</Cell>
            <Cell label="Statut">{statusLabel(doc, followed)}</Cell>
            <Cell label="Accusé de réception">{acknowledgementOf(ledger, doc)}</Cell>
            <Ttc ledger={ledger} doc={doc} />
          </Row>
        ))}
      </ListTable>}
      {quotes.length > 0 ? (
        <>
          <h3>
            <Term titled id="quote">Devis</Term>
          </h3>
          <ListTable
            caption="Devis"
            head={
              <>
                <ColumnHeader>Devis, client</ColumnHeader>
                <ColumnHeader>Date</ColumnHeader>
                <ColumnHeader>Statut</ColumnHeader>
                <ColumnHeader className="amount">
                  Total TTC
                </ColumnHeader>
              </>
            }
          >
            {quotes.map((doc) => (
              <Row key={doc.id}>
                <DocCell doc={doc} label={documentRef(doc)} onOpen={onOpen} notes={[customerName(ledger, doc.customerId)]} />
                <Cell label="Date" className="nowrap">{formatDateFr(doc.date)}</Cell>
                <Cell label="Statut">{statusLabel(doc)}</Cell>
                <Ttc ledger={ledger} doc={doc} />
              </Row>
            ))}
          </ListTable>
        </>
      ) : null}
    </>
  );
}

function DeliveriesList({ ledger, onOpen }: { ledger: Ledger; onOpen: (id: string) => void }) {
  return (
    <ListTable
      caption="Bons de livraison"
      head={
        <>
          <ColumnHeader>
            <Term titled id="deliveryNote">BL</Term>, client
          </ColumnHeader>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>Commande</ColumnHeader>
          <ColumnHeader>Statut</ColumnHeader>
          <ColumnHeader>Articles livrés</ColumnHeader>
        </>
      }
    >
      {documentsOfKinds(ledger, ["deliveryNote"]).map((doc) => {
        const order = orderOf(ledger, doc);
        return (
          <Row key={doc.id}>
            <DocCell doc={doc} label={documentRef(doc)} onOpen={onOpen} notes={[customerName(ledger, doc.customerId)]} />
            <Cell label="Date" className="nowrap">{formatDateFr(doc.date)}</Cell>
            <Cell label="Commande" className="nowrap">{order ? orderRef(order) : "—"}</Cell>
            <Cell label="Statut">{statusLabel(doc)}</Cell>
            <Cell label="Articles livrés">
              <ul className="plain-list">
                {doc.lines.map((line, index) => (
                  <li key={`${index}-${line.reference ?? line.description}`} className="nowrap">
                    {line.quantity} × {line.reference ?? line.description}
                  </li>
                ))}
              </ul>
            </Cell>
          </Row>
        );
      })}
    </ListTable>
  );
}

/** What the number alone does not say: a credit note and the invoice it credits, a deposit invoice. */
function invoiceType(ledger: Ledger, doc: SalesDocument): ReactNode {
  if (doc.kind === "creditNote") {
    const credited = doc.creditedInvoice?.number ?? (doc.parentId ? findDocument(ledger, doc.parentId)?.number : undefined);
    return (
      <>
        <Term titled id="creditNote">Avoir</Term>
        {credited ? ` sur ${credited}` : ""}
      </>
    );
  }
  if (doc.kind === "depositInvoice") {
    return (
      <>
        Facture d&apos;<Term titled id="deposit">acompte</Term>
      </>
    );
  }
  return null;
}

function InvoicesList({ ledger, onOpen }: { ledger: Ledger; onOpen: (id: string) => void }) {
  return (
    <ListTable
      caption="Factures et avoirs"
      head={
        <>
          <ColumnHeader>Numéro, client</ColumnHeader>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>Statut</ColumnHeader>
          <ColumnHeader className="amount">
            Total TTC
          </ColumnHeader>
          <ColumnHeader>
            <Term titled id="dueDate">Échéance</Term>
          </ColumnHeader>
          <ColumnHeader className="amount">
            Solde dû
          </ColumnHeader>
        </>
      }
    >
      {documentsOfKinds(ledger, SCREEN_KINDS.invoices).map((doc) => {
        const billed = doc.kind !== "creditNote" && doc.status !== "draft";
        return (
          <Row key={doc.id}>
            <DocCell doc={doc} label={documentRef(doc)} onOpen={onOpen} notes={[invoiceType(ledger, doc), customerName(ledger, doc.customerId)]} />
            <Cell label="Date" className="nowrap">{formatDateFr(doc.date)}</Cell>
            <Cell label="Statut">{statusLabel(doc)}</Cell>
            <Ttc ledger={ledger} doc={doc} />
            <Cell label="Échéance" className="nowrap">{billed ? formatDateFr(invoiceDueDate(doc)) : "—"}</Cell>
            <Cell label="Solde dû" className="amount">{billed ? formatEuros(invoiceBalance(ledger, doc.id)) : "—"}</Cell>
          </Row>
        );
      })}
    </ListTable>
  );
}

/** Commandes, Livraisons, Factures: the ledger's documents of the screen's kinds; a row opens its detail. */
export function DocumentsModule({ data, screen }: { data: WorkspaceData; screen: DocumentScreen }) {
  const { ledger } = data;
  const [openId, setOpenId] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (openId === null && returnTo.current !== null) {
      document.getElementById(`open-${returnTo.current}`)?.focus();
      returnTo.current = null;
    }
  }, [openId]);
  const open = openId !== null ? findDocument(ledger, openId) : undefined;
  if (open && SCREEN_KINDS[screen].includes(open.kind)) {
    return (
      <DocumentDetail
        ledger={ledger}
        scenario={data.scenario}
        carried={data.carried}
        doc={open}
        onClose={() => {
          returnTo.current = open.id;
          setOpenId(null);
        }}
      />
    );
  }
  const mainKinds = screen === "orders" ? (["purchaseOrder", "quote"] as const) : SCREEN_KINDS[screen];
  if (documentsOfKinds(ledger, mainKinds).length === 0) return <p>{EMPTY[screen]}</p>;
  return (
    <div className="pgi-module documents">
      {screen === "orders" ? <OrdersList ledger={ledger} followed={data.carried} onOpen={setOpenId} /> : null}
      {screen === "deliveries" ? <DeliveriesList ledger={ledger} onOpen={setOpenId} /> : null}
      {screen === "invoices" ? <InvoicesList ledger={ledger} onOpen={setOpenId} /> : null}
    </div>
  );
}

/** The list of one kind of documents as a screen of its own (components/pgi/ModuleView.tsx fetches it with this chunk). */
export function documentScreen(screen: DocumentScreen): (props: { data: WorkspaceData }) => ReactNode {
  return function DocumentListScreen({ data }: { data: WorkspaceData }) {
    return <DocumentsModule data={data} screen={screen} />;
  };
}
