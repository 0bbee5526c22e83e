/** The engine's hints and glossary links for a decision point of the control. */
import type { ControlPoint } from "./key";
import type { ControlArea } from "./vocabulary";

const CONTROL_AREA_LABELS: Readonly<Record<ControlArea, string>> = {
  header: "l'en-tête de la facture (numéro, date d'émission)",
  seller: "le bloc du vendeur",
  buyer: "le bloc de l'acheteur",
  order: "les références de la commande et de la livraison",
  lines: "les lignes de la facture",
  reductions: "les réductions (remises, rabais, ristournes, escompte)",
  totals: "le pied de facture (totaux et TVA)",
  payment: "les conditions de paiement",
  reform: "les mentions de la réforme de la facturation électronique",
  creditNote: "la référence à la facture d'origine",
};

function anomalies(count: number): string {
  return count === 1 ? "1 anomalie" : `${count} anomalies`;
}

/**
 * The engine's hints on the first anomaly not yet found: how many remain, then where to look,
 * then what to look for. On a conforming invoice, the first hint says so.
 */
export function defaultControlHints(point: ControlPoint, remaining: number): string[] {
  if (point.kind === "conforming") {
    return ["Relisez chaque mention de la liste et refaites chaque calcul\u00a0: si tout est juste, ne marquez rien.", "Cette facture ne comporte aucune anomalie."];
  }
  const what = point.kind === "missing" ? `une mention manque\u00a0: «\u00a0${point.label}\u00a0»` : point.kind === "figure" ? `un montant est faux\u00a0: «\u00a0${point.label}\u00a0»` : `une mention est inexacte\u00a0: «\u00a0${point.label}\u00a0»`;
  return [`Il reste ${anomalies(remaining)} à relever.`, `Regardez ${CONTROL_AREA_LABELS[point.area]}.`, `Indice\u00a0: ${what}.`];
}

/** The glossary entries a control feedback links to, by area. */
export function controlGlossary(area: ControlArea): string[] {
  switch (area) {
    case "reductions":
      return ["mandatoryMentions", "tradeDiscount", "cashDiscount"];
    case "totals":
    case "lines":
      return ["mandatoryMentions", "netCommercial", "vat"];
    case "payment":
      return ["mandatoryMentions", "dueDate", "latePenalty", "recoveryIndemnity"];
    case "seller":
    case "buyer":
      return ["mandatoryMentions", "siren"];
    case "creditNote":
      return ["mandatoryMentions", "creditNote"];
    default:
      return ["mandatoryMentions"];
  }
}
