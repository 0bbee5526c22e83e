import { describe, expect, it } from "vitest";
import { formatIssue } from "../scenarioLoad";
import { parseQuiz, parseQuizBank, parseQuizText } from "./load";
import { findErrorsData, quizFileData, singleQuestion } from "./quiz.fixtures";
import type { QuizFileInput } from "./vocabulary";

const FILE = "quizzes/essai.json";

/** The messages of a quiz file, as the command line prints them. */
function messagesOf(data: unknown): string[] {
  const parsed = parseQuiz(data, FILE);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

/** The file with its first question changed (a plain JSON copy, as a teacher edits the file). */
function withQuestion(changes: Record<string, unknown>, index = 0): QuizFileInput {
  const data = JSON.parse(JSON.stringify(quizFileData())) as { questions: Record<string, unknown>[] };
  data.questions[index] = { ...data.questions[index], ...changes };
  return data as unknown as QuizFileInput;
}

describe("parseQuizText: a quiz file read like a scenario", () => {
  it("accepts a file with a question of each type", () => {
    const parsed = parseQuizText(JSON.stringify(quizFileData({ questions: [...quizFileData().questions, findErrorsData] as QuizFileInput["questions"] }), null, 2), FILE);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.quiz.questions.map((q) => q.type)).toEqual(["single", "multiple", "trueFalse", "ordering", "matching", "numeric", "date", "fillBlank", "findErrors"]);
  });

  it("says where the JSON breaks, and which field is written twice", () => {
    const broken = parseQuizText('{\n  "id": "essai",\n  "title": "Essai"\n  "summary": "…"\n}', FILE);
    expect(broken.ok ? [] : broken.issues.map(formatIssue)).toEqual(["quizzes/essai.json\u00a0: JSON invalide (ligne 4, colonne 3)\u00a0: «\u00a0,\u00a0» ou «\u00a0}\u00a0» attendu après la valeur du champ «\u00a0title\u00a0», pas «\u00a0\"\u00a0» (virgule oubliée\u00a0?)"]);
    const twice = parseQuizText('{"id": "a", "id": "b"}', FILE);
    expect(twice.ok ? [] : twice.issues.map(formatIssue)).toEqual(["quizzes/essai.json\u00a0: id\u00a0: champ écrit deux fois dans le même objet (lignes 1 et 1)\u00a0: gardez-en un seul"]);
  });

  it("keeps every text on one line, and says so in a quiz's words", () => {
    expect(messagesOf(withQuestion({ prompt: "Première ligne\nseconde ligne" }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].prompt\u00a0: retour à la ligne interdit dans ce texte d'une ligne (aucun texte ne passe à la ligne)",
    ]);
  });

  it("speaks of a quiz, not a scenario, when a file is far too large", () => {
    const huge = parseQuizText(" ".repeat(2_000_001), FILE);
    expect(huge.ok ? [] : huge.issues.map(formatIssue)).toEqual(["quizzes/essai.json\u00a0: fichier trop volumineux (plus de 2 Mo)\u00a0: un questionnaire en fait quelques ko\u00a0; est-ce bien un questionnaire\u00a0?"]);
  });
});

describe("parseQuiz: the class settings (docs/decisions/0123)", () => {
  it("accepts them and refuses a pass mark above 100 at classroom.passMark", () => {
    const parsed = parseQuiz(quizFileData({ classroom: { title: "Quiz du 12 mars", assessment: true, passMark: 50 } }), FILE);
    expect(parsed.ok ? parsed.quiz.classroom : parsed.issues).toEqual({ title: "Quiz du 12 mars", assessment: true, passMark: 50 });
    expect(messagesOf(quizFileData({ classroom: { passMark: 120 } }))).toEqual(["quizzes/essai.json\u00a0: classroom.passMark\u00a0: un seuil de réussite ne peut pas dépasser 100 (%)"]);
  });
});

describe("parseQuiz: the schema's errors, said as a teacher can act on them", () => {
  it("suggests the field a misspelt name meant", () => {
    const data = withQuestion({ promt: "Question\u00a0?" });
    delete (data.questions[0] as Record<string, unknown>).prompt;
    expect(messagesOf(data)).toEqual([
      "quizzes/essai.json\u00a0: questions[0].prompt\u00a0: champ obligatoire absent (un texte entre guillemets attendu)",
      expect.stringMatching(/^quizzes\/essai\.json\u00a0: questions\[0\]\.promt\u00a0: champ inconnu\u00a0: vouliez-vous écrire «\u00a0prompt\u00a0»\u00a0\? \(champs permis\u00a0: id, stage, notion, difficulty, prompt, explanation, glossary, type, options, correct\)$/u),
    ]);
  });

  it("lists the question types when one is unknown", () => {
    expect(messagesOf(withQuestion({ type: "essay" }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].type\u00a0: «\u00a0essay\u00a0» inconnu\u00a0: valeurs permises «\u00a0single\u00a0», «\u00a0multiple\u00a0», «\u00a0trueFalse\u00a0», «\u00a0ordering\u00a0», «\u00a0matching\u00a0», «\u00a0numeric\u00a0», «\u00a0date\u00a0», «\u00a0fillBlank\u00a0», «\u00a0findErrors\u00a0»",
    ]);
  });
});

describe("parseQuiz: what the schema cannot see", () => {
  it("finds the right answer among the options", () => {
    expect(messagesOf(withQuestion({ correct: "dette" }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].correct\u00a0: «\u00a0dette\u00a0» ne désigne aucune proposition (identifiants des propositions\u00a0: «\u00a0du\u00a0», «\u00a0plafond\u00a0» et «\u00a0ca\u00a0»)",
    ]);
  });

  it("tells which ids to write when a right answer is left empty, single or multiple choice", () => {
    const known = "(identifiants des propositions\u00a0: «\u00a0du\u00a0», «\u00a0plafond\u00a0» et «\u00a0ca\u00a0»)";
    expect(messagesOf(withQuestion({ correct: "" }))).toEqual([`quizzes/essai.json\u00a0: questions[0].correct\u00a0: aucune proposition n'est marquée comme la bonne réponse\u00a0: indiquez l'identifiant d'une proposition ${known}`]);
    expect(messagesOf(withQuestion({ correct: ["", "rabais"] }, 1))).toEqual([
      "quizzes/essai.json\u00a0: questions[1].correct[0]\u00a0: bonne réponse vide\u00a0: indiquez l'identifiant d'une proposition (identifiants des propositions\u00a0: «\u00a0remise\u00a0», «\u00a0rabais\u00a0», «\u00a0escompte\u00a0» et «\u00a0port\u00a0»)",
    ]);
    // An id written wrong is still named as such, with the question's own ids.
    expect(messagesOf(withQuestion({ correct: "Plafond" }))).toEqual([`quizzes/essai.json\u00a0: questions[0].correct\u00a0: «\u00a0Plafond\u00a0» ne désigne aucune proposition ${known}`]);
  });

  it("refuses two options with one id", () => {
    const options = [...singleQuestion.options, { id: "du", text: "Ce qu'il a payé" }];
    expect(messagesOf(withQuestion({ options }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].options[0].id\u00a0: l'identifiant «\u00a0du\u00a0» est donné à plusieurs propositions",
      "quizzes/essai.json\u00a0: questions[0].options[3].id\u00a0: l'identifiant «\u00a0du\u00a0» est donné à plusieurs propositions",
    ]);
  });

  it("keeps a wrong option in a multiple choice, and each right one once", () => {
    expect(messagesOf(withQuestion({ correct: ["remise", "rabais", "escompte", "port"] }, 1))).toEqual([
      "quizzes/essai.json\u00a0: questions[1].correct\u00a0: toutes les propositions sont justes\u00a0: une question à choix multiples garde au moins une proposition fausse (sinon tout cocher suffit)",
    ]);
    expect(messagesOf(withQuestion({ correct: ["remise", "remise"] }, 1))).toEqual(["quizzes/essai.json\u00a0: questions[1].correct[1]\u00a0: «\u00a0remise\u00a0» est écrit deux fois"]);
  });

  it("refuses two items with one id, two pairs with one answer, a distractor that answers a pair", () => {
    const items = [
      { id: "devis", text: "Devis" },
      { id: "devis", text: "Bon de commande" },
      { id: "facture", text: "Facture" },
    ];
    expect(messagesOf(withQuestion({ items }, 3))).toEqual([
      "quizzes/essai.json\u00a0: questions[3].items[0].id\u00a0: l'identifiant «\u00a0devis\u00a0» est donné à plusieurs éléments",
      "quizzes/essai.json\u00a0: questions[3].items[1].id\u00a0: l'identifiant «\u00a0devis\u00a0» est donné à plusieurs éléments",
    ]);
    const pairs = [
      { id: "remise", left: "Remise", right: "Quantité" },
      { id: "rabais", left: "Rabais", right: "quantité" },
      { id: "ristourne", left: "Ristourne", right: "Chiffre d'affaires" },
    ];
    expect(messagesOf(withQuestion({ pairs, distractors: ["Chiffre d'affaires "] }, 4))).toEqual([
      "quizzes/essai.json\u00a0: questions[4].pairs[1].right\u00a0: «\u00a0quantité\u00a0» est déjà la réponse d'une autre paire",
      "quizzes/essai.json\u00a0: questions[4].distractors[0]\u00a0: «\u00a0Chiffre d'affaires \u00a0» est aussi la réponse d'une paire\u00a0: un intrus ne répond à rien",
    ]);
  });

  it("matches the blanks of the text with the blanks declared, once each, and a drop-down with what it accepts", () => {
    const text = "L'[[encours]] plus la [[commande]] reste sous l'[[encours]].";
    const blanks = [
      { id: "encours", accepted: ["encours"] },
      { id: "plafond", accepted: ["plafond"], choices: ["Plafond", "encours"] },
      { id: "seuil", accepted: ["seuil"], choices: ["plafond", "encours"] },
    ];
    expect(messagesOf(withQuestion({ text, blanks }, 7))).toEqual([
      "quizzes/essai.json\u00a0: questions[7].text\u00a0: le blanc [[encours]] apparaît 2 fois\u00a0: chaque blanc apparaît une seule fois",
      "quizzes/essai.json\u00a0: questions[7].text\u00a0: le blanc [[commande]] n'a pas de réponse dans blanks",
      "quizzes/essai.json\u00a0: questions[7].blanks[1].id\u00a0: le blanc «\u00a0plafond\u00a0» n'apparaît pas dans le texte\u00a0: écrivez [[plafond]] à sa place",
      "quizzes/essai.json\u00a0: questions[7].blanks[2].id\u00a0: le blanc «\u00a0seuil\u00a0» n'apparaît pas dans le texte\u00a0: écrivez [[seuil]] à sa place",
      "quizzes/essai.json\u00a0: questions[7].blanks[2].accepted[0]\u00a0: «\u00a0seuil\u00a0» n'est pas dans la liste choices\u00a0: l'élève ne pourrait pas le choisir",
    ]);
  });

  it("checks the glossary links and the notion's stage", () => {
    expect(messagesOf(withQuestion({ stage: "invoicing", glossary: ["outstanding", "encours"] }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].stage\u00a0: la notion «\u00a0L'encours et le plafond\u00a0: encours + commande ≤ plafond\u00a0» relève de l'étape «\u00a01. Contrôle de la commande\u00a0»\u00a0: choisissez cette étape, ou une notion de l'étape «\u00a03. Facturation\u00a0»",
      "quizzes/essai.json\u00a0: questions[0].glossary[1]\u00a0: entrée de glossaire «\u00a0encours\u00a0» inconnue\u00a0: choisissez un terme de la page «\u00a0Glossaire\u00a0» du site",
    ]);
  });

  it("names a generator the engine does not have, with the ones it has", () => {
    const data = { ...quizFileData(), generators: [{ generator: "echeance", count: 2 }, { generator: "cascade", count: 1 }] };
    expect(messagesOf(data)).toEqual([
      "quizzes/essai.json\u00a0: generators[1].generator\u00a0: générateur «\u00a0cascade\u00a0» inconnu (connus\u00a0: cascade-un-taux, cascade-plusieurs-taux, encours-plafond, acompte, numerotation, echeance, penalites-retard, etape-relance)",
    ]);
  });

  it("refuses one question id twice in a file", () => {
    expect(messagesOf(withQuestion({ id: "net-a-payer" }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].id\u00a0: l'identifiant «\u00a0net-a-payer\u00a0» est donné à plusieurs questions du fichier",
      "quizzes/essai.json\u00a0: questions[5].id\u00a0: l'identifiant «\u00a0net-a-payer\u00a0» est donné à plusieurs questions du fichier",
    ]);
  });

  it("asks for an invoice dated in the engine's table of rates, which a quiz cannot complete", () => {
    const autumn = JSON.parse(JSON.stringify(findErrorsData)) as typeof findErrorsData;
    autumn.control.invoice.issueDate = "2026-10-10";
    Object.assign(autumn.control, { list: "legal" });
    Object.assign(autumn.control.invoice, { latePenaltyRate: 12.15 });
    expect(messagesOf(quizFileData({ questions: [autumn] as QuizFileInput["questions"] }))).toEqual([
      "quizzes/essai.json\u00a0: questions[0].control.invoice.issueDate\u00a0: le 2nd semestre 2026 n'est pas dans la table des taux du moteur, et un questionnaire n'en indique pas\u00a0: datez la facture du 1er semestre 2025 au 1er semestre 2026",
    ]);
  });
});

describe("parseQuizBank: the whole bank", () => {
  it("keeps every file that holds, and names a question id or a quiz id used twice at the second file", () => {
    const first = JSON.stringify(quizFileData());
    const second = JSON.stringify(quizFileData({ id: "autre", questions: [singleQuestion] }));
    const third = JSON.stringify(quizFileData({ questions: [] }));
    const bank = parseQuizBank([
      { file: "quizzes/a.json", text: first },
      { file: "quizzes/b.json", text: second },
      { file: "quizzes/c.json", text: third },
      { file: "quizzes/d.json", text: "{" },
    ]);
    expect(bank.quizzes.map((quiz) => quiz.id)).toEqual(["essai"]);
    expect(bank.issues.map(formatIssue)).toEqual([
      "quizzes/b.json\u00a0: questions[0].id\u00a0: la question «\u00a0encours-definition\u00a0» existe déjà dans quizzes/a.json\u00a0: un identifiant désigne une seule question de la banque",
      "quizzes/c.json\u00a0: id\u00a0: le questionnaire «\u00a0essai\u00a0» existe déjà dans quizzes/a.json\u00a0: chaque questionnaire a son identifiant",
      expect.stringMatching(/^quizzes\/d\.json\u00a0: JSON invalide/u),
    ]);
  });
});
