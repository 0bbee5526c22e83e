/**
 * The five stage machines of the course, by stage id, with their solvers: the one registry the
 * player, the command line and the tests use to reach a stage.
 */
import type { AnyStateMachine } from "xstate";
import type { StageId } from "@/domain";
import type { StageInput } from "./contract";
import { invoiceControlMachine, solveInvoiceControl, wrongAnswers as wrongControlAnswers, INVOICE_CONTROL_DECISION_POINTS } from "./invoiceControl";
import { invoicingMachine, solveInvoicing, wrongAnswers as wrongInvoicingAnswers, INVOICING_DECISION_POINTS } from "./invoicing";
import { orderIntakeMachine, solveOrderIntake, wrongAnswers as wrongIntakeAnswers, ORDER_INTAKE_DECISION_POINTS } from "./orderIntake";
import {
  orderProcessingMachine,
  solveOrderProcessing,
  wrongAnswers as wrongProcessingAnswers,
  ORDER_PROCESSING_DECISION_POINTS,
} from "./orderProcessing";
import {
  paymentFollowUpMachine,
  solvePaymentFollowUp,
  wrongAnswers as wrongFollowUpAnswers,
  PAYMENT_FOLLOW_UP_DECISION_POINTS,
} from "./paymentFollowUp";

/**
 * The machine of each stage, each with its own type: a stage's panel receives its own machine's
 * actor and snapshot (components/stages/types.ts). A missing stage fails the type check.
 */
export const STAGE_MACHINES = {
  orderIntake: orderIntakeMachine,
  orderProcessing: orderProcessingMachine,
  invoicing: invoicingMachine,
  invoiceControl: invoiceControlMachine,
  paymentFollowUp: paymentFollowUpMachine,
} as const satisfies Record<StageId, AnyStateMachine>;
export type StageMachines = typeof STAGE_MACHINES;

/** A learner or clock event of any stage machine. */
export type StageEvent = { type: string } & Record<string, unknown>;

export interface StageDefinition {
  machine: AnyStateMachine;
  solve: (input: StageInput) => StageEvent[];
  wrongAnswers: (input: StageInput, event: StageEvent) => StageEvent[];
  decisionPoints: readonly { id: string; label: string }[];
}

// Each stage types its own events precisely; the registry only needs them as plain event objects.
function define(
  machine: AnyStateMachine,
  solve: (input: StageInput) => readonly object[],
  wrongAnswers: (input: StageInput, event: never) => readonly object[],
  decisionPoints: readonly { id: string; label: string }[],
): StageDefinition {
  return {
    machine,
    solve: (input) => solve(input) as StageEvent[],
    wrongAnswers: (input, event) => (wrongAnswers as (i: StageInput, e: StageEvent) => readonly object[])(input, event) as StageEvent[],
    decisionPoints,
  };
}

export const STAGES: Readonly<Record<StageId, StageDefinition>> = {
  orderIntake: define(STAGE_MACHINES.orderIntake, solveOrderIntake, wrongIntakeAnswers, ORDER_INTAKE_DECISION_POINTS),
  orderProcessing: define(STAGE_MACHINES.orderProcessing, solveOrderProcessing, wrongProcessingAnswers, ORDER_PROCESSING_DECISION_POINTS),
  invoicing: define(STAGE_MACHINES.invoicing, solveInvoicing, wrongInvoicingAnswers, INVOICING_DECISION_POINTS),
  invoiceControl: define(STAGE_MACHINES.invoiceControl, solveInvoiceControl, wrongControlAnswers, INVOICE_CONTROL_DECISION_POINTS),
  paymentFollowUp: define(STAGE_MACHINES.paymentFollowUp, solvePaymentFollowUp, wrongFollowUpAnswers, PAYMENT_FOLLOW_UP_DECISION_POINTS),
};
