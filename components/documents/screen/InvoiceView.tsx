import { formatAmount, formatDateFr, formatEuros, formatPercent, type InvoiceDocument, type InvoiceStep, type PrintedLine } from "@/domain";
import { isDepositDetail, printedSteps } from "../pdf/cascade";
import { buyerIdentityLines, COPY_LABELS, creditNoteReference, DOCUMENT_TITLES, paymentBlockTitle, paymentLines, type Copy } from "../pdf/text";
import { AddressCard, DocArticle, DocTable, MetaList, ScreenFooter, SellerBlock, TextBox } from "./ScreenParts";

export const LINE_COLUMNS = ["Réf.", "Désignation", "Qté", "PU HT (€)", "TVA", "Total HT (€)"] as const;
export const LINE_NUMERIC = new Set([2, 3, 4, 5]);

export function lineCells(line: PrintedLine): string[] {
  return [
    line.reference ?? "",
    line.description ?? "",
    line.quantity !== undefined ? new Intl.NumberFormat("fr-FR").format(line.quantity) : "",
    line.unitPriceCents !== undefined ? formatAmount(line.unitPriceCents) : "",
    line.vatRate !== undefined ? formatPercent(line.vatRate) : "",
    line.lineTotalCents !== undefined ? formatAmount(line.lineTotalCents) : "",
  ];
}

const EMPHASISED = new Set(["totalExclTax", "totalInclTax", "amountDue"]);

/** The cascade, as the PDF prints it (same labels, same figures). */
export function TotalsView({ document, steps }: { document: InvoiceDocument; steps?: readonly InvoiceStep[] | undefined }) {
  return (
    <table className="doc-totals">
      <caption>Totaux</caption>
      <tbody>
        {(steps ?? printedSteps(document)).map((step, index) => {
          const strong = step.kind !== undefined && EMPHASISED.has(step.kind);
          return (
            <tr key={index} className={strong ? "strong" : isDepositDetail(step) ? "detail" : undefined}>
              <th scope="row">{step.label}</th>
              <td className="num">{formatEuros(step.amountCents)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface InvoiceViewProps {
  document: InvoiceDocument;
  copy: Copy;
  /** A credit note's reason (the InvoiceDocument does not carry it). */
  reason?: string | undefined;
}

/** An invoice, a deposit invoice or a credit note on screen: the same content as InvoicePdf. */
export function InvoiceView({ document, copy, reason }: InvoiceViewProps) {
  const title = [DOCUMENT_TITLES[document.kind], document.number].filter(Boolean).join(" ");
  const reference = `${title}${document.issueDate ? ` du ${formatDateFr(document.issueDate)}` : ""} — ${COPY_LABELS[copy]}`;
  const credited = document.kind === "creditNote" ? creditNoteReference(document.originalInvoice) : undefined;
  const { buyer, deliveryAddress } = document;
  const identity = buyerIdentityLines(buyer);
  const payment = paymentLines(document);
  return (
    <DocArticle label={title}>
      <header className="doc-head">
        <SellerBlock seller={document.seller} />
        <div className="doc-meta">
          <h2>{DOCUMENT_TITLES[document.kind]}</h2>
          <p className="doc-copy">{COPY_LABELS[copy]}</p>
          <MetaList
            items={[
              ["N°", document.number],
              ["Date", document.issueDate ? formatDateFr(document.issueDate) : undefined],
              ["Date de vente / livraison", document.saleDate ? formatDateFr(document.saleDate) : undefined],
              ["Votre commande", document.purchaseOrderNumber],
            ]}
          />
        </div>
      </header>
      {credited ? (
        <section className="doc-box">
          <p>
            <strong>{credited}</strong>
          </p>
          {reason ? <p>Motif : {reason}</p> : null}
        </section>
      ) : null}
      <div className="doc-parties">
        <AddressCard title="Client" name={buyer.name} address={buyer.address} extra={identity} />
        {buyer.billingAddress ? <AddressCard title="Adresse de facturation" name={buyer.name} address={buyer.billingAddress} /> : null}
        {deliveryAddress ? <AddressCard title="Adresse de livraison" address={deliveryAddress} /> : null}
      </div>
      <DocTable caption="Lignes" columns={LINE_COLUMNS} rows={document.lines.map(lineCells)} numeric={LINE_NUMERIC} />
      <TotalsView document={document} />
      <TextBox title={paymentBlockTitle(document)} lines={payment.lines} strong={payment.due} />
      <ScreenFooter seller={document.seller} reference={reference} />
    </DocArticle>
  );
}
