"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useRef, useState } from "react";
import { saveBlob, saveJsonFile } from "@/components/ui/saveFile";
import { libraryDamageMessage, type LibraryRecord } from "@/store/teacherLibrary";
import type { ImportReport } from "../library";
import type { PackageProgress } from "../lmsPackage";
import { fetchBundledScenarios, type BundledScenarioChoice, type BundledScenarioText } from "./bundled";
import { ImportZone } from "./ImportZone";
import { NewDocumentMenu } from "./NewDocumentMenu";
import { PersistenceNotice } from "./PersistenceNotice";
import { RecordCard } from "./RecordCard";
import { editorHref } from "./teacherRoutes";
import type { NewDocument } from "./templates";
import { loadAuthoring, useTeacherLibrary, type RecordCheck } from "./useTeacherLibrary";

/** The outcome of the last action, read aloud; `editor` links to the document just created. */
type Announcement = { text: string; error: boolean; editor?: string };

/** The SCORM package builder and its zip compressor, loaded on the first « Paquet Moodle (SCORM) ». */
const loadLmsPackage = () =>
  import("../lmsPackage").catch(() => {
    throw new Error("La préparation du paquet n'a pas pu être chargée\u00a0: vérifiez la connexion au site, puis réessayez.");
  });

/** Why a record cannot be packaged yet: the learner would get its errors instead of the activity. */
function packageRefusal(record: LibraryRecord, check: RecordCheck): string | undefined {
  if (check.state === "pending") return `La vérification de «\u00a0${record.title}\u00a0» n'est pas finie\u00a0: refaites le paquet dans un instant.`;
  if (check.state === "invalid") return `«\u00a0${record.title}\u00a0» ne passe pas la vérification\u00a0: corrigez-le dans l'éditeur avant d'en faire un paquet Moodle, sinon l'élève verrait les erreurs au lieu de l'exercice.`;
  return undefined;
}

/**
 * The teacher's space: their library (IndexedDB), new documents, import, and per document the
 * editor, preview, answer key, copy, file, SCORM package, share link and deletion.
 */
export function TeacherSpace({ bundled }: { bundled: readonly BundledScenarioChoice[] }) {
  const { library, listing, persistence, checkOf, refresh } = useTeacherLibrary();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [reports, setReports] = useState<readonly ImportReport[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const [packaging, setPackaging] = useState<{ id: string; progress: PackageProgress } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  /** Fetched once, on the first copy or template; forgotten after a failure, so that the next click retries. */
  const bundledTexts = useRef<Promise<BundledScenarioText[]> | null>(null);
  const bundledScenarios = () => {
    bundledTexts.current ??= fetchBundledScenarios().catch((error: unknown) => {
      bundledTexts.current = null;
      throw error;
    });
    return bundledTexts.current;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setAnnouncement({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const create = (document: NewDocument | ((texts: readonly BundledScenarioText[]) => NewDocument)) =>
    run(async () => {
      if (!library) return;
      const made = typeof document === "function" ? document(await bundledScenarios()) : document;
      const saved = await library.add(made);
      await refresh();
      setAnnouncement(saved.ok ? { text: `«\u00a0${saved.record.title}\u00a0» est créé dans votre bibliothèque.`, error: false, editor: editorHref(saved.record.kind, saved.record.id) } : { text: saved.message, error: true });
    });

  const importChosen = (files: File[]) =>
    run(async () => {
      if (!library) return;
      setReports(null);
      setImporting(true);
      try {
        const { importPickedFiles } = await loadAuthoring();
        setReports(await importPickedFiles(library, files));
      } finally {
        setImporting(false);
      }
      await refresh();
    });

  const duplicate = (record: LibraryRecord) =>
    run(async () => {
      if (!library) return;
      const saved = await library.duplicate(record.id);
      await refresh();
      setAnnouncement(saved.ok ? { text: `Copie créée\u00a0: «\u00a0${saved.record.title}\u00a0».`, error: false } : { text: saved.message, error: true });
    });

  const exportFile = (record: LibraryRecord) =>
    run(async () => {
      const { exportRecord } = await loadAuthoring();
      const { fileName, text } = exportRecord(record);
      saveJsonFile(text, fileName);
      setAnnouncement({ text: `«\u00a0${record.title}\u00a0» est téléchargé sous le nom ${fileName}.`, error: false });
    });

  const makePackage = (record: LibraryRecord) =>
    run(async () => {
      const refusal = packageRefusal(record, checkOf(record));
      if (refusal !== undefined) throw new Error(refusal);
      setAnnouncement(null);
      setPackaging({ id: record.id, progress: { done: 0, total: 0 } });
      try {
        const { packageRecord } = await loadLmsPackage();
        const made = await packageRecord(record, (progress) => setPackaging({ id: record.id, progress }));
        saveBlob(new Blob([made.bytes], { type: "application/zip" }), made.fileName);
        setAnnouncement({ text: `Le paquet Moodle de «\u00a0${record.title}\u00a0» est téléchargé sous le nom ${made.fileName} (${made.size})\u00a0: dans Moodle, Ajouter une activité → Paquetage SCORM.`, error: false });
      } finally {
        setPackaging(null);
      }
    });

  const remove = (record: LibraryRecord) =>
    run(async () => {
      if (!library) return;
      const removed = await library.remove(record.id);
      await refresh();
      listHeading.current?.focus();
      setAnnouncement(
        removed
          ? { text: `«\u00a0${record.title}\u00a0» est supprimé de votre bibliothèque.`, error: false }
          : { text: `«\u00a0${record.title}\u00a0» n'a pas pu être supprimé du navigateur\u00a0: réessayez après avoir rechargé la page.`, error: true },
      );
    });

  return (
    <div className="teacher-space">
      <PersistenceNotice persistence={library ? persistence : "saved"} />
      <div aria-live="polite" className="teacher-announcement">
        {announcement ? (
          <p className={announcement.error ? "alert error" : "alert ok"}>
            {announcement.text}
            {announcement.editor ? (
              <>
                {" "}
                <SiteLink href={announcement.editor}>L&apos;ouvrir dans l&apos;éditeur</SiteLink>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <NewDocumentMenu bundled={bundled} onCreate={(document) => void create(document)} busy={busy || !library} />
      <section aria-labelledby="teacher-library-title">
        <h2 id="teacher-library-title" ref={listHeading} tabIndex={-1}>
          Ma bibliothèque
        </h2>
        {listing === null ? (
          <p className="muted">Lecture de votre bibliothèque…</p>
        ) : (
          <>
            {listing.damaged.length > 0 ? (
              <ul className="alert notice plain-list" aria-label="Documents illisibles">
                {listing.damaged.map((damage) => (
                  <li key={damage.id}>
                    {libraryDamageMessage(damage)} <span className="muted">(identifiant {damage.id})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {listing.records.length === 0 ? (
              <p className="muted">Votre bibliothèque est vide&nbsp;: créez un document ci-dessus ou importez un fichier.</p>
            ) : (
              <ul className="library-list teacher-records" aria-label="Mes documents">
                {listing.records.map((record) => (
                  <RecordCard
                    key={record.id}
                    record={record}
                    check={checkOf(record)}
                    onDuplicate={(r) => void duplicate(r)}
                    packaging={packaging?.id === record.id ? packaging.progress : undefined}
                    onExport={(r) => void exportFile(r)}
                    onPackage={(r) => void makePackage(r)}
                    onRemove={(r) => void remove(r)}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <ImportZone onFiles={(files) => void importChosen(files)} reports={reports} busy={importing} />
    </div>
  );
}
