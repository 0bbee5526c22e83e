"use client";
import { useId } from "react";
import { FileDropZone } from "@/components/ui/FileDropZone";
import type { ImportReport } from "../library";

export interface ImportZoneProps {
  onFiles: (files: File[]) => void;
  /** The last batch's reports, one per file; null before any import. */
  reports: readonly ImportReport[] | null;
  busy: boolean;
}

/**
 * Import by the file input (the keyboard's way) or by dropping files on the zone; several at once,
 * each reported: imported (with its warnings) or refused (with every message), never half-imported.
 */
export function ImportZone({ onFiles, reports, busy }: ImportZoneProps) {
  const inputId = useId();

  return (
    <section className="teacher-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Importer des fichiers</h2>
      <FileDropZone prompt={"Déposez ici des scénarios ou des questionnaires (.json), ou choisissez-les\u00a0:"} label="Fichiers à importer (plusieurs à la fois possible)" busy={busy} onFiles={onFiles}>
        <p className="muted">Chaque fichier est vérifié en entier avant d&apos;être gardé&nbsp;: un fichier refusé n&apos;entre pas à moitié.</p>
      </FileDropZone>
      <div aria-live="polite" className="import-reports">
        {busy ? <p>Vérification des fichiers…</p> : null}
        {reports !== null && !busy ? <ImportReports reports={reports} /> : null}
      </div>
    </section>
  );
}

function ImportReports({ reports }: { reports: readonly ImportReport[] }) {
  const imported = reports.filter((report) => report.ok).length;
  return (
    <>
      <p>
        {imported} fichier{imported > 1 ? "s" : ""} importé{imported > 1 ? "s" : ""} sur {reports.length}.
      </p>
      <ul className="plain-list">
        {reports.map((report, index) => (
          <li key={index} className={report.ok ? "import-ok" : "import-refused"}>
            {report.ok ? (
              <>
                <span aria-hidden="true">✓ </span>
                <strong>{report.file}</strong>&nbsp;: importé sous le titre «&nbsp;{report.record.title}&nbsp;»
                {report.warnings.length > 0 ? ", avec des avertissements\u00a0:" : "."}
                <Messages messages={report.warnings} />
              </>
            ) : (
              <>
                <span aria-hidden="true">✗ </span>
                <strong>{report.file}</strong>&nbsp;: refusé, rien n&apos;est importé.
                <Messages messages={report.messages} />
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Messages({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul>
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}
