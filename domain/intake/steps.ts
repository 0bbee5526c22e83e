/**
 * The steps of stage 1 in the course's order: the seven checks, then the decision. This list is
 * the one place where a step's place and definition live (docs/decisions/0099, 0103); every
 * table the machine, the key and the screens need (ids, labels, hints, titles, policies, events,
 * the key's parts) is read from it. How the engine's key plays each step is in `answers.ts`,
 * which the machine does not load.
 */
import type { Judgement } from "../judgement";
import type { Ledger } from "../ledger";
import { capitalize } from "../text";
import { ACCOUNT_STEP } from "./account";
import { CONDITIONS_STEP } from "./conditions";
import { CREDIT_STEP } from "./credit";
import { DECISION_STEP } from "./decision";
import { DEPOSIT_STEP } from "./deposit";
import { ELEMENTS_STEP } from "./elements";
import type { IntakeKey } from "./key";
import { SOLVENCY_STEP } from "./solvency";
import { STOCK_STEP } from "./stock";
import type { IntakeOutcome, IntakePolicy, IntakeStepRecord, StepEvent } from "./vocabulary";

/** The checks, in the course's order: a new check is one line here. */
export const INTAKE_CHECK_RECORDS = [ACCOUNT_STEP, SOLVENCY_STEP, CREDIT_STEP, CONDITIONS_STEP, ELEMENTS_STEP, STOCK_STEP, DEPOSIT_STEP] as const;

/** The checks, then the decision they lead to. */
export const INTAKE_STEP_RECORDS = [...INTAKE_CHECK_RECORDS, DECISION_STEP] as const;

type StepRecord = (typeof INTAKE_STEP_RECORDS)[number];
/** The record of one step. */
export type IntakeStepRecordOf<S extends IntakeStep> = Extract<StepRecord, { step: S }>;
export type IntakeStep = StepRecord["step"];
export type IntakeCheck = (typeof INTAKE_CHECK_RECORDS)[number]["step"];

/** Each step's part of the answer key, by step: the type of `IntakeKey` without the order to record. */
export type IntakeKeyParts = { [R in StepRecord as R["step"]]: ReturnType<R["derive"]> };

/** Every learner event that answers a step: the stage's events, saved and replayed under these names. */
export type IntakeAnswerEvent = StepEvent<StepRecord>;

/**
 * The records read as one kind: each is only ever called with its own part of the key and its own
 * events (found by the event's type), which their method signatures allow (vocabulary.ts).
 */
const RECORDS: readonly IntakeStepRecord<IntakeStep, unknown, unknown, IntakeAnswerEvent>[] = INTAKE_STEP_RECORDS;

/** The seven checks in the course's order, then the decision. */
export const INTAKE_STEPS: readonly IntakeStep[] = RECORDS.map((record) => record.step);

function byStep<T>(value: (record: (typeof RECORDS)[number]) => T): Readonly<Record<IntakeStep, T>> {
  return Object.fromEntries(RECORDS.map((record) => [record.step, value(record)])) as Record<IntakeStep, T>;
}

const INTAKE_STEP_LABELS = byStep((record) => record.label);
const INTAKE_GLOSSARY = byStep((record) => record.glossary);

/** Stable ids: teachers key explanations and hints on them. */
export const INTAKE_DECISION_POINT_IDS: Readonly<Record<IntakeStep, string>> = byStep((record) => `intake.${record.step}`);

/** Hints given after the teacher's own (scenario notes.hints), in this order. */
export const INTAKE_DEFAULT_HINTS: Readonly<Record<IntakeStep, string[]>> = byStep((record) => record.hints);

/** The company's rules each step is judged against (the decision weighs them all). */
export const INTAKE_STEP_POLICIES: Readonly<Record<IntakeStep, readonly IntakePolicy[]>> = byStep((record) => record.policies);

/** The decision points of the stage with their checklist titles, in the course's order. */
export const INTAKE_DECISION_POINTS: { id: string; label: string }[] = RECORDS.map((record) => ({ id: INTAKE_DECISION_POINT_IDS[record.step], label: record.title }));

// ───────────────────────────── The answers ─────────────────────────────

/** Which step each learner event answers (both account events answer check 1). */
export const STEP_OF_ANSWER = Object.fromEntries(RECORDS.flatMap((record) => record.answeredBy.map((type) => [type, record.step]))) as Readonly<
  Record<IntakeAnswerEvent["type"], IntakeStep>
>;

const RECORD_OF_STEP = byStep((record) => record);

function recordOf(event: IntakeAnswerEvent): (typeof RECORDS)[number] {
  return RECORD_OF_STEP[STEP_OF_ANSWER[event.type]];
}

/** An answer its step takes; one it does not (a figure missing, a reason unwritten) is no move at all. */
export function isIntakeAnswerComplete(event: IntakeAnswerEvent): boolean {
  return recordOf(event).isComplete?.(event) ?? true;
}

/** An answer judged against its step's part of the key; `ledger` is the stage's PGI before it. */
export function judgeIntakeAnswer(key: IntakeKey, ledger: Ledger, event: IntakeAnswerEvent): IntakeOutcome & { step: IntakeStep } {
  const record = recordOf(event);
  return { step: record.step, ...record.judge(key[record.step], event, ledger) };
}

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
    ? `«\u00a0${INTAKE_STEP_LABELS[attempted]}\u00a0» (${stepNumber(attempted)}) est déjà fait\u00a0: un contrôle ne se refait pas.`
    : `«\u00a0${INTAKE_STEP_LABELS[attempted]}\u00a0» (${stepNumber(attempted)}) vient plus tard.`;
  return {
    correct: false,
    answer: `${capitalize(INTAKE_STEP_LABELS[attempted])} contrôlé hors de l'ordre`,
    expected: current === "decision" ? "La décision" : `${capitalize(INTAKE_STEP_LABELS[current])} (${stepNumber(current)})`,
    explanation: `${what} Le cours impose l'ordre des contrôles avant d'accepter une commande\u00a0: ${COURSE_ORDER_TEXT}, puis la décision. Étape attendue maintenant\u00a0: ${current === "decision" ? "la décision" : `${INTAKE_STEP_LABELS[current]} (${stepNumber(current)})`}.`,
    glossary: INTAKE_GLOSSARY[attempted],
  };
}
