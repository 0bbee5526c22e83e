import { describe, expect, it } from "vitest";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";

const { site, browser } = siteAndBrowser();

describe("the scenario editor", () => {
  it("copies a bundled scenario into the library, shows its key, follows a changed figure and keeps it after a reload", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/enseignant/scenario/?modele=depassement-d-encours`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Le scénario est jouable" }).waitFor();
    // The copy is a record of its own: the address names it, so that a reload reopens it.
    await page.waitForURL(/\/enseignant\/scenario\/\?id=[0-9a-f]{32}$/u);
    const key = page.getByRole("complementary", { name: "Corrigé du moteur" });
    await key.getByText("Acompte de 340,00 € TTC exigé").waitFor();
    expect(await violations(page)).toEqual([]);

    await page.locator("summary", { hasText: "Clients" }).click();
    await page.getByLabel("Plafond d'encours", { exact: true }).fill("5100,00");
    await key.getByText("Acompte de 240,00 € TTC exigé").waitFor();
    await page.getByRole("status").getByText(/^Enregistré à \d{1,2}\sh\s\d{2}$/u).waitFor();

    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Le scénario est jouable" }).waitFor();
    await key.getByText("Acompte de 240,00 € TTC exigé").waitFor();
    await page.locator("summary", { hasText: "Clients" }).click();
    expect(await page.getByLabel("Plafond d'encours", { exact: true }).inputValue()).toBe("5100,00");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("points an invalid value at its field, and warns before leaving while a change is not saved", async () => {
    const { context, page } = await openPage(browser());
    await page.goto(`${site().url}/enseignant/scenario/?modele=depassement-d-encours`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Le scénario est jouable" }).waitFor();
    await page.locator("summary", { hasText: "Clients" }).click();
    const siren = page.locator("details").filter({ has: page.locator("summary", { hasText: "Clients" }) }).getByLabel("SIREN", { exact: true });
    await siren.fill("88142");
    await page.getByRole("heading", { name: "1 point à corriger" }).waitFor();
    expect(await siren.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("complementary", { name: "Corrigé du moteur" }).getByText("Clé indisponible").waitFor();
    await page.locator("summary", { hasText: "Clients" }).click(); // closes the section
    await page.getByRole("link", { name: "Clients › Client 1 › SIREN" }).click();
    expect(await siren.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await violations(page)).toEqual([]);

    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await siren.fill("881420376");
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(["beforeunload"]);
    await context.close();
  });

  it("the answer key of a bundled scenario is a page of its own", async () => {
    const { context, page } = await openPage(browser());
    await page.goto(`${site().url}/enseignant/corrige/?scenario=depassement-d-encours`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Étape 1 — Contrôle de la commande" }).waitFor();
    await page.getByText("Acompte de 340,00 € TTC exigé").waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it("prints a learner's answer key for the class: each point named, whose variant it is, no site header, link or form", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/enseignant/corrige/?scenario=pre-relance-et-premiere-relance&eleve=Lina`, { waitUntil: "networkidle" });
    const firstPoint = page.getByRole("heading", { level: 3, name: "Relance\u00a0: l'action du jour — facture FA-2026-" }).first();
    await firstPoint.waitFor();
    const status = page.getByRole("status").filter({ hasText: "Variante de «\u00a0Lina\u00a0»" });
    const onScreenOnly = [page.locator("header.site-header"), page.getByRole("link", { name: "← Retour à la bibliothèque" }), page.getByLabel("Pseudonyme de l'élève"), page.getByRole("heading", { name: "Les chiffres d'un élève" })];
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(true);

    await page.emulateMedia({ media: "print" });
    for (const element of onScreenOnly) expect(await element.isVisible()).toBe(false);
    expect(await status.isVisible()).toBe(true);
    expect(await firstPoint.isVisible()).toBe(true);
    // A point is not cut by a page break; its heading does not end a page.
    expect(await page.locator(".answer-key li").first().evaluate((item) => getComputedStyle(item).breakInside)).toBe("avoid");
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.pdf({ path: "/tmp/answer-key-print.pdf", format: "A4" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
