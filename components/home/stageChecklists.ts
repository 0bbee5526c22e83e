/** What each stage asks of the learner, in the course's words (checklists of the chapter C6). */
export const STAGE_CHECKLISTS: Record<number, readonly string[]> = {
  1: [
    "créer le compte client ou vérifier qu'il existe",
    "vérifier la solvabilité",
    "comparer encours + commande au plafond",
    "appliquer les conditions particulières",
    "contrôler les éléments de la commande",
    "vérifier le stock ou le délai de fabrication",
    "demander l'acompte prévu",
  ],
  2: ["enregistrer la commande", "envoyer l'accusé de réception", "établir le bon de livraison", "suivre la commande"],
  3: ["devis → commande → bon de livraison → facture → avoir", "valider la facture : elle devient intangible", "envoyer la facture : PDF par courriel, ou dépôt sur la plateforme agréée (Factur-X) depuis la réforme"],
  4: ["mentions obligatoires", "calculs ligne par ligne", "cascade des réductions et TVA"],
  5: ["relance 1, relance 2", "lettre recommandée avec AR", "mise en demeure", "injonction de payer", "pénalités et indemnité de 40 €"],
};
