/**
 * The course pages (issue 17, « Course pages »): a learner opens the course from the header, goes
 * to a stage, reads a notion and follows a scenario that practises it to the scenario's player; the
 * glossary leads back to a notion's section; printed, a page keeps its text and drops the site's
 * chrome. No axe violation. Captures in /tmp (desktop, 390 px, print).
 */
import { describe, expect, it } from "vitest";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";

const { site, browser } = siteAndBrowser();

describe("the course", () => {
  it("leads from the header to a stage's notion and on to a scenario that practises it", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/`, { waitUntil: "networkidle" });
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Cours" }).click();
    await page.waitForURL(/\/cours\/$/u);
    expect((await page.getByRole("heading", { level: 1 }).textContent())?.replace(/\s+/gu, " ")).toBe("Le cours : la relation avec les clients");
    expect(await page.locator("section.course-notion").evaluateAll((sections) => sections.map((section) => section.id))).toEqual(["customerRelationship", "erp", "crm", "customerOrientedCompany", "cashFlow"]);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/course-home.png", fullPage: true });

    await page.getByRole("link", { name: /Contrôle et suivi des commandes clients/u }).click();
    await page.waitForURL(/\/cours\/controle-des-commandes\/$/u);
    const credit = page.locator("#creditLimit");
    expect((await credit.getByRole("heading", { level: 2 }).textContent())?.replace(/\s+/gu, " ")).toBe("Contrôle 3 : l’encours et le plafond");
    expect((await credit.locator(".course-example").textContent())?.replace(/\s+/gu, " ")).toContain("dépassement de 1 060,00 €");
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/course-stage.png", fullPage: true });

    // The scenario of the credit limit exceeded, under its learner's title (which gives nothing away).
    const scenario = credit.locator('.course-practice a[href$="scenarios/depassement-d-encours/"]');
    expect(await scenario.textContent()).toBe("Une commande de papier d'une cliente fidèle");
    await scenario.click();
    await page.waitForURL(/\/scenarios\/depassement-d-encours\/$/u);
    await page.getByRole("heading", { level: 1 }).waitFor({ state: "attached" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints a stage's page without the site's header, the contents or the practice links", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/cours/facturation/`, { waitUntil: "networkidle" });
    const header = page.locator("header.site-header");
    expect(await header.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await header.isVisible()).toBe(false);
    expect(await page.locator(".course-practice").first().isVisible()).toBe(false);
    expect(await page.locator(".course-contents").isVisible()).toBe(false);
    // The teaching and the worked example stay, black on white.
    expect(await page.getByRole("table", { name: "La cascade de l’exemple" }).isVisible()).toBe(true);
    expect(await page.locator("#invoiceCascade h2").evaluate((heading) => getComputedStyle(heading).color)).toBe("rgb(0, 0, 0)");
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.screenshot({ path: "/tmp/course-stage-print.png", fullPage: true });
    await page.pdf({ path: "/tmp/course-stage.pdf", format: "A4" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reads on a phone (390 px) without sideways scrolling", async () => {
    const { context, page, errors } = await openPage(browser(), { width: 390, height: 844 });
    for (const route of ["/cours/", "/cours/suivi-des-reglements/"]) {
      await page.goto(`${site().url}${route}`, { waitUntil: "networkidle" });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), route).toBe(true);
    }
    await page.screenshot({ path: "/tmp/course-stage-390.png", fullPage: true });
    await page.goto(`${site().url}/cours/`, { waitUntil: "networkidle" });
    await page.screenshot({ path: "/tmp/course-home-390.png", fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is reached from the glossary: an entry's « Voir le cours » opens the notion's section", async () => {
    const { context, page, errors } = await openPage(browser());
    await page.goto(`${site().url}/glossaire/`, { waitUntil: "networkidle" });
    await page.locator("#outstanding + dd .glossary-course").getByRole("link").first().click();
    await page.waitForURL(/\/cours\/controle-des-commandes\/#creditLimit$/u);
    expect(await page.locator("#creditLimit").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
