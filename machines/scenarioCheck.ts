/**
 * The one answer to "is this scenario playable?": a file's bytes or text through its decoding, the
 * schema and the consistency rules (domain/scenarioLoad), then the engine's own answer key played
 * to the end — it must finish every listed stage with full marks — and the teacher's notes keyed on
 * decision points that exist. The command line's `validate`, the tests and, in the browser, any
 * scenario that does not come from the build (an imported file, a share link, an editor) go through
 * here before it is played. It carries zod's full build and the solvers: import it only where a
 * scenario is checked, never from a learner page's static imports (docs/decisions/0101).
 */
import { DomainError, STAGE_LABELS, withoutLabel, type Scenario, type ScenarioIssue } from "@/domain";
import { scenarioSchema } from "@/domain/scenario";
import { decodeScenarioBytes } from "@/domain/scenarioInput";
import { parseJsonText, parseScenario } from "@/domain/scenarioLoad";
import { solveScenario } from "./answerKey";
import type { PlayResult } from "./player";
import { STAGES } from "./stages";

export type CheckedScenario =
  | {
      ok: true;
      scenario: Scenario;
      solved: ReturnType<typeof solveScenario>;
      warnings: ScenarioIssue[];
      /** The file as written (parsed JSON): what a variant is drawn from (docs/decisions/0142). */
      data: unknown;
    }
  | { ok: false; issues: ScenarioIssue[] };

/** A scenario that passed the whole check, with the engine's key played: what its variants are checked against. */
export type SolvedScenario = Extract<CheckedScenario, { ok: true }>;

/**
 * Everything `validate` checks on one file's text: JSON, schema, consistency (domain/scenarioLoad),
 * then the engine's rules — its own answer key must finish every listed stage with full marks,
 * and the teacher's notes must be keyed on decision points the scenario really has. Never throws:
 * whatever fails while checking the file is an issue of that file.
 */
export function checkScenarioText(text: string, file: string): CheckedScenario {
  const read = parseJsonText(text, file);
  return read.ok ? checkScenarioData(read.data, file) : read;
}

/** The same check on a file already read as JSON (a learner's variant is one: docs/decisions/0142). */
export function checkScenarioData(data: unknown, file: string): CheckedScenario {
  try {
    const parsed = parseScenario(data, file);
    if (!parsed.ok) return parsed;
    const solved = solveScenario(parsed.scenario);
    const issues = [...solvabilityIssues(parsed.scenario, solved.result, file), ...notesIssues(parsed.scenario, solved.result, file)];
    return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: parsed.scenario, solved, warnings: parsed.warnings, data };
  } catch (error) {
    return { ok: false, issues: [engineFailure(error, file)] };
  }
}

/** The top-level fields of a scenario file: a DomainError whose field starts with one names the file's field. */
const SCENARIO_FIELDS: ReadonlySet<string> = new Set(Object.keys(scenarioSchema.shape));

function isScenarioPath(field: string): boolean {
  return SCENARIO_FIELDS.has(/^[A-Za-z$]+/.exec(field)?.[0] ?? "");
}

/**
 * What stopped the engine on a file. A rule that cannot apply to the data is reported at the
 * file's field it names; a field of the engine's own documents (« lines[0] » of an invoice it
 * built) is not the file's, so it is left out of the path rather than mislead. Anything else is a
 * bug of the engine, said as such, on that file only.
 */
export function engineFailure(error: unknown, file: string): ScenarioIssue {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof DomainError)) return { file, path: "", message: `erreur interne du moteur sur ce fichier\u00a0: ${message}` };
  const field = error.field ?? "";
  // DomainError messages start with their field ("order.customer.newCustomer : …"): said once.
  const text = field !== "" ? withoutLabel(message, field) : message;
  return isScenarioPath(field)
    ? { file, path: field, message: `le moteur ne parvient pas à jouer ce scénario\u00a0: ${text}` }
    : { file, path: "", message: `le moteur ne parvient pas à jouer ce scénario (calcul de «\u00a0${field || error.code}\u00a0»)\u00a0: ${text}` };
}

function solvabilityIssues(scenario: Scenario, result: PlayResult, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (!result.finished) {
    const why = result.stoppedReason ? ` (${result.stoppedReason})` : "";
    issues.push({ file, path: "", message: `le corrigé du moteur n'arrive pas au bout du scénario${why}` });
  }
  result.rejected.forEach((rejection) => {
    issues.push({ file, path: "", message: `le corrigé du moteur bute sur l'action n° ${rejection.index + 1} (${rejection.event.type})\u00a0: ${rejection.reason}` });
  });
  scenario.stages.forEach((stage, i) => {
    const output = result.stages.find((s) => s.stage === stage);
    if (output === undefined) {
      const skipped = result.skipped.find((s) => s.stage === stage);
      const why = skipped ? `\u00a0: ${skipped.reason} Retirez-la de stages, ou changez la situation` : "";
      issues.push({ file, path: `stages[${i}]`, message: `l'étape «\u00a0${STAGE_LABELS[stage]}\u00a0» n'est pas atteinte par le corrigé du moteur${why}` });
    } else if (output.score.points !== output.score.maxPoints) {
      issues.push({
        file,
        path: `stages[${i}]`,
        message: `le corrigé du moteur n'obtient que ${output.score.points} / ${output.score.maxPoints} points à l'étape «\u00a0${STAGE_LABELS[stage]}\u00a0»\u00a0: les données se contredisent`,
      });
    } else if (output.score.maxPoints === 0) {
      issues.push({ file, path: `stages[${i}]`, message: `l'étape «\u00a0${STAGE_LABELS[stage]}\u00a0» ne contient aucune décision à prendre` });
    }
  });
  return issues;
}

/** How many of a stage's points a message lists: a follow-up has one per invoice and day. */
const POINTS_LISTED = 10;

/** « : ceux de son étape sont « intake.account », « intake.credit »… », the ids of the stage the key names (its first word), so a typo shows its fix. */
function pointsOfItsStage(key: string, known: ReadonlySet<string>): string {
  const stage = key.split(".")[0] ?? "";
  const ids = [...known].filter((id) => id.split(".")[0] === stage);
  if (ids.length === 0) return "";
  const listed = ids.slice(0, POINTS_LISTED).map((id) => `«\u00a0${id}\u00a0»`).join(", ");
  return `\u00a0: ceux de cette étape sont ${listed}${ids.length > POINTS_LISTED ? "…" : ""}`;
}

/**
 * A note keyed on an id no decision point carries would never be shown: a teacher's typo must fail
 * loudly. Known ids: the stages' static lists, and the ids the solved run actually met (follow-up
 * ids carry an invoice and a date).
 */
function notesIssues(scenario: Scenario, result: PlayResult, file: string): ScenarioIssue[] {
  const known = new Set<string>([
    // Templates such as "followUp.<facture>.<date>" describe ids; they are not ids.
    ...scenario.stages.flatMap((stage) => STAGES[stage].decisionPoints.map((point) => point.id).filter((id) => !id.includes("<"))),
    ...result.trace.map((entry) => entry.decisionPoint),
  ]);
  const unknownKey = (section: "explanations" | "hints") => (key: string) =>
    known.has(key) ? [] : [{ file, path: `notes.${section}.${key}`, message: `aucun point de décision «\u00a0${key}\u00a0» dans ce scénario${pointsOfItsStage(key, known)}` }];
  return [...Object.keys(scenario.notes.explanations).flatMap(unknownKey("explanations")), ...Object.keys(scenario.notes.hints).flatMap(unknownKey("hints"))];
}

/** The same check on a file's bytes: what is not UTF-8 (or too large) is refused before anything else. */
export function checkScenarioBytes(bytes: Uint8Array, file: string): CheckedScenario {
  const decoded = decodeScenarioBytes(bytes, file);
  return decoded.ok ? checkScenarioText(decoded.text, file) : decoded;
}
