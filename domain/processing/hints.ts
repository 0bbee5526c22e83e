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
        `Le compte ${customer.id} (${customer.name}) prévoit les remises suivantes : ${formatDiscounts(customer.conditions.tradeDiscounts)}.`,
      ];
    }
    case "processing.acknowledgement":
      return [
        "La date promise doit être tenable : stock disponible de chaque article, et délai d'approvisionnement pour ce qui manque ; l'acompte demandé est celui fixé au contrôle de la commande.",
        `Stock : ${plan()}. Livraison partielle acceptée par le client : ${facts.acceptsPartialDelivery ? "oui" : "non"}.`,
      ];
    case "processing.deliveryNote":
      return [
        "On ne livre que ce qui est en stock : quantité livrée = le plus petit du reste à livrer et du stock disponible ; le reste devient un reliquat.",
        `À livrer : ${plan()}.`,
      ];
    case "processing.status":
      return [
        "Le statut découle des documents : comparez les quantités livrées par les bons de livraison aux quantités commandées.",
        `Statuts possibles : ${ORDER_STATUSES.map((s) => ORDER_STATUS_LABELS[s]).join(" ; ")}.`,
      ];
  }
}
