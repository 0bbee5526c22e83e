import { DocumentBlock } from "@/components/documents/DocumentBlock";
import { downloadLetterPdf } from "@/components/documents/download";
import { LetterView, PaymentOrderSummaryView } from "@/components/documents/screen/LetterView";
import { compareDates, DUNNING_STEP_LABELS, dunningDocumentOf, dunningPolicyOf, findDocument, formatDateFr, getDocument, latePenaltyRateOf, sellerOf, statedRatesOf, type DunningDocument, type Ledger, type Scenario } from "@/domain";
import type { DunningActionTaken } from "@/machines/contract";
import { documentRef } from "./format";
import { Term } from "@/components/ui/GlossaryLinks";

/** The letter of a step as the PGI prints it, from the invoice it refers to, on the step's day. */
function dunningDocument(ledger: Ledger, scenario: Scenario, action: DunningActionTaken, taken: readonly DunningActionTaken[]): DunningDocument | null {
  return dunningDocumentOf(ledger, action.invoice, {
    seller: sellerOf(scenario),
    taken: action,
    history: taken.filter((other) => other.invoice === action.invoice),
    latePenaltyRatePercent: latePenaltyRateOf(scenario, getDocument(ledger, action.invoice).date),
    statedRates: statedRatesOf(scenario),
    policy: dunningPolicyOf(scenario),
    ...(scenario.company.signatory !== undefined ? { signatory: scenario.company.signatory } : {}),
  });
}

function titleOf(doc: DunningDocument): string {
  return doc.kind === "letter" ? doc.letter.title : "Requête en injonction de payer";
}

/**
 * A dunning step's letter (or the injonction de payer summary): on screen and as PDF. A pre-reminder
 * is a courtesy call or email: it has no letter.
 */
export function DunningLetterDocument({ ledger, scenario, action, taken, invoiceNumber }: { ledger: Ledger; scenario: Scenario; action: DunningActionTaken; taken: readonly DunningActionTaken[]; invoiceNumber: string }) {
  const doc = dunningDocument(ledger, scenario, action, taken);
  if (doc === null) return <p className="muted">Pré-relance courtoise (téléphone ou courriel)&nbsp;: pas de lettre.</p>;
  const title = titleOf(doc);
  const printed = doc.kind === "letter" ? doc.letter : doc.summary;
  return (
    <DocumentBlock
      label={`${title}, facture ${invoiceNumber}`}
      pdfLabel={`PDF\u00a0: ${title}, facture ${invoiceNumber}`}
      noun={doc.kind === "letter" ? "la lettre" : "le récapitulatif"}
      width="letter"
      view={() => (doc.kind === "letter" ? <LetterView letter={doc.letter} /> : <PaymentOrderSummaryView summary={doc.summary} />)}
      downloads={[{ label: "Télécharger le PDF", download: () => downloadLetterPdf(printed, `${title} ${invoiceNumber}`) }]}
    />
  );
}

/** Each letter sent, newest first, generated from the invoice it refers to (PGI screen, end-of-scenario review). */
export function DunningLetters({ ledger, scenario, taken }: { ledger: Ledger; scenario: Scenario; taken: readonly DunningActionTaken[] }) {
  if (taken.length === 0) return null;
  const newestFirst = [...taken].sort((a, b) => compareDates(b.date, a.date));
  const numberOf = (id: string) => {
    const doc = findDocument(ledger, id);
    return doc ? documentRef(doc) : id;
  };
  return (
    <>
      <h3>
        Courriers de <Term titled id="reminder">relance</Term>
      </h3>
      <ul className="plain-list dunning-letters">
        {newestFirst.map((action) => (
          <li key={`${action.invoice}-${action.step}-${action.date}`}>
            <strong>
              {DUNNING_STEP_LABELS[action.step]} — facture {numberOf(action.invoice)}
            </strong>
            , le {formatDateFr(action.date)}
            <DunningLetterDocument ledger={ledger} scenario={scenario} action={action} taken={taken} invoiceNumber={numberOf(action.invoice)} />
          </li>
        ))}
      </ul>
    </>
  );
}
