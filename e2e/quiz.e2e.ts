/**
 * The quizzes as a learner takes them (issue 12), with the keyboard alone: a training quiz with a
 * wrong first try and a second try, the score and the review, mastery on the learning path kept
 * after a reload, the missed question back in « Revoir mes erreurs » the next day; an assessment
 * quiz with certainty-based marking, silent until the end, resumed after a reload, then reviewed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { formatPoints, judgeAnswer, masteryByStage, questionPoints, type Question } from "@/domain";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { plain, showScreenOnFailure, textOf } from "./support/learner";
import { answerWithKeyboard, bundledQuiz, press, questionsUnderWay, sayHowSure, storedQuiz, validate } from "./support/quizLearner";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 15_000 };

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${site().url}${path}`, { waitUntil: "networkidle" });
}

const questionHeading = (page: Page, number: number, count: number) => page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${number} sur ${count}`, "u") });
const feedbackHeading = (page: Page) => page.locator(".quiz-feedback").getByRole("heading", { level: 3 });
const isFocused = (page: Page, name: RegExp) => page.evaluate((source) => new RegExp(source, "u").test(document.activeElement?.textContent ?? ""), name.source);

/** The quiz's seed draws other questions on each run: a failure names those it drew. */
function nameQuestionsOnFailure(questions: readonly Question[]): void {
  onTestFailed(() => console.log(`Questions tirées : ${questions.map((question) => `${question.id} (${question.type})`).join(", ")}`));
}

/** A second try is offered unless one answer of two would be left. */
const offersSecondTry = (question: Question) => question.type !== "trueFalse" && !(question.type === "single" && question.options.length === 2);

describe("a training quiz, with the keyboard alone", () => {
  it("a wrong first try and a second try for half the points, the score, the review; mastery kept after a reload; the missed question back the next day", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await page.clock.setFixedTime(new Date(2026, 11, 2, 10, 0));
    await visit(page, "/");
    await press(page, page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Quiz", exact: true }));
    await page.getByRole("heading", { level: 1, name: "Quiz d'autoévaluation" }).waitFor();
    const quiz = bundledQuiz("traitement-des-commandes");
    await press(page, page.getByRole("link", { name: quiz.title, exact: true }));
    await page.getByRole("heading", { level: 1, name: quiz.title }).waitFor();
    await press(page, page.getByRole("button", { name: "Commencer le quiz" }), "Enter");
    await questionHeading(page, 1, 10).waitFor(PATIENCE);

    const questions = await questionsUnderWay(page, quiz.id);
    nameQuestionsOnFailure(questions);
    expect(questions).toHaveLength(10);
    const missed = questions.findIndex(offersSecondTry);
    expect(missed).toBeGreaterThanOrEqual(0);
    for (const [index, question] of questions.entries()) {
      await questionHeading(page, index + 1, 10).waitFor();
      await answerWithKeyboard(page, question, index !== missed);
      await validate(page);
      if (index === missed) {
        await expect.poll(() => textOf(feedbackHeading(page))).toMatch(/^(Réponse à revoir|Réponse en partie juste) — /u);
        expect(await isFocused(page, /^Réponse/u)).toBe(true);
        expect(await page.locator(".quiz-question").textContent()).not.toContain("Réponse attendue");
        expect(await violations(page)).toEqual([]);
        await press(page, page.getByRole("button", { name: "Réessayer" }));
        await answerWithKeyboard(page, question, true);
        await validate(page, true);
        await expect.poll(() => textOf(feedbackHeading(page))).toBe("Bonne réponse — 0,5 / 1 point");
      } else {
        await expect.poll(() => textOf(feedbackHeading(page))).toBe("Bonne réponse — 1 / 1 point");
      }
      expect(await page.locator(".quiz-question").textContent()).toContain(`Explication\u00a0: ${question.explanation}`);
      await press(page, page.getByRole("button", { name: index === 9 ? "Voir mon score" : "Question suivante" }));
    }

    const score = page.getByRole("heading", { level: 2, name: /^Votre score/u });
    expect(await textOf(score)).toBe("Votre score : 9,5 / 10 points (95 %)");
    expect(await isFocused(page, /^Votre score/u)).toBe(true);
    expect(await textOf(page.locator(".quiz-results"))).toContain("La question manquée au premier essai reviendra dans « Revoir mes erreurs »");
    const reviewed = page.locator(".quiz-review-item");
    expect(await reviewed.count()).toBe(10);
    expect(await textOf(reviewed.nth(missed))).toContain("note du second essai");

    // Mastery of stage 2, on the learning path, from the stored answers; the same after a reload.
    const evidence = (await storedQuiz(page)).evidence;
    expect(evidence).toHaveLength(10);
    const level = masteryByStage(evidence as never).orderProcessing.level;
    const stage2 = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: /Étape 2/u }) });
    await press(page, page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil", exact: true }));
    await expect.poll(() => textOf(stage2.locator(".mastery")), PATIENCE).toContain(`${Math.round(level * 100)} %`);
    const before = await textOf(stage2.locator(".mastery"));
    expect(before).not.toContain("pas encore évaluée");
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => textOf(stage2.locator(".mastery")), PATIENCE).toBe(before);

    // The missed question comes back the next day, not before.
    await visit(page, "/quiz/");
    await page.getByRole("link", { name: "Revoir mes erreurs (0)" }).waitFor(PATIENCE);
    await page.clock.setFixedTime(new Date(2026, 11, 3, 10, 0));
    await page.reload({ waitUntil: "networkidle" });
    await press(page, page.getByRole("link", { name: "Revoir mes erreurs (1)" }));
    await page.getByText("1 question à revoir aujourd'hui.").waitFor(PATIENCE);
    await press(page, page.getByRole("button", { name: "Commencer le quiz" }));
    await questionHeading(page, 1, 1).waitFor();
    expect(await textOf(page.locator(".quiz-prompt"))).toBe(plain(questions[missed]?.prompt ?? ""));
    await answerWithKeyboard(page, questions[missed] as Question, true);
    await validate(page);
    await expect.poll(() => textOf(feedbackHeading(page))).toBe("Bonne réponse — 1 / 1 point");
    await visit(page, "/quiz/");
    await page.getByRole("link", { name: "Revoir mes erreurs (0)" }).waitFor(PATIENCE);
    expect(await textOf(page.getByRole("region", { name: "Revoir mes erreurs" }))).toContain("1 question en attente pour les jours suivants.");
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe("an assessment quiz with certainty-based marking, with the keyboard alone", () => {
  it("says nothing before the end, resumes after a reload, then reviews every question with the engine's points", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    const quiz = bundledQuiz("controle-de-la-facture");
    await visit(page, `/quiz/${quiz.id}/`);
    const start = page.getByRole("button", { name: "Commencer le quiz" });
    await start.waitFor(PATIENCE);
    // The mode with the arrow keys, the certainty with Space.
    await press(page, page.getByRole("radio", { name: /^Entraînement/u }), "ArrowDown");
    expect(await page.getByRole("radio", { name: /^Évaluation/u }).isChecked()).toBe(true);
    await press(page, page.getByRole("checkbox", { name: /^Notation selon la certitude/u }), "Space");
    await page.getByRole("table", { name: "Barème selon la certitude" }).waitFor();
    await press(page, start);
    await questionHeading(page, 1, 10).waitFor(PATIENCE);

    const questions = await questionsUnderWay(page, quiz.id);
    nameQuestionsOnFailure(questions);
    for (const [index, question] of questions.entries()) {
      if (index === 3) {
        await page.reload({ waitUntil: "networkidle" });
        await questionHeading(page, 4, 10).waitFor(PATIENCE);
      }
      await questionHeading(page, index + 1, 10).waitFor();
      // Every answer right and very sure, but an invoice to correct declared conforming, not sure.
      const unsure = question.type === "findErrors";
      await answerWithKeyboard(page, question, !unsure);
      await sayHowSure(page, unsure ? 1 : 3);
      await validate(page);
      if (index < 9) {
        await questionHeading(page, index + 2, 10).waitFor();
        expect(await isFocused(page, new RegExp(`^Question ${index + 2} sur 10`, "u"))).toBe(true);
        expect(await feedbackHeading(page).count()).toBe(0);
      }
    }

    const session = (await storedQuiz(page)).sessions[quiz.id];
    const judged = questions.map((question) => {
      const given = session?.tries[question.id]?.[0];
      const judgement = judgeAnswer(question, given?.answer);
      return { judgement, points: questionPoints(judgement, { attempt: 1, ...(given?.certainty ? { certainty: given.certainty } : {}) }).points };
    });
    const total = judged.reduce((sum, { points }) => sum + points, 0);
    const signed = (points: number) => (points < 0 ? `−${formatPoints(-points)}` : formatPoints(points));
    const score = page.getByRole("heading", { level: 2, name: /^Votre score/u });
    await score.waitFor();
    expect(await textOf(score)).toBe(`Votre score : ${signed(total)} / 10 points (${Math.max(0, Math.round(total * 10))} %)`);
    const reviewed = page.locator(".quiz-review-item");
    expect(await reviewed.count()).toBe(10);
    expect(await violations(page)).toEqual([]);
    for (const [index, { judgement, points }] of judged.entries()) {
      const item = reviewed.nth(index);
      const verdict = judgement.correct ? "Bonne réponse" : judgement.credit > 0 ? "Réponse en partie juste" : "Réponse à revoir";
      expect(await textOf(item.getByRole("heading", { level: 3 }))).toBe(`Question ${index + 1} : ${verdict} — ${signed(points)} / 1 point`);
      expect(await textOf(item)).toContain("Explication :");
      if (!judgement.correct) expect(await textOf(item)).toContain("Réponse attendue :");
    }
    // Printed to hand in: the score and every question reviewed, not the buttons that only work on screen.
    const onScreenOnly = [page.getByRole("button", { name: "Recommencer ce quiz" }), page.getByRole("button", { name: "Exporter mes résultats" }), page.locator(".quiz-results").getByRole("link", { name: "Tous les quiz", exact: true }), page.getByRole("link", { name: "← Tous les quiz" })];
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(false);
    expect([await score.isVisible(), await reviewed.nth(9).isVisible()]).toEqual([true, true]);
    expect(await reviewed.first().evaluate((item) => getComputedStyle(item).breakInside)).toBe("avoid");
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
