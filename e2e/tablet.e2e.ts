/**
 * On a tablet (768×1024), the workspace shows the PGI or the task, one at a time, through the
 * « PGI » / « Tâche » switch at its top (issue 15, item 7, docs/decisions/0133): played with the
 * keyboard alone, as the WAI-ARIA tabs pattern says (Tab to the selected tab, the arrows between
 * the two, Enter or Space to select). And the customers module's search (item 9).
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { expectRight, feedback, followedInvoice, openedDocument, openLibrary, openModule, openScenario, plain, showScreenOnFailure, submitCheck, tabTo, taskPanel, textOf, workspaceSwitch } from "./support/learner";

const { site, browser } = siteAndBrowser();
const TABLET = { width: 768, height: 1024 };

function tab(page: Page, name: "PGI" | "Tâche"): Locator {
  return workspaceSwitch(page).getByRole("tab", { name, exact: true });
}

function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Where the task panel starts, in pixels from the top of the page. */
function topOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

async function openOnTablet(title: string): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const { context, page, errors } = await openPage(browser(), TABLET);
  showScreenOnFailure(page);
  await openLibrary(page, site().url);
  await openScenario(page, title);
  return { page, close: () => context.close(), errors };
}

describe("Sur tablette (768×1024)", () => {
  it("l'interrupteur « PGI » / « Tâche » se manie au clavier seul, et le retour d'une décision reste sous les yeux", async () => {
    const { page, close, errors } = await openOnTablet("Choisir l'étape de relance d'une facture impayée");
    const modules = page.getByRole("navigation", { name: "Modules du PGI" });

    // The stage opens on « Tâche »: the form is at the top of the page, the PGI hidden.
    expect(await tab(page, "Tâche").getAttribute("aria-selected")).toBe("true");
    expect(await tab(page, "PGI").getAttribute("aria-selected")).toBe("false");
    expect(await modules.isVisible()).toBe(false);
    const invoice = followedInvoice(page, "FA-2026-00140");
    expect(await invoice.getByRole("group", { name: /^Action du jour/u }).isVisible()).toBe(true);
    expect(await topOf(taskPanel(page))).toBeLessThan(400);
    expect(await textOf(taskPanel(page).getByRole("region", { name: "Politique de l'entreprise" }))).toMatch(/Relance 2 \(plus ferme\) : 10 jours après la relance 1/u);

    // Tab reaches the selected tab only (one stop for the switch); the arrow moves to « PGI », Enter selects it.
    await tabTo(page, tab(page, "Tâche"), 30);
    expect(await tab(page, "PGI").getAttribute("tabindex")).toBe("-1");
    await page.keyboard.press("ArrowLeft");
    expect(await hasFocus(tab(page, "PGI"))).toBe(true);
    expect(await tab(page, "PGI").getAttribute("aria-selected")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await tab(page, "PGI").getAttribute("aria-selected")).toBe("true");
    expect(await modules.isVisible()).toBe(true);
    expect(await taskPanel(page).isVisible()).toBe(false);
    const controlled = (await tab(page, "PGI").getAttribute("aria-controls"))?.split(" ") ?? [];
    expect(controlled).toEqual([await modules.getAttribute("id"), await page.locator(".pgi-screen").getAttribute("id")]);

    // The arrows wrap round (right from « Tâche » back to « PGI »…); Space selects « Tâche » again.
    await page.keyboard.press("ArrowRight");
    expect(await hasFocus(tab(page, "Tâche"))).toBe(true);
    await page.keyboard.press("Space");
    expect(await tab(page, "Tâche").getAttribute("aria-selected")).toBe("true");
    expect(await tab(page, "Tâche").getAttribute("aria-controls")).toBe(await taskPanel(page).getAttribute("id"));
    expect(await taskPanel(page).isVisible()).toBe(true);
    expect(await modules.isVisible()).toBe(false);

    // A decision with the keyboard: its feedback is on the « Tâche » side, visible.
    const wrong = invoice.getByRole("radio", { name: "Mise en demeure", exact: true });
    await tabTo(page, invoice.getByRole("radio").first());
    for (let moves = 0; moves < 10 && !(await hasFocus(wrong)); moves += 1) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    await tabTo(page, invoice.getByRole("button", { name: /^Valider l'action du jour/u }));
    await page.keyboard.press("Enter");
    await feedback(page).waitFor();
    expect(await tab(page, "Tâche").getAttribute("aria-selected")).toBe("true");
    await feedback(page).scrollIntoViewIfNeeded();
    expect(await feedback(page).isVisible()).toBe(true);
    expect(await textOf(feedback(page))).toMatch(/^Réponse à revoir/u);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);
    expect(errors).toEqual([]);
    await close();
  });

  it("une lettre ouverte depuis la tâche montre le PGI, et Échap ramène à la tâche, sur le bouton qui l'a ouverte", async () => {
    const { page, close, errors } = await openOnTablet("Choisir l'étape de relance d'une facture impayée");
    const invoice = followedInvoice(page, "FA-2026-00140");
    await invoice.getByRole("radio", { name: "Relance 2 (plus ferme)", exact: true }).check();
    expectRight(await submitCheck(page, "Valider l'action du jour pour la facture FA-2026-00140"));
    const show = invoice.getByRole("listitem").filter({ hasText: /Relance 2 \(plus ferme\) le 25\/04\/2026/u }).getByRole("button", { name: "Voir la lettre" });
    await tabTo(page, show);
    await page.keyboard.press("Enter");

    // The letter opens in the PGI's screen, which the tablet now shows, its title focused.
    const letter = openedDocument(page);
    await letter.waitFor();
    expect(await tab(page, "PGI").getAttribute("aria-selected")).toBe("true");
    expect(await taskPanel(page).isVisible()).toBe(false);
    expect(await letter.isVisible()).toBe(true);
    expect(await hasFocus(letter.getByRole("heading", { level: 2 }).first())).toBe(true);
    expect(await textOf(letter.getByRole("article"))).toContain("Objet : deuxième relance — facture n° FA-2026-00140 impayée");

    // Escape: back to the task, the focus on « Voir la lettre ».
    await page.keyboard.press("Escape");
    await letter.waitFor({ state: "detached" });
    expect(await tab(page, "Tâche").getAttribute("aria-selected")).toBe("true");
    expect(await hasFocus(show)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("la recherche du module Clients trouve un client par son nom sans accent, son code, son SIREN avec espaces", async () => {
    const { page, close, errors } = await openOnTablet("Un nouveau client commande par téléphone");
    const customers = await openModule(page, "Clients");
    const search = customers.getByRole("searchbox", { name: "Rechercher un client" });
    const count = customers.getByRole("status");
    const listed = async () => (await customers.getByRole("list", { name: "Liste des clients" }).getByRole("button").allTextContents()).map(plain);

    expect(await textOf(count)).toBe("1 client");
    await search.fill("Dupont");
    expect(await textOf(count)).toBe("Aucun client ne correspond à « Dupont ».");
    expect(await listed()).toEqual([]);
    for (const query of ["etude notariale", "c0012", "518 734 025"]) {
      await search.fill(query);
      expect(await listed(), query).toEqual(["C0012 Étude notariale Kervella"]);
      expect(await textOf(count), query).toBe("1 client sur 1");
    }
    // The search field is as wide as what is typed in it.
    expect((await search.boundingBox())?.width ?? 0).toBeGreaterThan(180);
    expect(errors).toEqual([]);
    await close();
  });
});
