"use client";
import { useId, useRef, useState } from "react";
import { DomainError, type ResultsFile } from "@/domain";
import { today } from "@/store/clock";
import { addProfile, currentProfile, newProfileId, readProfiles, writeProfiles } from "@/store/profiles";
import { useLmsLearner } from "./lmsLearner";
import { PseudonymForm } from "./PseudonymForm";
import { loadOnce } from "./loadOnce";
import { saveJsonFile } from "./saveFile";

/** The results file's builders and signer, fetched on the first export (resultsFiles.ts). */
export type ResultsFiles = typeof import("./resultsFiles");

const loadResultsFiles = loadOnce<ResultsFiles>(() => import("./resultsFiles"));

export interface ExportResultsProps {
  /** The signed file of this activity for this pseudonym, made at `exportedAt` by `files` (buildScenarioResults, buildQuizResults). */
  build: (files: ResultsFiles, pseudonym: string, exportedAt: Date) => ResultsFile;
}

/**
 * « Exporter mes résultats » at the end of a scenario or a quiz: the signed results file for the
 * teacher. A learner without a pseudonym on this computer is asked for one first, which becomes
 * their profile (the progress of this browser is theirs: the first profile keeps its save). In an
 * LMS, the file bears the name the LMS gives, whoever this browser's profile is.
 */
export function ExportResults({ build }: ExportResultsProps) {
  const id = useId().replace(/:/gu, "");
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const lmsLearner = useLmsLearner();

  const exportAs = async (pseudonym: string) => {
    const files = await loadResultsFiles().catch(() => undefined);
    if (files === undefined) {
      setMessage({ ok: false, text: "Export impossible\u00a0: le site n'a pas pu être joint. Vérifiez la connexion puis réessayez." });
      return;
    }
    const now = new Date();
    try {
      const file = build(files, pseudonym, now);
      const name = files.resultsFileName(file, today(now));
      saveJsonFile(files.resultsFileText(file), name);
      setMessage({ ok: true, text: `Fichier «\u00a0${name}\u00a0» téléchargé\u00a0: remettez-le à votre enseignant.` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof DomainError ? `Export impossible\u00a0: ${error.message}.` : "Export impossible\u00a0: le fichier n'a pas pu être préparé." });
    }
  };

  const start = () => {
    const pseudonym = lmsLearner ?? currentProfile(readProfiles())?.pseudonym;
    if (pseudonym !== undefined) void exportAs(pseudonym);
    else setAsking(true);
  };

  const createAndExport = (pseudonym: string) => {
    const change = addProfile(readProfiles(), pseudonym, newProfileId(), new Date());
    if (!change.ok) return change.message;
    // Refused storage: the file is still made, under the pseudonym typed.
    writeProfiles(change.registry);
    setAsking(false);
    void exportAs(pseudonym.trim());
    queueMicrotask(() => buttonRef.current?.focus());
    return null;
  };

  return (
    <section className="card export-results" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Vos résultats</h3>
      <p>Un fichier signé de vos scores, de chaque décision avec son temps et des indices utilisés, à remettre à votre enseignant.</p>
      {lmsLearner !== null ? (
        <p>
          Il porte le nom que vous donne la plateforme&nbsp;: <strong>{lmsLearner}</strong>.
        </p>
      ) : null}
      {asking ? (
        <PseudonymForm label="Votre pseudonyme, pour le fichier et cet ordinateur" submitLabel="Enregistrer et exporter" onSubmit={createAndExport} onCancel={() => setAsking(false)} />
      ) : (
        <button ref={buttonRef} type="button" className="button" onClick={start}>
          Exporter mes résultats
        </button>
      )}
      <p role="status" aria-live="polite" className={message?.ok === false ? "field-error" : undefined}>
        {message?.text ?? ""}
      </p>
    </section>
  );
}
