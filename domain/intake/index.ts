/**
 * Stage 1, "Contrôle et suivi des commandes clients": the answer key of the seven checks and of
 * the decision, derived from the scenario's data and the PGI (never written by hand), and the
 * judges that compare a learner's answer with it and explain, with the figures, in French.
 * One file per check: its record says everything the machine and the screens need (its events,
 * key, judge, policies), in the course's order in `steps.ts`; its second export, how the engine's
 * key plays it (solver, wrong answers), is gathered in `answers.ts` for machines/answerKey/ only,
 * out of the learner's pages (docs/decisions/0099, 0101, 0103). The machine (machines/orderIntake.ts)
 * is generated from the records and only asks; the CLI `solve` and the UI show the key.
 */
export { ACCOUNT_STEP, judgeAccount, type AccountAnswer, type AccountEvent, type AccountKey, type AccountOutcome } from "./account";
export { SOLVENCY_STEP, SOLVENCY_VERDICT_LABELS, judgeSolvency, type SolvencyChecked, type SolvencyKey, type SolvencyVerdict } from "./solvency";
export { CREDIT_STEP, CREDIT_VERDICT_LABELS, judgeCredit, type CreditAnswer, type CreditChecked, type CreditKey, type CreditVerdict } from "./credit";
export { CONDITIONS_STEP, judgeConditions, type ConditionsAnswer, type ConditionsApplied, type ConditionsKey } from "./conditions";
export { ELEMENTS_STEP, ELEMENT_ANOMALY_LABELS, judgeElements, type ElementAnomaly, type ElementAnomalyCode, type ElementsChecked, type ElementsKey } from "./elements";
export { STOCK_STEP, STOCK_VERDICT_LABELS, judgeStock, type StockAnswerLine, type StockChecked, type StockKey, type StockLineKey, type StockVerdict } from "./stock";
export { DEFAULT_DEPOSIT_PERCENT, DEPOSIT_STEP, judgeDeposit, type DepositAnswer, type DepositChecked, type DepositKey, type DepositSource } from "./deposit";
export { DECISION_STEP, INTAKE_DECISION_LABELS, isAccepted, judgeDecision, type Decided, type DecisionAnswer, type DecisionKey, type IntakeDecision } from "./decision";
export type { PricedLine } from "./order";
export { deriveIntakeKey, haltMessage, recordIntakeOrder, type IntakeKey, type OrderToRecord } from "./key";
export {
  INTAKE_CHECK_RECORDS,
  INTAKE_DECISION_POINT_IDS,
  INTAKE_DECISION_POINTS,
  INTAKE_DEFAULT_HINTS,
  INTAKE_STEP_POLICIES,
  INTAKE_STEP_RECORDS,
  INTAKE_STEPS,
  isIntakeAnswerComplete,
  judgeIntakeAnswer,
  outOfOrderJudgement,
  STEP_OF_ANSWER,
  type IntakeAnswerEvent,
  type IntakeCheck,
  type IntakeKeyParts,
  type IntakeStep,
  type IntakeStepRecordOf,
} from "./steps";
export type { IntakeFacts, IntakeKeyInput, IntakeOutcome, IntakePolicy, IntakeStepAnswers, IntakeStepRecord, KeyPart, LearnerEvent, StepAnswers, StepEvent, WrongAnswerSource } from "./vocabulary";
