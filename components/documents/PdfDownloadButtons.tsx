"use client";

import { useState } from "react";
import type { InvoiceDocument } from "@/domain/documents";
import { downloadInvoicePdf, type PdfCopy } from "./download";

type Status = { kind: "idle" } | { kind: "busy"; copy: PdfCopy } | { kind: "error"; message: string };

const ERROR_MESSAGE = "Le PDF n'a pas pu être préparé. Réessayez ; si le problème persiste, rechargez la page.";

/**
 * "Télécharger le PDF (original)" and "Télécharger le duplicata" for a validated invoice, deposit
 * invoice or credit note. `buildDocument` runs on the click (the document data comes from the engine).
 */
export function InvoicePdfButtons({ buildDocument, label }: { buildDocument: () => InvoiceDocument; label?: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = status.kind === "busy";

  async function download(copy: PdfCopy) {
    setStatus({ kind: "busy", copy });
    try {
      await downloadInvoicePdf(buildDocument(), copy);
      setStatus({ kind: "idle" });
    } catch (error) {
      console.error(error);
      setStatus({ kind: "error", message: ERROR_MESSAGE });
    }
  }

  return (
    <div className="pdf-downloads" role="group" aria-label={label ?? "Documents PDF"}>
      <button type="button" className="button secondary small" disabled={busy} aria-busy={busy} onClick={() => void download("original")}>
        Télécharger le PDF (original)
      </button>
      <button type="button" className="button secondary small" disabled={busy} aria-busy={busy} onClick={() => void download("duplicate")}>
        Télécharger le duplicata
      </button>
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
