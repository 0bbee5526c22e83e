"use client";
import { DIFFICULTY_LABELS, LEVEL_LABELS, STAGE_IDS, STAGE_LABELS } from "@/domain";
import { difficultyOf, isLevel, isStageId, type LibraryFilter } from "./scenarioFacts";

/** Three selects; the list below follows them as soon as one changes (no submit needed). */
export function LibraryFilters({ filter, onChange }: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  return (
    <form className="library-filters" role="search" aria-label="Filtrer les scénarios" onSubmit={(event) => event.preventDefault()}>
      <div>
        <label htmlFor="filtre-etape">Étape du cours</label>
        <select
          id="filtre-etape"
          value={filter.stage}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, stage: isStageId(value) ? value : "" });
          }}
        >
          <option value="">Toutes les étapes</option>
          {STAGE_IDS.map((stage, index) => (
            <option key={stage} value={stage}>
              {index + 1}. {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtre-niveau">Niveau</label>
        <select
          id="filtre-niveau"
          value={filter.level}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, level: isLevel(value) ? value : "" });
          }}
        >
          <option value="">Tous les niveaux</option>
          {Object.entries(LEVEL_LABELS).map(([level, label]) => (
            <option key={level} value={level}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtre-difficulte">Difficulté</label>
        <select id="filtre-difficulte" value={filter.difficulty} onChange={(event) => onChange({ ...filter, difficulty: difficultyOf(event.target.value) })}>
          <option value="">Toutes les difficultés</option>
          {Object.entries(DIFFICULTY_LABELS).map(([difficulty, label]) => (
            <option key={difficulty} value={difficulty}>
              {difficulty}. {label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
