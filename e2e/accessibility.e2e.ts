import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";

const { site, browser } = siteAndBrowser();

const ROUTES = ["/", "/scenarios/", "/calculette/", "/glossaire/", "/scenarios/depassement-d-encours/", "/scenarios/mentions-manquantes/", "/scenarios/choisir-l-etape-de-relance/"];

/** Schools follow the RGAA, built on WCAG 2.1 AA: axe's automatic checks of those rules must pass. */
describe("accessibility (axe, WCAG 2.1 A and AA rules)", () => {
  it.each(ROUTES)("%s has no violation", async (route) => {
    const { context, page } = await openPage(browser());
    await page.goto(`${site().url}${route}`, { waitUntil: "networkidle" });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    expect(violations).toEqual([]);
    await context.close();
  });
});
