/**
 * Exercise 1 (scenarios/01): a new customer orders by phone. The learner reads the phone note,
 * opens the customer's account from it (the delivery address left empty: the order delivers to the
 * billing address), does the seven checks, accepts the order, then records it, acknowledges it for
 * the next day, delivers it and updates its status; the review shows 100 %.
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import { checklist, choose, continueToNextStage, currentCheck, expectRight, openModule, readReview, select, startScenario, submitCheck, textOf, type, typeDate } from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Un nouveau client commande par téléphone";

describe("Un nouveau client commande par téléphone", () => {
  it("se joue sans faute de la bibliothèque au bilan : 100 %, chaque décision ✓", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // The phone note, in the mail received.
    const mail = await openModule(page, "Courrier reçu");
    const note = mail.getByRole("article", { name: "Fiche d'appel téléphonique" });
    expect(await textOf(note)).toMatch(/SIREN 529 876 542/u);
    expect(await textOf(note)).toMatch(/8 quai Lamennais, 35000 Rennes/u);

    // The sender is not in the customer file.
    const customers = await openModule(page, "Clients");
    expect(await textOf(customers)).not.toMatch(/Le Goff/u);

    // Check 1: create the account from the note.
    expect(await textOf(currentCheck(page))).toMatch(/Compte client/u);
    await choose(page, "Créer le compte (nouveau client)");
    await type(page, "Raison sociale", "Le Goff Architectes");
    await type(page, "Forme juridique", "SARL");
    await type(page, "SIREN (9 chiffres)", "529 876 542");
    await type(page, "Rue (facturation)", "8 quai Lamennais");
    await type(page, "Code postal (facturation)", "35000");
    await type(page, "Ville (facturation)", "Rennes");
    // « Livraison au cabinet, même adresse » : the delivery address is left empty, as the form allows (0094).
    await type(page, "Nom de l'interlocuteur", "Mme Anne Le Goff");
    await type(page, "Téléphone de l'interlocuteur", "02 99 31 45 12");
    await type(page, "Courriel de l'interlocuteur", "anne.legoff@legoff-architectes.fr");
    expectRight(await submitCheck(page, "Créer le compte"));
    // The PGI now holds the new account.
    expect(await textOf(await openModule(page, "Clients"))).toMatch(/C0013\s*Le Goff Architectes/u);

    // Checks 2 to 7.
    await choose(page, /^Solvabilité saine/u);
    expectRight(await submitCheck(page, "Valider la solvabilité"));
    await choose(page, /^Plafond respecté/u);
    await type(page, "Encours du client", "0");
    await type(page, "Montant TTC de la commande", "1 696,80");
    expectRight(await submitCheck(page, "Valider le contrôle de l'encours"));
    expectRight(await submitCheck(page, "Appliquer les conditions"));
    expectRight(await submitCheck(page, "Valider : aucune anomalie"));
    await select(page, "Verdict, CH-ERGO-300", "Disponible");
    await select(page, "Verdict, BUR-160-CH", "Disponible");
    expectRight(await submitCheck(page, "Valider le contrôle du stock"));
    await choose(page, "Non, pas d'acompte");
    expectRight(await submitCheck(page, "Valider l'acompte"));

    // The decision.
    await choose(page, "Accepter");
    expectRight(await submitCheck(page, "Accepter la commande"));
    const interlude = await continueToNextStage(page, "Traitement de la commande");
    expect(interlude).toMatch(/16 \/ 16 points \(100 %\)/u);

    // Stage 2: record, acknowledge, deliver, status.
    expect((await checklist(page))[0]).toMatch(/Enregistrer la commande.*en cours/u);
    await type(page, "Quantité, CH-ERGO-300", "4");
    await type(page, "Prix unitaire HT, CH-ERGO-300", "189,00");
    await type(page, "Quantité, BUR-160-CH", "2");
    await type(page, "Prix unitaire HT, BUR-160-CH", "329,00");
    expectRight(await submitCheck(page, "Enregistrer la commande"));
    // Everything is in stock: delivery tomorrow can be met, so it is right (0094).
    await typeDate(page, "Date de livraison promise", "2026-03-03");
    expectRight(await submitCheck(page, "Envoyer l'accusé de réception"));
    await type(page, "Quantité livrée, CH-ERGO-300", "4");
    await type(page, "Quantité livrée, BUR-160-CH", "2");
    expectRight(await submitCheck(page, "Valider le bon de livraison"));
    await select(page, "Statut de la commande", "Livrée");
    await page.getByRole("button", { name: "Mettre à jour le statut" }).click();

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/24 \/ 24 points/u);
    expect(bilan.decisions).toHaveLength(12);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
