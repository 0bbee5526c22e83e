"use client";
import { useState, type ReactNode } from "react";
import { ACTIVITY_KIND_LABELS, formatPercent, type ActivityOfClass, type LearnerLine } from "@/domain";
import { sortLearners, type GridSort } from "./classData";
import { ScrollRegion } from "./ScrollRegion";

function sameColumn(a: GridSort, b: GridSort): boolean {
  return a.by === b.by && (a.by !== "activity" || (b.by === "activity" && a.index === b.index));
}

/** A column header that sorts: the button says what it does, the header says how the table is sorted now. */
function SortHeader({ sort, column, onSort, children }: { sort: GridSort; column: GridSort; onSort: (sort: GridSort) => void; children: ReactNode }) {
  const active = sameColumn(sort, column);
  const next = { ...column, descending: active ? !sort.descending : column.descending };
  return (
    <th scope="col" className={column.by === "name" ? undefined : "score"} aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {children}
        <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : " ↕"}</span>
      </button>
    </th>
  );
}

function ScoreCell({ line, index }: { line: LearnerLine; index: number }) {
  const cell = line.cells[index];
  if (cell === undefined) {
    return (
      <td className="score muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">pas de fichier</span>
      </td>
    );
  }
  return (
    <td className="score">
      {formatPercent(cell.best.percent)}
      {cell.attempts > 1 ? <span className="attempts"> meilleur de {cell.attempts} tentatives</span> : null}
      {cell.variant !== undefined ? <span className="attempts"> variante {cell.variant}</span> : null}
    </td>
  );
}

/** Learners down, activities across: the best score of each, the number of attempts when there are several. */
export function ClassGrid({ activities, learners }: { activities: readonly ActivityOfClass[]; learners: readonly LearnerLine[] }) {
  // A score is read best first; a name from A to Z.
  const [sort, setSort] = useState<GridSort>({ by: "name", descending: false });
  const sorted = sortLearners(learners, sort);
  return (
    <ScrollRegion label="Tableau de la classe">
      <table className="class-grid">
        <caption>
          Score de chaque élève par activité (le meilleur s&apos;il y a plusieurs tentatives)&nbsp;; cliquez sur un titre de colonne
          pour trier.
        </caption>
        <thead>
          <tr>
            <SortHeader sort={sort} column={{ by: "name", descending: false }} onSort={setSort}>
              Élève
            </SortHeader>
            {activities.map((activity, index) => (
              <SortHeader key={`${activity.kind}-${activity.id}`} sort={sort} column={{ by: "activity", index, descending: true }} onSort={setSort}>
                {activity.title} <span className="muted">({ACTIVITY_KIND_LABELS[activity.kind]})</span>
              </SortHeader>
            ))}
            <SortHeader sort={sort} column={{ by: "mean", descending: true }} onSort={setSort}>
              Moyenne
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {sorted.map((line) => (
            <tr key={line.pseudonym}>
              <th scope="row">{line.pseudonym}</th>
              {activities.map((activity, index) => (
                <ScoreCell key={`${activity.kind}-${activity.id}`} line={line} index={index} />
              ))}
              <td className="score">{formatPercent(Math.round(line.meanPercent))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
