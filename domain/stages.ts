/**
 * The five stages of the course, as the scenarios name them and the interface titles them: the
 * registry of what the course says of each stage. The stage's machine and decision points are in
 * machines/stages.ts, its task panel in components/stages/StagePanel.tsx, each keyed by `StageId`
 * so that a missing stage fails the type check. Kept apart from the scenario schema so that a page
 * showing a stage's name does not load zod.
 */
import { formatDateFr, type IsoDate } from "./dates";
import { ORDER_STATUS_LABELS, type OrderStatus } from "./processing/vocabulary";

export const STAGE_IDS = ["orderIntake", "orderProcessing", "invoicing", "invoiceControl", "paymentFollowUp"] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** A stage by its number in the course (1 to 5): the order of `STAGE_IDS`, as the glossary tags its terms. */
export type CourseStage = 1 | 2 | 3 | 4 | 5;

/** What a finished stage hands on that the sentence closing it tells (a stage's output, machines/contract.ts). */
export interface StageEnd {
  /** The simulated date the stage ended on. */
  today: IsoDate;
  carried: { orderStatus?: OrderStatus; invoiceId?: string };
}

export interface CourseStageFacts {
  /** The stage's name in the interface (library, player, review, command line). */
  label: string;
  /** The chapter's title in the course (learning path, glossary). */
  title: string;
  /** What the learner does at this stage, in one paragraph. */
  summary: string;
  /** What the stage asks of the learner, in the course's words (checklists of the chapter C6). */
  checklist: readonly string[];
  /** The sentence that closes the stage in its panel, from what the stage hands on. */
  ended: (end: StageEnd) => string;
}

export const COURSE_STAGES = {
  orderIntake: {
    label: "Contrôle de la commande",
    title: "Contrôle et suivi des commandes clients",
    summary:
      "Recevoir la commande (téléphone, courriel, courrier, bon de commande, devis signé) et faire les sept contrôles avant de l'accepter\u00a0: compte client, solvabilité, encours et plafond, conditions particulières, éléments de la commande, stock ou délai, acompte.",
    checklist: [
      "créer le compte client ou vérifier qu'il existe",
      "vérifier la solvabilité",
      "comparer encours + commande au plafond",
      "appliquer les conditions particulières",
      "contrôler les éléments de la commande",
      "vérifier le stock ou le délai de fabrication",
      "demander l'acompte prévu",
    ],
    ended: () => "Contrôle de la commande terminé.",
  },
  orderProcessing: {
    label: "Traitement de la commande",
    title: "Traitement des commandes clients",
    summary:
      "Enregistrer la commande dans le PGI, envoyer l'accusé de réception, établir le bon de livraison (livraison partielle et reliquat si le stock manque) et suivre la commande.",
    checklist: [
      "enregistrer la commande",
      "envoyer l'accusé de réception",
      "établir le bon de livraison",
      "suivre la commande",
    ],
    ended: ({ carried }) => `Commande traitée${carried.orderStatus !== undefined ? `\u00a0: statut «\u00a0${ORDER_STATUS_LABELS[carried.orderStatus]}\u00a0»` : ""}.`,
  },
  invoicing: {
    label: "Facturation",
    title: "La facture dans le processus de vente",
    summary:
      "Établir la facture à partir du bon de livraison avec les conditions du client, la valider (elle prend son numéro et ne peut plus être modifiée), l'annuler ou la corriger par une facture d'avoir, l'envoyer en PDF par courriel, ou par la plateforme agréée quand la réforme de la facturation électronique s'applique au vendeur.",
    checklist: [
      "devis → commande → bon de livraison → facture → avoir",
      "valider la facture\u00a0: elle devient intangible",
      "envoyer la facture\u00a0: PDF par courriel, ou dépôt sur la plateforme agréée (Factur-X) depuis la réforme",
    ],
    ended: ({ carried }) => (carried.invoiceId === undefined ? "Aucune livraison n'est à facturer\u00a0: cette étape est terminée." : "Facturation terminée."),
  },
  invoiceControl: {
    label: "Contrôle de la facture",
    title: "Contrôle de la facture de vente",
    summary:
      "Vérifier les mentions obligatoires et les calculs d'une facture avant son envoi, pour éviter les litiges et les amendes.",
    checklist: [
      "mentions obligatoires",
      "calculs ligne par ligne",
      "cascade des réductions et TVA",
    ],
    ended: () => "Contrôle de la facture terminé.",
  },
  paymentFollowUp: {
    label: "Suivi des règlements",
    title: "Suivi des factures et des règlements",
    summary:
      "Suivre les échéances, enregistrer les règlements, relancer au bon moment (relances, lettre recommandée, mise en demeure, injonction de payer), calculer les pénalités de retard.",
    checklist: [
      "relance 1, relance 2",
      "lettre recommandée avec AR",
      "mise en demeure",
      "injonction de payer",
      "pénalités et indemnité de 40\u00a0€",
    ],
    ended: ({ today }) => `Suivi terminé le ${formatDateFr(today)}.`,
  },
} as const satisfies Readonly<Record<StageId, CourseStageFacts>>;

/** The stage's number in the course: 1 for the order intake … 5 for the payment follow-up. */
export function stageNumber(stage: StageId): CourseStage {
  return (STAGE_IDS.indexOf(stage) + 1) as CourseStage;
}

/** The stage a course number names (the glossary tags its terms by number). */
export function stageOfNumber(stage: CourseStage): StageId {
  return STAGE_IDS[stage - 1] as StageId;
}

/** The stage's name in the interface, read from the registry (the command line and the views name stages by it). */
export const STAGE_LABELS: Readonly<Record<StageId, string>> = Object.fromEntries(STAGE_IDS.map((stage) => [stage, COURSE_STAGES[stage].label])) as Record<StageId, string>;

/** Where the library's coverage table and the learning path file a scenario: one stage's shelf, or the chains. */
export type ScenarioShelf = StageId | "chain";

export const SCENARIO_SHELVES: readonly ScenarioShelf[] = [...STAGE_IDS, "chain"];

/**
 * A chain when the scenario follows an order from its intake to the control of its invoice or to
 * its payment; otherwise the last stage it plays, the earlier ones only bringing the order there
 * (processing needs the intake, invoicing the processing) (docs/decisions/0143).
 */
export function shelfOfStages(stages: readonly StageId[]): ScenarioShelf {
  if (stages.includes("orderIntake") && (stages.includes("invoiceControl") || stages.includes("paymentFollowUp"))) return "chain";
  return stages.reduce((last, stage) => (STAGE_IDS.indexOf(stage) > STAGE_IDS.indexOf(last) ? stage : last));
}
