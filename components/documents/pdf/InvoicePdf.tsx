import { Document, View } from "@react-pdf/renderer";
import { formatDateFr, type InvoiceDocument } from "@/domain";
import { CreditNoteReference } from "./CreditNoteReference";
import { DocumentHeader } from "./DocumentHeader";
import { DocumentMeta } from "./DocumentMeta";
import { DocumentPage } from "./DocumentPage";
import { LegalFooter } from "./LegalFooter";
import { LinesTable } from "./LinesTable";
import { Parties } from "./Parties";
import { PaymentTerms } from "./PaymentTerms";
import { styles } from "./styles";
import { COPY_LABELS, DOCUMENT_TITLES, type Copy } from "./text";
import { TotalsBlock } from "./TotalsBlock";

export interface InvoicePdfProps {
  document: InvoiceDocument;
  copy: Copy;
  /** A credit note's reason (the InvoiceDocument does not carry it). */
  reason?: string | undefined;
}

/** An invoice, a deposit invoice or a credit note, as one A4 document. */
export function InvoicePdf({ document, copy, reason }: InvoicePdfProps) {
  const title = [DOCUMENT_TITLES[document.kind], document.number].filter(Boolean).join(" ");
  const reference = `${title}${document.issueDate ? ` du ${formatDateFr(document.issueDate)}` : ""} — ${COPY_LABELS[copy]}`;
  return (
    <Document title={title} author={document.seller.name ?? ""} language="fr-FR">
      <DocumentPage footer={<LegalFooter seller={document.seller} reference={reference} />}>
        <View style={[styles.row, { justifyContent: "space-between" }]}>
          <DocumentHeader seller={document.seller} />
          <DocumentMeta document={document} copy={copy} />
        </View>
        <CreditNoteReference document={document} reason={reason} />
        <Parties document={document} />
        <LinesTable lines={document.lines}>
          <TotalsBlock document={document} />
          <PaymentTerms document={document} />
        </LinesTable>
      </DocumentPage>
    </Document>
  );
}
