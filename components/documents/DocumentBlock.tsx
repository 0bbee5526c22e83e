"use client";

import { useId, useState, type ReactNode } from "react";
import { PdfDownloadButtons, type PdfDownload } from "./PdfDownloadButtons";

interface DocumentBlockProps {
  /** The block's accessible name ("Document FA-2026-00042"). */
  label: string;
  /** The download buttons' group name ("PDF de FA-2026-00042"). */
  pdfLabel: string;
  view: () => ReactNode;
  downloads: readonly PdfDownload[];
  /** "le document", "la lettre": the toggle reads "Voir …" / "Masquer …". */
  noun?: string;
  /** Open the view at once, when the learner has just asked for this very document. */
  shownAtFirst?: boolean;
}

/**
 * A printed document in the PGI: "Voir le document" shows it on screen (the same content as the
 * PDF), the buttons download its PDF (react-pdf is loaded on the click). The view is built only when shown.
 */
export function DocumentBlock({ label, pdfLabel, view, downloads, noun = "le document", shownAtFirst = false }: DocumentBlockProps) {
  const [shown, setShown] = useState(shownAtFirst);
  const viewId = useId();
  return (
    <section className="document-pdf" aria-label={label}>
      <div className="document-actions">
        <button type="button" className="button secondary small" aria-expanded={shown} aria-controls={viewId} onClick={() => setShown((value) => !value)}>
          {shown ? `Masquer ${noun}` : `Voir ${noun}`}
        </button>
        <PdfDownloadButtons label={pdfLabel} downloads={downloads} />
      </div>
      <div id={viewId}>{shown ? view() : null}</div>
    </section>
  );
}
