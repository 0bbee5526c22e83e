import { useId, type ReactNode } from "react";
import {
  compareDates,
  describeWorldEvent,
  findDocument,
  formatDateFr,
  formatEuros,
  ofName,
  scheduleEvents,
  STAGE_INVOICE_REF,
  type IncomingOrder,
  type PostalAddress,
  type Scenario,
  type WorldEvent,
} from "@/domain";
import type { WorkspaceData } from "./workspace";
import { issuedInvoiceRef } from "@/components/documents/documentData";
import { Field, Fields } from "./Fields";
import { addressLines, addressText, customerName } from "@/components/documents/format";
import { Term } from "@/components/ui/GlossaryLinks";

/** Who sent the order, as the order itself tells (an existing account, or an unknown company). */
interface Sender {
  name: string;
  billingAddress: PostalAddress;
  deliveryAddress?: PostalAddress;
  contact?: { name: string; email?: string; phone?: string };
}

function senderOf(scenario: Scenario, order: IncomingOrder): Sender | undefined {
  if ("newCustomer" in order.customer) return order.customer.newCustomer;
  const id = order.customer.existingId;
  return scenario.customers.find((c) => c.id === id);
}

function Address({ address }: { address: PostalAddress }) {
  return (
    <>
      {addressLines(address).map((line) => (
        <span key={line} className="address-line">
          {line}
        </span>
      ))}
    </>
  );
}

function MessageBody({ text }: { text: string }) {
  return <div className="mail-body">{text}</div>;
}

function SignatureBox({ signed, label }: { signed: boolean; label: string }) {
  return (
    <div className={`signature-box ${signed ? "signed" : "unsigned"}`}>
      <span className="muted">{label}</span>
      <strong>{signed ? "Signé" : "Non signé"}</strong>
      {signed ? null : <span className="muted">Aucune signature sur le document reçu.</span>}
    </div>
  );
}

function OrderLinesTable({ order, caption }: { order: IncomingOrder; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="pgi-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Référence</th>
            <th scope="col">Désignation</th>
            <th scope="col" className="amount">
              Quantité
            </th>
            <th scope="col" className="amount">
              Prix unitaire HT
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={`${index}-${line.reference}`}>
              <td className="nowrap">{line.reference}</td>
              <td>{line.description ?? "—"}</td>
              <td className="amount">{line.quantity}</td>
              <td className="amount">{line.unitPrice !== undefined ? formatEuros(line.unitPrice) : "non indiqué"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DeliveryWishes({ order }: { order: IncomingOrder }) {
  return (
    <>
      {order.requestedDeliveryDate !== undefined ? <Field label="Livraison souhaitée le">{formatDateFr(order.requestedDeliveryDate)}</Field> : null}
      <Field label="Livraison partielle acceptée">{order.acceptsPartialDelivery ? "Oui" : "Non, tout en une fois"}</Field>
      {order.shipping !== undefined ? <Field label="Port convenu">{formatEuros(order.shipping)} HT</Field> : null}
    </>
  );
}

function PurchaseOrderForm({ order, sender }: { order: IncomingOrder; sender: Sender | undefined }) {
  return (
    <article className="paper purchase-order">
      <h4>
        <Term titled id="purchaseOrder">Bon de commande</Term> {order.customerOrderNumber ? `n° ${order.customerOrderNumber}` : "(sans numéro)"}
      </h4>
      <Fields>
        <Field label="Date de la commande">{formatDateFr(order.orderDate)}</Field>
        <Field label="Client">
          {sender ? (
            <>
              <span className="address-line">{sender.name}</span>
              <Address address={sender.billingAddress} />
            </>
          ) : (
            "—"
          )}
        </Field>
        <Field label="Adresse de livraison">{order.deliveryAddress ? <Address address={order.deliveryAddress} /> : "Non précisée sur le bon"}</Field>
        <DeliveryWishes order={order} />
      </Fields>
      <OrderLinesTable order={order} caption="Articles commandés" />
      <SignatureBox signed={order.signed} label="Signature et cachet du client" />
    </article>
  );
}

function SignedQuote({ order, scenario, sender }: { order: IncomingOrder; scenario: Scenario; sender: Sender | undefined }) {
  const quote = order.quote;
  if (!quote) return <OrderLinesTable order={order} caption="Articles commandés sur devis" />;
  return (
    <article className="paper signed-quote">
      <h4>
        <Term titled id="quote">Devis</Term> n° {quote.number} — {scenario.company.identity.name}
      </h4>
      <Fields>
        <Field label="Date du devis">{formatDateFr(quote.date)}</Field>
        <Field label="Valable jusqu'au">{formatDateFr(quote.validUntil)}</Field>
        <Field label="Client">{sender?.name ?? "—"}</Field>
        {order.customerOrderNumber ? <Field label="Référence de commande du client">{order.customerOrderNumber}</Field> : null}
        {order.deliveryAddress ? (
          <Field label="Adresse de livraison">
            <Address address={order.deliveryAddress} />
          </Field>
        ) : null}
        <DeliveryWishes order={order} />
      </Fields>
      <div className="table-scroll">
        <table className="pgi-table">
          <caption>Prix du devis</caption>
          <thead>
            <tr>
              <th scope="col">Référence</th>
              <th scope="col">Désignation</th>
              <th scope="col" className="amount">
                Prix unitaire HT
              </th>
            </tr>
          </thead>
          <tbody>
            {quote.prices.map((price) => (
              <tr key={price.reference}>
                <td className="nowrap">{price.reference}</td>
                <td>{scenario.products.find((p) => p.reference === price.reference)?.description ?? "—"}</td>
                <td className="amount">{formatEuros(price.unitPrice)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OrderLinesTable order={order} caption="Quantités commandées par le client" />
      <SignatureBox signed={order.signed} label={"«\u00a0Bon pour accord\u00a0», date et signature du client"} />
    </article>
  );
}

function Attachment({ order, scenario, sender }: { order: IncomingOrder; scenario: Scenario; sender: Sender | undefined }) {
  switch (order.support) {
    case "message":
      return null;
    case "purchaseOrder":
      return <PurchaseOrderForm order={order} sender={sender} />;
    case "quote":
      return <SignedQuote order={order} scenario={scenario} sender={sender} />;
  }
}

function attachmentName(order: IncomingOrder): string | undefined {
  if (order.support === "purchaseOrder") return `Bon de commande${order.customerOrderNumber ? ` ${order.customerOrderNumber}` : ""}.pdf`;
  if (order.support === "quote") return `Devis ${order.quote?.number ?? ""} signé.pdf`.replace("  ", " ");
  return undefined;
}

function orderSubject(order: IncomingOrder): string {
  return order.customerOrderNumber ? `Commande n° ${order.customerOrderNumber}` : "Commande";
}

function SalesRepNote({ order }: { order: IncomingOrder }) {
  return order.source === "salesRep" ? <p className="muted">Commande prise par le représentant et transmise au service.</p> : null;
}

/** The order as it came: its envelope (call note, email, fax, letter), then the message and what was attached. */
function OrderMailItem({ kind, title, headers, messageHeading, scenario, order, sender }: { kind: string; title: ReactNode; headers: ReactNode; messageHeading?: string; scenario: Scenario; order: IncomingOrder; sender: Sender | undefined }) {
  return (
    <article className={`mail-item ${kind}`} aria-labelledby="mail-order-title">
      <h3 id="mail-order-title">{title}</h3>
      {headers}
      <SalesRepNote order={order} />
      {messageHeading ? <h4>{messageHeading}</h4> : null}
      <MessageBody text={order.message} />
      <Attachment order={order} scenario={scenario} sender={sender} />
    </article>
  );
}

function IncomingOrderMail({ scenario, order }: { scenario: Scenario; order: IncomingOrder }) {
  const sender = senderOf(scenario, order);
  const seller = scenario.company.identity;
  const contact = sender?.contact;
  const attachment = attachmentName(order);
  const received = <time dateTime={order.receivedOn}>{formatDateFr(order.receivedOn)}</time>;
  const item = { scenario, order, sender };
  switch (order.channel) {
    case "phone":
      return (
        <OrderMailItem
          {...item}
          kind="phone-note"
          title="Fiche d'appel téléphonique"
          messageHeading="Message"
          headers={
            <Fields>
              <Field label="Date de l'appel">{received}</Field>
              <Field label="Appelant">
                {contact?.name ?? "—"}
                {sender ? ` — ${sender.name}` : ""}
              </Field>
              {contact?.phone ? <Field label="Téléphone">{contact.phone}</Field> : null}
              <Field label="Noté par">Administration des ventes, {seller.name}</Field>
            </Fields>
          }
        />
      );
    case "email":
      return (
        <OrderMailItem
          {...item}
          kind="email"
          title={`Courriel\u00a0: ${orderSubject(order)}`}
          headers={
            <Fields className="headers">
              <Field label="De">
                {order.source === "salesRep"
                  ? `Représentant ${ofName(seller.name)}`
                  : contact
                    ? `${contact.name}${contact.email ? ` <${contact.email}>` : ""}`
                    : (sender?.name ?? "—")}
              </Field>
              <Field label="À">{seller.email ?? `Service commercial, ${seller.name}`}</Field>
              <Field label="Date">{received}</Field>
              <Field label="Objet">{orderSubject(order)}</Field>
              {attachment ? <Field label="Pièce jointe">{attachment}</Field> : null}
            </Fields>
          }
        />
      );
    case "fax":
      return (
        <OrderMailItem
          {...item}
          kind="fax"
          title="Télécopie"
          headers={
            <Fields className="headers">
              <Field label="De">
                {sender?.name ?? "—"}
                {contact ? ` (${contact.name}${contact.phone ? `, tél. ${contact.phone}` : ""})` : ""}
              </Field>
              <Field label="À">{seller.name}, service commercial</Field>
              <Field label="Reçue le">{received}</Field>
              <Field label="Objet">{orderSubject(order)}</Field>
            </Fields>
          }
        />
      );
    case "mail":
      return (
        <OrderMailItem
          {...item}
          kind="letter"
          title={`Courrier postal\u00a0: ${orderSubject(order)}`}
          headers={
            <Fields className="headers">
              <Field label="Reçu le">{received}</Field>
              <Field label="Expéditeur">{sender ? `${sender.name}, ${addressText(sender.billingAddress)}` : "—"}</Field>
            </Fields>
          }
        />
      );
  }
}

/** Stage 4: the invoice to control is shown in the task panel; the mail says it has come. */
function InvoiceControlNote({ data }: { data: WorkspaceData }) {
  const printed = data.scenario.invoiceControl?.invoice;
  const issued = printed === undefined && data.carried.invoiceId !== undefined ? findDocument(data.ledger, data.carried.invoiceId) : undefined;
  const number = printed ? printed.number : issued?.number;
  const date = printed ? printed.issueDate : issued?.date;
  const buyer = printed ? printed.buyer.name : issued ? customerName(data.ledger, issued.customerId) : undefined;
  const what = (printed?.kind ?? issued?.kind) === "creditNote" ? "La facture d'avoir" : "La facture";
  return (
    <article className="mail-item note" aria-labelledby="mail-control-title">
      <h3 id="mail-control-title">Facture à contrôler avant envoi</h3>
      <p>
        {what} {number ? `n° ${number}` : "sans numéro"}
        {date ? ` du ${formatDateFr(date)}` : ""}
        {buyer ? `, établie pour ${buyer},` : ""} attend votre contrôle avant de partir chez le client.
      </p>
      <p>
        Elle s&apos;affiche dans le panneau «&nbsp;Tâche en cours&nbsp;»&nbsp;: vérifiez ses <Term titled id="mandatoryMentions">mentions obligatoires</Term> et ses calculs.
      </p>
    </article>
  );
}

/** The customer's message about the invoice, once the invoice has left (invoicing stage's incident). */
function IncidentLetter({ data }: { data: WorkspaceData }) {
  const incident = data.scenario.invoicingIncident;
  const invoiceId = data.carried.invoiceId;
  const sent = (data.carried.outbox ?? []).find((entry) => entry.documentId === invoiceId);
  if (!incident || !sent) return null;
  const customer = findDocument(data.ledger, sent.documentId)?.customerId;
  const date = incident.reportedOn ?? sent.date;
  return (
    <article className="mail-item email" aria-labelledby="mail-incident-title">
      <h3 id="mail-incident-title">Message du client sur la facture {sent.number}</h3>
      <Fields className="headers">
        <Field label="De">{customer ? customerName(data.ledger, customer) : "—"}</Field>
        <Field label="Date">{formatDateFr(date)}</Field>
      </Fields>
      <MessageBody text={incident.message} />
    </article>
  );
}

const EVENT_TITLES: Readonly<Record<WorldEvent["type"], string>> = {
  payment: "Relevé bancaire\u00a0: règlement reçu",
  disputeOpened: "Réclamation du client",
  disputeSettled: "Accord sur le litige",
  goodsDamaged: "Marchandises arrivées endommagées",
};

/** The journal line starts with its date, already in the heading. */
function withoutDatePrefix(line: string, date: string): string {
  const prefix = `${formatDateFr(date)} — `;
  return line.startsWith(prefix) ? line.slice(prefix.length) : line;
}

function followedIds(data: WorkspaceData): string[] {
  const refs = data.scenario.followUp?.invoices ?? [STAGE_INVOICE_REF];
  return refs.flatMap((ref) => issuedInvoiceRef(ref, data.carried) ?? []);
}

/** Stage 5: the invoices to follow up and the world's mail arrived up to the simulated date. */
function FollowUpMail({ data }: { data: WorkspaceData }) {
  const headingId = useId();
  const ids = followedIds(data);
  const invoices = ids.map((id) => findDocument(data.ledger, id)).filter((doc) => doc !== undefined);
  const events = data.scenario.events.filter((e) => issuedInvoiceRef(e.invoice, data.carried) !== undefined);
  const arrived = scheduleEvents(events, data.carried, ids)
    .filter((event) => compareDates(event.date, data.today) <= 0)
    .reverse();
  const numberOf = (id: string) => findDocument(data.ledger, id)?.number ?? id;
  return (
    <>
      <article className="mail-item note" aria-labelledby={headingId}>
        <h3 id={headingId}>Factures à suivre</h3>
        {invoices.length === 0 ? (
          <p>Aucune facture à suivre.</p>
        ) : (
          <ul>
            {invoices.map((doc) => (
              <li key={doc.id}>
                Facture {doc.number ?? doc.id} du {formatDateFr(doc.date)}, {customerName(data.ledger, doc.customerId)}
                {doc.dueDate ? (
                  <>
                    {" "}
                    — <Term titled id="dueDate">échéance</Term> le {formatDateFr(doc.dueDate)}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p className="muted">Le détail des soldes et des retards est dans le module «&nbsp;Règlements et relances&nbsp;».</p>
      </article>
      {arrived.length === 0 ? <p className="muted">Aucun courrier ni relevé bancaire arrivé sur ces factures pour l&apos;instant.</p> : null}
      {arrived.map((event) => (
        <article key={event.index} className="mail-item" aria-labelledby={`${headingId}-event-${event.index}`}>
          <h3 id={`${headingId}-event-${event.index}`}>
            {EVENT_TITLES[event.type]} — <time dateTime={event.date}>{formatDateFr(event.date)}</time>
          </h3>
          <MessageBody text={withoutDatePrefix(describeWorldEvent(event, numberOf(event.invoice)), event.date)} />
        </article>
      ))}
    </>
  );
}

/** Newest first: what the current stage brings, then the mail of earlier stages. */
export function MailModule({ data }: { data: WorkspaceData }) {
  const { scenario, stage } = data;
  const followingUp = stage === "paymentFollowUp";
  const controlling = stage === "invoiceControl";
  const incident = <IncidentLetter data={data} />;
  const nothing = !scenario.order && !controlling && !followingUp;
  return (
    <div className="pgi-module mail">
      {nothing ? <p>Aucun courrier reçu pour l&apos;instant.</p> : null}
      {followingUp ? <FollowUpMail data={data} /> : null}
      {controlling ? <InvoiceControlNote data={data} /> : null}
      {incident}
      {scenario.order && (followingUp || controlling) ? (
        <details className="older-mail">
          <summary>Courrier antérieur&nbsp;: commande reçue le {formatDateFr(scenario.order.receivedOn)}</summary>
          <IncomingOrderMail scenario={scenario} order={scenario.order} />
        </details>
      ) : scenario.order ? (
        <IncomingOrderMail scenario={scenario} order={scenario.order} />
      ) : null}
    </div>
  );
}
