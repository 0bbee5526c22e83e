/**
 * The French words of the quiz editor's form, by label key as in labels.ts. The blocks the quiz
 * shares with the scenario format keep the scenario's words: « trouvez l'erreur »'s invoice is a
 * scenario's `invoiceControl`, the class settings are the same; only what the quiz format alone
 * has is written here. quizLabels.test.ts fails when a field of the quiz schema has no words.
 */
import { GENERATOR_IDS, GENERATORS, NOTIONS, QUIZ_STAGES, type NotionId } from "@/domain";
import { DIFFICULTY_OPTIONS, fieldLabel, optionLabel, type FieldLabel } from "./labels";

const wide = (label: string, help?: string): FieldLabel => ({ label, wide: true, ...(help ? { help } : {}) });

/** « 1. Contrôle de la commande — L'encours et le plafond… »: a notion said with its part of the course. */
const NOTION_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(NOTIONS) as NotionId[]).map((id) => [id, `${optionLabel(NOTIONS[id].stage)} — ${NOTIONS[id].label}`]),
);

/** The notions in the course's order, then the generators: the values the form offers for these two ids. */
export const NOTION_CHOICES: readonly string[] = QUIZ_STAGES.flatMap((stage) => (Object.keys(NOTIONS) as NotionId[]).filter((id) => NOTIONS[id].stage === stage));
export const GENERATOR_CHOICES: readonly string[] = GENERATOR_IDS;

/** The notions offered once a question's stage is chosen: that stage's own. */
const NOTIONS_BY_STAGE: Readonly<Record<string, readonly string[]>> = Object.fromEntries(QUIZ_STAGES.map((stage) => [stage, NOTION_CHOICES.filter((id) => NOTIONS[id as NotionId].stage === stage)]));

const GENERATOR_WORDS: Readonly<Record<string, string>> = Object.fromEntries(GENERATOR_IDS.map((id) => [id, GENERATORS[id].label]));

const QUIZ_BY_PATH: Readonly<Record<string, FieldLabel>> = {
  id: { label: "Identifiant du questionnaire", help: "Minuscules, chiffres et tirets, sans espace." },
  title: wide("Titre"),
  summary: wide("Résumé", "Ce que le questionnaire fait travailler, pour l'élève (jamais les réponses)."),
  questions: { label: "Questions écrites", item: "Question", help: "Ajoutez une question puis choisissez son type\u00a0; l'élève les voit dans l'ordre de la liste." },
  "questions[].type": { label: "Type de question" },
  "questions[].id": { label: "Identifiant de la question", help: "Minuscules, chiffres et tirets\u00a0: unique dans la banque de questions." },
  "questions[].stage": { label: "Étape du cours" },
  "questions[].notion": { label: "Notion", help: "Une notion de l'étape choisie ci-dessus.", options: NOTION_WORDS, wide: true, choicesBy: { field: "stage", choices: NOTIONS_BY_STAGE } },
  "questions[].difficulty": { label: "Difficulté", options: DIFFICULTY_OPTIONS },
  "questions[].prompt": wide("Énoncé", "Pour un vrai ou faux\u00a0: l'affirmation à juger."),
  "questions[].explanation": wide("Explication", "Montrée après la réponse (entraînement) ou dans le bilan."),
  "questions[].glossary": { label: "Entrées du glossaire", item: "Entrée", help: "Vide\u00a0: celles de la notion." },
  "questions[].options": { label: "Propositions", item: "Proposition", help: "De deux à huit\u00a0; l'élève les voit mélangées." },
  "questions[].options[].id": { label: "Identifiant de la proposition", help: "Celui que «\u00a0Bonne réponse\u00a0» cite." },
  "questions[].options[].text": wide("Texte de la proposition"),
  "questions[].options[].feedback": wide("Ce qu'on dit à l'élève qui la choisit", "Ce que ce choix confond."),
  "questions[].correct": { label: "Bonne réponse", help: "L'identifiant de la bonne proposition (choix multiples\u00a0: de chacune)\u00a0; pour un vrai ou faux, cochée si l'affirmation est vraie." },
  "questions[].items": { label: "Éléments, dans le bon ordre", item: "Élément", help: "De trois à huit\u00a0; l'élève les voit mélangés." },
  "questions[].items[].text": wide("Texte de l'élément"),
  "questions[].pairs": { label: "Paires à associer", item: "Paire", help: "De trois à huit." },
  "questions[].pairs[].left": { label: "À gauche" },
  "questions[].pairs[].right": { label: "À droite" },
  "questions[].distractors": { label: "Intrus (à droite, sans paire)", item: "Intrus", help: "Au plus trois." },
  "questions[].unit": { label: "Unité" },
  // A number for a calculation, a date for a date question: « date » shapes only the latter's field, a text one.
  "questions[].answer": { label: "Réponse attendue", help: "Un nombre (virgule décimale)\u00a0; pour une date\u00a0: le jour attendu.", input: "date" },
  "questions[].tolerance": { label: "Tolérance", help: "L'écart accepté, dans l'unité de la réponse\u00a0; 0\u00a0: la valeur exacte." },
  "questions[].text": wide("Texte à trous", "Chaque blanc s'écrit [[identifiant]], l'identifiant d'un blanc ci-dessous."),
  "questions[].blanks": { label: "Blancs", item: "Blanc" },
  "questions[].blanks[].id": { label: "Identifiant du blanc", help: "Celui écrit entre [[ ]] dans le texte." },
  "questions[].blanks[].accepted": { label: "Réponses acceptées", item: "Réponse", help: "Comparées sans majuscules, accents ni espaces autour." },
  "questions[].blanks[].choices": { label: "Choix d'une liste déroulante", item: "Choix", help: "Facultatif\u00a0: sans choix, l'élève tape sa réponse." },
  "questions[].seller": { label: "Le vendeur", help: "Sa taille fixe les dates de la réforme de la facturation électronique." },
  "questions[].today": { label: "Jour du contrôle", input: "date" },
  "questions[].control": { label: "La facture à contrôler", help: "Le moteur du contrôle de facture en tire la correction\u00a0: aucune réponse à écrire." },
  generators: { label: "Questions générées", item: "Générateur", help: "Des calculs dont les chiffres changent à chaque partie\u00a0; la réponse et la solution sont celles du moteur." },
  "generators[].generator": { label: "Générateur", help: "Le calcul qu'il fait travailler\u00a0; l'aperçu en tire un exemple.", options: GENERATOR_WORDS, wide: true },
  "generators[].count": { label: "Nombre de questions tirées", help: "De 1 à 50." },
  "generators[].difficulty": { label: "Difficulté", help: "Vide\u00a0: chaque question tire la sienne.", options: DIFFICULTY_OPTIONS },
};

/** « questions[].control.invoice.totals » is the scenario's « invoiceControl.invoice.totals ». */
const SHARED_BLOCKS: readonly [string, string][] = [["questions[].control", "invoiceControl"]];

/** The words of a field of the quiz format: its own, else those of the scenario's same block, else by name. */
export function quizFieldLabel(labelKey: string): FieldLabel | undefined {
  const own = QUIZ_BY_PATH[labelKey];
  if (own !== undefined) return own;
  const shared = SHARED_BLOCKS.find(([quizPath]) => labelKey.startsWith(`${quizPath}.`));
  return fieldLabel(shared === undefined ? labelKey : `${shared[1]}${labelKey.slice(shared[0].length)}`);
}

export const QUIZ_SECTIONS: readonly { title: string; fields: readonly string[] }[] = [
  { title: "Présentation", fields: ["title", "id", "summary"] },
  { title: "Questions écrites", fields: ["questions"] },
  { title: "Questions générées", fields: ["generators"] },
  { title: "Réglages pour la classe", fields: ["classroom"] },
];
