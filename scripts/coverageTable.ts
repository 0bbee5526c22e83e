/**
 * The coverage table of the bundled scenarios, written into scenarios/README.md between two
 * markers by `npm run scenario -- coverage` (and checked by its test): how many scenarios each
 * shelf of the library holds at each level, the practice time, and which scenarios practise each
 * situation of the course (machines/answerKey/coverage.ts).
 */
import { DIFFICULTY_LABELS, SCENARIO_SHELVES, shelfOfStages, STAGE_LABELS, stageNumber, type Scenario, type ScenarioShelf } from "@/domain";
import { COURSE_SITUATIONS, situationsPractisedBy, type SolvedScenario } from "@/machines/answerKey/coverage";

export const COVERAGE_START = "<!-- couverture : début (généré par « npm run scenario -- coverage », ne pas modifier à la main) -->";
export const COVERAGE_END = "<!-- couverture : fin -->";

/** A bundled scenario as the table lists it: its file's number, the engine's solution, and whether its figures vary per learner. */
export interface CoveredScenario extends SolvedScenario {
  file: string;
  varies: boolean;
}

export function shelfLabel(shelf: ScenarioShelf): string {
  return shelf === "chain" ? "Enchaînements (de la commande au règlement)" : `${stageNumber(shelf)}. ${STAGE_LABELS[shelf]}`;
}

/** « 14 » for `14-commande-par-fax.json`: how the table names a scenario. */
function fileNumber(file: string): string {
  return /^(\d+)-/u.exec(file)?.[1] ?? file;
}

function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h${rest > 0 ? ` ${String(rest).padStart(2, "0")}` : ""}`;
}

function countWhere(scenarios: readonly CoveredScenario[], keep: (scenario: Scenario) => boolean): number {
  return scenarios.filter((entry) => keep(entry.scenario)).length;
}

/** Scenarios whose figures change from one learner to the next (docs/decisions/0142). */
const varying = (scenarios: readonly CoveredScenario[]) => scenarios.filter((entry) => entry.varies).length;

function shelfTable(scenarios: readonly CoveredScenario[]): string[] {
  const difficulties = [1, 2, 3] as const;
  const header = `| rayon | ${difficulties.map((d) => `${d} ${DIFFICULTY_LABELS[d]}`).join(" | ")} | bac pro | BTS | total | à variantes | durée |`;
  const rows = SCENARIO_SHELVES.map((shelf) => {
    const shelved = scenarios.filter((entry) => shelfOfStages(entry.scenario.stages) === shelf);
    const cells = difficulties.map((d) => countWhere(shelved, (s) => s.difficulty === d));
    const minutes = shelved.reduce((sum, entry) => sum + entry.scenario.durationMinutes, 0);
    return `| ${shelfLabel(shelf)} | ${cells.join(" | ")} | ${countWhere(shelved, (s) => s.level === "bacpro")} | ${countWhere(shelved, (s) => s.level === "bts")} | ${shelved.length} | ${varying(shelved)} | ${hoursText(minutes)} |`;
  });
  const total = scenarios.reduce((sum, entry) => sum + entry.scenario.durationMinutes, 0);
  const totals = `| **total** | ${difficulties.map((d) => countWhere(scenarios, (s) => s.difficulty === d)).join(" | ")} | ${countWhere(scenarios, (s) => s.level === "bacpro")} | ${countWhere(scenarios, (s) => s.level === "bts")} | ${scenarios.length} | ${varying(scenarios)} | ${hoursText(total)} |`;
  return [header, `| --- | ${difficulties.map(() => "---:").join(" | ")} | ---: | ---: | ---: | ---: | ---: |`, ...rows, totals];
}

function situationTable(scenarios: readonly CoveredScenario[]): string[] {
  const practised = new Map(scenarios.map((entry) => [entry.file, new Set(situationsPractisedBy(entry).map((s) => s.id))]));
  const rows = COURSE_SITUATIONS.map((situation) => {
    const files = scenarios.filter((entry) => practised.get(entry.file)?.has(situation.id)).map((entry) => fileNumber(entry.file));
    return `| ${stageNumber(situation.stage)} | ${situation.label} | ${files.length === 0 ? "**aucun**" : files.join(", ")} |`;
  });
  return ["| étape | situation du cours | scénarios |", "| ---: | --- | --- |", ...rows];
}

/** The block between the markers: the two tables, a line of totals and how to read them. */
export function coverageBlock(scenarios: readonly CoveredScenario[]): string {
  return [
    COVERAGE_START,
    "",
    "Chaque scénario est rangé à l'étape qu'il travaille (la dernière qu'il joue) ou parmi les",
    "enchaînements, s'il suit une commande de sa réception au contrôle de sa facture ou à son règlement.",
    "Durées : celles que chaque fichier annonce (`durationMinutes`). « À variantes » : les scénarios",
    "dont chaque élève reçoit ses propres chiffres, tirés de son pseudonyme.",
    "",
    ...shelfTable(scenarios),
    "",
    "Une situation est reconnue dans les données du scénario et dans le corrigé du moteur, jamais",
    "dans une étiquette écrite à la main (`machines/answerKey/coverage.ts`).",
    "",
    ...situationTable(scenarios),
    "",
    COVERAGE_END,
  ].join("\n");
}

/** The README with its coverage block replaced; undefined when the markers are missing. */
export function withCoverageBlock(readme: string, block: string): string | undefined {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start === -1 || end < start) return undefined;
  return `${readme.slice(0, start)}${block}${readme.slice(end + COVERAGE_END.length)}`;
}
