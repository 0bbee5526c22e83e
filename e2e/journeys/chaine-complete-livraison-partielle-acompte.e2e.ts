/**
 * Exercise 5 (scenarios/05): an order of kitchen equipment above the deposit threshold, with one
 * oven out of stock. The learner accepts it with conditions (deposit of 30 %, partial delivery),
 * delivers what the stock allows, waits for the supply and delivers the back-order, then issues
 * the deposit invoice and the final invoice that deducts it, as the engine's answer key does
 * (npm run scenario -- solve scenarios/05-chaine-complete-livraison-partielle-acompte.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import {
  acknowledgeTheOrder,
  checkTheOrder,
  computeTheInvoice,
  continueToNextStage,
  currentCheck,
  deliver,
  draftTheInvoice,
  expectRight,
  issueDepositInvoice,
  openModule,
  readReview,
  recordTheOrder,
  sendTheDocument,
  startScenario,
  taskPanel,
  textOf,
  updateOrderStatus,
  validateTheInvoice,
  waitForSupply,
} from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Un restaurant équipe sa cuisine : de la commande à la facture";

describe("De la commande à la facture : livraison partielle, reliquat et acompte", () => {
  it("acompte de 3 891,24 €, reliquat livré le 15/05, facture finale nette de l'acompte : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // The sales rep's e-mail: the customer accepts a delivery in two parts.
    const mail = await openModule(page, "Courrier reçu");
    expect(await textOf(mail)).toMatch(/il accepte une livraison en deux fois si un four manque/u);
    // One oven in stock for two ordered.
    const products = await openModule(page, "Articles et stock");
    expect(await textOf(products.getByRole("row", { name: /FOUR-MIX-6N/u }).first())).toMatch(/4 290,00 €/u);

    // Stage 1: deposit above 5 000,00 € TTC (30 %), partial delivery: accept with conditions.
    const intake = await checkTheOrder(page, {
      account: "C0152 — La Table des Canuts",
      solvency: "Solvabilité saine",
      credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "12 970,80" },
      conditions: { discounts: "5" },
      stock: {
        "FOUR-MIX-6N": { verdict: "Livraison partielle et reliquat", date: "2026-05-19" },
        "ARM-REF-600": "Disponible",
        "TAB-INOX-140": "Disponible",
      },
      deposit: "3 891,24",
      decision: { choice: "Accepter sous conditions", button: "Accepter sous conditions" },
    });
    for (const judgement of intake) expectRight(judgement);
    expect(intake[3]?.text).toMatch(/brut 11 220,00 € → net commercial 10 659,00 €/u);
    expect(intake[6]?.text).toMatch(/30 % de 12 970,80 € = 3 891,24 €/u);
    expect(await continueToNextStage(page, "Traitement de la commande")).toMatch(/16 \/ 16 points \(100 %\)/u);

    // Stage 2: record with the 5 % remise, acknowledge with the deposit, deliver what is in stock.
    const recorded = await recordTheOrder(
      page,
      {
        "FOUR-MIX-6N": { quantity: "2", unitPrice: "4 290,00" },
        "ARM-REF-600": { quantity: "1", unitPrice: "1 850,00" },
        "TAB-INOX-140": { quantity: "2", unitPrice: "395,00" },
      },
      "5",
    );
    expectRight(recorded);
    expect(recorded.text).toMatch(/net commercial 10 659,00 € HT, total TTC 12 970,80 €/u);
    expect(await textOf(taskPanel(page))).toMatch(/Acompte fixé au contrôle de la commande : 3 891,24 € TTC/u);
    expectRight(await acknowledgeTheOrder(page, "2026-05-04", "3 891,24"));
    const first = await deliver(page, { "FOUR-MIX-6N": "1", "ARM-REF-600": "1", "TAB-INOX-140": "2" });
    expectRight(first);
    expect(first.text).toMatch(/Reliquat à livrer plus tard : 1 × FOUR-MIX-6N/u);
    expectRight(await updateOrderStatus(page, "Livrée partiellement (reliquat en attente)"));

    // The back-order waits for the supply of 15/05/2026.
    expect(await textOf(currentCheck(page))).toBe("En attente du réapprovisionnement");
    expect(await waitForSupply(page)).toBe("Avancer au 15/05/2026 (réception du réapprovisionnement)");
    expect(await textOf(currentCheck(page))).toMatch(/\(bon n° 2 : le reliquat\)$/u);
    expectRight(await deliver(page, { "FOUR-MIX-6N": "1" }));
    expectRight(await updateOrderStatus(page, "Livrée"));
    expect(await continueToNextStage(page, "Facturation")).toMatch(/12 \/ 12 points \(100 %\)/u);

    // Stage 3: the deposit invoice, then the final invoice from both delivery notes.
    const deposit = await issueDepositInvoice(page, "3 891,24");
    expectRight(deposit);
    expect(deposit.text).toMatch(/3 242,70 € HT \+ TVA 20 % 648,54 € = 3 891,24 € TTC/u);
    expectRight(await draftTheInvoice(page, ["Bon de livraison BL-2026-00001", "Bon de livraison BL-2026-00002"]));
    expect(await textOf(taskPanel(page))).toMatch(/Acompte déjà facturé, à déduire : 3 891,24 € TTC/u);
    expectRight(
      await computeTheInvoice(page, {
        netCommercial: "10 659,00",
        totalExclTax: "10 809,00",
        vat: { "20 %": "2 161,80" },
        totalInclTax: "12 970,80",
        amountDue: "9 079,56",
      }),
    );
    const validated = await validateTheInvoice(page, "FA-2026-00001");
    expectRight(validated);
    expect(validated.text).toMatch(/Échéance : 14\/06\/2026/u);
    expectRight(await sendTheDocument(page, "la facture", "courriel (PDF)"));

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^38 \/ 38 points 100 %/u);
    expect(bilan.decisions).toHaveLength(19);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
