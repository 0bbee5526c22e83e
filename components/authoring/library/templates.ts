import type { StageId } from "@/domain";
import type { LibraryKind } from "@/store/teacherLibrary";
import { jsonText } from "./bundled";

/**
 * Where a new document starts: blank, from a template, or as a copy of a bundled scenario. A
 * template is a bundled scenario that shows one classic exercise, copied under a new id and title:
 * the situation stays valid and the teacher changes it, rather than a second copy of its JSON here.
 */
export interface ScenarioTemplate {
  /** The bundled scenario it starts from. */
  source: string;
  stage: StageId;
  /** « Plafond d'encours dépassé » : the exercise, as a teacher names it. */
  label: string;
  /** What to change to make it one's own. */
  description: string;
}

/** One per stage of the course; the first, fourth and fifth are three of the four classic exercises, the third the cascade. */
export const SCENARIO_TEMPLATES: readonly ScenarioTemplate[] = [
  {
    source: "depassement-d-encours",
    stage: "orderIntake",
    label: "Plafond d'encours dépassé à la prise de commande",
    description: "Changez les factures non réglées, le plafond ou la commande\u00a0: le moteur recalcule le dépassement et l'acompte.",
  },
  {
    source: "nouveau-client-par-telephone",
    stage: "orderProcessing",
    label: "Nouveau client\u00a0: ouvrir le compte et traiter la commande",
    description: "Changez le client, les articles ou le stock\u00a0: accusé de réception et bon de livraison suivent.",
  },
  {
    source: "chaine-complete-livraison-partielle-acompte",
    stage: "invoicing",
    label: "Facturer en cascade\u00a0: remise, port, acompte",
    description: "Changez la remise, le port, les taux de TVA ou l'acompte\u00a0: la cascade de la facture est recalculée au centime.",
  },
  {
    source: "mentions-manquantes",
    stage: "invoiceControl",
    label: "Facture à contrôler\u00a0: mentions manquantes et montant faux",
    description: "Retirez ou faussez d'autres mentions de la facture imprimée\u00a0: le moteur en déduit les anomalies à relever.",
  },
  {
    source: "choisir-l-etape-de-relance",
    stage: "paymentFollowUp",
    label: "Choisir l'étape de relance d'une facture impayée",
    description: "Changez l'échéance, les relances déjà faites ou la date du jour\u00a0: l'étape due change avec elles.",
  },
];

/** What a new document is created with: its kind, its title in the library, its text. */
export interface NewDocument {
  kind: LibraryKind;
  title: string;
  text: string;
}

/**
 * A bundled scenario's text under a new id and title, every other field as written: two copies of
 * the same scenario in the browser never share an id (a game is saved under it).
 */
export function derivedScenario(sourceText: string, id: string, title: string): NewDocument {
  const data = JSON.parse(sourceText) as Record<string, unknown>;
  return { kind: "scenario", title, text: jsonText({ ...data, id, title }) };
}

/** What a template's and a copy's id add to the bundled scenario's: how the editor finds the scenario a draft started from. */
const TEMPLATE_SUFFIX = "-modele";
const COPY_SUFFIX = "-copie";

export function fromTemplate(template: ScenarioTemplate, sourceText: string): NewDocument {
  return derivedScenario(sourceText, `${template.source}${TEMPLATE_SUFFIX}`, `Mon scénario\u00a0: ${lowerFirst(template.label)}`);
}

export function copyOfBundled(source: { id: string; title: string; text: string }): NewDocument {
  return derivedScenario(source.text, `${source.id}${COPY_SUFFIX}`, `${source.title} (copie)`);
}

/** The bundled scenario a template or a copy was made from, by its id (« depassement-d-encours-modele » → « depassement-d-encours »); undefined for any other id. */
export function baseScenarioId(id: string): string | undefined {
  const suffix = [TEMPLATE_SUFFIX, COPY_SUFFIX].find((ending) => id.endsWith(ending) && id.length > ending.length);
  return suffix === undefined ? undefined : id.slice(0, -suffix.length);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("fr-FR") + text.slice(1);
}

/**
 * A blank scenario: the header, the company and its policy with their required fields left empty,
 * the first stage. It does not pass the check yet: the editor lists what is missing (the company's
 * identity, an objective, the order to check).
 */
const BLANK_SCENARIO = {
  $schema: "./scenario.schema.json",
  schemaVersion: 1,
  id: "nouveau-scenario",
  title: "Nouveau scénario",
  summary: "",
  level: "bacpro",
  difficulty: 1,
  durationMinutes: 20,
  objectives: [],
  stages: ["orderIntake"],
  company: {
    identity: {
      name: "",
      legalForm: "SAS",
      shareCapital: "",
      siren: "",
      siret: "",
      rcsCity: "",
      vatNumber: "",
      address: { street: "", postalCode: "", city: "" },
      email: "",
      phone: "",
      size: "small",
    },
    policies: {
      creditLimitExceeded: "deposit",
      newCustomerCreditLimit: "2000.00",
      defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 },
    },
  },
  customers: [],
  products: [],
  clock: { start: "2026-09-01" },
};

/** A blank quiz: its summary and its questions are to be written. */
const BLANK_QUIZ = { schemaVersion: 1, id: "nouveau-questionnaire", title: "Nouveau questionnaire", summary: "", questions: [] };

export const BLANK_DOCUMENTS: Readonly<Record<LibraryKind, NewDocument>> = {
  scenario: { kind: "scenario", title: BLANK_SCENARIO.title, text: jsonText(BLANK_SCENARIO) },
  quiz: { kind: "quiz", title: BLANK_QUIZ.title, text: jsonText(BLANK_QUIZ) },
};
