/**
 * Exercise 10 (scenarios/10): a purchase order received by mail, conform in every point but
 * unsigned. The learner reads the empty signature box, applies the account's 3 % remise, reports
 * the unsigned order and puts the order on hold, asking for the signed order, as the engine's
 * answer key does (npm run scenario -- solve scenarios/10-bon-de-commande-non-signe.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import { checkTheOrder, expectRight, openModule, readReview, startScenario, textOf } from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Un bon de commande reçu par courrier";

describe("Un bon de commande arrivé sans signature", () => {
  it("relève l'absence de signature et met la commande en attente : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // The purchase order received: numbered, priced… and not signed.
    const mail = await openModule(page, "Courrier reçu");
    const order = mail.getByRole("article", { name: /^Courrier postal : Commande n° VR-2026-17/u });
    const paper = await textOf(order);
    expect(paper).toMatch(/Non signé/u);
    expect(paper).toMatch(/412,00 €/u);

    // The customer card: a negotiated remise of 3 %.
    const customers = await openModule(page, "Clients");
    const card = customers.getByRole("article", { name: "Fiche client C0061 — Clinique vétérinaire des Remparts" });
    expect(await textOf(card)).toMatch(/Remises\s*3 %/u);

    const judged = await checkTheOrder(page, {
      account: "C0061 — Clinique vétérinaire des Remparts",
      solvency: "Solvabilité saine",
      credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "1 306,01" },
      conditions: { discounts: "3" },
      anomalies: ["Bon de commande non signé"],
      stock: { "BAN-ACC-3P": "Disponible", "ARM-HTE-2P": "Disponible" },
      deposit: null,
      decision: {
        choice: "Mettre en attente",
        button: "Mettre en attente",
        reason: "Bon de commande VR-2026-17 reçu sans signature : merci de nous le renvoyer signé ; la livraison sera programmée dès réception.",
      },
    });
    for (const judgement of judged) expectRight(judgement);
    expect(judged[2]?.text).toMatch(/1 306,01 € ≤ plafond 4 000,00 €/u);
    expect(judged[3]?.text).toMatch(/brut 1 122,00 € → net commercial 1 088,34 €/u);

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^16 \/ 16 points 100 %/u);
    expect(bilan.decisions).toHaveLength(8);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
