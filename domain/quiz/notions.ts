/**
 * The notions of the course a question tests: one per line of the chapter (the five stages of
 * `../shared/domain.md` « The course, in five stages », plus its introduction). Every notion is
 * practised by at least two written questions (quizzes.test.ts); mastery is counted per notion,
 * from quiz answers and from scenario decisions (`notionOfDecisionPoint`).
 */
import { STAGE_LABELS, type StageId } from "../stages";

/** The stage a question belongs to: one of the five, or the chapter's introduction. */
export type QuizStage = "introduction" | StageId;

export const QUIZ_STAGES: readonly QuizStage[] = ["introduction", "orderIntake", "orderProcessing", "invoicing", "invoiceControl", "paymentFollowUp"];

/** Each part of the course as the quiz pages name it: the five stages' labels, and the introduction. */
export const QUIZ_STAGE_LABELS: Readonly<Record<QuizStage, string>> = { introduction: "Introduction\u00a0: la relation client", ...STAGE_LABELS };

/** « 0. Introduction : la relation client », « 5. Suivi des règlements »: a part of the course numbered as the course goes, as the quiz editor offers it and its messages name it. */
export function numberedQuizStage(stage: QuizStage): string {
  return `${QUIZ_STAGES.indexOf(stage)}. ${QUIZ_STAGE_LABELS[stage]}`;
}

export interface Notion {
  stage: QuizStage;
  /** The notion in the course's words, as the learner reads it on the learning path. */
  label: string;
  /** Glossary entries (domain/glossary.ts ids) that explain it. */
  glossary: readonly string[];
}

export const NOTIONS = {
  // Introduction: why a company manages the customer relationship.
  customerRelationship: { stage: "introduction", label: "La gestion de la relation client (GRC)\u00a0: un processus commercial et de communication", glossary: ["customerRelationship"] },
  erp: { stage: "introduction", label: "Le PGI\u00a0: une base de données unique partagée par tous les services", glossary: ["erp"] },
  crm: { stage: "introduction", label: "Le logiciel de GRC (CRM)\u00a0: connaître, fidéliser et suivre chaque client", glossary: ["customerRelationship", "erp"] },
  customerOrientedCompany: { stage: "introduction", label: "L'entreprise orientée client\u00a0: chaque service au service du client", glossary: ["customerRelationship"] },
  cashFlow: { stage: "introduction", label: "La trésorerie\u00a0: ce que coûtent les retards de paiement", glossary: ["latePenalty", "dueDate"] },

  // Stage 1: Contrôle et suivi des commandes clients.
  orderReception: { stage: "orderIntake", label: "La réception de la commande\u00a0: moyens (téléphone, fax, courriel, courrier), supports (message, bon de commande, devis), origine (client ou commercial)", glossary: ["purchaseOrder", "quote"] },
  intakeOrder: { stage: "orderIntake", label: "Les sept contrôles avant d'accepter une commande, dans l'ordre", glossary: ["purchaseOrder"] },
  customerAccount: { stage: "orderIntake", label: "Créer le compte client ou vérifier qu'il existe", glossary: ["customerAccount", "siren"] },
  solvency: { stage: "orderIntake", label: "Vérifier la solvabilité du client", glossary: ["solvency"] },
  creditLimit: { stage: "orderIntake", label: "L'encours et le plafond\u00a0: encours + commande ≤ plafond", glossary: ["outstanding", "creditLimit"] },
  specialConditions: { stage: "orderIntake", label: "Les conditions particulières\u00a0: remise, ristourne, rabais, escompte", glossary: ["tradeDiscount", "rebate", "allowance", "cashDiscount"] },
  orderElements: { stage: "orderIntake", label: "Les éléments de la commande\u00a0: références, prix, quantités, adresses, signature", glossary: ["purchaseOrder"] },
  stockOrLeadTime: { stage: "orderIntake", label: "Le stock disponible ou le délai de fabrication", glossary: ["backOrder"] },
  deposit: { stage: "orderIntake", label: "L'acompte exigé par les conditions (et ce qui le distingue des arrhes)", glossary: ["deposit"] },

  // Stage 2: Traitement des commandes clients.
  orderRecording: { stage: "orderProcessing", label: "Enregistrer la commande dans le PGI", glossary: ["purchaseOrder", "erp"] },
  orderAcknowledgement: { stage: "orderProcessing", label: "L'accusé de réception de commande", glossary: ["orderAcknowledgement"] },
  salesDocuments: { stage: "orderProcessing", label: "Créer et gérer les pièces dans le PGI\u00a0: bon de livraison, livraison partielle et reliquat", glossary: ["deliveryNote", "backOrder"] },
  orderFollowUp: { stage: "orderProcessing", label: "Le suivi de commande et ses statuts", glossary: ["purchaseOrder", "deliveryNote"] },

  // Stage 3: La facture dans le processus de vente.
  invoiceObligation: { stage: "invoicing", label: "La facture est obligatoire et datée", glossary: ["invoice"] },
  invoiceNumber: { stage: "invoicing", label: "Le numéro de facture\u00a0: unique, dans une série continue", glossary: ["invoice", "mandatoryMentions"] },
  invoiceIntangible: { stage: "invoicing", label: "Une facture enregistrée ne se modifie ni ne se supprime", glossary: ["invoice", "invoiceLifecycle"] },
  creditNote: { stage: "invoicing", label: "La facture d'avoir annule ou corrige une facture", glossary: ["creditNote"] },
  invoiceCopies: { stage: "invoicing", label: "Les deux exemplaires de la facture, l'original et le double", glossary: ["invoice"] },
  documentChain: { stage: "invoicing", label: "La chaîne des pièces\u00a0: devis → commande → bon de livraison → facture → avoir", glossary: ["quote", "purchaseOrder", "deliveryNote", "invoice", "creditNote"] },
  electronicInvoicing: { stage: "invoicing", label: "La facture dématérialisée\u00a0: le PDF par courriel, et la réforme de la facturation électronique", glossary: ["approvedPlatform", "facturX"] },
  invoiceCascade: { stage: "invoicing", label: "Le calcul de la facture\u00a0: remises en cascade, net commercial, escompte, port, TVA, TTC", glossary: ["netCommercial", "netFinancial", "shipping", "vat"] },
  vatRates: { stage: "invoicing", label: "Les taux de TVA et la facture à plusieurs taux", glossary: ["vat"] },
  depositInvoice: { stage: "invoicing", label: "La facture d'acompte et l'acompte déduit de la facture finale", glossary: ["depositInvoice", "deposit"] },

  // Stage 4: Contrôle de la facture de vente.
  controlPurpose: { stage: "invoiceControl", label: "Pourquoi contrôler la facture\u00a0: éviter les réclamations du client", glossary: ["mandatoryMentions"] },
  mandatoryMentions: { stage: "invoiceControl", label: "Les mentions obligatoires\u00a0: numéro, vendeur, acheteur, désignation, date, réductions, conditions de paiement", glossary: ["mandatoryMentions"] },
  legalMentions: { stage: "invoiceControl", label: "Les mentions que la loi ajoute\u00a0: pénalités de retard, indemnité de 40\u00a0€, SIREN, TVA, amendes", glossary: ["mandatoryMentions", "invoicingFine", "latePenalty", "recoveryIndemnity"] },
  invoiceArithmetic: { stage: "invoiceControl", label: "Les calculs de la facture vérifiés ligne à ligne", glossary: ["netCommercial", "vat"] },

  // Stage 5: Suivi de facture / règlement.
  followUpObjectives: { stage: "paymentFollowUp", label: "Les objectifs du suivi\u00a0: moins de retards, pas d'impayé, une meilleure trésorerie, les litiges traités", glossary: ["reminder", "dispute"] },
  dueDate: { stage: "paymentFollowUp", label: "L'échéance\u00a0: délai de paiement, fin de mois, maximum légal", glossary: ["dueDate", "paymentTermsFine"] },
  reminders: { stage: "paymentFollowUp", label: "Les relances\u00a0: la première après 10 jours, la deuxième 10 jours plus tard", glossary: ["reminder"] },
  registeredLetter: { stage: "paymentFollowUp", label: "La troisième relance par lettre recommandée avec accusé de réception", glossary: ["registeredLetter"] },
  formalNotice: { stage: "paymentFollowUp", label: "La mise en demeure", glossary: ["formalNotice"] },
  paymentOrder: { stage: "paymentFollowUp", label: "L'injonction de payer", glossary: ["paymentOrder", "economicActivitiesCourt"] },
  latePenalties: { stage: "paymentFollowUp", label: "Les pénalités de retard et l'indemnité forfaitaire de 40\u00a0€", glossary: ["latePenalty", "recoveryIndemnity", "legalInterestRate"] },
  disputes: { stage: "paymentFollowUp", label: "Le litige suspend les relances\u00a0; le règlement partiel", glossary: ["dispute"] },
} as const satisfies Record<string, Notion>;

export type NotionId = keyof typeof NOTIONS;

export const NOTION_IDS = Object.keys(NOTIONS) as NotionId[];

export function isNotionId(value: string): value is NotionId {
  return Object.hasOwn(NOTIONS, value);
}
