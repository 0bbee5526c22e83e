import { it } from "vitest";
import { openPage } from "../support/browser";
import { siteAndBrowser } from "../support/fixtures";
import { answerWithKeyboard, questionsUnderWay, validate } from "../support/quizLearner";

const { site, browser } = siteAndBrowser();

it("screenshots", async () => {
  for (const [w, h] of [[1366, 768], [768, 1024]] as const) {
    const { context, page, errors } = await openPage(browser(), { width: w, height: h });
    const shot = async (name: string, full = true) => page.screenshot({ path: `/tmp/quizui/s-${name}-${w}.png`, fullPage: full });
    await page.goto(`${site().url}/quiz/notions/?n=invoiceArithmetic,mandatoryMentions,orderElements`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Commencer le quiz" }).waitFor({ timeout: 15000 });
    await shot("notions-start");
    await page.getByRole("button", { name: "Commencer le quiz" }).click();
    const key = "notions:invoiceArithmetic,mandatoryMentions,orderElements";
    await page.getByRole("heading", { name: /Question 1 sur/u }).waitFor();
    const questions = await questionsUnderWay(page, key);
    let seenFind = false, seenOrder = false;
    for (const [i, q] of questions.entries()) {
      if (q.type === "findErrors" && !seenFind) { seenFind = true; await shot(`find-q`); }
      if (q.type === "ordering" && !seenOrder) { seenOrder = true; await shot(`order-q`, false); }
      await answerWithKeyboard(page, q, i % 2 === 0);
      await validate(page);
      if (q.type === "findErrors") await shot(`find-fb${i}`);
      const corr = page.getByRole("button", { name: "Voir la correction" });
      if (await corr.count()) await corr.click();
      await page.getByRole("button", { name: /Question suivante|Voir mon score/u }).click();
    }
    await shot("results-top", false);
    await page.goto(`${site().url}/quiz/revision/`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Commencer le quiz" }).waitFor({ timeout: 15000 });
    await shot("revision", false);
    console.log(w, errors, questions.map((q) => q.type).join(","));
    await context.close();
  }
}, 300_000);
