/**
 * Per-learner variants (issue 17, docs/decisions/0142, 0144): a learner without a pseudonym plays
 * the common version and is told how to get their own figures; Lina, with hers, plays the variant
 * her pseudonym draws (its dates, its figures); the teacher types « Lina » on the scenario's answer
 * key and gets that very variant and its draws.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDateFr, learnerVariantSeed, variantOf } from "@/domain";
import { addProfile, EMPTY_REGISTRY, PROFILES_KEY, registryText } from "@/store/profiles";
import { violations } from "./support/axe";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { plain, showScreenOnFailure } from "./support/learner";

const { site, browser } = siteAndBrowser();

const ID = "commande-d-outillage-d-un-garage-client";
const source = JSON.parse(readFileSync("scenarios/39-commande-d-outillage-d-un-garage-client.json", "utf8")) as { clock: { start: string } };
const seed = learnerVariantSeed(source, "Lina");
const lina = variantOf(source, seed);
const linaStart = formatDateFr((lina.data as { clock: { start: string } }).clock.start);

function linaRegistry(): string {
  const added = addProfile(EMPTY_REGISTRY, "Lina", "p-lina", new Date("2026-12-03T08:00:00Z"));
  if (!added.ok) throw new Error(added.message);
  return registryText(added.registry);
}

describe("a scenario whose figures change from one learner to the next", () => {
  it("plays the common version without a pseudonym, and says how to get one's own", async () => {
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await page.goto(`${site().url}/scenarios/${ID}/`, { waitUntil: "networkidle" });
    await page.getByText(/choisissez votre pseudonyme pour recevoir les vôtres/u).waitFor();
    expect(plain(await page.getByText(/^Date du jour/u).textContent())).toBe(`Date du jour : ${formatDateFr(source.clock.start)}`);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("gives Lina the variant of her pseudonym, and the teacher the key of that very variant", async () => {
    // Lina's figures are not the common ones: otherwise this test could not tell them apart.
    expect(linaStart).not.toBe(formatDateFr(source.clock.start));
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    await context.addInitScript(([key, text]) => localStorage.setItem(key, text), [PROFILES_KEY, linaRegistry()] as const);
    await page.goto(`${site().url}/scenarios/${ID}/`, { waitUntil: "networkidle" });
    await page.getByText(`Vos chiffres sont ceux de votre pseudonyme, « Lina » (variante ${seed}) : votre voisin a les siens.`).waitFor();
    expect(plain(await page.getByText(/^Date du jour/u).textContent())).toBe(`Date du jour : ${linaStart}`);
    await page.screenshot({ path: "/tmp/variant-learner.png" });

    await page.goto(`${site().url}/enseignant/corrige/?scenario=${ID}`, { waitUntil: "networkidle" });
    await page.getByLabel("Pseudonyme de l'élève").fill("lina ");
    await page.getByRole("button", { name: "Voir sa variante" }).click();
    // Typed in lower case with a space: the same learner, the same variant.
    const status = page.getByRole("status").filter({ hasText: "Variante de « lina »" });
    await status.waitFor();
    expect(plain(await status.textContent())).toBe(`Variante de « lina » (n° ${seed}) : ce qui a été tiré pour cet élève.`);
    // Each draw as the domain says it, its field named in the form's words rather than by its path in the file.
    const draws = await page.locator(".learner-variant li").allTextContents();
    expect(draws).toHaveLength(lina.choices.length);
    lina.choices.forEach((choice, i) => {
      const draw = draws[i] ?? "";
      if (choice.path === undefined) expect(draw).toBe(choice.description);
      else expect([draw.startsWith(choice.path), draw.endsWith(choice.description.slice(choice.path.length)), draw.includes(" › ")]).toEqual([false, true, true]);
    });
    expect(page.url()).toMatch(/[?&]eleve=lina(&|$)/u);
    await page.screenshot({ path: "/tmp/variant-teacher.png", fullPage: true });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
