"use client";

import { useId, useState, type ReactNode } from "react";
import { MainAreaDocument, openedOnTheLeft, useMainAreaDocument, useOpenAtFirst, type MainAreaHandle } from "./MainAreaDocument";
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

function BlockShell({ label, pdfLabel, downloads, toggle, children }: Pick<DocumentBlockProps, "label" | "pdfLabel" | "downloads"> & { toggle: ReactNode; children: ReactNode }) {
  return (
    <section className="document-pdf" aria-label={label}>
      <div className="document-actions">
        {toggle}
        <PdfDownloadButtons label={pdfLabel} downloads={downloads} />
      </div>
      {children}
    </section>
  );
}

function ToggleButton({ shown, controls, noun, onClick }: { shown: boolean; controls: string; noun: string; onClick: (button: HTMLButtonElement) => void }) {
  return (
    <button type="button" className="button secondary small" aria-expanded={shown} aria-controls={shown ? controls : undefined} onClick={(event) => onClick(event.currentTarget)}>
      {shown ? `Masquer ${noun}` : `Voir ${noun}`}
    </button>
  );
}

function InPlaceBlock({ view, noun = "le document", shownAtFirst = false, width: _width, ...shell }: DocumentBlockProps) {
  const [shown, setShown] = useState(shownAtFirst);
  const viewId = useId();
  return (
    <BlockShell {...shell} toggle={<ToggleButton shown={shown} controls={viewId} noun={noun} onClick={() => setShown((value) => !value)} />}>
      <div id={viewId}>{shown ? view() : null}</div>
    </BlockShell>
  );
}

function MainAreaBlock({ view, noun = "le document", width = "invoice", shownAtFirst = false, handle, ...shell }: DocumentBlockProps & { handle: MainAreaHandle }) {
  useOpenAtFirst(handle, shownAtFirst);
  const toggle = (button: HTMLButtonElement) => (handle.isOpen ? handle.close() : handle.open(button));
  return (
    <BlockShell {...shell} toggle={<ToggleButton shown={handle.isOpen} controls={handle.regionId} noun={noun} onClick={toggle} />}>
      {handle.isOpen ? (
        <>
          <p className="muted document-opened">{openedOnTheLeft(noun)}</p>
          <MainAreaDocument handle={handle} title={shell.label} width={width}>
            {view()}
          </MainAreaDocument>
        </>
      ) : null}
    </BlockShell>
  );
}
