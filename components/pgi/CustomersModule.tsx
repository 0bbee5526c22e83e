import { useId, useState } from "react";
import {
  billedInvoices,
  checkCredit,
  customerOutstanding,
  describePaymentTerms,
  formatDateFr,
  formatEuros,
  formatPercent,
  invoiceBalance,
  invoiceDueDate,
  isOrderAccepted,
  ofName,
  orderNotInvoicedCents,
  type Customer,
  type Ledger,
  type Scenario,
  type SalesDocument,
} from "@/domain";
import type { WorkspaceData } from "./workspace";
import { Field, Fields } from "./Fields";
import { addressLines, documentRef, kindLabel, orderRef } from "@/components/documents/format";
import { Term } from "@/components/ui/GlossaryLinks";
import { CardTable, Cell, ColumnHeader, Row, RowHeader } from "@/components/ui/CardTable";
import { searchCustomers } from "./customerSearch";

type Solvency = Scenario["customers"][number]["solvency"];

const PROCEEDINGS_LABELS: Readonly<Record<Solvency["proceedings"], string>> = {
  none: "Aucune procédure publiée au BODACC",
  safeguard: "Procédure de sauvegarde publiée au BODACC",
  receivership: "Redressement judiciaire publié au BODACC",
  liquidation: "Liquidation judiciaire publiée au BODACC",
};

/** The solvency file of an account: the scenario's customer, or the new company the order came from. */
function solvencyOf(data: WorkspaceData, customerId: string): Solvency | undefined {
  const known = data.scenario.customers.find((c) => c.id === customerId)?.solvency;
  if (known) return known;
  const order = data.scenario.order;
  if (order && "newCustomer" in order.customer && data.carried.customerId === customerId) return order.customer.newCustomer.solvency;
  return undefined;
}

function defaultCustomerId(data: WorkspaceData): string | undefined {
  const order = data.scenario.order;
  const fromOrder = order && "existingId" in order.customer ? order.customer.existingId : undefined;
  const candidates = [data.carried.customerId, fromOrder, data.ledger.customers[0]?.id];
  return candidates.find((id) => id !== undefined && data.ledger.customers.some((c) => c.id === id));
}

/** The documents behind each amount of customerOutstanding (same selection, one row per document). */
function unpaidInvoices(ledger: Ledger, customerId: string): { doc: SalesDocument; balance: number }[] {
  return billedInvoices(ledger, customerId)
    .map((doc) => ({ doc, balance: invoiceBalance(ledger, doc.id) }))
    .filter((row) => row.balance > 0);
}

function ordersNotInvoiced(ledger: Ledger, customerId: string): { doc: SalesDocument; amount: number }[] {
  return ledger.documents
    .filter((d) => d.customerId === customerId && d.kind === "purchaseOrder" && isOrderAccepted(ledger, d.id))
    .map((doc) => ({ doc, amount: orderNotInvoicedCents(ledger, doc.id) }))
    .filter((row) => row.amount > 0);
}

function Identity({ customer }: { customer: Customer }) {
  return (
    <Fields>
      <Field label="Code client">{customer.id}</Field>
      <Field label="Raison sociale">
        {customer.name}
        {customer.legalForm ? ` (${customer.legalForm})` : ""}
      </Field>
      <Field label={<Term titled id="siren">SIREN</Term>}>{customer.siren ?? "non renseigné"}</Field>
      {customer.siret ? <Field label="SIRET">{customer.siret}</Field> : null}
      {customer.vatNumber ? <Field label="N° de TVA intracommunautaire">{customer.vatNumber}</Field> : null}
      <Field label="Adresse de facturation">
        {addressLines(customer.billingAddress).map((line) => (
          <span key={line} className="address-line">
            {line}
          </span>
        ))}
      </Field>
      <Field label="Adresse de livraison">
        {customer.deliveryAddress
          ? addressLines(customer.deliveryAddress).map((line) => (
              <span key={line} className="address-line">
                {line}
              </span>
            ))
          : "Identique à l'adresse de facturation"}
      </Field>
      <Field label="Contact">
        {customer.contact ? (
          <>
            <span className="address-line">{customer.contact.name}</span>
            {customer.contact.email ? <span className="address-line">{customer.contact.email}</span> : null}
            {customer.contact.phone ? <span className="address-line">Tél. {customer.contact.phone}</span> : null}
          </>
        ) : (
          "Aucun contact enregistré"
        )}
      </Field>
      <Field label="Type de client">{customer.professional ? "Professionnel" : "Particulier"}</Field>
    </Fields>
  );
}

function Conditions({ customer }: { customer: Customer }) {
  const { tradeDiscounts, cashDiscount, cashDiscountDays } = customer.conditions;
  return (
    <Fields>
      <Field label="Conditions de paiement">{describePaymentTerms(customer.paymentTerms)}</Field>
      <Field label={<Term titled id="tradeDiscount">Remises</Term>}>
        {tradeDiscounts.length === 0 ? "Aucune remise" : tradeDiscounts.map((rate) => formatPercent(rate)).join(" puis ")}
      </Field>
      <Field label={<Term titled id="cashDiscount">Escompte</Term>}>
        {cashDiscount !== undefined && cashDiscount > 0
          ? `${formatPercent(cashDiscount)}${cashDiscountDays !== undefined ? ` pour paiement sous ${cashDiscountDays} jours` : " pour paiement anticipé"}`
          : "Aucun escompte"}
      </Field>
    </Fields>
  );
}

function Outstanding({ ledger, customer, titleId }: { ledger: Ledger; customer: Customer; titleId: string }) {
  const invoices = unpaidInvoices(ledger, customer.id);
  const orders = ordersNotInvoiced(ledger, customer.id);
  const credit = checkCredit({ ...customerOutstanding(ledger, customer.id), orderTotalInclTaxCents: 0, creditLimitCents: customer.creditLimitCents });
  return (
    <>
      <h5>Factures non réglées (TTC)</h5>
      {invoices.length === 0 ? (
        <p>Aucune facture non réglée.</p>
      ) : (
        <CardTable
          className="pgi-table"
          caption={<caption className="visually-hidden">Factures non réglées {ofName(customer.name)}</caption>}
          head={
            <>
              <ColumnHeader>Facture</ColumnHeader>
              <ColumnHeader>Date</ColumnHeader>
              <ColumnHeader>
                <Term titled id="dueDate">Échéance</Term>
              </ColumnHeader>
              <ColumnHeader className="amount">
                Reste dû TTC
              </ColumnHeader>
            </>
          }
        >
          {invoices.map(({ doc, balance }) => (
            <Row key={doc.id}>
              <RowHeader>
                {doc.kind === "depositInvoice" ? `${kindLabel(doc)} ` : ""}
                <span className="nowrap">{documentRef(doc)}</span>
              </RowHeader>
              <Cell label="Date">{formatDateFr(doc.date)}</Cell>
              <Cell label="Échéance">{formatDateFr(invoiceDueDate(doc))}</Cell>
              <Cell label="Reste dû TTC" className="amount">{formatEuros(balance)}</Cell>
            </Row>
          ))}
        </CardTable>
      )}
      <h5>Commandes acceptées non encore facturées (TTC)</h5>
      {orders.length === 0 ? (
        <p>Aucune commande acceptée en attente de facturation.</p>
      ) : (
        <CardTable
          className="pgi-table"
          caption={<caption className="visually-hidden">Commandes acceptées non facturées {ofName(customer.name)}</caption>}
          head={
            <>
              <ColumnHeader>Commande</ColumnHeader>
              <ColumnHeader>Date</ColumnHeader>
              <ColumnHeader className="amount">
                Montant non facturé TTC
              </ColumnHeader>
            </>
          }
        >
          {orders.map(({ doc, amount }) => (
            <Row key={doc.id}>
              <RowHeader className="nowrap">
                {orderRef(doc)}
              </RowHeader>
              <Cell label="Date">{formatDateFr(doc.date)}</Cell>
              <Cell label="Montant non facturé TTC" className="amount">{formatEuros(amount)}</Cell>
            </Row>
          ))}
        </CardTable>
      )}
      <table className="pgi-table outstanding-summary" aria-labelledby={titleId}>
        <tbody>
          <tr>
            <th scope="row">Total des factures non réglées</th>
            <td className="amount">{formatEuros(credit.unpaidInvoicesTotalCents)}</td>
          </tr>
          <tr>
            <th scope="row">Total des commandes acceptées non facturées</th>
            <td className="amount">{formatEuros(credit.acceptedOrdersTotalCents)}</td>
          </tr>
          <tr className="total-row">
            <th scope="row">
              <Term titled id="outstanding">Encours</Term> total
            </th>
            <td className="amount">{formatEuros(credit.outstandingCents)}</td>
          </tr>
          <tr>
            <th scope="row">
              <Term titled id="creditLimit">Plafond</Term> de crédit
            </th>
            <td className="amount">{formatEuros(credit.creditLimitCents)}</td>
          </tr>
          <tr>
            <th scope="row">Disponible (plafond − encours)</th>
            <td className="amount">{formatEuros(credit.availableCents)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

function SolvencyFile({ solvency }: { solvency: Solvency | undefined }) {
  if (!solvency) return <p>Aucune procédure publiée au BODACC, aucun incident de paiement enregistré pour ce compte.</p>;
  return (
    <Fields>
      <Field label="BODACC">{PROCEEDINGS_LABELS[solvency.proceedings]}</Field>
      <Field label="Incidents de paiement">
        {solvency.incidents.length === 0 ? (
          "Aucun incident enregistré"
        ) : (
          <ul className="plain-list">
            {solvency.incidents.map((incident) => (
              <li key={`${incident.date}-${incident.description}`}>
                {formatDateFr(incident.date)}&nbsp;: {incident.description}
              </li>
            ))}
          </ul>
        )}
      </Field>
      {solvency.note ? <Field label="Note du dossier">{solvency.note}</Field> : null}
    </Fields>
  );
}

function CustomerCard({ data, customer }: { data: WorkspaceData; customer: Customer }) {
  const outstandingTitle = useId();
  return (
    <article className="customer-card" aria-labelledby="customer-card-title">
      <h3 id="customer-card-title">
        Fiche client {customer.id} — {customer.name}
      </h3>
      <section>
        <h4>Identité</h4>
        <Identity customer={customer} />
      </section>
      <section>
        <h4>Conditions de paiement et conditions commerciales</h4>
        <Conditions customer={customer} />
      </section>
      <section>
        <h4 id={outstandingTitle}>
          <Term titled id="outstanding">Encours</Term> et <Term titled id="creditLimit">plafond</Term> au {formatDateFr(data.today)}
        </h4>
        <Outstanding ledger={data.ledger} customer={customer} titleId={outstandingTitle} />
      </section>
      <section>
        <h4>
          Dossier de <Term titled id="solvency">solvabilité</Term>
        </h4>
        <SolvencyFile solvency={solvencyOf(data, customer.id)} />
      </section>
    </article>
  );
}

/** How many accounts the search shows, or that none answers (read out as the learner types). */
function searchCount(found: number, total: number, query: string): string {
  if (query.trim() === "") return `${total} client${total > 1 ? "s" : ""}`;
  if (found === 0) return `Aucun client ne correspond à «\u00a0${query.trim()}\u00a0».`;
  return `${found} client${found > 1 ? "s" : ""} sur ${total}`;
}

export function CustomersModule({ data }: { data: WorkspaceData }) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState("");
  const searchId = useId();
  const customers = data.ledger.customers;
  if (customers.length === 0) return <p>Aucun client dans le PGI pour l&apos;instant.</p>;
  const selectedId = chosen !== undefined && customers.some((c) => c.id === chosen) ? chosen : defaultCustomerId(data);
  const selected = customers.find((c) => c.id === selectedId);
  const found = searchCustomers(customers, query);
  return (
    <div className="pgi-module customers">
      <div className="customer-finder">
        <h3 className="visually-hidden" id={`${searchId}-list`}>
          Liste des clients
        </h3>
        <div className="customer-search" role="search">
          <label htmlFor={searchId}>Rechercher un client</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Nom, code ou SIREN"
            autoComplete="off"
            spellCheck={false}
          />
          <p role="status" className="muted search-count">
            {searchCount(found.length, customers.length, query)}
          </p>
        </div>
        <ul className="customer-list" aria-labelledby={`${searchId}-list`}>
          {found.map((customer) => (
            <li key={customer.id}>
              <button type="button" className="list-choice" aria-pressed={customer.id === selectedId} onClick={() => setChosen(customer.id)}>
                <span className="muted">{customer.id}</span> {customer.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected ? <CustomerCard data={data} customer={selected} /> : <p>Choisissez un client dans la liste.</p>}
    </div>
  );
}
