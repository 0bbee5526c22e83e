"use client";
import { classTableCsv, notionsCsv, successCsv, type ItemSuccess } from "@/domain";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { saveBlob } from "@/components/ui/saveFile";
import { ActivityDetail } from "./ActivityDetail";
import { ClassGrid } from "./ClassGrid";
import { itemName, type ClassView, type FileReport, type QuestionPrompts } from "./classData";
import { MissedNotions } from "./MissedNotions";
import { ResultsImport } from "./ResultsImport";

function saveCsv(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: "text/csv;charset=utf-8" }), fileName);
}

export interface ClassResultsProps {
  view: ClassView;
  prompts: QuestionPrompts;
  reports: readonly FileReport[];
  busy: boolean;
  /** Said under the privacy note: this tab cannot keep the class (storage refused or full), or the files could not be read. */
  problem: string | null;
  onFiles: (files: File[]) => void;
  onClear: () => void;
}

/** The teacher's class: the import, the grid, the detail of an activity, the notions missed, the exports. */
export function ClassResults({ view, prompts, reports, busy, problem, onFiles, onClear }: ClassResultsProps) {
  const { table, labels, activities, learners, hardestFirst } = view;
  const labelOf = (item: ItemSuccess) => itemName(item, labels, prompts);
  return (
    <div className="class-results">
      <p className="privacy-note screen-only">
        Rien n&apos;est envoyé&nbsp;; les fichiers restent sur cet ordinateur. La classe est gardée dans cet onglet, même après un
        rechargement, et oubliée quand l&apos;onglet est fermé&nbsp;: gardez les fichiers de vos élèves.
      </p>
      {problem !== null ? (
        <p className="alert error" role="alert">
          {problem}
        </p>
      ) : null}
      <ResultsImport onFiles={onFiles} busy={busy} reports={reports} />
      {learners.length === 0 ? (
        <p>Aucun fichier importé pour l&apos;instant&nbsp;: le tableau de la classe apparaîtra ici.</p>
      ) : (
        <>
          <section aria-labelledby="class-grid-title">
            <h2 id="class-grid-title">
              La classe&nbsp;: {learners.length} élève{learners.length > 1 ? "s" : ""}, {activities.length} activité
              {activities.length > 1 ? "s" : ""}
            </h2>
            <ClassGrid activities={activities} learners={learners} />
            <div className="class-actions screen-only">
              <button type="button" className="button" onClick={() => saveCsv(classTableCsv(table), "resultats-classe.csv")}>
                Exporter pour le tableur
              </button>
              <button type="button" className="button secondary" onClick={() => saveCsv(successCsv(table, labelOf), "reussite-par-point.csv")}>
                Exporter la réussite par point de décision et question
              </button>
              <button type="button" className="button secondary" onClick={() => saveCsv(notionsCsv(table), "notions-manquees.csv")}>
                Exporter les notions manquées
              </button>
              <ConfirmButton question={"Retirer de cet onglet tous les fichiers importés\u00a0?"} confirmLabel="Vider la classe" onConfirm={onClear}>
                Vider la classe
              </ConfirmButton>
            </div>
          </section>
          <ActivityDetail activities={activities} items={hardestFirst} labels={labels} prompts={prompts} />
          <MissedNotions notions={table.notions} />
        </>
      )}
    </div>
  );
}
