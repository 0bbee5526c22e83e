import { describe, expect, it } from "vitest";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";

const { site, browser } = siteAndBrowser();

describe("the quiz editor", () => {
  it("opens a blank quiz of the library, edits a true/false question with its preview, and links to « Aperçu »", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/enseignant/`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Questionnaire vide" }).click();
    await page.getByRole("link", { name: /^Modifier/u }).first().click();
    await page.waitForURL(/\/enseignant\/quiz\/\?id=[0-9a-f]{32}$/u);
    await page.getByRole("heading", { name: "1 point à corriger" }).waitFor();

    await page.getByLabel("Résumé", { exact: true }).fill("Les bases de la relation client.");
    await page.locator("summary", { hasText: "Questions écrites" }).click();
    await page.getByRole("button", { name: "Ajouter : question" }).click();
    await page.getByLabel("Type de question").selectOption({ label: "vrai ou faux" });
    await page.getByLabel("Identifiant de la question").fill("pgi-base-unique");
    await page.getByLabel("Notion", { exact: true }).selectOption({ label: "0. Introduction : la relation client — Le PGI : une base de données unique partagée par tous les services" });
    await page.getByLabel("Énoncé").fill("Le PGI repose sur une base de données unique.");
    await page.getByLabel("Explication", { exact: true }).fill("Tous les services lisent et écrivent la même base.");
    await page.getByLabel("Bonne réponse").check();
    await page.getByRole("heading", { name: "Le questionnaire est jouable" }).waitFor();
    const preview = page.getByRole("complementary", { name: "Aperçu de la question" });
    await preview.getByText("Réponse attendue : Vrai").waitFor();
    expect(await violations(page)).toEqual([]);

    await page.getByRole("status").getByText(/^Enregistré à/u).waitFor();
    expect(await page.getByRole("link", { name: "Aperçu" }).getAttribute("href")).toMatch(/^\.\.\/\.\.\/enseignant\/apercu\/\?id=[0-9a-f]{32}$/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
