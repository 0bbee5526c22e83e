/**
 * The one glossary: each French term of the course, its definition as taught, and the English
 * identifier the code uses for it. The interface links every mention of a term here. The terms
 * themselves are in glossaryTerms.ts: a page writes a term without loading every definition
 * (docs/decisions/0148); `GLOSSARY` joins the two.
 */

import { fineMaximaText } from "./fines";
import { formatPercent } from "./money";
import { effectiveLatePenaltyRate } from "./paymentTerms";
import { formatHalfYear, KNOWN_HALF_YEAR_RATES, type HalfYearRates } from "./rates";
import { GLOSSARY_TERMS, type GlossaryTerm } from "./glossaryTerms";
import type { CourseStage } from "./stages";

/** The glossary quotes the figures of the latest half-year the table knows, never a copy of them. */
const LATEST_RATES = KNOWN_HALF_YEAR_RATES.at(-1) as HalfYearRates;
const LATEST_HALF_YEAR = formatHalfYear(LATEST_RATES.halfYear);
const LATEST_DEFAULT = effectiveLatePenaltyRate(LATEST_RATES);

/** An entry as written below: its term is in domain/glossaryTerms.ts, where pages find it without the definitions. */
interface GlossaryDefinition {
  /** The identifier used in code (and the anchor of the glossary page). */
  id: string;
  definition: string;
  /** Stages of the course where the term is used, by their number in the course (domain/stages.ts). */
  stages: CourseStage[];
  /** Other entries worth reading next (ids). */
  related: string[];
}

const DEFINITIONS: readonly GlossaryDefinition[] = [
  {
    id: "erp",
    definition:
      "Logiciel qui réunit dans une seule base de données les informations de tous les services de l'entreprise (ventes, stocks, comptabilité…). Une donnée saisie une fois est disponible partout.",
    stages: [1, 2, 3, 4, 5],
    related: ["customerRelationship"],
  },
  {
    id: "customerRelationship",
    definition:
      "Ensemble des moyens qui permettent de connaître, servir et fidéliser les clients, de la commande jusqu'au règlement.",
    stages: [1, 2, 3, 4, 5],
    related: ["erp"],
  },
  {
    id: "customerAccount",
    definition:
      "Fiche du client dans le PGI\u00a0: raison sociale, SIREN/SIRET, adresses de facturation et de livraison, contact, conditions de paiement, plafond d'encours, conditions commerciales.",
    stages: [1],
    related: ["siren", "creditLimit"],
  },
  {
    id: "siren",
    definition:
      "Numéro d'identification de l'entreprise (SIREN, 9 chiffres) et de chacun de ses établissements (SIRET, 14 chiffres\u00a0: SIREN + 5 chiffres).",
    stages: [1, 4],
    related: ["customerAccount", "solvency"],
  },
  {
    id: "solvency",
    definition:
      "Capacité du client à payer ses dettes. On la vérifie avec l'extrait Kbis, les annonces du BODACC (redressement, liquidation judiciaire), l'historique des paiements et les agences de renseignement commercial.",
    stages: [1],
    related: ["outstanding"],
  },
  {
    id: "outstanding",
    definition:
      "Ce que le client doit ou devra à l'entreprise\u00a0: factures non réglées (TTC) plus commandes acceptées et pas encore facturées (TTC).",
    stages: [1, 5],
    related: ["creditLimit"],
  },
  {
    id: "creditLimit",
    definition:
      "Montant maximal d'encours accordé à un client. Une commande est acceptable si encours + commande TTC ≤ plafond\u00a0; sinon la politique de l'entreprise dit s'il faut refuser, mettre en attente ou demander un acompte.",
    stages: [1],
    related: ["outstanding", "deposit"],
  },
  {
    id: "tradeDiscount",
    definition:
      "Réduction commerciale habituelle accordée au moment de la vente, pour l'importance de la commande ou la qualité du client. Plusieurs remises s'appliquent en cascade\u00a0: 10\u00a0% puis 5\u00a0% font 14,5\u00a0%, pas 15\u00a0%.",
    stages: [1, 3, 4],
    related: ["allowance", "rebate", "netCommercial"],
  },
  {
    id: "allowance",
    definition:
      "Réduction exceptionnelle accordée pour un défaut de qualité, une non-conformité ou un retard de livraison.",
    stages: [3, 4, 5],
    related: ["tradeDiscount", "creditNote"],
  },
  {
    id: "rebate",
    definition:
      "Réduction calculée sur le chiffre d'affaires réalisé avec le client sur une période (par tranches), souvent accordée par facture d'avoir.",
    stages: [3, 4],
    related: ["tradeDiscount", "creditNote"],
  },
  {
    id: "netCommercial",
    definition: "Montant hors taxes après déduction des remises, rabais et ristournes.",
    stages: [3, 4],
    related: ["tradeDiscount", "cashDiscount", "netFinancial"],
  },
  {
    id: "cashDiscount",
    definition:
      "Réduction financière pour paiement comptant ou avant l'échéance. Accordé, il est déduit du net commercial\u00a0; seulement proposé («\u00a02\u00a0% si paiement sous 10 jours\u00a0»), il figure dans les conditions et n'est pas déduit. Sans escompte, la facture porte «\u00a0pas d'escompte pour paiement anticipé\u00a0».",
    stages: [1, 3, 4],
    related: ["netFinancial", "netCommercial"],
  },
  {
    id: "netFinancial",
    definition: "Net commercial après déduction de l'escompte. La TVA se calcule sur le net financier augmenté du port.",
    stages: [3, 4],
    related: ["cashDiscount", "vat"],
  },
  {
    id: "shipping",
    definition:
      "Frais de transport facturés au client. Accessoire de la vente, il entre dans la base de TVA au taux des marchandises.",
    stages: [3, 4],
    related: ["vat"],
  },
  {
    id: "vat",
    definition:
      "Impôt sur la consommation collecté par le vendeur. Taux en France\u00a0: 20\u00a0% (normal), 10\u00a0% (intermédiaire), 5,5\u00a0% (réduit), 2,1\u00a0% (particulier). La facture montre la base HT et la TVA de chaque taux.",
    stages: [3, 4],
    related: ["netFinancial", "shipping"],
  },
  {
    id: "deposit",
    definition:
      "Somme versée d'avance sur le prix\u00a0; le client et le vendeur sont engagés (à la différence des arrhes, qui permettent à chacun de se dédire). Pour des marchandises, la TVA est due à l'encaissement de l'acompte\u00a0; la facture finale cite la facture d'acompte (numéro, date) et en déduit le HT et la TVA, pour que la TVA restant due apparaisse.",
    stages: [1, 3],
    related: ["creditLimit", "depositInvoice"],
  },
  {
    id: "quote",
    definition:
      "Proposition chiffrée du vendeur, valable pendant une durée donnée. Signé par le client, il vaut commande\u00a0; ses prix priment sur le catalogue.",
    stages: [1, 3],
    related: ["purchaseOrder"],
  },
  {
    id: "purchaseOrder",
    definition: "Document par lequel le client commande\u00a0: références, quantités, prix, adresse de livraison, signature.",
    stages: [1, 2],
    related: ["quote", "orderAcknowledgement"],
  },
  {
    id: "orderAcknowledgement",
    definition:
      "Document par lequel le vendeur confirme la commande\u00a0: articles, quantités, prix, remises, date et adresse de livraison, conditions de paiement, acompte demandé.",
    stages: [2],
    related: ["purchaseOrder", "deliveryNote"],
  },
  {
    id: "deliveryNote",
    definition:
      "Document qui accompagne la marchandise\u00a0: quantités commandées et livrées, sans prix nécessaires. Le destinataire le signe et y écrit ses réserves.",
    stages: [2, 3],
    related: ["backOrder", "invoice"],
  },
  {
    id: "backOrder",
    definition: "Partie d'une commande qui reste à livrer après une livraison partielle.",
    stages: [2],
    related: ["deliveryNote"],
  },
  {
    id: "invoice",
    definition:
      "Document obligatoire, daté, au numéro unique dans une série chronologique et continue, qui porte les mentions obligatoires. Validée dans le PGI, elle ne peut être ni modifiée ni supprimée\u00a0: on l'annule ou on la corrige par une facture d'avoir.",
    stages: [3, 4],
    related: ["creditNote", "mandatoryMentions"],
  },
  {
    id: "depositInvoice",
    definition: "Facture émise à l'encaissement d'un acompte\u00a0; la TVA sur l'acompte est alors exigible.",
    stages: [3],
    related: ["deposit", "invoice"],
  },
  {
    id: "creditNote",
    definition:
      "Document qui annule ou réduit une facture (erreur, retour, rabais, ristourne). Il a son propre numéro et cite le numéro et la date de la facture d'origine.",
    stages: [3, 5],
    related: ["invoice", "allowance"],
  },
  {
    id: "approvedPlatform",
    definition:
      "Prestataire immatriculé par l'administration fiscale qui émet, transmet et reçoit les factures électroniques d'une entreprise. Toute entreprise doit pouvoir recevoir ses factures par une plateforme agréée depuis le 1er septembre 2026\u00a0; les grandes entreprises et les ETI émettent par elle depuis le 1er septembre 2026, les PME et microentreprises à partir du 1er septembre 2027. Entre entreprises établies en France, un PDF par courriel n'est alors plus une facture valable. Les ventes aux particuliers et à l'étranger n'y passent pas\u00a0: leurs données sont transmises à l'administration (e-reporting).",
    stages: [3],
    related: ["facturX", "invoiceLifecycle", "invoice"],
  },
  {
    id: "facturX",
    definition:
      "Format de facture électronique structurée\u00a0: un PDF lisible (PDF/A-3) qui porte dans un fichier XML les données de la facture, lues sans ressaisie par le PGI du client. Avec UBL et CII, c'est l'un des trois formats que la plateforme agréée accepte (norme EN 16931).",
    stages: [3],
    related: ["approvedPlatform", "invoice"],
  },
  {
    id: "invoiceLifecycle",
    definition:
      "Suite des statuts datés d'une facture électronique, échangés par les plateformes\u00a0: «\u00a0Déposée\u00a0», «\u00a0Mise à disposition\u00a0» du client, puis «\u00a0Approuvée\u00a0», «\u00a0En litige\u00a0» ou «\u00a0Refusée\u00a0» par le client, et «\u00a0Encaissée\u00a0» quand le vendeur déclare le paiement reçu. «\u00a0Rejetée\u00a0»\u00a0: la plateforme refuse un fichier non conforme, la facture n'est pas émise.",
    stages: [3, 5],
    related: ["approvedPlatform", "dispute"],
  },
  {
    id: "mandatoryMentions",
    definition:
      "Informations qu'une facture doit porter\u00a0: numéro, date, vendeur et acheteur, désignation des produits, réductions, conditions de paiement, échéance, pénalités de retard, indemnité forfaitaire de 40\u00a0€… Chaque mention manquante ou fausse peut coûter une amende fiscale de 15\u00a0€, plafonnée au quart du montant de la facture (CGI art. 1737), et, selon la mention, une amende administrative (C. com. art. L441-9 ou L441-16).",
    stages: [4],
    related: ["invoice", "recoveryIndemnity", "invoicingFine", "paymentTermsFine"],
  },
  {
    id: "invoicingFine",
    definition:
      `Sanction du Code de commerce (art. L441-9) quand une facture omet ou fausse une mention que cet article impose\u00a0: nom et adresse des parties, date de la vente, quantité et désignation précise, prix unitaire HT, réductions, numéro du bon de commande, échéance, conditions d'escompte, taux des pénalités de retard, indemnité forfaitaire de 40\u00a0€. Montant\u00a0: ${fineMaximaText("L441-9")}. Elle s'ajoute à l'amende fiscale de 15\u00a0€ par mention.`,
    stages: [3, 4],
    related: ["mandatoryMentions", "paymentTermsFine"],
  },
  {
    id: "paymentTermsFine",
    definition:
      `Sanction du Code de commerce (art. L441-16) quand les délais de paiement ne sont pas respectés (échéance au-delà de 60 jours après la facture ou de 45 jours fin de mois), quand le taux des pénalités de retard ou l'indemnité forfaitaire de 40\u00a0€ manquent aux conditions de règlement, ou quand le taux est inférieur au plancher légal. Montant\u00a0: ${fineMaximaText("L441-16")}.`,
    stages: [3, 4, 5],
    related: ["dueDate", "latePenalty", "recoveryIndemnity", "invoicingFine"],
  },
  {
    id: "dueDate",
    definition:
      "Date à laquelle la facture doit être payée. Par défaut 30 jours après la réception des marchandises\u00a0; au plus 60 jours après la date de facture, ou 45 jours fin de mois.",
    stages: [3, 4, 5],
    related: ["latePenalty"],
  },
  {
    id: "latePenalty",
    definition:
      `Intérêts dus par un client professionnel dès le lendemain de l'échéance, sans relance\u00a0: montant TTC × taux annuel × jours de retard / 365. Taux par défaut\u00a0: taux de refinancement de la BCE du semestre + 10 points (${formatPercent(LATEST_DEFAULT.ratePercent)} au ${LATEST_HALF_YEAR})\u00a0; un taux convenu ne peut être inférieur à trois fois le taux d'intérêt légal (${formatPercent(LATEST_DEFAULT.floorPercent)}). Un client particulier n'en doit pas\u00a0: seulement l'intérêt légal, à compter de la mise en demeure.`,
    stages: [4, 5],
    related: ["dueDate", "recoveryIndemnity", "legalInterestRate"],
  },
  {
    id: "legalInterestRate",
    definition:
      `Taux fixé chaque semestre par arrêté, en deux valeurs selon le créancier (C. mon. fin. L313-2)\u00a0: ${formatPercent(LATEST_RATES.individualsLegalInterestRatePercent ?? 0)} quand le créancier est un particulier, ${formatPercent(LATEST_RATES.legalInterestRatePercent)} dans tous les autres cas (${LATEST_HALF_YEAR}). Une entreprise qui réclame des intérêts à un client particulier, à compter de la mise en demeure, applique donc le second\u00a0; il fixe aussi le plancher des pénalités de retard (3 fois ce taux).`,
    stages: [4, 5],
    related: ["latePenalty", "formalNotice"],
  },
  {
    id: "recoveryIndemnity",
    definition: "40\u00a0€ dus par un client professionnel pour chaque facture payée en retard, hors TVA.",
    stages: [4, 5],
    related: ["latePenalty"],
  },
  {
    id: "paymentFollowUp",
    definition:
      "Surveillance des factures clients jusqu'à leur encaissement\u00a0: rapprocher chaque règlement reçu de sa facture (payée en entier, en partie ou pas du tout), repérer les factures échues, puis relancer par étapes — relances amiables, lettre recommandée, mise en demeure — avant l'injonction de payer. Un litige sur une facture en suspend les relances.",
    stages: [5],
    related: ["dueDate", "reminder", "formalNotice", "paymentOrder", "dispute"],
  },
  {
    id: "reminder",
    definition:
      "Lettre ou courriel qui rappelle au client une facture impayée\u00a0: la première, courtoise, 10 jours après l'échéance\u00a0; la deuxième, plus ferme, 10 jours plus tard, avec les pénalités et l'indemnité de 40\u00a0€. Chaque relance ajoute\u00a0: «\u00a0ne pas tenir compte si règlement déjà effectué\u00a0».",
    stages: [5],
    related: ["registeredLetter", "formalNotice"],
  },
  {
    id: "registeredLetter",
    definition: "Courrier dont La Poste prouve l'envoi et la réception\u00a0: troisième relance, puis mise en demeure.",
    stages: [5],
    related: ["reminder", "formalNotice"],
  },
  {
    id: "formalNotice",
    definition:
      "Dernière demande amiable, par LRAR, signée par une personne nommée avec sa fonction\u00a0: références des factures, montant, délai (8 ou 15 jours), mention «\u00a0vaut mise en demeure\u00a0» (Code civil, art. 1344 et 1344-1), annonce de poursuites. Entre professionnels, les pénalités de retard continuent de courir jusqu'au paiement\u00a0: on n'y ajoute pas les intérêts au taux légal, qui ne courent qu'envers un particulier, à compter de la mise en demeure.",
    stages: [5],
    related: ["registeredLetter", "paymentOrder"],
  },
  {
    id: "paymentOrder",
    definition:
      "Procédure judiciaire simple pour une créance certaine, liquide et exigible, demandée par requête au tribunal dont dépend le siège du débiteur (son domicile pour un particulier)\u00a0: entre commerçants, le tribunal de commerce (ou le tribunal des activités économiques), formulaire Cerfa 12946\u00a0; sinon, le tribunal judiciaire, Cerfa 12948. L'ordonnance est signifiée dans les six mois\u00a0; le débiteur a un mois pour s'y opposer\u00a0; sans opposition, le créancier demande la formule exécutoire.",
    stages: [5],
    related: ["formalNotice", "service", "enforcementFormula", "economicActivitiesCourt", "dispute"],
  },
  {
    id: "economicActivitiesCourt",
    definition:
      "Tribunal de commerce élargi, à titre expérimental de 2025 à 2028, dans douze villes (dont Paris, Lyon, Marseille, Le Havre)\u00a0: il reçoit les requêtes en injonction de payer entre commerçants à la place du tribunal de commerce. En Alsace-Moselle, où il n'y a pas de tribunal de commerce, la requête entre commerçants va à la chambre commerciale du tribunal judiciaire.",
    stages: [5],
    related: ["paymentOrder"],
  },
  {
    id: "service",
    definition:
      "Remise officielle d'un acte (l'ordonnance d'injonction de payer) au débiteur par un commissaire de justice. Elle doit avoir lieu dans les six mois de l'ordonnance, sinon celle-ci est non avenue\u00a0; elle fait courir le mois d'opposition.",
    stages: [5],
    related: ["paymentOrder", "enforcementFormula"],
  },
  {
    id: "enforcementFormula",
    definition:
      "Mention apposée par le greffe sur l'ordonnance d'injonction de payer, à la demande du créancier, quand le débiteur n'a pas formé opposition dans le mois de la signification\u00a0: l'ordonnance vaut alors jugement et permet l'exécution forcée (saisie).",
    stages: [5],
    related: ["paymentOrder", "service"],
  },
  {
    id: "dispute",
    definition:
      "Contestation de la facture par le client (marchandise abîmée, erreur de prix…). La créance n'est plus certaine\u00a0: on suspend les relances, on enquête et on règle le litige (avoir, rabais, remplacement) avant de reprendre.",
    stages: [5],
    related: ["creditNote", "allowance"],
  },
];

/** Each entry with its term (domain/glossaryTerms.ts) and its definition; a definition without a term fails the glossary's test. */
export type GlossaryEntry = GlossaryDefinition & GlossaryTerm;

export const GLOSSARY: readonly GlossaryEntry[] = DEFINITIONS.map((entry) => ({ ...entry, ...(GLOSSARY_TERMS[entry.id] ?? { term: entry.id }) }));

const byId = new Map(GLOSSARY.map((entry) => [entry.id, entry]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}
