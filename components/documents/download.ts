/**
 * Downloads of the printed documents from the player. The PDF side (react-pdf ≈ 505 kB gz, the
 * templates and the embedded fonts) is never in a page's first load: it starts when a screen with
 * PDF buttons has been idle a moment (`preparePdf`), or at the latest on the learner's click, which
 * then waits for the same start (docs/decisions/0125). It runs in a worker (pdfWorker.ts,
 * docs/decisions/0164); where no worker can start, on the page (pdf/browser.tsx, by import()).
 */
import type { ChainDocument, DunningLetter, InvoiceDocument, PaymentOrderSummary } from "@/domain";
import { loadOnce } from "@/components/ui/loadOnce";
import { saveBlob } from "@/components/ui/saveFile";
import { whenIdle } from "@/store/whenIdle";
import type { PdfRenderers } from "./pdfWorker";

export type PdfCopy = "original" | "duplicate";

/**
 * The worker's renderers, ready (fonts decoded), or nothing where this browser cannot start the
 * worker. Its side of the page comes by import(), like the rest of the PDF: every screen with PDF
 * buttons imports this module, before the first decision of some scenarios.
 */
async function inWorker(): Promise<PdfRenderers | undefined> {
  if (typeof Worker === "undefined") return undefined;
  try {
    const { pdfWorkerRenderers } = await import("./pdfWorker");
    const renderers = pdfWorkerRenderers();
    await renderers.warmUp();
    return renderers;
  } catch {
    return undefined;
  }
}

/** The page's own renderers, warmed up (fonts decoded, a first layout made at the next idle moment). */
async function onPage(): Promise<PdfRenderers> {
  const renderers = await import("./pdf/browser");
  await renderers.warmUp();
  return renderers;
}

/** The PDF renderers, fetched and warmed up once per page. */
const loadPdfRenderers = loadOnce<PdfRenderers>(async () => (await inWorker()) ?? onPage());

/** Issue 16: a cold PDF within 300 ms once a screen with PDF buttons has been shown for 2 s. */
const WARM_UP_DEADLINE_MS = 1_000;

let warmUpAsked = false;

/**
 * Asks for the PDF renderers when the browser is idle, once per page: called by each screen that
 * shows PDF buttons. Even in a worker, not sooner: its scripts would be asked for among those of the
 * first decision, which needs none of them. A failure is not shown here: the click loads again and
 * says so if it fails.
 */
export function preparePdf(): void {
  if (warmUpAsked) return;
  warmUpAsked = true;
  whenIdle(() => void loadPdfRenderers().catch(() => undefined), WARM_UP_DEADLINE_MS);
}

/** "FA-2026-00042.pdf", "FA-2026-00042-duplicata.pdf", "Relance 1 FA-2026-00042" → "Relance-1-FA-2026-00042.pdf". */
export function pdfFileName(name: string, copy: PdfCopy = "original"): string {
  const safe = name.replace(/\.pdf$/iu, "").replace(/[^\p{L}\p{N}._-]+/gu, "-");
  return `${safe}${copy === "duplicate" ? "-duplicata" : ""}.pdf`;
}

/** Renders the invoice, deposit invoice or credit note and downloads it under its number. */
export async function downloadInvoicePdf(invoice: InvoiceDocument, copy: PdfCopy = "original", reason?: string): Promise<void> {
  const { renderDocumentPdf } = await loadPdfRenderers();
  const blob = await renderDocumentPdf(invoice, copy, reason);
  // An invoice given to control may lack its number: that is one of the anomalies to find.
  saveBlob(blob, pdfFileName(invoice.number ?? "facture-sans-numero", copy));
}

/** Renders a quote, a customer's order, an acknowledgement or a delivery note and downloads it. */
export async function downloadChainPdf(document: ChainDocument, fileName: string): Promise<void> {
  const { renderChainPdfBlob } = await loadPdfRenderers();
  saveBlob(await renderChainPdfBlob(document), pdfFileName(fileName));
}

/** Renders a dunning letter or the summary of an injonction de payer and downloads it. */
export async function downloadLetterPdf(letter: DunningLetter | PaymentOrderSummary, fileName: string): Promise<void> {
  const { renderLetterPdfBlob } = await loadPdfRenderers();
  saveBlob(await renderLetterPdfBlob(letter), pdfFileName(fileName));
}
