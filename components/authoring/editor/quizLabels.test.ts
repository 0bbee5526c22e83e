import { describe, expect, it } from "vitest";
import { formSchema } from "./draftCheck";
import { parseQuiz } from "@/domain/quiz/load";
import { quizFileData, singleQuestion } from "@/domain/quiz/quiz.fixtures";
import type { QuizFileInput } from "@/domain";
import { HIDDEN_FIELDS, OPTION_LABELS, optionLabel } from "./labels";
import { GENERATOR_CHOICES, NOTION_CHOICES, QUIZ_SECTIONS, quizFieldLabel } from "./quizLabels";
import { labelKeys, optionValues, type JsonSchema } from "./schemaNode";

const quiz = formSchema("quiz");

describe("every field of the quiz format has French words", () => {
  it("a label for each field, its own or the scenario's same block", () => {
    expect(labelKeys(quiz).filter((key) => quizFieldLabel(key) === undefined)).toEqual([]);
  });

  it("the invoice of «\u00a0trouvez l'erreur\u00a0» keeps the scenario's words", () => {
    expect(quizFieldLabel("questions[].control.invoice.totals.gross")?.label).toBe("Montant brut HT");
    expect(quizFieldLabel("questions[].prompt")?.label).toBe("Énoncé");
    expect(quizFieldLabel("id")?.label).toBe("Identifiant du questionnaire");
  });

  it("the notion and the generator are chosen in a list, each in words", () => {
    const notion = quizFieldLabel("questions[].notion")?.options ?? {};
    const generator = quizFieldLabel("generators[].generator")?.options ?? {};
    expect(NOTION_CHOICES.filter((id) => notion[id] === undefined)).toEqual([]);
    expect(GENERATOR_CHOICES.filter((id) => generator[id] === undefined)).toEqual([]);
    expect(notion.creditLimit).toBe("1. Contrôle de la commande — L'encours et le plafond\u00a0: encours + commande ≤ plafond");
  });

  it("a label for each other text choice, the question types included", () => {
    const ownWords = new Set([...NOTION_CHOICES, ...GENERATOR_CHOICES]);
    const unnamed = optionValues(quiz).filter((value) => typeof value === "string" && !ownWords.has(value) && OPTION_LABELS[value] === undefined);
    expect([...new Set(unnamed)]).toEqual([]);
    expect(OPTION_LABELS.trueFalse).toBe("vrai ou faux");
  });

  it("no help sends the teacher to the developers' files, and the parts of the course are named as the quiz check names them", () => {
    const helps = [...new Set(labelKeys(quiz))].flatMap((key) => quizFieldLabel(key)?.help ?? []);
    expect(helps.filter((help) => /docs\/|decisions|README|\.md\b|\.ts\b|scenarios\//u.test(help))).toEqual([]);
    expect([optionLabel("introduction"), optionLabel("paymentFollowUp")]).toEqual(["0. Introduction\u00a0: la relation client", "5. Suivi des règlements"]);
    const question = { ...singleQuestion, stage: "introduction", notion: "disputes" };
    const parsed = parseQuiz(quizFileData({ questions: [question] as QuizFileInput["questions"] }), "quiz.json");
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).toEqual([
      `la notion «\u00a0Le litige suspend les relances\u00a0; le règlement partiel\u00a0» relève de l'étape «\u00a0${optionLabel("paymentFollowUp")}\u00a0»\u00a0: choisissez cette étape, ou une notion de l'étape «\u00a0${optionLabel("introduction")}\u00a0»`,
    ]);
  });

  it("a section for each top-level field the teacher edits", () => {
    const placed = new Set(QUIZ_SECTIONS.flatMap((section) => section.fields));
    expect(Object.keys(quiz.properties ?? {}).filter((key) => !placed.has(key) && !HIDDEN_FIELDS.has(key))).toEqual([]);
  });

  it("a field added to the quiz format without words is caught", () => {
    const grown: JsonSchema = { ...quiz, properties: { ...quiz.properties, timeLimitMinutes: { type: "number" } } };
    expect(labelKeys(grown).filter((key) => quizFieldLabel(key) === undefined)).toEqual(["timeLimitMinutes"]);
  });
});
