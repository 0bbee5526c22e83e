/**
 * The dunning letters, from the player (scenarios/04): the learner sends reminder 2 on 25/04/2026
 * (due 29/03, 27 days late), opens the letter on screen from the task panel and downloads its PDF;
 * then sends the registered letter on 05/05 and finds both letters in « Règlements et relances »,
 * each generated from invoice FA-2026-00140 (2 412,00 € TTC) with the penalties of its own day.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "./support/fixtures";
import { advanceClock, expectRight, followedInvoice, openedDocument, openModule, startScenario, submitCheck, textOf } from "./support/learner";
import { pdfText, timedDownload } from "./support/pdf";

const { site, browser } = siteAndBrowser();
const INVOICE = "FA-2026-00140";

async function decide(page: Page, action: string) {
  await followedInvoice(page, INVOICE).getByRole("radio", { name: action, exact: true }).check();
  return submitCheck(page, `Valider l'action du jour pour la facture ${INVOICE}`);
}

/** The list item of a step in the card's « Étapes déjà menées », or of a letter in the PGI screen. */
function item(scope: Locator, text: RegExp): Locator {
  return scope.getByRole("listitem").filter({ hasText: text }).filter({ has: scope.page().getByRole("button", { name: "Télécharger le PDF" }) });
}

describe("Les courriers de relance", () => {
  it("relance 2 et LRAR : à l'écran et en PDF, avec les pénalités de leur jour", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, "Choisir l'étape de relance d'une facture impayée");

    expectRight(await decide(page, "Relance 2 (plus ferme)"));
    const reminder2 = item(followedInvoice(page, INVOICE), /Relance 2 \(plus ferme\) le 25\/04\/2026/u);
    await reminder2.getByRole("button", { name: "Voir la lettre" }).click();
    const onScreen = await textOf(openedDocument(page).getByRole("article"));
    expect(onScreen).toContain("Objet : deuxième relance — facture n° FA-2026-00140 impayée");
    expect(onScreen).toMatch(/Malgré notre relance du 8 avril 2026/u);
    // 2 412,00 € × 12,15 % × 27 / 365 = 21,68 €; + 40,00 € of indemnity.
    expect(onScreen).toMatch(/Pénalités de retard au 25\/04\/2026 \(27 jours\)\s*21,68 €/u);
    expect(onScreen).toMatch(/Total à régler\s*2 473,68 €/u);
    expect(onScreen).toContain("au plus tard le 5 mai 2026");

    const { download, ms } = await timedDownload(page, reminder2.getByRole("button", { name: "Télécharger le PDF" }));
    expect(download.suggestedFilename()).toBe("Relance-2-FA-2026-00140.pdf");
    const printed = await pdfText(download);
    for (const expected of ["Hôtel Le Surcouf", "Objet : deuxième relance — facture n° FA-2026-00140 impayée", "2 412,00 €", "21,68 €", "40,00 €", "2 473,68 €", "5 mai 2026", "Bureautique Armor"]) {
      expect(printed).toContain(expected);
    }
    console.log(`PDF de la relance 2 (react-pdf chargé au clic) : ${Math.round(ms)} ms`);

    await advanceClock(page, "Aller à la prochaine échéance de relance");
    expectRight(await decide(page, "Relance 3 par lettre recommandée avec AR"));

    const screen = await openModule(page, "Règlements et relances");
    expect(await textOf(screen.getByRole("table", { name: "Factures ouvertes" }))).toMatch(/Relance 3 par lettre recommandée avec AR le 05\/05\/2026\s*3 étapes menées/u);
    const registered = item(screen, /Relance 3 par lettre recommandée avec AR — facture FA-2026-00140, le 05\/05\/2026/u);
    const lrar = await pdfText((await timedDownload(page, registered.getByRole("button", { name: "Télécharger le PDF" }))).download);
    // 37 days late on 05/05: 29,71 €; the formal notice follows 8 days later.
    for (const expected of ["LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION", "29,71 €", "2 481,71 €", "13 mai 2026", "notre deuxième relance du 25 avril 2026"]) {
      expect(lrar).toContain(expected);
    }
    expect(await screen.getByRole("listitem").filter({ hasText: /Relance 1 \(courtoise\) — facture FA-2026-00140, le 08\/04\/2026/u }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
