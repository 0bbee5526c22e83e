"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useId, useState } from "react";
import { UnavailableButton } from "@/components/ui/UnavailableButton";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { savedAtText } from "@/components/ui/savedAt";
import type { LibraryRecord } from "@/store/teacherLibrary";
import { SharePanel } from "./SharePanel";
import { answerKeyHref, editorHref, KIND_LABELS, previewHref } from "./teacherRoutes";
import type { PackageProgress } from "../lmsPackage";
import type { RecordCheck } from "./useTeacherLibrary";

export interface RecordActions {
  onDuplicate: (record: LibraryRecord) => void;
  onExport: (record: LibraryRecord) => void;
  onPackage: (record: LibraryRecord) => void;
  onRemove: (record: LibraryRecord) => void;
}

export interface RecordCardProps extends RecordActions {
  record: LibraryRecord;
  check: RecordCheck;
  /** While its SCORM package is made: the files fetched so far (none yet: 0 of 0). */
  packaging?: PackageProgress | undefined;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** What the full check says: the badge, and every message under it. */
function CheckBadge({ check }: { check: RecordCheck }) {
  if (check.state === "pending") {
    return (
      <span className="status" data-status="loading">
        Vérification…
      </span>
    );
  }
  const messages = check.state === "valid" ? check.warnings : check.messages;
  const label =
    check.state === "valid"
      ? messages.length === 0
        ? "Valide"
        : `Valide, ${plural(messages.length, "avertissement", "avertissements")}`
      : `À corriger\u00a0: ${plural(messages.length, "problème", "problèmes")}`;
  return (
    <>
      <span className="status" data-status={check.state === "valid" ? "done" : "invalid"}>
        {label}
      </span>
      {messages.length > 0 ? (
        <details className="check-messages">
          <summary>{check.state === "valid" ? "Lire les avertissements" : "Lire ce qui est à corriger"}</summary>
          <ul>
            {messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** The files of a package fetched so far; the outcome is announced by the page, not here. */
function PackagingProgress({ progress }: { progress: PackageProgress }) {
  const label = progress.total === 0 ? "Préparation du paquet Moodle…" : `Paquet Moodle\u00a0: ${progress.done} fichiers sur ${progress.total}`;
  return (
    <p className="muted package-progress">
      <progress value={progress.done} max={Math.max(progress.total, 1)} aria-label="Préparation du paquet Moodle" /> {label}
    </p>
  );
}

/** One document of the library: what it is, whether it passes the check, and what can be done with it. */
export function RecordCard({ record, check, packaging, onDuplicate, onExport, onPackage, onRemove }: RecordCardProps) {
  const titleId = useId();
  const [sharing, setSharing] = useState(false);
  const shareId = useId();
  const quoted = `«\u00a0${record.title}\u00a0»`;
  return (
    <li className="card teacher-record">
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>{record.title.trim() === "" ? "(sans titre)" : record.title}</h3>
        <dl className="library-facts">
          <div>
            <dt>Type</dt>
            <dd>{KIND_LABELS[record.kind]}</dd>
          </div>
          <div>
            <dt>Enregistré le</dt>
            <dd>{savedAtText(record.updatedAt)}</dd>
          </div>
          <div>
            <dt>Vérification</dt>
            <dd>
              <CheckBadge check={check} />
            </dd>
          </div>
          {check.state === "valid" && check.servedVariants !== undefined ? (
            <div>
              <dt>Variantes</dt>
              <dd>{check.servedVariants} vérifiées&nbsp;; chaque élève reçoit la sienne, tirée de son pseudonyme</dd>
            </div>
          ) : null}
        </dl>
        <div className="library-actions teacher-actions">
          <SiteLink className="button small" href={editorHref(record.kind, record.id)}>
            Modifier<span className="visually-hidden"> {quoted}</span>
          </SiteLink>
          <SiteLink className="button secondary small" href={previewHref(record.id)}>
            Aperçu<span className="visually-hidden"> de {quoted}</span>
          </SiteLink>
          {record.kind === "scenario" ? (
            <SiteLink className="button secondary small" href={answerKeyHref(record.id)}>
              Corrigé<span className="visually-hidden"> de {quoted}</span>
            </SiteLink>
          ) : null}
          <button type="button" className="button secondary small" onClick={() => onDuplicate(record)}>
            Dupliquer<span className="visually-hidden"> {quoted}</span>
          </button>
          <button type="button" className="button secondary small" onClick={() => onExport(record)}>
            Exporter<span className="visually-hidden"> {quoted}</span> (.json)
          </button>
          <UnavailableButton className="button secondary small" unavailable={packaging !== undefined} onClick={() => onPackage(record)}>
            Paquet Moodle (SCORM)<span className="visually-hidden"> de {quoted}</span>
          </UnavailableButton>
          <button type="button" className="button secondary small" aria-expanded={sharing} aria-controls={shareId} onClick={() => setSharing(!sharing)}>
            Partager<span className="visually-hidden"> {quoted}</span>
          </button>
          <ConfirmButton
            question={`Supprimer ${quoted} de votre bibliothèque\u00a0? Il ne pourra pas être récupéré\u00a0: exportez-le d'abord pour en garder le fichier.`}
            confirmLabel="Supprimer définitivement"
            onConfirm={() => onRemove(record)}
          >
            Supprimer<span className="visually-hidden"> {quoted}</span>
          </ConfirmButton>
        </div>
        {packaging ? <PackagingProgress progress={packaging} /> : null}
        <div id={shareId}>{sharing ? <SharePanel record={record} valid={check.state !== "invalid"} onExport={() => onExport(record)} /> : null}</div>
      </article>
    </li>
  );
}
