import type { AnyActorRef, SnapshotFrom } from "xstate";
import type { CarriedState } from "@/machines/contract";
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

/** What the PGI screens show: the data of the running stage, or of the last finished one. */
export interface WorkspaceData {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
  stage: StageId | undefined;
}

/** A stage's task panel receives the running stage actor and its current snapshot. */
export interface StagePanelProps {
  scenario: Scenario;
  stageActor: AnyActorRef;
  snapshot: SnapshotFrom<AnyActorRef> & { context: StageContextBase };
}

export const PGI_MODULES = [
  { id: "mail", label: "Courrier reçu" },
  { id: "customers", label: "Clients" },
  { id: "products", label: "Articles et stock" },
  { id: "orders", label: "Commandes" },
  { id: "deliveries", label: "Livraisons" },
  { id: "invoices", label: "Factures" },
  { id: "payments", label: "Règlements et relances" },
  { id: "outbox", label: "Boîte d'envoi" },
] as const;

export type PgiModuleId = (typeof PGI_MODULES)[number]["id"];
