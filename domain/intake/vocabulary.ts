/**
 * What every check of stage 1 shares: the shape of a check's record (docs/decisions/0099), of its
 * part of the answer key, and what the key is derived from.
 */
import type { Ledger } from "../ledger";
import type { IsoDate } from "../dates";
import type { Scenario } from "../scenarioTypes";

/**
 * One step of the stage, as the course names it: the record its file declares and `steps.ts`
 * puts in the course's order. Tables of labels, ids and hints are read from these records.
 */
export interface IntakeStepRecord<Step extends string = string> {
  step: Step;
  /** "encours et plafond": the step inside a sentence. */
  label: string;
  /** "3. Encours et plafond": the title of its decision point on the checklist. */
  title: string;
  /** Glossary terms the feedback links to. */
  glossary: string[];
  /** Hints given after the teacher's own (scenario notes.hints), in this order. */
  hints: string[];
}

/** Keeps the step's literal id, so that the list of records gives the `IntakeStep` union. */
export function defineStep<Step extends string>(record: IntakeStepRecord<Step>): IntakeStepRecord<Step> {
  return record;
}

/** An amount a form sends: whole cents, never negative. */
export function isTypedAmount(cents: number | undefined): cents is number {
  return cents !== undefined && Number.isSafeInteger(cents) && cents >= 0;
}

/** A check's part of the answer key: the expected answer, in data and in French, and why. */
export interface KeyPart<T> {
  expected: T;
  expectedText: string;
  explanation: string;
  glossary: string[];
}

/** What the key is derived from: a StageInput fits. */
export interface IntakeKeyInput {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
}
