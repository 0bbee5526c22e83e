import { NOTIONS, STAGE_IDS, type NotionId, type QuizStage, type StageId } from "@/domain";

/**
 * The course pages' addresses (`/cours/` for the introduction, `/cours/<étape>/` for a stage, a
 * notion's section at `#<NotionId>`): the course pages build them, the glossary links into them.
 * A stage's slug is its quiz file's name, so that a stage reads the same in both addresses.
 */
export const COURSE_STAGE_SLUGS: Readonly<Record<StageId, string>> = {
  orderIntake: "controle-des-commandes",
  orderProcessing: "traitement-des-commandes",
  invoicing: "facturation",
  invoiceControl: "controle-de-la-facture",
  paymentFollowUp: "suivi-des-reglements",
};

/** The page of a part of the course: the introduction is the course's home. */
export function courseHref(stage: QuizStage): string {
  return stage === "introduction" ? "/cours/" : `/cours/${COURSE_STAGE_SLUGS[stage]}/`;
}

/** A notion's section of the course. */
export function notionCourseHref(notion: NotionId): string {
  return `${courseHref(NOTIONS[notion].stage)}#${notion}`;
}

/** The stage a course address names, if any. */
export function stageOfCourseSlug(slug: string): StageId | undefined {
  return STAGE_IDS.find((stage) => COURSE_STAGE_SLUGS[stage] === slug);
}

/**
 * Each notion's heading in the course and its name in a link to it: short, where the notion's
 * label (domain/quiz/notions.ts) is the sentence the learning path reads.
 */
export const NOTION_TITLES: Readonly<Record<NotionId, string>> = {
  customerRelationship: "Pourquoi gérer la relation client",
  erp: "Le PGI, une base de données unique",
  crm: "Le logiciel de GRC (CRM)",
  customerOrientedCompany: "L’entreprise orientée client",
  cashFlow: "La trésorerie et les retards de paiement",
  orderReception: "La réception de la commande",
  intakeOrder: "Les sept contrôles, dans l’ordre",
  customerAccount: "Contrôle 1 : le compte client",
  solvency: "Contrôle 2 : la solvabilité",
  creditLimit: "Contrôle 3 : l’encours et le plafond",
  specialConditions: "Contrôle 4 : les conditions particulières",
  orderElements: "Contrôle 5 : les éléments de la commande",
  stockOrLeadTime: "Contrôle 6 : le stock ou le délai de fabrication",
  deposit: "Contrôle 7 : l’acompte",
  orderRecording: "Enregistrer la commande",
  orderAcknowledgement: "L’accusé de réception de commande",
  salesDocuments: "Les pièces : bon de livraison, livraison partielle, reliquat",
  orderFollowUp: "Le suivi de commande",
  invoiceObligation: "Une facture obligatoire et datée",
  invoiceNumber: "Le numéro de facture",
  invoiceIntangible: "Une facture validée ne se modifie plus",
  creditNote: "La facture d’avoir",
  invoiceCopies: "Les deux exemplaires",
  documentChain: "La chaîne des pièces",
  electronicInvoicing: "La facture dématérialisée et la réforme",
  invoiceCascade: "Le calcul de la facture : la cascade",
  vatRates: "Les taux de TVA",
  depositInvoice: "La facture d’acompte",
  controlPurpose: "Pourquoi contrôler la facture",
  mandatoryMentions: "Les mentions obligatoires du cours",
  legalMentions: "Ce que la loi ajoute",
  invoiceArithmetic: "Vérifier les calculs",
  followUpObjectives: "Les objectifs du suivi",
  dueDate: "L’échéance",
  reminders: "Les relances : l’échelle de recouvrement",
  registeredLetter: "La relance 3 par lettre recommandée",
  formalNotice: "La mise en demeure",
  paymentOrder: "L’injonction de payer",
  latePenalties: "Les pénalités de retard et l’indemnité de 40 €",
  disputes: "Le litige et le règlement partiel",
};
