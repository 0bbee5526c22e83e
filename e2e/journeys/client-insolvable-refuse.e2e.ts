/**
 * Exercise 9 (scenarios/09): a four-year customer, within its limit, orders by phone; but the
 * BODACC has published a receivership. The learner reads it on the customer card, answers
 * "Client insolvable" and refuses the order with its reason, as the engine's answer key does
 * (npm run scenario -- solve scenarios/09-client-insolvable-refuse.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import { checkTheOrder, expectRight, openModule, readReview, review, startScenario, textOf } from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Une commande d'outillage d'un client de longue date";

describe("Un client en redressement judiciaire", () => {
  it("lit le BODACC sur la fiche client, refuse la commande avec son motif : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // The phone note: an order from a known account.
    const mail = await openModule(page, "Courrier reçu");
    expect(await textOf(mail)).toMatch(/compte C0077/u);

    // The customer card: a spotless history, but a receivership published on 24/03/2026.
    const customers = await openModule(page, "Clients");
    const card = customers.getByRole("article", { name: "Fiche client C0077 — Menuiserie Vasseur" });
    const facts = await textOf(card);
    expect(facts).toMatch(/Redressement judiciaire publié au BODACC/u);
    expect(facts).toMatch(/annonce du 24\/03\/2026/u);
    expect(facts).toMatch(/5 000,00 €/u);

    const judged = await checkTheOrder(page, {
      account: "C0077 — Menuiserie Vasseur",
      solvency: "Client insolvable",
      credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "1 200,00" },
      stock: { "SCIE-PLO-210": "Disponible", "SERR-F-800": "Disponible" },
      deposit: null,
      decision: {
        choice: "Refuser",
        button: "Refuser la commande",
        reason: "Procédure de redressement judiciaire publiée au BODACC le 24/03/2026 : nous ne pouvons pas accepter la commande à crédit ; paiement comptant possible.",
      },
    });
    for (const judgement of judged) expectRight(judgement);
    expect(judged[1]?.text).toMatch(/redressement judiciaire/u);
    expect(judged[2]?.text).toMatch(/1 200,00 € ≤ plafond 5 000,00 €/u);

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^16 \/ 16 points 100 %/u);
    expect(bilan.decisions).toHaveLength(8);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(await textOf(review(page))).toMatch(/Refuser/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
