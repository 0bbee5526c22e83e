/**
 * The learner's marks against the answer key: each decision point found or missed, the false
 * alarms explained, and the corrected copy handed back (docs/decisions/0062, 0063).
 */
import { withDiagnosis } from "../diagnosis";
import type { InvoiceDocument } from "../documents";
import { ADMINISTRATIVE_FINES, administrativeFineText } from "../fines";
import type { Judgement } from "../judgement";
import { MENTIONS, type MentionCode } from "./catalogue";
import { mentionContext } from "./check";
import { controlGlossary } from "./hints";
import { controlPointId, labelOf, type ControlAnswerKey, type ControlOptions, type ControlPoint } from "./key";
import type { ControlTargets } from "./targets";
import type { MentionList } from "./vocabulary";

export interface ControlJudgement {
  /** Each decision point, found or not. */
  results: { point: ControlPoint; found: boolean }[];
  /** Marks that point at no anomaly. */
  falseAlarms: { target: string; label: string; explanation: string }[];
}

/** Whether a mark finds a decision point. A conforming invoice is found by marking nothing. */
export function isFound(point: ControlPoint, marks: readonly string[]): boolean {
  if (point.kind === "conforming") return marks.length === 0;
  return point.accepted.some((target) => marks.includes(target));
}

/** Why a mark that finds nothing is wrong: the mention is there and right, or not required. */
export function falseAlarmExplanation(key: ControlAnswerKey, doc: InvoiceDocument, target: string, options: ControlOptions): string {
  const printed = key.targets.printed.find((t) => t.target === target);
  const mention = key.targets.mentions.find((t) => t.target === target);
  if (printed !== undefined) {
    if (printed.value === "") return `${printed.label}\u00a0: case vide, ce n'est pas une anomalie au regard de la liste contrôlée.`;
    return `${printed.label} (${printed.value})\u00a0: cette mention est présente et exacte.`;
  }
  if (mention !== undefined) {
    const condition = MENTIONS[mention.target as MentionCode].applies;
    const context = mentionContext(doc, options);
    if (condition !== undefined && !condition.when(doc, context)) {
      const why = typeof condition.otherwise === "string" ? condition.otherwise : condition.otherwise(doc, context);
      return `${mention.label}\u00a0: cette mention n'est pas exigée sur cette facture (${why}).`;
    }
    return `${mention.label}\u00a0: cette mention est présente et exacte.`;
  }
  return `${target}\u00a0: cette mention est présente et exacte.`;
}

export function judgeControl(key: ControlAnswerKey, doc: InvoiceDocument, marks: readonly string[], options: ControlOptions): ControlJudgement {
  const results = key.points.map((point) => ({ point, found: isFound(point, marks) }));
  const accepted = new Set(key.points.flatMap((p) => p.accepted));
  const all = [...key.targets.printed, ...key.targets.mentions];
  const falseAlarms = marks
    .filter((mark) => !accepted.has(mark))
    .map((target) => ({ target, label: labelOf(target, all), explanation: falseAlarmExplanation(key, doc, target, options) }));
  return { results, falseAlarms };
}

/** One decision point of the control judged, as the trace records it. */
export interface ControlPointJudgement extends Judgement {
  decisionPoint: string;
  /** A false alarm costs no hint: hints are asked on anomalies. */
  hintsUsed?: number;
}

const KIND_TEXTS: Readonly<Record<ControlPoint["kind"], string>> = {
  missing: "mention absente",
  wrong: "mention inexacte",
  figure: "montant faux",
  conforming: "rien à marquer",
};

function pointJudgement(point: ControlPoint, found: boolean, marks: readonly string[]): ControlPointJudgement {
  const fines = point.fines ?? [];
  // The administrative fine the anomaly exposes the seller to closes the explanation, with its glossary entry.
  const glossary = [...controlGlossary(point.area), ...fines.map((article) => ADMINISTRATIVE_FINES[article].glossaryId)];
  const why = [...point.messages, ...fines.map(administrativeFineText)].join(" ");
  if (point.kind === "conforming") {
    const count = marks.length;
    return {
      decisionPoint: point.id,
      answer: found ? "Aucune anomalie marquée" : `${count} anomalie${count > 1 ? "s" : ""} marquée${count > 1 ? "s" : ""}`,
      expected: "Facture conforme\u00a0: rien à marquer",
      verdict: found ? "correct" : "wrong",
      correct: found,
      explanation: why,
      glossary,
    };
  }
  return {
    decisionPoint: point.id,
    answer: found ? `Relevé\u00a0: ${point.label}` : "Non relevé",
    expected: `${point.label}\u00a0: ${KIND_TEXTS[point.kind]}`,
    verdict: found ? "correct" : "wrong",
    correct: found,
    explanation: found ? `Bien vu. ${why}` : `Anomalie non relevée. ${why}`,
    ...withDiagnosis(found ? undefined : point.diagnosis),
    glossary,
  };
}

/** The submitted marks judged point by point: each anomaly found or missed, then each false alarm. */
export function judgeControlPoints(key: ControlAnswerKey, doc: InvoiceDocument, marks: readonly string[], options: ControlOptions): ControlPointJudgement[] {
  const judgement = judgeControl(key, doc, marks, options);
  const points = judgement.results.map(({ point, found }) => pointJudgement(point, found, marks));
  const falseAlarms = judgement.falseAlarms.map(
    (alarm): ControlPointJudgement => ({
      decisionPoint: controlPointId(alarm.target),
      answer: `Relevé\u00a0: ${alarm.label}`,
      expected: "Aucune anomalie à cet endroit",
      verdict: "wrong",
      correct: false,
      explanation: alarm.explanation,
      hintsUsed: 0,
      glossary: ["mandatoryMentions"],
    }),
  );
  return [...points, ...falseAlarms];
}

// ---------------------------------------------------------------------------------------------
// The corrected copy
// ---------------------------------------------------------------------------------------------

/** After submission, what a target turned out to be. */
export type ControlOutcome = "hit" | "missed" | "falseAlarm";

/** One decision point of the trace, judged, and where its outcome is drawn on the invoice. */
export interface ControlPointOutcome {
  /** The trace's decision point ("control.sellerSiren"). */
  decisionPoint: string;
  outcome: ControlOutcome;
  /** The marks that found it, the target naming a missed anomaly, the mark of a false alarm; none for a conforming invoice. */
  targets: string[];
}

/**
 * The control handed back as a teacher corrects a paper: the invoice controlled, the targets it
 * offered, the learner's marks and each decision point's outcome. Plain JSON, so that it travels
 * in the stage's output (and a saved game) and the views draw it without judging anything.
 */
export interface ControlReport {
  document: InvoiceDocument;
  list: MentionList;
  targets: ControlTargets;
  marks: string[];
  outcomes: ControlPointOutcome[];
}

/** Where a judged point is drawn: on the marks that found it, or on the target that names it when missed. */
function drawnOn(point: ControlPoint, found: boolean, marks: readonly string[]): string[] {
  if (point.kind === "conforming") return [];
  return found ? point.accepted.filter((target) => marks.includes(target)) : [point.key];
}

/** The corrected copy of a submitted control, from the same judgement as the trace (one outcome per decision point). */
export function controlReport(key: ControlAnswerKey, doc: InvoiceDocument, marks: readonly string[], options: ControlOptions): ControlReport {
  const judgement = judgeControl(key, doc, marks, options);
  const judged = judgement.results.map(({ point, found }): ControlPointOutcome => ({ decisionPoint: point.id, outcome: found ? "hit" : "missed", targets: drawnOn(point, found, marks) }));
  const alarms = judgement.falseAlarms.map(({ target }): ControlPointOutcome => ({ decisionPoint: controlPointId(target), outcome: "falseAlarm", targets: [target] }));
  return { document: doc, list: key.list, targets: key.targets, marks: [...marks], outcomes: [...judged, ...alarms] };
}
