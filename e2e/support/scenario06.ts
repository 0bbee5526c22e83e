/**
 * Scenario 06's answer key up to the invoice, as the engine's solver gives it (npm run scenario --
 * solve scenarios/06-facture-et-avoir.json). Written once: its journey plays it with its own
 * assertions, and documents.e2e.ts plays it to reach the delivery note and the invoice it downloads.
 */
import type { Cascade, OrderChecks } from "./learner";

export const TITLE = "Une commande d'épicerie fine, puis une réclamation";

/** Stage 1: a sound customer, an order within its limit. */
export const INTAKE: OrderChecks = {
  account: "C0086 — Le Panier Provençal",
  solvency: "Solvabilité saine",
  credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "1 221,69" },
  stock: { "NEC-ABR-1L": "Disponible", "JUS-RAI-1L": "Disponible", "CONF-FIG-370": "Disponible" },
  deposit: null,
  decision: { choice: "Accepter", button: "Accepter la commande" },
};

/** Stage 2: the order's lines, the delivery date promised, everything delivered at once. */
export const ORDER_LINES = {
  "NEC-ABR-1L": { quantity: "30", unitPrice: "16,20" },
  "JUS-RAI-1L": { quantity: "20", unitPrice: "14,40" },
  "CONF-FIG-370": { quantity: "10", unitPrice: "38,40" },
};
export const DELIVERY_DATE = "2026-06-08";
export const DELIVERED = { "NEC-ABR-1L": "30", "JUS-RAI-1L": "20", "CONF-FIG-370": "10" };

/** Stage 3: the invoice from the one delivery note; one VAT base at 5,5 %; the next number of the series. */
export const DELIVERY_NOTE = "Bon de livraison BL-2026-00001";
export const CASCADE: Cascade = {
  netCommercial: "1 158,00",
  totalExclTax: "1 158,00",
  vat: { "5,5 %": "63,69" },
  totalInclTax: "1 221,69",
  amountDue: "1 221,69",
};
export const INVOICE_NUMBER = "FA-2026-00319";
