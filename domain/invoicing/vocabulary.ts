/**
 * Stage 3's vocabulary: its decision points, how each is named in feedback and which glossary
 * terms it links to, and the course's order of the steps.
 */

export const INVOICING_DECISION_POINT_IDS = {
  deposit: "invoicing.deposit",
  draft: "invoicing.draft",
  cascade: "invoicing.cascade",
  validation: "invoicing.validation",
  immutability: "invoicing.immutability",
  creditNote: "invoicing.creditNote",
  sending: "invoicing.sending",
} as const;
export type InvoicingDecisionPoint = (typeof INVOICING_DECISION_POINT_IDS)[keyof typeof INVOICING_DECISION_POINT_IDS];

/** The decision points in the course's order, with the label the checklist shows. */
export const INVOICING_DECISION_POINTS: { id: string; label: string }[] = [
  { id: INVOICING_DECISION_POINT_IDS.deposit, label: "Facture d'acompte (avant la facture finale)" },
  { id: INVOICING_DECISION_POINT_IDS.draft, label: "Établir la facture à partir des bons de livraison" },
  { id: INVOICING_DECISION_POINT_IDS.cascade, label: "Calculer la facture (cascade jusqu'au net à payer)" },
  { id: INVOICING_DECISION_POINT_IDS.validation, label: "Valider la facture (numéro suivant de la série)" },
  { id: INVOICING_DECISION_POINT_IDS.immutability, label: "Facture validée\u00a0: ni modification ni suppression" },
  { id: INVOICING_DECISION_POINT_IDS.creditNote, label: "Corriger par une facture d'avoir" },
  { id: INVOICING_DECISION_POINT_IDS.sending, label: "Envoyer la facture (plateforme agréée, courriel ou courrier)" },
];

/** Each decision point inside a sentence: « il faut valider la facture ». */
export const INVOICING_STEP_LABELS: Readonly<Record<InvoicingDecisionPoint, string>> = {
  "invoicing.deposit": "établir la facture d'acompte",
  "invoicing.draft": "établir la facture à partir des bons de livraison",
  "invoicing.cascade": "calculer la facture",
  "invoicing.validation": "valider la facture",
  "invoicing.immutability": "modifier une facture validée",
  "invoicing.creditNote": "établir une facture d'avoir",
  "invoicing.sending": "envoyer la facture",
};

export const INVOICING_GLOSSARY: Readonly<Record<InvoicingDecisionPoint, string[]>> = {
  "invoicing.deposit": ["deposit", "depositInvoice", "vat"],
  "invoicing.draft": ["invoice", "deliveryNote", "backOrder"],
  "invoicing.cascade": ["tradeDiscount", "netCommercial", "vat", "deposit"],
  "invoicing.validation": ["invoice", "mandatoryMentions"],
  "invoicing.immutability": ["invoice", "creditNote"],
  "invoicing.creditNote": ["creditNote", "allowance"],
  "invoicing.sending": ["invoice", "approvedPlatform", "facturX", "invoiceLifecycle"],
};

export const INVOICING_COURSE_ORDER =
  "La facturation suit l'ordre\u00a0: facture d'acompte s'il y en a une, facture établie à partir des bons de livraison, calcul, validation (numéro), envoi\u00a0; puis facture d'avoir si une correction est nécessaire.";
