/**
 * Scenario 07's answer key (npm run scenario -- solve
 * scenarios/07-controle-facture-reforme-grande-entreprise.json): the five anomalies a learner
 * reports on the invoice, with the mouse. Written once: its journey plays it, and so do the site
 * from a sub-folder or a file (anyFolder.e2e.ts) and the site offline (offline.e2e.ts).
 */
import type { Page } from "playwright-core";
import { markWithMouse } from "./learner";

export const TITLE = "Contrôler la facture d'une grande entreprise (septembre 2026)";

/** The three reform mentions missing, the due date beyond 60 days, the indemnity printed at 15 €. */
export async function markEveryAnomaly(page: Page): Promise<void> {
  await markWithMouse(page, "Mention absente : SIREN de l'acheteur (réforme)");
  await markWithMouse(page, "Date d'échéance : 15/12/2026");
  await markWithMouse(page, "Indemnité forfaitaire pour frais de recouvrement : 15,00 €");
  await markWithMouse(page, "Mention absente : Adresse de livraison, si différente (réforme)");
  await markWithMouse(page, "Mention absente : Nature de l'opération : biens, services ou les deux (réforme)");
}
