/**
 * What a learner does in a quiz, with the keyboard alone: Tab to a field, Space or Enter to press,
 * arrow keys in a radio group or a list. The questions are read as the app saved them (the quiz
 * under way in the store) and looked up in the bank as the engine builds it, so that the test
 * knows which answer is right without a second answer key.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { addDays, composeQuiz, formatDateFr, generateQuestion, questionFromId, type Question, type QuizFile } from "@/domain";
import { parseQuizBank } from "@/domain/quiz/load";
import { STORAGE_KEY } from "@/store/appStore";
import type { QuizSession } from "@/store/quizSlice";
import { tabTo } from "./learner";
import { afterIdleWrites } from "./idle";

/** The bank as the site bundles it (quizzes/*.json). */
export const QUIZ_FILES: readonly QuizFile[] = parseQuizBank(
  readdirSync("quizzes")
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ file, text: readFileSync(`quizzes/${file}`, "utf8") })),
).quizzes;

export function bundledQuiz(id: string): QuizFile {
  const quiz = QUIZ_FILES.find((file) => file.id === id);
  if (!quiz) throw new Error(`quiz « ${id} » introuvable dans quizzes/`);
  return quiz;
}

/** A question of the bank, written or generated, by its id. */
export function questionById(id: string): Question {
  const [question] = composeQuiz(QUIZ_FILES, { kind: "review", questionIds: [id] }, 0, { generateQuestion, questionFromId });
  if (!question) throw new Error(`question « ${id} » introuvable`);
  return question;
}

/** What the browser saved (localStorage["atelier-grc"]): the quiz slice of the store. */
export async function storedQuiz(page: Page): Promise<{ sessions: Record<string, QuizSession>; cards: Record<string, unknown>; evidence: { notion: string; credit: number }[] }> {
  await afterIdleWrites(page);
  const text = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  return (JSON.parse(text ?? "null") as { state: { quiz: Awaited<ReturnType<typeof storedQuiz>> } }).state.quiz;
}

/** The questions of the quiz under way, in order, as the store keeps them. */
export async function questionsUnderWay(page: Page, quizKey: string): Promise<Question[]> {
  const session = (await storedQuiz(page)).sessions[quizKey];
  if (!session) throw new Error(`aucun quiz en cours sous « ${quizKey} »`);
  return session.questionIds.map(questionById);
}

/** Tabs to a control and presses a key on it. */
export async function press(page: Page, target: Locator, key = "Enter", maxTabs = 150): Promise<void> {
  await tabTo(page, target, maxTabs);
  await page.keyboard.press(key);
}

/**
 * In a radio group: Tab enters on the checked radio (the first when none is), then the arrow keys
 * move and check; Space checks the radio Tab landed on.
 */
async function chooseRadio(page: Page, group: Locator, index: number): Promise<void> {
  const radios = group.getByRole("radio");
  const focusedIndex = () => radios.evaluateAll((elements) => elements.indexOf(document.activeElement as HTMLElement));
  for (let presses = 0; (await focusedIndex()) < 0; presses += 1) {
    if (presses > 150) throw new Error("Groupe de boutons radio jamais atteint au clavier.");
    await page.keyboard.press("Tab");
  }
  const from = await focusedIndex();
  if (from === index) await page.keyboard.press("Space");
  for (let step = from; step < index; step += 1) await page.keyboard.press("ArrowDown");
  for (let step = from; step > index; step -= 1) await page.keyboard.press("ArrowUp");
  await expect.poll(() => radios.nth(index).isChecked()).toBe(true);
}

/** A closed list: focused with Tab, its option chosen with the arrow keys. */
async function chooseInList(page: Page, list: Locator, value: string): Promise<void> {
  await tabTo(page, list);
  const index = await list.evaluate((element, wanted) => [...(element as HTMLSelectElement).options].findIndex((option) => option.value === wanted), value);
  const current = await list.evaluate((element) => (element as HTMLSelectElement).selectedIndex);
  for (let step = current; step < index; step += 1) await page.keyboard.press("ArrowDown");
  for (let step = current; step > index; step -= 1) await page.keyboard.press("ArrowUp");
  await expect.poll(() => list.inputValue()).toBe(value);
}

async function typeIn(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

const frenchNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4, useGrouping: false });

/** Puts the items in the right order with « Monter »: the focus stays on the item moved, so Enter is pressed again and again. */
async function reorder(page: Page, card: Locator, rightOrder: readonly string[]): Promise<void> {
  for (let place = 0; place < rightOrder.length; place += 1) {
    const texts = await card.locator(".quiz-order-text").allTextContents();
    const text = rightOrder[place] ?? "";
    const from = texts.indexOf(text);
    if (from <= place) continue;
    await press(page, card.getByRole("button", { name: `Monter : ${text}`, exact: true }));
    for (let step = 1; step < from - place; step += 1) await page.keyboard.press("Enter");
    await expect.poll(async () => (await card.locator(".quiz-order-text").allTextContents()).indexOf(text)).toBe(place);
  }
}

/**
 * Answers the question shown with the keyboard: rightly, or wrongly (a wrong option, a figure one
 * unit off, a day late, the items left as shuffled, « Aucune anomalie » on an invoice to correct),
 * from whatever a first try left in the widget.
 */
export async function answerWithKeyboard(page: Page, question: Question, right: boolean): Promise<void> {
  const card = page.locator(".quiz-question");
  // The question's own group comes first; the certainty's, if asked, after it.
  const group = card.getByRole(question.type === "multiple" ? "group" : "radiogroup").first();
  switch (question.type) {
    case "single": {
      const wanted = right ? question.correct : question.options.find((option) => option.id !== question.correct)?.id;
      return chooseRadio(page, group, question.options.findIndex((option) => option.id === wanted));
    }
    case "trueFalse":
      return chooseRadio(page, group, question.correct === right ? 0 : 1);
    case "multiple": {
      // Right: the right options alone; wrong: one wrong option alone. A second try unticks what the first ticked.
      const wrongOption = question.options.find((option) => !question.correct.includes(option.id)) ?? question.options[0];
      for (const option of question.options) {
        const box = group.getByRole("checkbox", { name: option.text, exact: true });
        const wanted = right ? question.correct.includes(option.id) : option === wrongOption;
        if ((await box.isChecked()) !== wanted) await press(page, box, "Space");
      }
      return;
    }
    case "ordering":
      if (right) await reorder(page, card, question.items.map((item) => item.text));
      return;
    case "matching":
      for (const [index, pair] of question.pairs.entries()) {
        const chosen = right ? pair.id : (question.pairs[(index + 1) % question.pairs.length]?.id ?? pair.id);
        await chooseInList(page, card.getByRole("combobox", { name: pair.left, exact: true }), chosen);
      }
      return;
    case "numeric":
      return typeIn(page, card.getByRole("textbox"), frenchNumber.format(right ? question.answer : question.answer + question.tolerance + 1));
    case "date":
      return typeIn(page, card.getByRole("textbox"), formatDateFr(right ? question.answer : addDays(question.answer, 1)));
    case "fillBlank":
      for (const [index, blank] of question.blanks.entries()) {
        const name = `Blanc ${index + 1} sur ${question.blanks.length}`;
        const accepted = (choice: string) => blank.accepted.some((word) => word.toLowerCase() === choice.toLowerCase());
        if (blank.choices) {
          const choice = blank.choices.find((option) => accepted(option) === right) ?? "";
          await chooseInList(page, card.getByRole("combobox", { name, exact: true }), choice);
        } else await typeIn(page, card.getByRole("textbox", { name, exact: true }), right ? (blank.accepted[0] ?? "") : "zzz");
      }
      return;
    case "findErrors":
      return press(page, card.getByRole("button", { name: "Aucune anomalie : la facture est conforme" }), "Space", 400);
  }
}

/** « Êtes-vous sûr de votre réponse ? »: 1 (pas sûr) to 3 (très sûr), with the arrow keys. */
export async function sayHowSure(page: Page, certainty: 1 | 2 | 3): Promise<void> {
  await chooseRadio(page, page.getByRole("group", { name: "Êtes-vous sûr de votre réponse ?" }), certainty - 1);
}

/** « Valider ma réponse » (or the second try's button), with the keyboard. */
export async function validate(page: Page, second = false): Promise<void> {
  await press(page, page.getByRole("button", { name: second ? "Valider mon second essai" : "Valider ma réponse" }), "Enter", 400);
}
