import type { SnapshotFrom } from "xstate";
import type { CarriedState } from "@/machines/contract";
import type { StageActor } from "@/machines/stages";
import type { IsoDate, Ledger, Scenario, StageId, TraceEntry } from "@/domain";

/** The fields every stage machine keeps in its context (machines/contract.ts and the stage briefs). */
export interface StageContextBase {
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
  trace: TraceEntry[];
  hintsShown: string[];
  hintsUsedOnCurrent: number;
  lastFeedback: TraceEntry | null;
}

/**
 * A stage's task panel receives the running actor of its own machine and that actor's snapshot,
 * typed by the stage: a panel reads its context and asks `can` without casting.
 */
export interface StagePanelProps<S extends StageId> {
  scenario: Scenario;
  stageActor: StageActor<S>;
  snapshot: SnapshotFrom<StageActor<S>>;
}
