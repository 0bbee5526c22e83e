/**
 * Questions of every type, as a teacher writes them, for the engine's tests: each parsed by the
 * schema, so that a fixture is a question the loader accepts.
 */
import { CONTROL_SELLER } from "../control/control.fixtures";
import { questionSchema } from "./schema";
import type {
  DateAnswerQuestion,
  FillBlankQuestion,
  FindErrorsQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  QuizFile,
  QuizFileInput,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "./vocabulary";

const parse = <T extends Question>(data: unknown): T => questionSchema.parse(data) as T;

export const singleQuestion = parse<SingleChoiceQuestion>({
  id: "encours-definition",
  type: "single",
  stage: "orderIntake",
  notion: "creditLimit",
  difficulty: 1,
  prompt: "L'encours d'un client, c'est :",
  explanation: "L'encours est ce que le client doit : factures non réglées et commandes acceptées non facturées.",
  options: [
    { id: "du", text: "Ce que le client doit à l'entreprise" },
    { id: "plafond", text: "Le montant maximal autorisé", feedback: "Vous confondez l'encours et le plafond." },
    { id: "ca", text: "Le chiffre d'affaires réalisé avec lui" },
  ],
  correct: "du",
});

export const multipleQuestion = parse<MultipleChoiceQuestion>({
  id: "reductions-commerciales",
  type: "multiple",
  stage: "orderIntake",
  notion: "specialConditions",
  difficulty: 2,
  prompt: "Lesquelles sont des réductions commerciales ?",
  explanation: "Remise, rabais et ristourne sont commerciales ; l'escompte est financier.",
  options: [
    { id: "remise", text: "La remise" },
    { id: "rabais", text: "Le rabais" },
    { id: "escompte", text: "L'escompte", feedback: "L'escompte récompense un paiement anticipé : c'est une réduction financière." },
    { id: "port", text: "Le port" },
  ],
  correct: ["remise", "rabais"],
});

export const trueFalseQuestion = parse<TrueFalseQuestion>({
  id: "facture-modifiable",
  type: "trueFalse",
  stage: "invoicing",
  notion: "invoiceIntangible",
  difficulty: 1,
  prompt: "Une facture validée peut être modifiée si le client le demande.",
  explanation: "Une facture validée ne se modifie pas : on émet une facture d'avoir.",
  correct: false,
});

export const orderingQuestion = parse<OrderingQuestion>({
  id: "chaine-des-pieces",
  type: "ordering",
  stage: "invoicing",
  notion: "documentChain",
  difficulty: 1,
  prompt: "Remettez les pièces dans l'ordre de la vente.",
  explanation: "Devis, bon de commande, bon de livraison, facture.",
  items: [
    { id: "devis", text: "Devis" },
    { id: "commande", text: "Bon de commande" },
    { id: "livraison", text: "Bon de livraison" },
    { id: "facture", text: "Facture" },
  ],
});

export const matchingQuestion = parse<MatchingQuestion>({
  id: "reductions-definitions",
  type: "matching",
  stage: "orderIntake",
  notion: "specialConditions",
  difficulty: 2,
  prompt: "Associez chaque réduction à sa raison.",
  explanation: "Remise : quantité ou fidélité ; rabais : défaut ; ristourne : chiffre d'affaires de la période.",
  pairs: [
    { id: "remise", left: "Remise", right: "Quantité ou fidélité" },
    { id: "rabais", left: "Rabais", right: "Défaut de qualité ou de conformité" },
    { id: "ristourne", left: "Ristourne", right: "Chiffre d'affaires de la période" },
  ],
  distractors: ["Paiement anticipé"],
});

export const numericQuestion = parse<NumericQuestion>({
  id: "net-a-payer",
  type: "numeric",
  stage: "invoicing",
  notion: "invoiceCascade",
  difficulty: 2,
  prompt: "Net commercial 837,90 € et TVA à 20 % : quel est le total TTC ?",
  explanation: "837,90 × 1,20 = 1 005,48 €.",
  unit: "€",
  answer: 1005.48,
});

export const dateQuestion = parse<DateAnswerQuestion>({
  id: "echeance-45-fin-de-mois",
  type: "date",
  stage: "paymentFollowUp",
  notion: "dueDate",
  difficulty: 2,
  prompt: "Facture du 16/10/2026, 45 jours fin de mois (fin de mois puis 45 jours) : échéance ?",
  explanation: "31/10/2026 + 45 jours = 15/12/2026.",
  answer: "2026-12-15",
});

export const fillBlankQuestion = parse<FillBlankQuestion>({
  id: "encours-plafond-texte",
  type: "fillBlank",
  stage: "orderIntake",
  notion: "creditLimit",
  difficulty: 1,
  prompt: "Complétez la règle.",
  explanation: "La commande est acceptée si l'encours plus la commande ne dépasse pas le plafond.",
  text: "La commande est acceptée si l'[[encours]] plus la commande reste sous le [[plafond]].",
  blanks: [
    { id: "encours", accepted: ["encours"] },
    { id: "plafond", accepted: ["plafond", "plafond de crédit"], choices: ["plafond", "chiffre d'affaires", "plafond de crédit"] },
  ],
});

/**
 * An invoice of March 2026 on the legal list: a buyer without address and a VAT amount of 15,50 €
 * for 20 % of 75,00 € (15,00 €), carried into the total TTC.
 */
export const findErrorsData = {
  id: "facture-classeurs",
  type: "findErrors",
  stage: "invoiceControl",
  notion: "invoiceArithmetic",
  difficulty: 3,
  prompt: "Relevez les anomalies de cette facture.",
  explanation: "L'adresse de l'acheteur manque ; la TVA à 20 % de 75,00 € est 15,00 €, d'où un TTC de 90,00 €.",
  seller: { size: "small" },
  today: "2026-03-12",
  control: {
    list: "course",
    invoice: {
      number: "FA-2026-00012",
      issueDate: "2026-03-10",
      seller: CONTROL_SELLER,
      buyer: { name: "Librairie Les Mots Passants" },
      lines: [
        { description: "Classeur à levier", quantity: 10, unitPrice: "3.50", vatRate: 20, lineTotal: "35.00" },
        { description: "Stylo bille", quantity: 50, unitPrice: "0.80", vatRate: 20, lineTotal: "40.00" },
      ],
      totals: { gross: "75.00", netCommercial: "75.00", totalExclTax: "75.00", vat: [{ rate: 20, base: "75.00", amount: "15.50" }], totalInclTax: "90.50" },
      paymentTermsText: "À 30 jours date de facture",
      dueDate: "2026-04-09",
    },
  },
};

export const findErrorsQuestion = parse<FindErrorsQuestion>(findErrorsData);

/** A quiz file as a teacher writes it, with one question of each type but « trouvez l'erreur ». */
export function quizFileData(overrides: Partial<QuizFileInput> = {}): QuizFileInput {
  return {
    schemaVersion: 1,
    id: "essai",
    title: "Questionnaire d'essai",
    summary: "Une question de chaque type.",
    questions: [singleQuestion, multipleQuestion, trueFalseQuestion, orderingQuestion, matchingQuestion, numericQuestion, dateQuestion, fillBlankQuestion],
    ...overrides,
  };
}

/** A quiz of these questions only, as the loader hands it to a page. */
export function quizOf(questions: readonly Question[]): QuizFile {
  return { schemaVersion: 1, id: "essai", title: "Questionnaire d'essai", summary: "Les questions du test.", questions: [...questions] };
}
