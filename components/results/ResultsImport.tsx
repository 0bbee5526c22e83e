"use client";
import { useId } from "react";
import { FileDropZone } from "@/components/ui/FileDropZone";
import type { FileReport } from "./classData";

/** A file of the drop, said in one line: ✓ who and what, or ✗ why (every text as text: a pseudonym may hold HTML). */
function ReportLine({ report }: { report: FileReport }) {
  if (report.status === "refused") {
    return (
      <li className="import-report is-refused">
        <span aria-hidden="true">✗ </span>
        <strong>{report.file}</strong> refusé&nbsp;:{" "}
        {report.reasons.length === 1 ? (
          report.reasons[0]
        ) : (
          <ul>
            {report.reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        )}
      </li>
    );
  }
  return (
    <li className={`import-report ${report.status === "duplicate" ? "is-duplicate" : "is-accepted"}`}>
      <span aria-hidden="true">{report.status === "duplicate" ? "= " : "✓ "}</span>
      <strong>{report.pseudonym}</strong> — {report.activityTitle} <span className="muted">({report.file})</span>
      {report.status === "duplicate" ? "\u00a0: déjà importé (même élève, même activité, même export), compté une fois" : ""}
    </li>
  );
}

/** The sentence read out after a drop: how many files were kept, already there, refused. */
export function reportSummary(reports: readonly FileReport[]): string {
  const count = (status: FileReport["status"]) => reports.filter((report) => report.status === status).length;
  const parts = [
    `${count("accepted")} fichier${count("accepted") > 1 ? "s" : ""} importé${count("accepted") > 1 ? "s" : ""}`,
    ...(count("duplicate") > 0 ? [`${count("duplicate")} déjà importé${count("duplicate") > 1 ? "s" : ""}`] : []),
    ...(count("refused") > 0 ? [`${count("refused")} refusé${count("refused") > 1 ? "s" : ""}`] : []),
  ];
  return `${parts.join(", ")}.`;
}

/**
 * The files of the class, dropped or chosen (several at once): the input is the way in for the
 * keyboard and screen readers, the drop zone a shortcut around it. What each file gave is said
 * below, the summary read out (aria-live).
 */
export function ResultsImport({ onFiles, busy, reports }: { onFiles: (files: File[]) => void; busy: boolean; reports: readonly FileReport[] }) {
  const inputId = useId();
  return (
    <section aria-labelledby={`${inputId}-title`} className="results-import screen-only">
      <h2 id={`${inputId}-title`}>Importer les fichiers de la classe</h2>
      <FileDropZone
        prompt={"Déposez ici les fichiers de résultats de vos élèves (.json), autant que vous voulez à la fois, ou choisissez-les\u00a0:"}
        label="Fichiers de résultats"
        busy={busy}
        onFiles={onFiles}
      />
      <div aria-live="polite" className="import-status">
        {busy ? <p>Lecture des fichiers…</p> : reports.length > 0 ? <p>{reportSummary(reports)}</p> : null}
      </div>
      {reports.length > 0 ? <ul className="import-reports">{reports.map((report, i) => <ReportLine key={`${report.file}-${i}`} report={report} />)}</ul> : null}
    </section>
  );
}
