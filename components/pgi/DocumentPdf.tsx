import { useId, useState } from "react";
import { invoiceDownloads, PdfDownloadButtons } from "@/components/documents/PdfDownloadButtons";
import { InvoiceView } from "@/components/documents/screen/InvoiceView";
import { printOptionsOf, sellerOf, toInvoiceDocument, type Ledger, type Scenario, type SalesDocument } from "@/domain";

const PRINTED_KINDS: readonly SalesDocument["kind"][] = ["invoice", "depositInvoice", "creditNote"];

/** Whether the document is an issued invoice, deposit invoice or credit note (it has its PDF). */
export function hasPdf(doc: SalesDocument | undefined): doc is SalesDocument {
  return doc !== undefined && PRINTED_KINDS.includes(doc.kind) && doc.status === "validated" && doc.number !== undefined;
}

/**
 * An issued invoice as the customer receives it: "Voir le document" shows it on screen (HTML), the
 * downloads produce its PDF (react-pdf is loaded on the click only).
 */
export function DocumentPdf({ ledger, scenario, doc }: { ledger: Ledger; scenario: Scenario; doc: SalesDocument }) {
  const [shown, setShown] = useState(false);
  const viewId = useId();
  if (!hasPdf(doc)) return null;
  const build = () => toInvoiceDocument(ledger, doc.id, sellerOf(scenario), printOptionsOf(scenario));
  return (
    <section className="document-pdf" aria-label={`Document ${doc.number ?? ""}`}>
      <p>
        <button type="button" className="button secondary small" aria-expanded={shown} aria-controls={viewId} onClick={() => setShown((value) => !value)}>
          {shown ? "Masquer le document" : "Voir le document"}
        </button>
      </p>
      <PdfDownloadButtons label={`PDF de ${doc.number ?? "ce document"}`} downloads={invoiceDownloads(build)} />
      <div id={viewId}>{shown ? <InvoiceView document={build()} copy="original" reason={doc.reason} /> : null}</div>
    </section>
  );
}
