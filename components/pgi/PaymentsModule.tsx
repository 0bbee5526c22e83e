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
import { CardTable, Cell, ColumnHeader, Row, RowHeader } from "@/components/ui/CardTable";

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
        <CardTable
          className="pgi-table compact"
          caption={<caption className="visually-hidden">Factures ouvertes</caption>}
          head={
            <>
              <ColumnHeader>Facture</ColumnHeader>
              <ColumnHeader>
                <Term titled id="dueDate">Échéance</Term>
              </ColumnHeader>
              <ColumnHeader>Retard</ColumnHeader>
              <ColumnHeader className="amount">
                Net à payer
              </ColumnHeader>
              <ColumnHeader className="amount">
                Solde dû
              </ColumnHeader>
              <ColumnHeader>
                Dernière <Term titled id="reminder">relance</Term>
              </ColumnHeader>
            </>
          }
        >
          {open.map(({ doc, balance }) => {
            const due = invoiceDueDate(doc);
            const sent = taken.filter((action) => action.invoice === doc.id);
            return (
              <Row key={doc.id}>
                <RowHeader>
                  <span className="nowrap">{documentRef(doc)}</span>
                  <span className="muted cell-note">
                    {customerName(ledger, doc.customerId)}, du {formatDateFr(doc.date)}
                  </span>
                </RowHeader>
                <Cell label="Échéance">{formatDateFr(due)}</Cell>
                <Cell label="Retard" className="nowrap">
                  <Lateness days={daysLate(due, today)} />
                </Cell>
                <Cell label="Net à payer" className="amount">{formatEuros(totalsOrNull(ledger, doc)?.amountDueCents ?? 0)}</Cell>
                <Cell label="Solde dû" className="amount">{formatEuros(balance)}</Cell>
                <Cell label="Dernière relance">
                  <LastStep sent={sent} />
                </Cell>
              </Row>
            );
          })}
        </CardTable>
      )}
      {open.length > 0 ? <p className="muted">Retard compté en jours après l&apos;échéance.</p> : null}

      <DunningLetters ledger={ledger} scenario={data.scenario} taken={taken} />

      <h3>Règlements reçus</h3>
      {ledger.payments.length === 0 ? (
        <p>Aucun règlement enregistré dans le PGI pour l&apos;instant.</p>
      ) : (
        <CardTable
          className="pgi-table compact"
          caption={<caption className="visually-hidden">Règlements reçus</caption>}
          head={
            <>
              <ColumnHeader>Date</ColumnHeader>
              <ColumnHeader>Facture</ColumnHeader>
              <ColumnHeader className="amount">
                Montant
              </ColumnHeader>
              <ColumnHeader>Mode</ColumnHeader>
              <ColumnHeader>Référence</ColumnHeader>
            </>
          }
        >
          {ledger.payments.map((p) => (
            <Row key={p.id}>
              <Cell label="Date" className="nowrap">{formatDateFr(p.date)}</Cell>
              <Cell label="Facture" className="nowrap">{numberOf(p.invoiceId)}</Cell>
              <Cell label="Montant" className="amount">{formatEuros(p.amountCents)}</Cell>
              <Cell label="Mode">{PAYMENT_METHOD_LABELS[p.method]}</Cell>
              <Cell label="Référence">{p.reference ?? "—"}</Cell>
            </Row>
          ))}
        </CardTable>
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

