import type { CarriedState } from "@/machines/contract";
import type { IsoDate, Ledger, Scenario, StageId } from "@/domain";

/** What the PGI screens show: the data of the running stage, or of the last finished one. */
export interface WorkspaceData {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
  stage: StageId | undefined;
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
