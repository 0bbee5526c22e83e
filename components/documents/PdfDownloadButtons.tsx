"use client";

import { useEffect, useState } from "react";
import type { InvoiceDocument } from "@/domain";
import { UnavailableButton } from "@/components/ui/UnavailableButton";
import { downloadInvoicePdf, preparePdf } from "./download";

/** One button: its label and what it downloads (the PDF is rendered on the click). */
export interface PdfDownload {
  label: string;
  download: () => Promise<void>;
}

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string };

const ERROR_MESSAGE = "Le PDF n'a pas pu être préparé. Réessayez\u00a0; si le problème persiste, rechargez la page.";

/**
 * The PDF buttons of one document: "Préparation du PDF…" while react-pdf loads and renders
 * (announced), a French message if it fails; the buttons stay usable for another try. Shown, they
 * ask for the PDF library when the browser is idle, so that the click finds it ready.
 * While a PDF is prepared, the buttons are unavailable but keep the focus (`UnavailableButton`): a
 * click then does nothing.
 */
export function PdfDownloadButtons({ downloads, label }: { downloads: readonly PdfDownload[]; label: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = status.kind === "busy";
  useEffect(preparePdf, []);

  async function run(download: PdfDownload["download"]) {
    try {
      // Asked before the busy state is drawn: the PDF's request leaves first.
      const prepared = download();
      setStatus({ kind: "busy" });
      await prepared;
      setStatus({ kind: "idle" });
    } catch (error) {
      console.error(error);
      setStatus({ kind: "error", message: ERROR_MESSAGE });
    }
  }

  return (
    <div className="pdf-downloads" role="group" aria-label={label}>
      {downloads.map((item) => (
        <UnavailableButton key={item.label} className="button secondary small" unavailable={busy} aria-busy={busy} onClick={() => void run(item.download)}>
          {item.label}
        </UnavailableButton>
      ))}
      <p className="pdf-status" aria-live="polite">
        {busy ? <span className="muted">Préparation du PDF…</span> : null}
      </p>
      {status.kind === "error" ? (
        <p className="alert error" role="alert">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}

/** "Télécharger le PDF (original)" and "Télécharger le duplicata" of a validated invoice, deposit invoice or credit note. */
export function invoiceDownloads(buildDocument: () => InvoiceDocument): PdfDownload[] {
  return [
    { label: "Télécharger le PDF (original)", download: () => downloadInvoicePdf(buildDocument(), "original") },
    { label: "Télécharger le duplicata", download: () => downloadInvoicePdf(buildDocument(), "duplicate") },
  ];
}
