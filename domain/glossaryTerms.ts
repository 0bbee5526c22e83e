/**
 * The glossary's terms alone, without their definitions (domain/glossary.ts): what every page that
 * shows a term needs to write it and to know that it has an entry. The definitions come with the
 * dialog that shows one (docs/decisions/0148), so that a scenario's page does not load them all
 * before its first decision.
 */

export interface GlossaryTerm {
  /** The French term as the course writes it. */
  term: string;
  /** Abbreviation used in the course, if any. */
  abbreviation?: string;
}

/** Each entry's term, by the identifier the code uses for it (and the anchor of the glossary page). */
export const GLOSSARY_TERMS: Readonly<Record<string, GlossaryTerm>> = {
  erp: { term: "Progiciel de gestion intégré", abbreviation: "PGI" },
  customerRelationship: { term: "Gestion de la relation client", abbreviation: "GRC" },
  customerAccount: { term: "Compte client" },
  siren: { term: "SIREN / SIRET" },
  solvency: { term: "Solvabilité" },
  outstanding: { term: "Encours client" },
  creditLimit: { term: "Plafond d'encours" },
  tradeDiscount: { term: "Remise" },
  allowance: { term: "Rabais" },
  rebate: { term: "Ristourne" },
  netCommercial: { term: "Net commercial" },
  cashDiscount: { term: "Escompte" },
  netFinancial: { term: "Net financier" },
  shipping: { term: "Port" },
  vat: { term: "Taxe sur la valeur ajoutée", abbreviation: "TVA" },
  deposit: { term: "Acompte" },
  quote: { term: "Devis" },
  purchaseOrder: { term: "Bon de commande" },
  orderAcknowledgement: { term: "Accusé de réception de commande", abbreviation: "ARC" },
  deliveryNote: { term: "Bon de livraison", abbreviation: "BL" },
  backOrder: { term: "Reliquat" },
  invoice: { term: "Facture" },
  depositInvoice: { term: "Facture d'acompte" },
  creditNote: { term: "Facture d'avoir" },
  approvedPlatform: { term: "Plateforme agréée", abbreviation: "PA" },
  facturX: { term: "Factur-X" },
  invoiceLifecycle: { term: "Cycle de vie de la facture" },
  mandatoryMentions: { term: "Mentions obligatoires" },
  invoicingFine: { term: "Amende administrative pour manquement aux règles de facturation" },
  paymentTermsFine: { term: "Amende administrative pour manquement aux délais de paiement" },
  dueDate: { term: "Échéance" },
  latePenalty: { term: "Pénalités de retard" },
  legalInterestRate: { term: "Taux de l'intérêt légal" },
  recoveryIndemnity: { term: "Indemnité forfaitaire pour frais de recouvrement" },
  paymentFollowUp: { term: "Suivi des règlements" },
  reminder: { term: "Relance" },
  registeredLetter: { term: "Lettre recommandée avec accusé de réception", abbreviation: "LRAR" },
  formalNotice: { term: "Mise en demeure" },
  paymentOrder: { term: "Injonction de payer" },
  economicActivitiesCourt: { term: "Tribunal des activités économiques", abbreviation: "TAE" },
  service: { term: "Signification" },
  enforcementFormula: { term: "Formule exécutoire" },
  dispute: { term: "Litige" },
};

/** The term of the entry `id`, or undefined if the glossary has no such entry. */
export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return Object.hasOwn(GLOSSARY_TERMS, id) ? GLOSSARY_TERMS[id] : undefined;
}
