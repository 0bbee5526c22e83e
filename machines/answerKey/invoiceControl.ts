/**
 * Stage 4's answer key played as learner events: every anomaly marked, then the submission; a
 * wrong answer points at a correct mention next to an anomaly.
 * Not part of the machine: the player never loads it; the check of a scenario (../scenarioCheck.ts),
 * the command line and the tests do (docs/decisions/0101).
 */
import { controlAnswerKey, controlSubject, type ControlAnswerKey } from "@/domain";
import type { StageInput } from "../contract";
import type { InvoiceControlContext, InvoiceControlEvent } from "../invoiceControl";
import type { StageDriver } from "./walk";

/** The answer key of the stage, as the machine derives it (for tests, tools and the teacher's view). */
export function invoiceControlKey(input: StageInput): ControlAnswerKey {
  const { document, options } = controlSubject(input);
  return controlAnswerKey(document, options);
}

/** Concrete decision points of one input, in the order of the trace. */
export function invoiceControlDecisionPoints(input: StageInput): { id: string; label: string }[] {
  return invoiceControlKey(input).points.map((p) => ({ id: p.id, label: p.label }));
}

/** Mark each anomaly by the target that names it, then submit. */
export function solveInvoiceControl(input: StageInput): InvoiceControlEvent[] {
  return solvedFrom(invoiceControlKey(input));
}

function solvedFrom(key: ControlAnswerKey): InvoiceControlEvent[] {
  const marks = key.points.filter((p) => p.kind !== "conforming").map((p): InvoiceControlEvent => ({ type: "learner.findingMarked", field: p.key }));
  return [...marks, { type: "learner.controlSubmitted" }];
}

/**
 * The same key played on a stage already running (the player's, when a whole scenario is solved):
 * the machine derived it from the same input when it started (`context.answerKey`), so it is not derived twice.
 */
export function playInvoiceControlKey(driver: StageDriver<{ context: Pick<InvoiceControlContext, "answerKey"> }, InvoiceControlEvent>): void {
  solvedFrom(driver.snapshot().context.answerKey).forEach((event) => driver.send(event));
}

/**
 * A plausible slip for a mark: pointing at a correct mention or figure next to the anomaly
 * (same area first), which misses the anomaly and raises a false alarm.
 */
export function wrongAnswers(input: StageInput, event: InvoiceControlEvent): InvoiceControlEvent[] {
  if (event.type !== "learner.findingMarked") return [];
  const key = invoiceControlKey(input);
  const point = key.points.find((p) => p.accepted.includes(event.field));
  const anomalous = new Set(key.points.flatMap((p) => p.accepted));
  const correct = key.targets.printed.filter((t) => !anomalous.has(t.target) && t.value !== "");
  const near = correct.find((t) => point !== undefined && t.area === point.area) ?? correct[0];
  return near === undefined ? [] : [{ type: "learner.findingMarked", field: near.target }];
}
