/**
 * What every step of stage 1 shares: the shape of a step's record (docs/decisions/0099, 0103), of
 * its part of the answer key, and what the key is derived from.
 */
import type { Ledger } from "../ledger";
import type { IsoDate } from "../dates";
import type { Judgement } from "../judgement";
import type { IncomingOrder, Scenario, ScenarioPolicies } from "../scenarioTypes";
import type { AccountDerivation } from "./account";
import type { OrderTotals, PricedLine } from "./order";

/** What the key is derived from: a StageInput fits. */
export interface IntakeKeyInput {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
}

/**
 * What every part of the key is derived from: the scenario and its order, and check 1's account,
 * which gives the PGI the other checks read (a new customer's account opened) and the order's prices.
 */
export interface IntakeFacts {
  scenario: Scenario;
  policies: ScenarioPolicies;
  today: IsoDate;
  order: IncomingOrder;
  account: AccountDerivation;
  priced: readonly PricedLine[];
  totals: OrderTotals;
}

/** A learner's answer, as the machine receives it: saved games and recorded traces replay these names. */
export interface LearnerEvent {
  type: `learner.${string}`;
}

/** A step judged: its judgement, and what it changes in the PGI (check 1 opens or picks the account). */
export interface IntakeOutcome {
  judgement: Judgement;
  ledger?: Ledger;
  customerId?: string;
}

/** The company's rules a step is judged against, shown in full next to its form. */
export type IntakePolicy = "newCustomer" | "creditExceeded" | "insolvency" | "incidents" | "deposit" | "severalDeposits";

/** What the check's wrong answers may read: its part of the key, the parts before it, the input. */
export interface WrongAnswerSource<Key, Earlier> {
  key: Key;
  earlier: Earlier;
  input: IntakeKeyInput;
}

/**
 * One step of the stage, as the course names it, with everything the machine, the key and the
 * screens need: the record its file declares and `steps.ts` puts in the course's order. The
 * machine's states and events, the key and the tables of labels, ids, hints and policies are all
 * read from these records. How the engine's key plays the step is the file's second export
 * (`IntakeStepAnswers`), which no learner page loads.
 *
 * `Key` is the step's part of the answer key; `Earlier` the parts of the steps before it that its
 * derivation reads; `Event` the learner events that answer it.
 * Methods, not function properties: their parameters are compared both ways, so that the list of
 * different records can be read as one kind of record (steps.ts), each called only with its own
 * part of the key and its own events.
 */
export interface IntakeStepRecord<Step extends string = string, Key = unknown, Earlier = unknown, Event extends LearnerEvent = LearnerEvent> {
  step: Step;
  /** "encours et plafond": the step inside a sentence. */
  label: string;
  /** "3. Encours et plafond": the title of its decision point on the checklist. */
  title: string;
  /** Glossary terms the feedback links to. */
  glossary: string[];
  /** Hints given after the teacher's own (scenario notes.hints), in this order. */
  hints: string[];
  /** The company's rules shown with its form. */
  policies: readonly IntakePolicy[];
  /** Its part of the key: what the data imply, never written by hand. */
  derive(facts: IntakeFacts, earlier: Earlier): Key;
  /** The learner events that answer it (both account events answer check 1). */
  answeredBy: readonly Event["type"][];
  /** An answer the step does not take (a figure missing): no transition, `snapshot.can` is false. */
  isComplete?(event: Event): boolean;
  /** The answer against its part of the key; the PGI given is the stage's, before the answer. */
  judge(key: Key, event: Event, ledger: Ledger): IntakeOutcome;
}

/** Keeps the step's literal id and its types, so that the list of records gives the unions of steps and events. */
export function defineStep<Step extends string, Key, Earlier, Event extends LearnerEvent>(record: IntakeStepRecord<Step, Key, Earlier, Event>): IntakeStepRecord<Step, Key, Earlier, Event> {
  return record;
}

/**
 * How the engine's key plays a step: its solver and plausible wrong answers (`SOLVENCY_ANSWERS`
 * for `SOLVENCY_STEP`), all written in `answers.ts`, a module apart from the records, read by the
 * answer key (machines/answerKey/) only. Kept out of the record and of its file so that the
 * machine, hence a learner's page, never carries the solver nor the wrong answers: the bundler
 * keeps an export that any page reads, even by import(), in the module that holds it
 * (docs/decisions/0101, 0103, 0117).
 */
export interface IntakeStepAnswers<Key = unknown, Earlier = unknown, Event extends LearnerEvent = LearnerEvent> {
  /** The answer the engine's key gives, full marks. */
  solve(key: Key): Event;
  /** Plausible wrong variants of a solver's answer: each must lose the point and say why. */
  wrongAnswers(event: Event, source: WrongAnswerSource<Key, Earlier>): Event[];
}

/** The learner events a record's step takes. */
export type StepEvent<R> = R extends IntakeStepRecord<string, unknown, unknown, infer Event> ? Event : never;

/** The answers of a record's step, typed from the record: `SOLVENCY_ANSWERS: StepAnswers<typeof SOLVENCY_STEP>`. */
export type StepAnswers<R> = R extends IntakeStepRecord<string, infer Key, infer Earlier, infer Event> ? IntakeStepAnswers<Key, Earlier, Event> : never;

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
