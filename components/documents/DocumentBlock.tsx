"use client";

import { useId, useState, type ReactNode } from "react";
import { DocumentToggle, MainAreaToggle, useMainAreaDocument, useOpenAtFirst, type MainAreaHandle } from "./MainAreaDocument";
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
  /** "letter": a dunning letter, read at about 75 characters a line in the main area. */
  width?: "letter" | "invoice";
}

/**
 * A printed document in the PGI: "Voir le document" shows it on screen (the same content as the
 * PDF), the buttons download its PDF (react-pdf is loaded on the click). The view is built only when
 * shown. In the task panel it opens in the main area (docs/decisions/0132); elsewhere, in place.
 */
export function DocumentBlock(props: DocumentBlockProps) {
  const handle = useMainAreaDocument();
  return handle === null ? <InPlaceBlock {...props} /> : <MainAreaBlock {...props} handle={handle} />;
}

function InPlaceBlock({ label, pdfLabel, view, downloads, noun = "le document", shownAtFirst = false }: DocumentBlockProps) {
  const [shown, setShown] = useState(shownAtFirst);
  const viewId = useId();
  return (
    <section className="document-pdf" aria-label={label}>
      <div className="document-actions">
        <DocumentToggle shown={shown} controls={viewId} noun={noun} onClick={() => setShown((value) => !value)} />
        <PdfDownloadButtons label={pdfLabel} downloads={downloads} />
      </div>
      <div id={viewId}>{shown ? view() : null}</div>
    </section>
  );
}

function MainAreaBlock({ label, pdfLabel, view, downloads, noun = "le document", width = "invoice", shownAtFirst = false, handle }: DocumentBlockProps & { handle: MainAreaHandle }) {
  useOpenAtFirst(handle, shownAtFirst);
  return (
    <section className="document-pdf" aria-label={label}>
      <MainAreaToggle handle={handle} title={label} noun={noun} width={width} view={view} actions={<PdfDownloadButtons label={pdfLabel} downloads={downloads} />} />
    </section>
  );
}
