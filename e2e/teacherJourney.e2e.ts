/**
 * Issue 13, the teacher's first activity end to end, counted: from the home page to a credit-limit
 * exercise made from its template, a figure changed and the engine's key following it, previewed,
 * shared by its link; two learners (contexts of their own: their own storage) open the link, play
 * it and export their results; the teacher imports both files and reads the class table. Every
 * gesture goes through a counter: the target is fewer than 25 actions and 10 minutes for the teacher.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseResultsText } from "@/domain/results/load";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import { choose, declineSecondTry, expectRight, expectWrong, plain, readReview, review, select, showScreenOnFailure, submitCheck, textOf, type } from "./support/learner";

/** Where the screenshots go: /tmp, or the teacher's guide's folder when it is refreshed (docs/guide-enseignant.md). */
const CAPTURES = process.env.GUIDE_CAPTURES ?? "/tmp";

const { site, browser } = siteAndBrowser();
const PATIENCE = { timeout: 20_000 };
const TEMPLATE = "Plafond d'encours dépassé à la prise de commande";
const CREATED = "Mon scénario : plafond d'encours dépassé à la prise de commande";
const TEACHER_ACTIONS_TARGET = 25;
const TEACHER_TIME_TARGET_MS = 10 * 60_000;

/** The hidden context of a link's or button's name may lose its leading space. */
const named = (action: string, title: string) => new RegExp(`^${action} ?(de )?« ${title.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")} »`, "u");

/** Counts the user's gestures (click, typing, choice, upload, key, address typed): one `act` each. */
class ActionCounter {
  count = 0;
  readonly log: string[] = [];

  async act<T>(what: string, gesture: () => Promise<T>): Promise<T> {
    this.count += 1;
    this.log.push(what);
    return gesture();
  }
}

/** A learner's results file as downloaded (read before the learner's context closes and deletes it). */
interface ExportedResults {
  name: string;
  text: string;
  percent: string;
}

/** The credit-limit exercise as a learner plays it through the shared link, to its review and export. */
async function playAndExport(browser: Browser, link: string, pseudonym: string, mistake: boolean, counter: ActionCounter): Promise<ExportedResults> {
  const { context, page, errors } = await openPage(browser);
  showScreenOnFailure(page);
  page.setDefaultTimeout(10_000);
  await counter.act("ouvrir le lien", () => page.goto(link));
  await page.getByRole("navigation", { name: "Modules du PGI" }).waitFor(PATIENCE);

  await counter.act("compte trouvé", () => choose(page, "Compte trouvé dans le fichier clients"));
  await counter.act("compte choisi", () => select(page, "Compte du client", "C0207 — Imprimerie Touraine Graphic"));
  expectRight(await counter.act("valider", () => submitCheck(page, "Valider le compte client")));
  await counter.act("solvabilité", () => choose(page, /^Solvabilité saine/u));
  expectRight(await counter.act("valider", () => submitCheck(page, "Valider la solvabilité")));
  // The mistake of the scenario's own journey: the accepted order forgotten in the outstanding.
  await counter.act("verdict", () => choose(page, mistake ? /^Plafond respecté/u : /^Plafond dépassé/u));
  await counter.act("encours", () => type(page, "Encours du client", mistake ? "2 400,00" : "4 200,00"));
  await counter.act("commande", () => type(page, "Montant TTC de la commande", "1 140,00"));
  const credit = await counter.act("valider", () => submitCheck(page, "Valider le contrôle de l'encours"));
  if (mistake) {
    expectWrong(credit);
    await counter.act("continuer sans corriger", () => declineSecondTry(page));
  } else {
    expectRight(credit);
    // The teacher's limit, not the template's: 4 200,00 + 1 140,00 = 5 340,00 over 5 100,00.
    expect(credit.text).toMatch(/5 340,00 € > plafond 5 100,00 €/u);
  }
  expectRight(await counter.act("valider", () => submitCheck(page, "Appliquer les conditions")));
  expectRight(await counter.act("valider", () => submitCheck(page, "Valider : aucune anomalie")));
  await counter.act("stock", () => select(page, "Verdict, COU-135-SRA3", "Disponible"));
  await counter.act("stock", () => select(page, "Verdict, ENV-C4-KR", "Disponible"));
  expectRight(await counter.act("valider", () => submitCheck(page, "Valider le contrôle du stock")));
  await counter.act("acompte", () => choose(page, "Oui, un acompte est exigé"));
  await counter.act("montant", () => type(page, "Montant de l'acompte TTC", "240,00"));
  expectRight(await counter.act("valider", () => submitCheck(page, "Valider l'acompte")));
  await counter.act("décision", () => choose(page, "Accepter sous conditions"));
  expectRight(await counter.act("valider", () => submitCheck(page, "Accepter sous conditions")));
  const { overallPercent } = await readReview(page);

  await counter.act("exporter", () => review(page).getByRole("button", { name: "Exporter mes résultats" }).click());
  await counter.act("pseudonyme", () => review(page).getByRole("textbox", { name: /^Votre pseudonyme/u }).fill(pseudonym));
  const download = page.waitForEvent("download");
  await counter.act("enregistrer", () => review(page).getByRole("button", { name: "Enregistrer et exporter" }).click());
  const file = await download;
  await expect.poll(() => textOf(review(page).getByRole("status").last())).toBe(`Fichier « ${file.suggestedFilename()} » téléchargé : remettez-le à votre enseignant.`);
  await page.screenshot({ path: `${CAPTURES}/journey-learner-${pseudonym.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/gu, "")}.png`, fullPage: false });
  const text = readFileSync((await file.path())!, "utf8");
  expect(errors).toEqual([]);
  await context.close();
  return { name: file.suggestedFilename(), text, percent: overallPercent };
}

describe("le parcours de l'enseignant, de l'accueil au tableau de la classe", { timeout: 300_000 }, () => {
  it("se fait en moins de 25 actions et 10 minutes, avec le chiffre changé suivi jusqu'au jeu des élèves", async () => {
    const teacher = new ActionCounter();
    const started = Date.now();
    const { context, page, errors } = await openPage(browser());
    showScreenOnFailure(page);
    page.setDefaultTimeout(10_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site().url });

    await teacher.act("ouvrir l'atelier", () => page.goto(`${site().url}/`, { waitUntil: "networkidle" }));
    await teacher.act("Espace enseignant", () => page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Espace enseignant" }).click());
    await page.getByText("Votre bibliothèque est vide").waitFor(PATIENCE);
    await teacher.act("modèles", () => page.getByText("Partir d'un modèle d'exercice").click());
    await teacher.act("modèle", () => page.getByRole("button", { name: TEMPLATE }).click());
    const created = page.getByRole("article", { name: CREATED });
    await created.getByText("Valide", { exact: true }).waitFor(PATIENCE);
    await page.screenshot({ path: `${CAPTURES}/journey-1-library.png` });

    await teacher.act("Modifier", () => created.getByRole("link", { name: named("Modifier", CREATED) }).click());
    await page.getByRole("heading", { name: "Le scénario est jouable" }).waitFor(PATIENCE);
    const key = page.getByRole("complementary", { name: "Corrigé du moteur" });
    // The expected answer of the key's deposit step, as the engine computes it from the figures.
    const deposit = key.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^7\. Acompte/u }) }).getByRole("paragraph").first();
    const expectedDeposit = async () => plain(await deposit.textContent());
    expect(await expectedDeposit()).toBe("Réponse attendue : Acompte de 340,00 € TTC exigé");
    await teacher.act("Clients", () => page.locator("summary", { hasText: "Clients" }).click());
    await teacher.act("plafond", () => page.getByLabel("Plafond d'encours", { exact: true }).fill("5100,00"));
    await expect.poll(expectedDeposit, PATIENCE).toBe("Réponse attendue : Acompte de 240,00 € TTC exigé");
    // The model's own explanations still quote the old limit and the old deposit: the editor says which to reread.
    const stale = page.locator(".editor-summary li").filter({ hasText: "un montant que le scénario ne donne plus depuis vos changements" });
    await expect.poll(async () => (await stale.allTextContents()).map(plain), PATIENCE).toEqual([
      expect.stringMatching(/› intake\.credit : ce texte cite 5 000,00 €, /u),
      expect.stringMatching(/› intake\.deposit : ce texte cite 340,00 €, /u),
    ]);
    await page.getByRole("status").getByText(/^Enregistré à \d{1,2}\sh\s\d{2}$/u).waitFor(PATIENCE);
    await deposit.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${CAPTURES}/journey-2-editor.png` });

    await teacher.act("Aperçu", () => page.getByRole("navigation", { name: "Le scénario" }).getByRole("link", { name: "Aperçu" }).click());
    await page.getByRole("region", { name: "Aperçu" }).waitFor(PATIENCE);
    await teacher.act("Lancer l'aperçu", () => page.getByRole("button", { name: "Lancer l'aperçu" }).click());
    await page.getByRole("navigation", { name: "Modules du PGI" }).waitFor(PATIENCE);
    await page.screenshot({ path: `${CAPTURES}/journey-3-preview.png` });
    await teacher.act("Retour à l'éditeur", () => page.getByRole("region", { name: "Aperçu" }).getByRole("link", { name: "Retour à l'éditeur" }).click());
    await page.getByRole("heading", { name: "Le scénario est jouable" }).waitFor(PATIENCE);
    await teacher.act("Retour à la bibliothèque", () => page.getByRole("navigation", { name: "Le scénario" }).getByRole("link", { name: "Retour à la bibliothèque" }).click());

    await teacher.act("Partager", () => page.getByRole("article", { name: CREATED }).getByRole("button", { name: named("Partager", CREATED) }).click());
    const field = page.getByLabel("Lien de partage (l'élève qui l'ouvre joue directement)");
    await teacher.act("Copier le lien", () => page.getByRole("button", { name: "Copier le lien" }).click());
    await page.getByText("Lien copié : collez-le dans un message, l'ENT ou Moodle.").waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${site().url}/partage/#v1\\.scenario\\.[0-9a-f]{16}\\.[A-Za-z0-9_-]+$`, "u"));
    await page.screenshot({ path: `${CAPTURES}/journey-4-share.png` });
    const teacherSoFar = Date.now() - started;

    // The learners, each in a browser of their own (their own storage), counted apart.
    const learners = new ActionCounter();
    const learnersStarted = Date.now();
    const lea = await playAndExport(browser(), link, "Léa", false, learners);
    const tom = await playAndExport(browser(), link, "Tom", true, learners);
    const learnersTime = Date.now() - learnersStarted;
    expect([lea.percent, tom.percent]).toEqual(["100 %", "91 %"]);
    for (const { name, text } of [lea, tom]) {
      const read = parseResultsText(text, name);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
    }

    const resumed = Date.now();
    // No link leads to the class page yet: the teacher types its address.
    await teacher.act("adresse de la page de la classe", () => page.goto(`${site().url}/enseignant/classe/`, { waitUntil: "networkidle" }));
    await page.getByRole("heading", { level: 1, name: "Résultats de la classe" }).waitFor();
    await teacher.act("fichiers", () =>
      page.getByLabel("Fichiers de résultats").setInputFiles([lea, tom].map(({ name, text }) => ({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") }))),
    );
    await expect.poll(() => textOf(page.locator(".import-status")), PATIENCE).toBe("2 fichiers importés.");
    const grid = page.getByRole("table", { name: /^Score de chaque élève par activité/u });
    expect(plain(await grid.getByRole("row", { name: /^Léa/u }).textContent())).toMatch(/^Léa.*100 %/u);
    expect(plain(await grid.getByRole("row", { name: /^Tom/u }).textContent())).toMatch(/^Tom.*91 %/u);
    await page.screenshot({ path: `${CAPTURES}/journey-5-class.png`, fullPage: true });
    const teacherTime = teacherSoFar + (Date.now() - resumed);

    const seconds = (ms: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(ms / 1000);
    console.log(`Parcours de l'enseignant : ${teacher.count} actions, ${seconds(teacherTime)} s (${teacher.log.join(" → ")})`);
    console.log(`Parcours des deux élèves : ${learners.count} actions, ${seconds(learnersTime)} s`);
    expect(teacher.count).toBeLessThan(TEACHER_ACTIONS_TARGET);
    expect(teacherTime).toBeLessThan(TEACHER_TIME_TARGET_MS);
    expect(errors).toEqual([]);
    await context.close();
  });
});
