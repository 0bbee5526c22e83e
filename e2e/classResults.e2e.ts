/**
 * The teacher's class table (issue 13) in Chromium: results files signed in Node by the engine's
 * own builders, chosen through the file input with a tampered file and a pseudonym written in
 * HTML; the table, a success rate, the CSV downloaded, the class kept after a reload, no script of
 * a file ever run, and axe's checks on the page with its table, wide and on a phone.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resultsFileText } from "@/domain";
import { BETTER_TRACE, CREDIT_TRACE, QUIZ_ANSWERS, quizFile, scenarioFile } from "@/domain/results/results.fixtures";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { plain, showScreenOnFailure, textOf } from "./support/learner";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 15_000 };
const HTML = "<img src=x onerror=alert(1)>";

const upload = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });

describe("the class's results, imported by the teacher", () => {
  it("shows the table and the rates, exports the CSV, keeps the class after a reload, and never runs what a file holds", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site().url}/enseignant/classe/`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: "Résultats de la classe" }).waitFor();
    expect(await textOf(page.locator(".privacy-note"))).toContain("Rien n'est envoyé ; les fichiers restent sur cet ordinateur.");

    const lea = scenarioFile("Léa", CREDIT_TRACE, "2026-11-30T08:30:00.000Z");
    const tom = scenarioFile("Tom", BETTER_TRACE, "2026-11-28T14:00:00.000Z");
    const tampered = resultsFileText(scenarioFile("Zoé", CREDIT_TRACE, "2026-11-30T09:00:00.000Z")).replace('"percent": 65', '"percent": 100');
    await page.getByLabel("Fichiers de résultats").setInputFiles([
      upload("lea.json", resultsFileText(lea)),
      upload("tom.json", resultsFileText(tom)),
      upload("html.json", resultsFileText(quizFile(HTML, QUIZ_ANSWERS, "2026-11-29T09:00:00.000Z"))),
      upload("zoe.json", tampered),
    ]);
    await expect.poll(() => textOf(page.locator(".import-status")), PATIENCE).toBe("3 fichiers importés, 1 refusé.");
    expect(await textOf(page.locator(".import-report.is-refused"))).toBe("✗ zoe.json refusé : somme de contrôle fausse : le fichier a été modifié après son export");

    const grid = page.getByRole("table", { name: /^Score de chaque élève par activité/u });
    const rowOf = async (name: string) => plain(await grid.getByRole("row", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}`, "u") }).textContent());
    expect(await rowOf("Léa")).toBe("Léa65 %—pas de fichier65 %");
    expect(await rowOf("Tom")).toBe("Tom85 %—pas de fichier85 %");
    expect(await rowOf(HTML)).toBe(`${HTML}—pas de fichier56 %56 %`);
    expect(await page.locator("main img").count()).toBe(0);

    const detail = page.getByRole("table", { name: "Points de décision de « Dépassement d'encours »" });
    expect(plain(await detail.getByRole("row").nth(2).textContent())).toBe("3. Encours et plafond intake.creditContrôle de la commande50 % (1 sur 2)");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Exporter pour le tableur" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("resultats-classe.csv");
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\r\n")).toEqual([
      "Élève;Type;Activité;Identifiant;Tentatives;Meilleur score;Sur;Meilleur (%);Dernier score;Sur;Dernier (%);Dernier export;Variante",
      `${HTML};questionnaire;Contrôle des commandes;controle-des-commandes;1;2,25;4;56;2,25;4;56;29/11/2026;`,
      "Léa;scénario;Dépassement d'encours;02-depassement-d-encours;1;6,5;10;65;6,5;10;65;30/11/2026;",
      "Tom;scénario;Dépassement d'encours;02-depassement-d-encours;1;8,5;10;85;8,5;10;85;28/11/2026;",
      "",
    ]);

    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/class-results.png", fullPage: true });

    // Printed for a staff meeting: the tables, not the import, the exports or the way back.
    const onScreenOnly = [page.getByRole("heading", { name: "Importer les fichiers de la classe" }), page.getByRole("button", { name: "Exporter pour le tableur" }), page.getByRole("link", { name: "← Espace enseignant" })];
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(false);
    expect(await grid.isVisible()).toBe(true);
    expect(await detail.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(async () => (await grid.getByRole("row").count()) - 1, PATIENCE).toBe(3);
    // On a phone the tables scroll sideways: their boxes must be reachable with the keyboard.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await violations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
