/**
 * How the engine's key plays stage 1, step by step: each check file's second export, gathered
 * for the answer key (machines/answerKey/orderIntake.ts), the only importer. Neither the machine
 * nor a screen reads this table, so a learner's page carries no solver and no wrong answer
 * (docs/decisions/0101, 0103); a new step's answers are demanded here by the compiler.
 */
import { ACCOUNT_ANSWERS } from "./account";
import { CONDITIONS_ANSWERS } from "./conditions";
import { CREDIT_ANSWERS } from "./credit";
import { DECISION_ANSWERS } from "./decision";
import { DEPOSIT_ANSWERS } from "./deposit";
import { ELEMENTS_ANSWERS } from "./elements";
import { SOLVENCY_ANSWERS } from "./solvency";
import type { IntakeStep, IntakeStepRecordOf } from "./steps";
import { STOCK_ANSWERS } from "./stock";
import type { StepAnswers } from "./vocabulary";

export const INTAKE_STEP_ANSWERS: { readonly [S in IntakeStep]: StepAnswers<IntakeStepRecordOf<S>> } = {
  account: ACCOUNT_ANSWERS,
  solvency: SOLVENCY_ANSWERS,
  credit: CREDIT_ANSWERS,
  conditions: CONDITIONS_ANSWERS,
  elements: ELEMENTS_ANSWERS,
  stock: STOCK_ANSWERS,
  deposit: DEPOSIT_ANSWERS,
  decision: DECISION_ANSWERS,
};
