/**
 * What every stage machine takes and gives, so that the scenario player can chain them:
 * input = the scenario, the PGI ledger as the previous stage left it, the simulated date and
 * what earlier stages decided; output (final state) = the same, moved on, plus the trace.
 */
import type { ControlReport, DunningAction, IsoDate, Ledger, OrderStatus, OutboxEntry, Scenario, StageId, StageScore, TraceEntry } from "@/domain";

/** Facts one stage hands to the next. Plain JSON. */
export interface CarriedState {
  /** The customer account of the order (existing, or created at intake). */
  customerId?: string;
  /** The customer's order recorded in the PGI (stage 1 or 2). */
  orderId?: string;
  /** Intake's decision, as the engine established it. */
  intakeDecision?: "accept" | "acceptWithConditions" | "hold" | "refuse";
  /** Deposit required at intake, TTC. */
  depositRequiredCents?: number;
  /** The invoice issued at stage 3 (its ledger id), followed up at stage 5 as "@stage". */
  invoiceId?: string;
  /** Documents produced (ledger ids), in order, for the end-of-scenario review. */
  documentIds?: string[];
  /** The order's status as followed in the PGI at the end of order processing. */
  orderStatus?: OrderStatus;
  /** Invoices and credit notes sent (dematerialised: emailed as PDF), duplicates kept in the PGI. */
  outbox?: OutboxEntry[];
  /** The dunning steps taken on each invoice followed up (before the stage and during it), each with its letter. */
  dunningActions?: DunningActionTaken[];
}

export interface DunningActionTaken {
  /** Ledger id of the invoice. */
  invoice: string;
  step: DunningAction;
  date: IsoDate;
}

export interface StageInput {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
}

export interface StageOutput {
  stage: StageId;
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
  trace: TraceEntry[];
  score: StageScore;
  /** Invoice control only: the corrected copy. Optional: games saved before it have none. */
  controlReport?: ControlReport;
  /**
   * A move that declined the stage's last first try (docs/decisions/0130): a game recorded before
   * the second try went on with the next stage's move, which the player hands to that stage.
   */
  deferredMove?: { type: string };
}

/** Every learner event may ask for a hint on the current decision point. */
export interface HintRequested {
  type: "learner.hintRequested";
}

/**
 * In training, after a wrong first try: the learner goes on without correcting it, and the first
 * try is recorded as it was judged (docs/decisions/0130).
 */
export interface SecondTryDeclined {
  type: "learner.secondTryDeclined";
}
