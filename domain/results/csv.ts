/**
 * The class table as CSV for a French spreadsheet (LibreOffice Calc, Excel in French): « ; »
 * between cells, decimal comma, UTF-8 with its byte-order mark (without it Excel reads the accents
 * as Windows-1252), CRLF line ends, quotes doubled. A text cell that a spreadsheet would read as a
 * formula (= + - @, a tab or a carriage return first) is prefixed with an apostrophe: a pseudonym
 * or a title comes from a file the teacher does not control (CSV injection).
 */
import { formatDateFr, type IsoDate } from "../dates";
import { QUIZ_STAGE_LABELS } from "../quiz";
import type { ActivityOfClass, ClassTable, ItemSuccess } from "./aggregate";
import type { ActivityKind } from "./vocabulary";

/** A text, or a number written with a decimal comma. */
export type CsvCell = string | number;

const SEPARATOR = ";";
const LINE_END = "\r\n";
const BYTE_ORDER_MARK = "\ufeff";
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[;"\r\n]/u;

/** "14,5", "-0,33", "1234": two decimals at most, no grouping (a spreadsheet reads « 1 234 » as text). */
function numberCell(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded).replace(".", ",");
}

function textCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map((cell) => (typeof cell === "number" ? numberCell(cell) : textCell(cell))).join(SEPARATOR) + LINE_END).join("");
}

/**
 * What an activity is, in the words of the CSV and of the table on screen. Here rather than beside
 * the aggregation, whose notions reach the invoice-mention catalogue: a view that names a kind
 * does not load them.
 */
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, string>> = { scenario: "scénario", quiz: "questionnaire" };

const day = (exportedAt: string) => formatDateFr(exportedAt.slice(0, 10) as IsoDate);
const percent = (rate: number) => rate * 100;
const activityCells = (activity: ActivityOfClass): CsvCell[] => [ACTIVITY_KIND_LABELS[activity.kind], activity.title, activity.id];

/** One line per learner and activity. */
export function classTableCsv(table: ClassTable): string {
  return csvText([
    ["Élève", "Type", "Activité", "Identifiant", "Tentatives", "Meilleur score", "Sur", "Meilleur (%)", "Dernier score", "Sur", "Dernier (%)", "Dernier export", "Variante"],
    ...table.rows.map((row) => [
      row.pseudonym,
      ...activityCells(row.activity),
      row.attempts,
      row.best.points,
      row.best.maxPoints,
      row.best.percent,
      row.last.points,
      row.last.maxPoints,
      row.last.percent,
      day(row.last.exportedAt),
      row.variant ?? "",
    ]),
  ]);
}

/**
 * One line per decision point of a scenario, then per question of a quiz; `labelOf` names each in
 * French (the review's labels live with the views: without it, the id is the label). The median
 * time is empty when no file says it.
 */
export function successCsv(table: ClassTable, labelOf: (item: ItemSuccess) => string = (item) => item.id): string {
  const line = (item: ItemSuccess): CsvCell[] => [
    ...activityCells(item.activity),
    item.id,
    labelOf(item),
    QUIZ_STAGE_LABELS[item.stage],
    item.learners,
    item.right,
    percent(item.rate),
    item.medianSeconds ?? "",
  ];
  return csvText([
    ["Type", "Activité", "Identifiant", "Point de décision ou question", "Libellé", "Étape", "Élèves", "Réussites", "Réussite (%)", "Temps médian (s)"],
    ...table.decisionPoints.map(line),
    ...table.questions.map(line),
  ]);
}

/** The notions missed, the most missed first. */
export function notionsCsv(table: ClassTable): string {
  return csvText([["Notion", "Étape", "Décisions et réponses", "Manquées", "Manquées (%)"], ...table.notions.map((n) => [n.label, QUIZ_STAGE_LABELS[n.stage], n.evidence, n.missed, percent(n.missRate)])]);
}
