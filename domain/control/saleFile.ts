/**
 * What the sale's file tells the controller beside the invoice: the facts the check compares the
 * invoice with (`InvoiceCheckExpectations`). A learner judged on a purchase-order number the
 * invoice forgot, a reduction agreed but not printed or a gap in the numbering must be able to read
 * them: otherwise the rule would be hidden. In the course's words, for the control screen.
 */
import { formatDateFr } from "../dates";
import type { DocumentReductions } from "../documents";
import { formatPercent } from "../money";
import type { InvoiceCheckExpectations } from "./vocabulary";

export interface SaleFileFact {
  label: string;
  value: string;
}

/** « 10 % puis 5 % »: successive rates in the order they apply. */
function ratesText(rates: readonly number[]): string {
  return rates.map(formatPercent).join(" puis ");
}

function reductionsText(reductions: DocumentReductions): string {
  const parts = [
    ...((reductions.tradeDiscounts ?? []).length > 0 ? [`remise ${ratesText(reductions.tradeDiscounts ?? [])}`] : []),
    ...((reductions.allowances ?? []).length > 0 ? [`rabais ${ratesText(reductions.allowances ?? [])}`] : []),
    ...((reductions.rebates ?? []).length > 0 ? [`ristourne ${ratesText(reductions.rebates ?? [])}`] : []),
    ...(reductions.cashDiscount !== undefined ? [`escompte ${formatPercent(reductions.cashDiscount)} déduit (paiement comptant)`] : []),
  ];
  return parts.length > 0 ? parts.join("\u00a0; ") : "aucune";
}

export function saleFileFacts(expected: InvoiceCheckExpectations): SaleFileFact[] {
  const facts: SaleFileFact[] = [];
  if (expected.purchaseOrderNumber !== undefined) facts.push({ label: "Bon de commande du client", value: expected.purchaseOrderNumber });
  if (expected.saleDate !== undefined) facts.push({ label: "Date de la vente (livraison)", value: formatDateFr(expected.saleDate) });
  if (expected.deliveryAddressDiffers === true) facts.push({ label: "Adresse de livraison", value: "différente de l'adresse de facturation" });
  if (expected.reductions !== undefined) facts.push({ label: "Réductions accordées au client", value: reductionsText(expected.reductions) });
  if (expected.previousNumbers !== undefined && expected.previousNumbers.length > 0) {
    facts.push({ label: "Factures déjà émises par le vendeur (de la plus ancienne à la plus récente)", value: expected.previousNumbers.join(", ") });
  }
  if (expected.buyerProfessional === false) facts.push({ label: "Acheteur", value: "un particulier (consommateur)" });
  return facts;
}
