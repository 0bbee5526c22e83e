/**
 * Exercise 11 (scenarios/11): the whole course on one sale. A signed quote at prices below the
 * catalogue is accepted (the quote's prices prevail), recorded, acknowledged, delivered, invoiced
 * as FA-2026-00202, the invoice the PGI issued is controlled (nothing to report), then followed
 * until it is paid late after a first reminder, then the follow-up is ended, as the engine's answer key does
 * (npm run scenario -- solve scenarios/11-parcours-complet-devis-a-reglement.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import {
  acknowledgeTheOrder,
  advanceClock,
  checkTheOrder,
  computeTheInvoice,
  continueToNextStage,
  controlTarget,
  decideForInvoice,
  deliver,
  endFollowUp,
  draftTheInvoice,
  expectRight,
  followedInvoice,
  openModule,
  readReview,
  recordPayment,
  recordTheOrder,
  review,
  sendTheDocument,
  simulatedToday,
  startScenario,
  taskPanel,
  textOf,
  updateOrderStatus,
  validateTheInvoice,
} from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Le parcours complet : du devis signé au règlement";
const INVOICE = "FA-2026-00202";

describe("Le parcours complet : du devis signé au règlement", () => {
  it("du devis DV-2026-00058 au règlement de FA-2026-00202 : 100 % sur les cinq étapes", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // The signed quote: its prices (169,00 € and 279,00 € HT), valid until 29/04/2026.
    const mail = await openModule(page, "Courrier reçu");
    const letter = await textOf(mail);
    expect(letter).toMatch(/DV-2026-00058/u);
    expect(letter).toMatch(/6 chaises Ergo 300 à 169,00 € HT/u);
    // The old invoice FA-2026-00201 is paid: nothing outstanding.
    const customers = await openModule(page, "Clients");
    expect(await textOf(customers.getByRole("article", { name: "Fiche client C0012 — Étude notariale Kervella" }))).toMatch(/Aucune facture non réglée/u);

    // Stage 1: the quote's prices prevail over the catalogue's: no anomaly.
    const intake = await checkTheOrder(page, {
      account: "C0012 — Étude notariale Kervella",
      solvency: "Solvabilité saine",
      credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "1 886,40" },
      stock: { "CH-ERGO-300": "Disponible", "ARM-HTE-2P": "Disponible" },
      deposit: null,
      decision: { choice: "Accepter", button: "Accepter la commande" },
    });
    for (const judgement of intake) expectRight(judgement);
    expect(intake[2]?.text).toMatch(/aux prix du devis DV-2026-00058/u);
    expect(await continueToNextStage(page, "Traitement de la commande")).toMatch(/16 \/ 16 points \(100 %\)/u);

    // Stage 2.
    expectRight(await recordTheOrder(page, { "CH-ERGO-300": { quantity: "6", unitPrice: "169,00" }, "ARM-HTE-2P": { quantity: "2", unitPrice: "279,00" } }));
    expectRight(await acknowledgeTheOrder(page, "2026-04-13"));
    expectRight(await deliver(page, { "CH-ERGO-300": "6", "ARM-HTE-2P": "2" }));
    expectRight(await updateOrderStatus(page, "Livrée"));
    expect(await continueToNextStage(page, "Facturation")).toMatch(/8 \/ 8 points \(100 %\)/u);

    // Stage 3: the number follows FA-2026-00201, read in the PGI.
    expectRight(await draftTheInvoice(page, ["Bon de livraison BL-2026-00001"]));
    expectRight(await computeTheInvoice(page, { netCommercial: "1 572,00", totalExclTax: "1 572,00", vat: { "20 %": "314,40" }, totalInclTax: "1 886,40", amountDue: "1 886,40" }));
    expect(await textOf(await openModule(page, "Factures"))).toMatch(/FA-2026-00201/u);
    const validated = await validateTheInvoice(page, INVOICE);
    expectRight(validated);
    expect(validated.text).toMatch(/Échéance : 13\/05\/2026/u);
    expectRight(await sendTheDocument(page, "la facture", "courriel (PDF)"));
    expect(await continueToNextStage(page, "Contrôle de la facture")).toMatch(/8 \/ 8 points \(100 %\)/u);

    // Stage 4: the invoice just issued carries every mention: nothing to report.
    expect(await textOf(controlTarget(page, "Numéro de la pièce"))).toMatch(new RegExp(INVOICE, "u"));
    expect(await textOf(controlTarget(page, "Net à payer"))).toMatch(/1 886,40 €/u);
    expect(await textOf(taskPanel(page).getByRole("status"))).toMatch(/^Aucun signalement pour l'instant/u);
    await taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click();
    expect(await continueToNextStage(page, "Suivi des règlements")).toMatch(/2 \/ 2 points \(100 %\)/u);

    // Stage 5: due 13/05/2026; the first reminder on 23/05, then the payment of 29/05.
    expect(await textOf(followedInvoice(page, INVOICE))).toMatch(/Échéance\s*13\/05\/2026.*Solde dû \(PGI\)\s*1 886,40 €/u);
    await advanceClock(page, "Aller à la prochaine échéance de relance");
    expect(await simulatedToday(page)).toBe("23/05/2026");
    const reminder = await decideForInvoice(page, INVOICE, "Relance 1 (courtoise)");
    expectRight(reminder);
    expect(reminder.text).toMatch(/Total réclamable : 46,28 €/u);
    await advanceClock(page, "Aller à la prochaine échéance de relance");
    expect(await simulatedToday(page)).toBe("29/05/2026");
    // The invoice paid in full, nothing is left to follow: the learner ends the follow-up.
    expectRight(await recordPayment(page, INVOICE, "1 886,40", "2026-05-29"));
    await endFollowUp(page);

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^38 \/ 38 points 100 %/u);
    expect(bilan.decisions).toHaveLength(19);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(await textOf(review(page))).toMatch(/La facture FA-2026-00202 est soldée : les relances s'arrêtent/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
