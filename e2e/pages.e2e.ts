import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { sharedReadingPage, siteAndBrowser } from "./support/fixtures";
import { openModule, plain, taskPanel } from "./support/learner";
import { openSavedGame } from "./support/savedGame";

const { site, browser } = siteAndBrowser();
const reader = sharedReadingPage(browser);

const ROUTES = ["/", "/scenarios/", "/calculette/", "/glossaire/", "/scenarios/depassement-d-encours/", "/scenarios/parcours-complet-devis-a-reglement/"];

describe("every page", () => {
  it.each(ROUTES)("%s loads in French with a title and no console error", async (route) => {
    const { page, errors } = await reader.open(`${site().url}${route}`);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.locator("h1").count()).toBeGreaterThan(0);
    expect(await page.title()).toMatch(/Atelier GRC/);
    expect(errors()).toEqual([]);
  });
});

const PHONE = { width: 390, height: 844 };

/** Pages a learner or a teacher opens on a phone: none may be wider than its screen. */
const PHONE_ROUTES = ["/", "/scenarios/", "/scenarios/depassement-d-encours/", "/quiz/", "/quiz/facturation/", "/cours/", "/cours/facturation/", "/glossaire/", "/calculette/", "/eleve/", "/enseignant/", "/partage/"];

describe("on a phone (390 px)", () => {
  it("no page scrolls sideways, and the calculator's lines are cards whose fields fit the screen", async () => {
    const { context, page, errors } = await openPage(browser(), PHONE);
    const tooWide: string[] = [];
    for (const route of PHONE_ROUTES) {
      await page.goto(`${site().url}${route}`, { waitUntil: "networkidle" });
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scrollWidth > clientWidth) tooWide.push(`${route} ${scrollWidth} px`);
    }
    expect(tooWide).toEqual([]);

    // The calculator: every field of a line within the screen, under its name.
    await page.goto(`${site().url}/calculette/`, { waitUntil: "networkidle" });
    for (const name of ["Désignation, ligne 1", "Quantité, ligne 1", "Prix unitaire HT, ligne 1", "Taux de TVA, ligne 1", "Supprimer la ligne 1"]) {
      const box = await page.getByRole(name.startsWith("Supprimer") ? "button" : name.startsWith("Taux") ? "combobox" : "textbox", { name, exact: true }).boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= 390, name).toBe(true);
    }
    const quantity = page.getByRole("cell").filter({ has: page.getByRole("textbox", { name: "Quantité, ligne 1" }) });
    expect(await quantity.evaluate((cell) => getComputedStyle(cell, "::before").content)).toContain("Quantité");
    await page.getByRole("form", { name: "Données de la facture" }).screenshot({ path: "/tmp/calculator-390.png" });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a stage's entry grid on a phone (390 px)", () => {
  it("the order's lines to record fit the task panel: reference, quantity and price side by side", async () => {
    // Two food rates' order (scenarios/), played to its recording in the PGI: five lines to enter.
    const { context, page, errors } = await openSavedGame(browser(), site().url, "epicerie-et-emballages-deux-taux", PHONE, 8);
    const lines = taskPanel(page).getByRole("table", { name: "Lignes de la commande à enregistrer" });
    expect(await lines.evaluate((table) => [table.scrollWidth <= (table.parentElement?.clientWidth ?? 0), table.parentElement?.clientWidth])).toEqual([true, 316]);
    await lines.screenshot({ path: "/tmp/record-lines-390.png" });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the PGI's lists on a phone (390 px)", () => {
  it("each invoice, article and payment is a card that fits the screen, read as a table row", async () => {
    const { context, page, errors } = await openSavedGame(browser(), site().url, "facture-et-avoir", PHONE);
    const fits = (table: Locator) => table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0));
    const invoices = (await openModule(page, "Factures")).getByRole("table", { name: "Factures et avoirs" });
    expect(await fits(invoices)).toBe(true);
    const invoice = invoices.getByRole("row").filter({ has: page.getByRole("button", { name: /FA-2026-00319$/u }) });
    expect((await invoice.getByRole("cell").allTextContents()).map(plain)).toEqual(["08/06/2026", "Validée", "1 221,69 €", "08/07/2026", "1 201,18 €"]);
    expect(await invoice.getByRole("cell").last().evaluate((cell) => getComputedStyle(cell, "::before").content)).toContain("Solde dû");
    await invoices.screenshot({ path: "/tmp/pgi-invoices-390.png" });
    // The hidden header row's glossary link, reached with the keyboard, is shown while it has the focus.
    const dueDateTerm = invoices.getByRole("columnheader", { name: "Échéance" }).getByRole("link");
    const seen = () => dueDateTerm.evaluate((link) => {
      const box = link.getBoundingClientRect();
      return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    });
    await dueDateTerm.scrollIntoViewIfNeeded();
    expect(await seen()).toBe(false);
    await dueDateTerm.focus();
    expect(await seen()).toBe(true);
    expect(await fits((await openModule(page, "Articles et stock")).getByRole("table", { name: "Articles et stock" }))).toBe(true);
    const payments = await openModule(page, "Règlements et relances");
    for (const name of ["Factures ouvertes", "Règlements reçus"]) expect(await fits(payments.getByRole("table", { name })), name).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the invoice calculator", () => {
  it("computes the course's example and explains an ambiguous amount in French", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/calculette/`, { waitUntil: "networkidle" });
    const cascade = page.getByRole("table", { name: "La cascade de calcul" });
    await expect.poll(() => cascade.textContent()).toMatch(/Net à payer\s*1\s005,48/u);
    await page.getByLabel("Prix unitaire HT, ligne 1").fill("1.234");
    await expect.poll(() => page.locator("#line-0-unitPrice-error").textContent()).toMatch(/ambigu/);
    // Reload: what the learner typed is still there.
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.getByLabel("Prix unitaire HT, ligne 1").inputValue()).toBe("1.234");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a corrupted saved state", () => {
  it("shows a French message, keeps a copy and lets the learner go on", async () => {
    const { context, page, errors } = await openPage(browser());
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("atelier-grc", "{pas du json");
        sessionStorage.setItem("seeded", "1");
      }
    });
    await page.goto(`${site().url}/calculette/`, { waitUntil: "networkidle" });
    const alert = page.getByRole("alert").filter({ hasText: "sauvegarde" });
    await expect.poll(() => alert.textContent()).toMatch(/n'a pas pu être relue/);
    expect(await page.evaluate(() => localStorage.getItem("atelier-grc.sauvegarde-endommagee"))).toBe("{pas du json");
    await page.getByRole("button", { name: "J'ai compris" }).click();
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a scenario in progress", () => {
  it("resumes exactly where it was after a reload", async () => {
    const { context, page, errors } = await openPage(browser());
    const url = `${site().url}/scenarios/depassement-d-encours/`;
    await page.goto(url, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: /Demander un indice/ }).click();
    const hints = page.getByRole("region", { name: "Indices" }).locator("li");
    await expect.poll(() => hints.count()).toBe(1);
    const hint = await hints.first().textContent();
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => hints.count()).toBe(1);
    expect(await hints.first().textContent()).toBe(hint);
    expect(errors).toEqual([]);
    await context.close();
  });
});
