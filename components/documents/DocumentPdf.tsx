import type { ReactElement } from "react";
import { DocumentBlock } from "@/components/documents/DocumentBlock";
import { downloadChainPdf } from "@/components/documents/download";
import { invoiceDownloads, type PdfDownload } from "@/components/documents/PdfDownloadButtons";
import { ChainDocumentView } from "@/components/documents/screen/ChainDocumentView";
import { InvoiceView } from "@/components/documents/screen/InvoiceView";
import {
  orderOf,
  printOptionsOf,
  sellerOf,
  toChainDocument,
  toInvoiceDocument,
  type ChainDocumentKind,
  type ChainPrintOptions,
  type Ledger,
  type SalesDocument,
  type Scenario,
} from "@/domain";
import type { CarriedState } from "@/machines/contract";

const INVOICE_KINDS: readonly SalesDocument["kind"][] = ["invoice", "depositInvoice", "creditNote"];
const CHAIN_KINDS: readonly SalesDocument["kind"][] = ["quote", "purchaseOrder", "orderAcknowledgement", "deliveryNote"] satisfies ChainDocumentKind[];

type Numbered = SalesDocument & { number: string };

/**
 * Whether the document is printed: a validated quote, order, acknowledgement, delivery note, invoice,
 * deposit invoice or credit note. A draft has no number yet, so nothing to print nor to name the
 * file after: the PGI prints a document once it is issued, as a real one does.
 */
export function hasPdf(doc: SalesDocument | undefined): doc is Numbered {
  return doc !== undefined && [...INVOICE_KINDS, ...CHAIN_KINDS].includes(doc.kind) && doc.status === "validated" && doc.number !== undefined;
}

/** What the printed document shows on screen and what its buttons download. */
export interface Printing {
  view: () => ReactElement;
  downloads: PdfDownload[];
}

export interface PrintContext {
  ledger: Ledger;
  scenario: Scenario;
  carried: CarriedState | undefined;
}

function invoicePrinting({ ledger, scenario }: PrintContext, doc: Numbered): Printing {
  const build = () => toInvoiceDocument(ledger, doc.id, sellerOf(scenario), printOptionsOf(scenario));
  return { view: () => <InvoiceView document={build()} copy="original" reason={doc.reason} />, downloads: invoiceDownloads(build) };
}

/**
 * The ledger does not keep the deposit asked on the acknowledgement: the intake stage decided it and
 * handed it on in `carried`, for the scenario's order only. No deposit, no line on the document.
 */
function chainOptions({ ledger, carried }: PrintContext, doc: Numbered): ChainPrintOptions {
  const deposit = carried?.depositRequiredCents ?? 0;
  const ofScenarioOrder = carried?.orderId !== undefined && orderOf(ledger, doc)?.id === carried.orderId;
  return doc.kind === "orderAcknowledgement" && ofScenarioOrder && deposit > 0 ? { depositRequestedCents: deposit } : {};
}

function chainPrinting(context: PrintContext, doc: Numbered): Printing {
  const build = () => toChainDocument(context.ledger, doc.id, sellerOf(context.scenario), chainOptions(context, doc));
  return { view: () => <ChainDocumentView document={build()} />, downloads: [{ label: "Télécharger le PDF", download: () => downloadChainPdf(build(), doc.number) }] };
}

/** How an issued document (`hasPdf`) shows on screen and what its buttons download. */
export function printingOf(context: PrintContext, doc: Numbered): Printing {
  return INVOICE_KINDS.includes(doc.kind) ? invoicePrinting(context, doc) : chainPrinting(context, doc);
}

/**
 * An issued document as the other party receives it: "Voir le document" shows it on screen (HTML),
 * the buttons produce its PDF (react-pdf is loaded on the click only). `shownAtFirst` opens the view
 * at once, when the learner has already asked for this document (a linked document of an order).
 */
export function DocumentPdf({
  ledger,
  scenario,
  doc,
  carried,
  shownAtFirst = false,
}: {
  ledger: Ledger;
  scenario: Scenario;
  doc: SalesDocument;
  carried?: CarriedState;
  shownAtFirst?: boolean;
}) {
  if (!hasPdf(doc)) return null;
  const printing = printingOf({ ledger, scenario, carried }, doc);
  return <DocumentBlock label={`Document ${doc.number}`} pdfLabel={`PDF de ${doc.number}`} view={printing.view} downloads={printing.downloads} shownAtFirst={shownAtFirst} />;
}
