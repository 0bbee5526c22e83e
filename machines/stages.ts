/**
 * The five stage machines of the course, by stage id, with their decision points: the one registry
 * the player, the command line and the tests use to reach a stage. The answer keys (solvers and
 * wrong answers) are not here but in answerKey/, so that the player page does not carry them.
 */
import type { ActorRefFrom, AnyStateMachine } from "xstate";
import { decisionPointFamily, findDocument, STAGE_INVOICE_REF, targetName, type StageId } from "@/domain";
import type { StageOutput } from "./contract";
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

/**
 * The families of points named by their data, each stage's, compiled once: "followUp.<facture>.<date>"
 * becomes a pattern of the point's family (its id without the date, `decisionPointFamily`), each
 * <…> one dot-free segment, the invoice captured; its name is the family's label without its
 * examples (« Saisie d'un règlement reçu (facture, montant, date) » → « Saisie d'un règlement reçu »).
 */
const FAMILIES: Readonly<Record<StageId, readonly { pattern: RegExp; name: string }[]>> = Object.fromEntries(
  Object.entries(STAGES).map(([stage, { decisionPoints }]) => [
    stage,
    decisionPoints.flatMap((point) => {
      if (!point.id.includes("<")) return [];
      const source = point.id
        .replace(/\.<date>$/u, "")
        .split(/(<[^>]+>)/u)
        .map((part) => (part === "<facture>" ? "(?<invoice>[^.]+)" : part.startsWith("<") ? "[^.]+" : part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")))
        .join("");
      return [{ pattern: new RegExp(`^${source}$`, "u"), name: point.label.replace(/\s*\([^)]*\)\s*$/u, "") }];
    }),
  ]),
) as Record<StageId, { pattern: RegExp; name: string }[]>;

/** What a point's name can say that its id does not: the number a game gave the invoice issued at stage 3 ("@stage" in the id). */
export interface PointNaming {
  stageInvoiceNumber?: string;
}

/** The number of the invoice issued at stage 3 of a played game, if one was: for the names of its follow-up points. */
export function pointNamingOf(stages: readonly StageOutput[]): PointNaming {
  const withInvoice = [...stages].reverse().find((output) => output.carried.invoiceId !== undefined);
  const number = withInvoice?.carried.invoiceId === undefined ? undefined : findDocument(withInvoice.ledger, withInvoice.carried.invoiceId)?.number;
  return number === undefined ? {} : { stageInvoiceNumber: number };
}

/** The invoice a follow-up point is about, as the learner knows it: its number, or the one issued at stage 3 ("@stage"). */
function invoiceName(ref: string, naming: PointNaming): string {
  if (ref !== STAGE_INVOICE_REF) return `facture ${ref}`;
  return naming.stageInvoiceNumber === undefined ? "facture établie à l'étape\u00a03" : `facture ${naming.stageInvoiceNumber}`;
}

const CONTROL_POINT = "Point de contrôle de la facture";

/** A point of the invoice control is named by its target (« control.sellerSiren »): the mention or the figure it is about. */
function controlPointLabel(decisionPoint: string): string {
  const name = decisionPoint.startsWith("control.") ? targetName(decisionPoint.slice("control.".length)) : undefined;
  return name === undefined ? CONTROL_POINT : `${CONTROL_POINT}\u00a0: ${name}`;
}

/**
 * A decision point's French name, the same in the learner's review, the teacher's answer key and
 * class results, and the command line: the stage's title for it (« Encours et plafond »); for a
 * point named by its data, its family's name with that data — the invoice of a follow-up point
 * (« Saisie d'un règlement reçu — facture FA-2026-00131 »: two invoices are followed at once; the
 * one issued at stage 3 by the number `naming` gives, which only a played game knows), the
 * mention or figure of a control point (« Point de contrôle de la facture : SIREN du vendeur »);
 * its id only for a point no stage lists.
 */
export function decisionPointLabel(stage: StageId, decisionPoint: string, naming: PointNaming = {}): string {
  const points = STAGES[stage]?.decisionPoints ?? [];
  const exact = points.find((point) => point.id === decisionPoint);
  if (exact !== undefined) return exact.label;
  if (stage === "invoiceControl") return controlPointLabel(decisionPoint);
  // A dated point and its family (the class's results count the family: domain/results) are named alike.
  const family = decisionPointFamily(decisionPoint);
  for (const { pattern, name } of FAMILIES[stage] ?? []) {
    const found = pattern.exec(family);
    if (found === null) continue;
    const invoice = found.groups?.invoice;
    return invoice === undefined ? name : `${name} — ${invoiceName(invoice, naming)}`;
  }
  return decisionPoint;
}
