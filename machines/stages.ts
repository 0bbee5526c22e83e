/**
 * The five stage machines of the course, by stage id, with their decision points: the one registry
 * the player, the command line and the tests use to reach a stage. The answer keys (solvers and
 * wrong answers) are not here but in answerKey/, so that the player page does not carry them.
 */
import type { ActorRefFrom, AnyStateMachine } from "xstate";
import type { StageId } from "@/domain";
import { invoiceControlMachine, INVOICE_CONTROL_DECISION_POINTS } from "./invoiceControl";
import { invoicingMachine, INVOICING_DECISION_POINTS } from "./invoicing";
import { orderIntakeMachine, ORDER_INTAKE_DECISION_POINTS } from "./orderIntake";
import { orderProcessingMachine, ORDER_PROCESSING_DECISION_POINTS } from "./orderProcessing";
import { paymentFollowUpMachine, PAYMENT_FOLLOW_UP_DECISION_POINTS } from "./paymentFollowUp";

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

/** The running actor of stage `S`'s machine. */
export type StageActor<S extends StageId> = ActorRefFrom<StageMachines[S]>;

/**
 * The stage being played and its actor, typed together: checking `stage` narrows `actor` to that
 * stage's machine, so a view reads its context and asks `can` without a cast (machines/player.ts
 * `runningStage`).
 */
export type RunningStage = { [S in StageId]: { stage: S; actor: StageActor<S> } }[StageId];

/** A learner or clock event of any stage machine. */
export type StageEvent = { type: string } & Record<string, unknown>;

export interface StageDefinition {
  machine: AnyStateMachine;
  decisionPoints: readonly { id: string; label: string }[];
}

export const STAGES: Readonly<Record<StageId, StageDefinition>> = {
  orderIntake: { machine: STAGE_MACHINES.orderIntake, decisionPoints: ORDER_INTAKE_DECISION_POINTS },
  orderProcessing: { machine: STAGE_MACHINES.orderProcessing, decisionPoints: ORDER_PROCESSING_DECISION_POINTS },
  invoicing: { machine: STAGE_MACHINES.invoicing, decisionPoints: INVOICING_DECISION_POINTS },
  invoiceControl: { machine: STAGE_MACHINES.invoiceControl, decisionPoints: INVOICE_CONTROL_DECISION_POINTS },
  paymentFollowUp: { machine: STAGE_MACHINES.paymentFollowUp, decisionPoints: PAYMENT_FOLLOW_UP_DECISION_POINTS },
};

/** A decision point's title (« Encours et plafond »), or its id when the stage lists none for it (a dated follow-up point). */
export function decisionPointLabel(stage: StageId, decisionPoint: string): string {
  return STAGES[stage].decisionPoints.find((point) => point.id === decisionPoint)?.label ?? decisionPoint;
}
