/**
 * Stage 2's engine hints, which state the rule and then the facts of this order that apply it
 * (the teacher's come first: `hintsFor`, ../hints.ts).
 */
import { requireCustomer, type Ledger } from "../ledger";
import { deliveryPlan, describePlan } from "./key";
import { formatDiscounts, ORDER_STATUSES, ORDER_STATUS_LABELS, type ProcessingDecisionPoint } from "./vocabulary";

/** What the engine's hints read of the order being processed. */
export interface ProcessingFacts {
  ledger: Ledger;
  orderId: string;
  customerId: string;
  acceptsPartialDelivery: boolean;
}

/** The engine's hints of a decision point: the rule, then the facts of this order that apply it. */
export function processingHints(point: ProcessingDecisionPoint, facts: ProcessingFacts): string[] {
  const plan = () => describePlan(deliveryPlan(facts.ledger, facts.orderId, facts.acceptsPartialDelivery));
  switch (point) {
    case "processing.record": {
      const customer = requireCustomer(facts.ledger, facts.customerId);
      return [
        "Comparez chaque ligne (référence, quantité, prix unitaire HT) avec la commande reçue, puis reprenez les conditions négociées du compte client.",
        `Le compte ${customer.id} (${customer.name}) prévoit les remises suivantes\u00a0: ${formatDiscounts(customer.conditions.tradeDiscounts)}.`,
      ];
    }
    case "processing.acknowledgement":
      return [
        "La date promise doit être tenable\u00a0: stock disponible de chaque article, et délai d'approvisionnement pour ce qui manque\u00a0; l'acompte demandé est celui fixé au contrôle de la commande.",
        `Stock\u00a0: ${plan()}. Livraison partielle acceptée par le client\u00a0: ${facts.acceptsPartialDelivery ? "oui" : "non"}.`,
      ];
    case "processing.deliveryNote":
      return [
        "On ne livre que ce qui est en stock\u00a0: quantité livrée = le plus petit du reste à livrer et du stock disponible\u00a0; le reste devient un reliquat.",
        `À livrer\u00a0: ${plan()}.`,
      ];
    case "processing.status":
      return [
        "Le statut découle des documents\u00a0: comparez les quantités livrées par les bons de livraison aux quantités commandées.",
        `Statuts possibles\u00a0: ${ORDER_STATUSES.map((s) => ORDER_STATUS_LABELS[s]).join("\u00a0; ")}.`,
      ];
  }
}
