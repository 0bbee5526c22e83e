import {
  daysLate,
  DUNNING_STEP_LABELS,
  findDocument,
  formatDateFr,
  formatEuros,
  invoiceBalance,
  invoiceDueDate,
  PAYMENT_METHOD_LABELS,
  STAGE_INVOICE_REF,
  type Ledger,
  type SalesDocument,
} from "@/domain";
import type { WorkspaceData } from "@/components/player/types";
import { totalsOrNull } from "./documentData";
import { customerName, documentRef } from "./format";
import { Term } from "./Term";

type Reminder = { step: keyof typeof DUNNING_STEP_LABELS; date: string };

/** Reminders the scenario says were sent before the file was taken over, by ledger id. */
function remindersBefore(data: WorkspaceData): Map<string, Reminder[]> {
  const byInvoice = new Map<string, Reminder[]>();
  for (const action of data.scenario.followUp?.actionsTaken ?? []) {
    const id = action.invoice === STAGE_INVOICE_REF ? data.carried.invoiceId : action.invoice;
    if (id === undefined) continue;
    byInvoice.set(id, [...(byInvoice.get(id) ?? []), { step: action.step, date: action.date }]);
  }
  return byInvoice;
}

function billedInvoices(ledger: Ledger): SalesDocument[] {
  return ledger.documents.filter((d) => (d.kind === "invoice" || d.kind === "depositInvoice") && d.status !== "draft");
}

function Lateness({ days }: { days: number }) {
  return <>{days > 0 ? `${days} jour${days > 1 ? "s" : ""}` : "Pas de retard"}</>;
}

export function PaymentsModule({ data }: { data: WorkspaceData }) {
  const { ledger, today } = data;
  const billed = billedInvoices(ledger).map((doc) => ({ doc, balance: invoiceBalance(ledger, doc.id) }));
  const open = billed.filter((row) => row.balance > 0);
  const settled = billed.filter((row) => row.balance <= 0);
  const reminders = remindersBefore(data);
  const numberOf = (id: string) => {
    const doc = findDocument(ledger, id);
    return doc ? documentRef(doc) : id;
  };
  return (
    <div className="pgi-module payments">
      <h3>Factures ouvertes au {formatDateFr(today)}</h3>
      {open.length === 0 ? (
        <p>Aucune facture en attente de règlement.</p>
      ) : (
        <div className="table-scroll">
          <table className="pgi-table compact">
            <caption className="visually-hidden">Factures ouvertes</caption>
            <thead>
              <tr>
                <th scope="col">Facture</th>
                <th scope="col">
                  <Term id="dueDate">Échéance</Term>
                </th>
                <th scope="col">Retard</th>
                <th scope="col" className="amount">
                  Net à payer
                </th>
                <th scope="col" className="amount">
                  Solde dû
                </th>
                <th scope="col">
                  <Term id="reminder">Relances</Term> antérieures
                </th>
              </tr>
            </thead>
            <tbody>
              {open.map(({ doc, balance }) => {
                const due = invoiceDueDate(doc);
                const sent = reminders.get(doc.id) ?? [];
                return (
                  <tr key={doc.id}>
                    <th scope="row">
                      <span className="nowrap">{documentRef(doc)}</span>
                      <span className="muted cell-note">
                        {customerName(ledger, doc.customerId)}, du {formatDateFr(doc.date)}
                      </span>
                    </th>
                    <td>{formatDateFr(due)}</td>
                    <td className="nowrap">
                      <Lateness days={daysLate(due, today)} />
                    </td>
                    <td className="amount">{formatEuros(totalsOrNull(ledger, doc)?.amountDueCents ?? 0)}</td>
                    <td className="amount">{formatEuros(balance)}</td>
                    <td>
                      {sent.length === 0 ? (
                        "Aucune"
                      ) : (
                        <ul className="plain-list">
                          {sent.map((r) => (
                            <li key={`${r.step}-${r.date}`}>
                              {DUNNING_STEP_LABELS[r.step]} le {formatDateFr(r.date)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open.length > 0 ? (
        <p className="muted">
          Retard compté en jours après l&apos;échéance.
          {data.stage === "paymentFollowUp" ? " Les relances décidées pendant l'étape sont retracées dans le panneau « Tâche en cours »." : ""}
        </p>
      ) : null}

      <h3>Règlements reçus</h3>
      {ledger.payments.length === 0 ? (
        <p>Aucun règlement enregistré dans le PGI pour l&apos;instant.</p>
      ) : (
        <div className="table-scroll">
          <table className="pgi-table compact">
            <caption className="visually-hidden">Règlements reçus</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Facture</th>
                <th scope="col" className="amount">
                  Montant
                </th>
                <th scope="col">Mode</th>
                <th scope="col">Référence</th>
              </tr>
            </thead>
            <tbody>
              {ledger.payments.map((p) => (
                <tr key={p.id}>
                  <td className="nowrap">{formatDateFr(p.date)}</td>
                  <td className="nowrap">{numberOf(p.invoiceId)}</td>
                  <td className="amount">{formatEuros(p.amountCents)}</td>
                  <td>{PAYMENT_METHOD_LABELS[p.method]}</td>
                  <td>{p.reference ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {settled.length > 0 ? (
        <>
          <h3>Factures soldées</h3>
          <ul className="plain-list">
            {settled.map(({ doc }) => (
              <li key={doc.id}>
                {documentRef(doc)} — {customerName(ledger, doc.customerId)}, du {formatDateFr(doc.date)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
