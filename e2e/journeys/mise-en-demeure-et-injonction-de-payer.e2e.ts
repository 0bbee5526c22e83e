/**
 * Scenario 12: invoice FA-2026-00512 (4 596,00 € TTC, due 01/03/2026), reminded twice without
 * effect. The learner sends the registered letter on 31/03, enters the partial transfer of
 * 500,00 € of 05/04, sends the formal notice on 08/04, files the injonction de payer on 16/04 and
 * ends the follow-up, as the engine's answer key does (npm run scenario -- solve scenarios/12-…json); the formal notice
 * (from the task panel) and the summary of the request (from the review: the last rung closes the
 * file) are read on screen and as PDF, with the figures of their day.
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import {
  advanceClock,
  decideForInvoice,
  endFollowUp,
  expectRight,
  followedInvoice,
  openedDocument,
  readReview,
  recordPayment,
  simulatedToday,
  startScenario,
  textOf,
} from "../support/learner";
import { pdfText, timedDownload } from "../support/pdf";

const { site, browser } = siteAndBrowser();
const INVOICE = "FA-2026-00512";
const NEXT_STEP = "Aller à la prochaine échéance de relance";

describe("Mettre en demeure, puis demander une injonction de payer", () => {
  it("LRAR, règlement partiel, mise en demeure, injonction : les courriers du PGI et 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, "Une vitrine réfrigérée toujours impayée");

    expect(await simulatedToday(page)).toBe("31/03/2026");
    const card = followedInvoice(page, INVOICE);
    expect(await textOf(card)).toMatch(/Relance 1 \(courtoise\) le 11\/03\/2026.*Relance 2 \(plus ferme\) le 21\/03\/2026/u);
    expectRight(await decideForInvoice(page, INVOICE, "Relance 3 par lettre recommandée avec AR"));

    // 05/04: the bank statement shows a transfer of 500,00 €; the clock stops on it.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("05/04/2026");
    const payment = await recordPayment(page, INVOICE, "500,00", "2026-04-05");
    expectRight(payment);
    expect(payment.text).toContain("Solde restant dû sur la facture FA-2026-00512 : 4 096,00 €");

    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("08/04/2026");
    const notice = await decideForInvoice(page, INVOICE, "Mise en demeure");
    expectRight(notice);
    // 500,00 € paid 35 days late: 5,83 €; 4 096,00 € 38 days late: 51,81 €.
    expect(notice.text).toMatch(/Total réclamable : 97,64 €/u);

    const noticeItem = followedInvoice(page, INVOICE).getByRole("listitem").filter({ hasText: /^Mise en demeure le 08\/04\/2026/u });
    await noticeItem.getByRole("button", { name: "Voir la lettre" }).click();
    const letter = await textOf(openedDocument(page).getByRole("article"));
    expect(letter).toContain("Lettre recommandée avec accusé de réception");
    expect(letter).toMatch(/Règlements reçus\s*− 500,00 €/u);
    expect(letter).toMatch(/Pénalités de retard au 08\/04\/2026 \(38 jours\)\s*57,64 €/u);
    expect(letter).toMatch(/Total à régler\s*4 193,64 €/u);
    expect(letter).toContain("16 avril 2026");
    // After the partial transfer the notice states the balance; penalties run on (no legal interest on top).
    expect(letter).toContain("n'est que partiellement réglée : après les règlements reçus (500,00 €), il reste dû 4 096,00 €.");
    expect(letter).toContain("continuent de courir sur le solde jusqu'à complet paiement");
    expect(letter).not.toContain("taux légal");
    expect(letter).toContain("(requête en injonction de payer auprès du tribunal compétent : Tribunal de commerce d'Angers)");
    expect(letter).toMatch(/Sophie Marchand\s*Responsable administrative et financière/u);
    const noticePdf = await pdfText((await timedDownload(page, noticeItem.getByRole("button", { name: "Télécharger le PDF" }))).download);
    for (const expected of ["Objet : mise en demeure de payer — facture n° FA-2026-00512", "− 500,00 €", "57,64 €", "4 193,64 €", "16 avril 2026", "articles 1344 et 1344-1 du Code civil", "Sophie Marchand", "Responsable administrative et financière"]) {
      expect(noticePdf).toContain(expected);
    }

    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("16/04/2026");
    const order = await decideForInvoice(page, INVOICE, "Injonction de payer");
    expectRight(order);
    // The feedback names the court with the summary's own function.
    expect(order.text).toContain("Tribunal compétent : Tribunal de commerce d'Angers (Cerfa n° 12946).");
    // The last rung closes the file: the learner ends the follow-up; the review keeps every letter.
    await endFollowUp(page);
    const review = await readReview(page);
    expect(review.overallPercent).toBe("100 %");
    expect(review.decisions).toHaveLength(4);
    for (const decision of review.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    const orderItem = page.getByRole("listitem").filter({ hasText: /^Injonction de payer — facture FA-2026-00512, le 16\/04\/2026/u });
    await orderItem.getByRole("button", { name: "Voir le récapitulatif" }).click();
    const summary = await textOf(orderItem.getByRole("article"));
    expect(summary).toContain("Tribunal de commerce d'Angers");
    expect(summary).toMatch(/Règlements reçus\s*− 500,00 €\s*Principal \(solde de la facture\)\s*4 096,00 €/u);
    // 5,83 € + 4 096,00 € × 12,15 % × 46 / 365 = 62,72 €: 68,55 €.
    expect(summary).toMatch(/Total de la créance\s*4 204,55 €/u);
    const summaryPdf = await pdfText((await timedDownload(page, orderItem.getByRole("button", { name: "Télécharger le PDF" }))).download);
    expect(summary).toContain("dans les six mois de sa date, sinon elle est non avenue");
    expect(summary).toContain("demander au greffe la formule exécutoire");
    for (const expected of ["Tribunal de commerce d'Angers", "Cerfa n° 12946", "68,55 €", "4 204,55 €", "Mise en demeure par lettre recommandée et son avis de réception du 08/04/2026", "Sophie Marchand"]) {
      expect(summaryPdf).toContain(expected);
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
