/**
 * The five stages of the course, as the scenarios name them and the interface titles them. Kept
 * apart from the scenario schema so that a page showing a stage's name does not load zod.
 */
export const STAGE_IDS = ["orderIntake", "orderProcessing", "invoicing", "invoiceControl", "paymentFollowUp"] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const STAGE_LABELS: Readonly<Record<StageId, string>> = {
  orderIntake: "Contrôle de la commande",
  orderProcessing: "Traitement de la commande",
  invoicing: "Facturation",
  invoiceControl: "Contrôle de la facture",
  paymentFollowUp: "Suivi des règlements",
};
