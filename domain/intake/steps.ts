/**
 * The steps of stage 1 in the course's order: the seven checks, then the decision. This list is
 * the one place where a step's place and definition live (docs/decisions/0099); every table the
 * machine and the screens need (ids, labels, hints, titles) is read from it.
 */
import type { Judgement } from "../judgement";
import { capitalize } from "../text";
import { ACCOUNT_STEP } from "./account";
import { CONDITIONS_STEP } from "./conditions";
import { CREDIT_STEP } from "./credit";
import { DECISION_STEP } from "./decision";
import { DEPOSIT_STEP } from "./deposit";
import { ELEMENTS_STEP } from "./elements";
import { SOLVENCY_STEP } from "./solvency";
import { STOCK_STEP } from "./stock";

export const INTAKE_STEP_RECORDS = [ACCOUNT_STEP, SOLVENCY_STEP, CREDIT_STEP, CONDITIONS_STEP, ELEMENTS_STEP, STOCK_STEP, DEPOSIT_STEP, DECISION_STEP] as const;

export type IntakeStep = (typeof INTAKE_STEP_RECORDS)[number]["step"];
export type IntakeCheck = Exclude<IntakeStep, "decision">;
type StepRecord = (typeof INTAKE_STEP_RECORDS)[number];

/** The seven checks in the course's order, then the decision. */
export const INTAKE_STEPS: readonly IntakeStep[] = INTAKE_STEP_RECORDS.map((record) => record.step);

function byStep<T>(value: (record: StepRecord) => T): Readonly<Record<IntakeStep, T>> {
  return Object.fromEntries(INTAKE_STEP_RECORDS.map((record) => [record.step, value(record)])) as Record<IntakeStep, T>;
}

const INTAKE_STEP_LABELS = byStep((record) => record.label);
const INTAKE_GLOSSARY = byStep((record) => record.glossary);

/** Stable ids: teachers key explanations and hints on them. */
export const INTAKE_DECISION_POINT_IDS: Readonly<Record<IntakeStep, string>> = byStep((record) => `intake.${record.step}`);

/** Hints given after the teacher's own (scenario notes.hints), in this order. */
export const INTAKE_DEFAULT_HINTS: Readonly<Record<IntakeStep, string[]>> = byStep((record) => record.hints);

/** The decision points of the stage with their checklist titles, in the course's order. */
export const INTAKE_DECISION_POINTS: { id: string; label: string }[] = INTAKE_STEP_RECORDS.map((record) => ({ id: INTAKE_DECISION_POINT_IDS[record.step], label: record.title }));

// ───────────────────────────── The course's order ─────────────────────────────

const COURSE_ORDER_TEXT = INTAKE_STEPS.filter((s) => s !== "decision")
  .map((s, i) => `${i + 1}. ${INTAKE_STEP_LABELS[s]}`)
  .join(", ");

function stepNumber(step: IntakeStep): string {
  return step === "decision" ? "la décision" : `contrôle ${INTAKE_STEPS.indexOf(step) + 1}`;
}

/** A check sent out of the course's order: recorded at 0, explained, and the stage does not advance. */
export function outOfOrderJudgement(current: IntakeStep, attempted: IntakeCheck): Judgement {
  const done = INTAKE_STEPS.indexOf(attempted) < INTAKE_STEPS.indexOf(current);
  const what = done
    ? `« ${INTAKE_STEP_LABELS[attempted]} » (${stepNumber(attempted)}) est déjà fait : un contrôle ne se refait pas.`
    : `« ${INTAKE_STEP_LABELS[attempted]} » (${stepNumber(attempted)}) vient plus tard.`;
  return {
    correct: false,
    answer: `${capitalize(INTAKE_STEP_LABELS[attempted])} contrôlé hors de l'ordre`,
    expected: current === "decision" ? "La décision" : `${capitalize(INTAKE_STEP_LABELS[current])} (${stepNumber(current)})`,
    explanation: `${what} Le cours impose l'ordre des contrôles avant d'accepter une commande : ${COURSE_ORDER_TEXT}, puis la décision. Étape attendue maintenant : ${current === "decision" ? "la décision" : `${INTAKE_STEP_LABELS[current]} (${stepNumber(current)})`}.`,
    glossary: INTAKE_GLOSSARY[attempted],
  };
}
