import type { ControlOutcome, ControlReport, TraceEntry } from "@/domain";
import type { ControlMarking } from "./ControlDocument";
import type { ControlResultLists } from "./ControlResults";

/**
 * Reading the corrected copy the invoice-control machine hands back (domain/control/judge.ts
 * `controlReport`): the judging is the engine's, these only look outcomes up.
 */

/** The outcome drawn on each target of the invoice or of the list of mentions. */
export function outcomesByTarget(report: ControlReport): Map<string, ControlOutcome> {
  return new Map(report.outcomes.flatMap(({ outcome, targets }) => targets.map((target): [string, ControlOutcome] => [target, outcome])));
}

/** The stage's trace sorted into hits, misses and false alarms, by the report's outcome of each decision point. */
export function resultLists(report: ControlReport, trace: readonly TraceEntry[]): ControlResultLists {
  const outcomes = new Map(report.outcomes.map(({ decisionPoint, outcome }) => [decisionPoint, outcome]));
  const withOutcome = (outcome: ControlOutcome) => trace.filter((entry) => outcomes.get(entry.decisionPoint) === outcome);
  return { hits: withOutcome("hit"), misses: withOutcome("missed"), falseAlarms: withOutcome("falseAlarm") };
}

/** The learner's marks with their outcomes, nothing left to toggle: the marking of a corrected copy. */
export function correctedMarking(report: ControlReport): ControlMarking {
  const outcomes = outcomesByTarget(report);
  return {
    isMarked: (target) => report.marks.includes(target),
    canToggle: () => false,
    outcomeOf: (target) => outcomes.get(target),
  };
}
