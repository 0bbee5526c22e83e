import { formatAmount, formatDateFr, formatEuros, formatPercent, type InvoiceDocument, type InvoiceStep, type PrintedLine } from "@/domain";
import { isDepositDetail, printedSteps } from "../pdf/cascade";
import { buyerIdentityLines, COPY_LABELS, creditNoteReference, DOCUMENT_TITLES, paymentBlockTitle, paymentLines, type Copy } from "../pdf/text";
import { AddressCard, DocTable, InvoiceLayout, MetaList, ScreenFooter, SellerBlock, TextBox, TotalsBox } from "./ScreenParts";

export const LINE_COLUMNS = ["Réf.", "Désignation", "Qté", "PU HT (€)", "TVA", "Total HT (€)"] as const;
/** The field of a printed line each column shows (the invoice to control marks a cell by it). */
export const LINE_FIELDS = ["reference", "description", "quantity", "unitPriceCents", "vatRate", "lineTotalCents"] as const satisfies readonly (keyof PrintedLine)[];

/** The words printed before a reference of the invoice, by the field's path (the invoice to control prints the same). */
export const PRINTED_LABELS = {
  number: "N°",
  issueDate: "Date",
  saleDate: "Date de vente / livraison",
  purchaseOrderNumber: "Votre commande",
} as const;

/** The printed label of a field, if the invoice prints one before it. */
export function printedLabel(path: string): string | undefined {
  return Object.hasOwn(PRINTED_LABELS, path) ? PRINTED_LABELS[path as keyof typeof PRINTED_LABELS] : undefined;
}
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
  const rows = (steps ?? printedSteps(document)).map((step) => ({
    label: step.label,
    value: formatEuros(step.amountCents),
    strong: step.kind !== undefined && EMPHASISED.has(step.kind),
    detail: isDepositDetail(step),
  }));
  return <TotalsBox rows={rows} />;
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
    <InvoiceLayout
      label={title}
      seller={<SellerBlock seller={document.seller} />}
      title={
        <>
          <h2>{DOCUMENT_TITLES[document.kind]}</h2>
          <p className="doc-copy">{COPY_LABELS[copy]}</p>
        </>
      }
      meta={
        <MetaList
          items={[
            [PRINTED_LABELS.number, document.number],
            [PRINTED_LABELS.issueDate, document.issueDate ? formatDateFr(document.issueDate) : undefined],
            [PRINTED_LABELS.saleDate, document.saleDate ? formatDateFr(document.saleDate) : undefined],
            [PRINTED_LABELS.purchaseOrderNumber, document.purchaseOrderNumber],
          ]}
        />
      }
      reference={
        credited ? (
          <section className="doc-box">
            <p>
              <strong>{credited}</strong>
            </p>
            {reason ? <p>Motif&nbsp;: {reason}</p> : null}
          </section>
        ) : null
      }
      parties={
        <>
          <AddressCard title="Client" name={buyer.name} address={buyer.address} extra={identity} />
          {buyer.billingAddress ? <AddressCard title="Adresse de facturation" name={buyer.name} address={buyer.billingAddress} /> : null}
          {deliveryAddress ? <AddressCard title="Adresse de livraison" address={deliveryAddress} /> : null}
        </>
      }
      lines={<DocTable caption="Lignes" columns={LINE_COLUMNS} rows={document.lines.map(lineCells)} numeric={LINE_NUMERIC} />}
      totals={<TotalsView document={document} />}
      conditions={<TextBox title={paymentBlockTitle(document)} lines={payment.lines} strong={payment.due} />}
      footer={<ScreenFooter seller={document.seller} reference={reference} />}
    />
  );
}
