import type { ReactNode } from "react";
import type { DunningLetter, LetterParty, LetterRow, PaymentOrderSummary } from "@/domain";
import { dunningLetterFrame, paymentOrderFrame, type LetterFrameData } from "../pdf/letters/frame";

function PartyBlock({ party }: { party: LetterParty }) {
  return (
    <address>
      <strong>{party.name}</strong>
      {party.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </address>
  );
}

function RowsTable({ caption, rows }: { caption: string; rows: readonly LetterRow[] }) {
  return (
    <table className="doc-totals doc-letter-rows">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className={row.emphasis ? "strong" : undefined}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TitledList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** A French business letter on screen, laid out as LetterLayout prints it. */
function LetterFrame({ title, sender, recipient, placeAndDate, registeredMail, subject, signature, legalFooter, postscript, children }: LetterFrameData & { children: ReactNode }) {
  return (
    <article className="doc-screen doc-letter" aria-label={title}>
      <header className="doc-head">
        <PartyBlock party={sender} />
        <div className="doc-recipient">
          <PartyBlock party={recipient} />
        </div>
      </header>
      <p className="doc-place-date">{placeAndDate}</p>
      {registeredMail ? <p className="doc-registered">{registeredMail}</p> : null}
      <h2 className="doc-subject">{subject}</h2>
      {children}
      <p className="doc-signature">
        {signature.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
      {postscript ? <p className="doc-muted">{postscript}</p> : null}
      <footer className="doc-footer">
        <p>{legalFooter}</p>
      </footer>
    </article>
  );
}

/** A reminder, the registered reminder or the formal notice on screen: the same content as DunningLetterPdf. */
export function LetterView({ letter }: { letter: DunningLetter }) {
  return (
    <LetterFrame {...dunningLetterFrame(letter)}>
      <p>{letter.salutation}</p>
      {letter.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <RowsTable caption="Facture et montants dus" rows={[...letter.invoiceReferences, ...letter.amounts]} />
      {letter.closingParagraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <TitledList title="Modalités de règlement" items={letter.paymentDetails} />
      <p>{letter.politeness}</p>
    </LetterFrame>
  );
}

/** The summary of a request for an injonction de payer on screen: the same content as PaymentOrderSummaryPdf. */
export function PaymentOrderSummaryView({ summary }: { summary: PaymentOrderSummary }) {
  return (
    <LetterFrame {...paymentOrderFrame(summary)}>
      <p>{summary.courtNote}</p>
      <div className="doc-parties">
        <section className="doc-box">
          <h3>Créancier (demandeur)</h3>
          <PartyBlock party={summary.creditor} />
        </section>
        <section className="doc-box">
          <h3>Débiteur (défendeur)</h3>
          <PartyBlock party={summary.debtor} />
        </section>
      </div>
      <RowsTable caption="Facture impayée et montant de la créance" rows={[...summary.invoiceReferences, ...summary.claim]} />
      <TitledList title="Fondement de la demande" items={summary.grounds} />
      <TitledList title="Suites de l'ordonnance" items={summary.nextSteps} />
      <TitledList title="Pièces jointes" items={summary.documents} />
    </LetterFrame>
  );
}
