/**
 * The teacher's library as a teacher uses it (issue 13): create a scenario from a template, see it
 * listed and checked, export it, import a file by the input, show its share link, and find it all
 * again after a reload (IndexedDB). Nothing is checked through storage: only what the page shows.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { showScreenOnFailure } from "./support/learner";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 20_000 };
const TEMPLATE = "Plafond d'encours dépassé à la prise de commande";
const CREATED = "Mon scénario\u00a0: plafond d'encours dépassé à la prise de commande";
const IMPORTED = "Contrôler une facture avant son envoi";
/** The hidden context of a button's name may lose its leading space. */
/** « Partager « titre » »: a space of the name, ordinary or no-break, as the accessible name gives it. */
const named = (action: string, title: string) => new RegExp(`^${action} ?«\\s${title.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/[ \u00a0]/gu, "\\s")}\\s»$`, "u");

describe("the teacher's space", () => {
  it("creates from a template, exports, imports, shares, and keeps everything after a reload", async () => {
    const { page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await page.goto(`${site().url}/`, { waitUntil: "networkidle" });
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Espace enseignant" }).click();
    await page.getByRole("heading", { level: 1, name: "Espace enseignant" }).waitFor();
    await page.getByText("Votre bibliothèque est vide").waitFor(PATIENCE);

    await page.getByText("Partir d'un modèle d'exercice").click();
    await page.getByRole("button", { name: TEMPLATE }).click();
    const created = page.getByRole("article", { name: CREATED });
    await created.getByText("Valide", { exact: true }).waitFor(PATIENCE);
    expect(await created.getByText("Scénario", { exact: true }).count()).toBe(1);

    const download = page.waitForEvent("download");
    await created.getByRole("button", { name: /^Exporter/u }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("mon-scenario-plafond-d-encours-depasse-a-la-prise-de-command.json") // 60 characters at most;
    const exported = JSON.parse(readFileSync((await file.path()) ?? "", "utf8")) as { id: string; title: string };
    expect([exported.id, exported.title]).toEqual(["depassement-d-encours-modele", CREATED]);

    await page.getByLabel("Fichiers à importer (plusieurs à la fois possible)").setInputFiles("scenarios/03-mentions-manquantes.json");
    await page.getByText("1 fichier importé sur 1.").waitFor(PATIENCE);
    await page.getByRole("article", { name: IMPORTED }).getByText("Valide", { exact: true }).waitFor(PATIENCE);

    await created.getByRole("button", { name: named("Partager", CREATED) }).click();
    const link = await page.getByLabel("Lien de partage (l'élève qui l'ouvre joue directement)").inputValue();
    // Its content is decoded in the component's test (TeacherSpace.test.tsx); here, its form and its count.
    expect(link).toMatch(new RegExp(`^${site().url}/partage/#v1\\.scenario\\.[0-9a-f]{16}\\.[A-Za-z0-9_-]+$`, "u"));
    await page.getByText(`${new Intl.NumberFormat("fr-FR").format(link.length)} caractères sur ${new Intl.NumberFormat("fr-FR").format(8000)} au plus.`).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/teacher-library.png", fullPage: true });

    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("article", { name: CREATED }).waitFor(PATIENCE);
    expect(await page.getByRole("list", { name: "Mes documents" }).getByRole("article").count()).toBe(2);
    await page.getByRole("article", { name: IMPORTED }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
