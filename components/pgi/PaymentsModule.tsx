import {
  billedInvoices,
  compareDates,
  daysLate,
  DUNNING_STEP_LABELS,
  findDocument,
  formatDateFr,
  formatDayCount,
  formatEuros,
  invoiceBalance,
  invoiceDueDate,
  PAYMENT_METHOD_LABELS,
} from "@/domain";
import type { WorkspaceData } from "./workspace";
import type { DunningActionTaken } from "@/machines/contract";
import { DunningLetters } from "@/components/documents/DunningLetters";
import { issuedInvoiceRef, totalsOrNull } from "@/components/documents/documentData";
import { customerName, documentRef } from "@/components/documents/format";
import { Term } from "@/components/ui/GlossaryLinks";

/**
 * The dunning steps taken: as the follow-up stage records them once it has started; before, those
 * the scenario says were taken before the file was taken over.
 */
function dunningActionsOf(data: WorkspaceData): DunningActionTaken[] {
  if (data.carried.dunningActions !== undefined) return data.carried.dunningActions;
  return (data.scenario.followUp?.actionsTaken ?? []).flatMap((action) => {
    const invoice = issuedInvoiceRef(action.invoice, data.carried);
    return invoice === undefined ? [] : [{ invoice, step: action.step, date: action.date }];
  });
}

/** The step the invoice has reached; every letter is listed below the table. */
function LastStep({ sent }: { sent: readonly DunningActionTaken[] }) {
  const last = [...sent].sort((a, b) => compareDates(a.date, b.date)).at(-1);
  if (last === undefined) return <>Aucune</>;
  return (
    <>
      {DUNNING_STEP_LABELS[last.step]} le <span className="nowrap">{formatDateFr(last.date)}</span>
      {sent.length > 1 ? <span className="muted cell-note"> {sent.length} étapes menées</span> : null}
    </>
  );
}

function Lateness({ days }: { days: number }) {
  return <>{days > 0 ? formatDayCount(days) : "Pas de retard"}</>;
}

export function PaymentsModule({ data }: { data: WorkspaceData }) {
  const { ledger, today } = data;
  const billed = billedInvoices(ledger).map((doc) => ({ doc, balance: invoiceBalance(ledger, doc.id) }));
  const open = billed.filter((row) => row.balance > 0);
  const settled = billed.filter((row) => row.balance <= 0);
  const taken = dunningActionsOf(data);
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
                  <Term titled id="dueDate">Échéance</Term>
                </th>
                <th scope="col">Retard</th>
                <th scope="col" className="amount">
                  Net à payer
                </th>
                <th scope="col" className="amount">
                  Solde dû
                </th>
                <th scope="col">
                  Dernière <Term titled id="reminder">relance</Term>
                </th>
              </tr>
            </thead>
            <tbody>
              {open.map(({ doc, balance }) => {
                const due = invoiceDueDate(doc);
                const sent = taken.filter((action) => action.invoice === doc.id);
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
                      <LastStep sent={sent} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open.length > 0 ? <p className="muted">Retard compté en jours après l&apos;échéance.</p> : null}

      <DunningLetters ledger={ledger} scenario={data.scenario} taken={taken} />

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

