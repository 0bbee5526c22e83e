/**
 * Exercise 13 (scenarios/13): after the e-invoicing reform, an ETI invoices a French business
 * customer. The order is accepted, recorded, delivered in full, invoiced (one VAT base at 5,5 %),
 * validated under the next number of the series and deposited on the approved platform (Factur-X),
 * not sent as a PDF by e-mail. The PGI's outbox shows the invoice's lifecycle (Déposée, Mise à
 * disposition), then « En litige » once the customer reports 4 torn cartons on 16/10/2026; the
 * learner issues a credit note (rabais of 20 % on 4 × 58,50 €) and deposits it the same way, as the
 * engine's answer key does (npm run scenario -- solve scenarios/13-facture-deposee-sur-la-plateforme.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import {
  acknowledgeTheOrder,
  checkTheOrder,
  computeTheInvoice,
  continueToNextStage,
  deliver,
  draftTheInvoice,
  expectRight,
  issueCreditNote,
  openModule,
  readReview,
  recordTheOrder,
  review,
  sendTheDocument,
  startScenario,
  taskPanel,
  textOf,
  updateOrderStatus,
  validateTheInvoice,
  type OrderChecks,
} from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Facturer une épicerie après la réforme de la facturation électronique";

const INTAKE: OrderChecks = {
  account: "C0412 — Les Halles Dauphinoises",
  solvency: "Solvabilité saine",
  credit: { verdict: "Plafond respecté", outstanding: "0,00", orderTotal: "1 728,09" },
  stock: { "SIR-FRA-70": "Disponible", "CONF-MYR-340": "Disponible", "NOIX-GRE-250": "Disponible" },
  deposit: null,
  decision: { choice: "Accepter", button: "Accepter la commande" },
};

const ORDER_LINES = {
  "SIR-FRA-70": { quantity: "25", unitPrice: "21,60" },
  "CONF-MYR-340": { quantity: "15", unitPrice: "42,00" },
  "NOIX-GRE-250": { quantity: "8", unitPrice: "58,50" },
};

describe("Déposer la facture sur la plateforme agréée, puis l'avoir", () => {
  it("facture FA-2026-01473 déposée (Factur-X), en litige le 16/10, avoir AV-2026-00001 de 49,37 € TTC : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // Stage 1: a sound customer, an order within its limit.
    const intake = await checkTheOrder(page, INTAKE);
    for (const judgement of intake) expectRight(judgement);
    expect(await continueToNextStage(page, "Traitement de la commande")).toMatch(/16 \/ 16 points \(100 %\)/u);

    // Stage 2: record, acknowledge, deliver everything, status.
    const recorded = await recordTheOrder(page, ORDER_LINES);
    expectRight(recorded);
    expect(recorded.text).toMatch(/total TTC 1 728,09 €/u);
    expectRight(await acknowledgeTheOrder(page, "2026-10-14"));
    expectRight(await deliver(page, { "SIR-FRA-70": "25", "CONF-MYR-340": "15", "NOIX-GRE-250": "8" }));
    expectRight(await updateOrderStatus(page, "Livrée"));
    expect(await continueToNextStage(page, "Facturation")).toMatch(/8 \/ 8 points \(100 %\)/u);

    // Stage 3: the invoice from the delivery note; one VAT base at 5,5 %.
    expectRight(await draftTheInvoice(page, ["Bon de livraison BL-2026-00001"]));
    expectRight(
      await computeTheInvoice(page, {
        netCommercial: "1 638,00",
        totalExclTax: "1 638,00",
        vat: { "5,5 %": "90,09" },
        totalInclTax: "1 728,09",
        amountDue: "1 728,09",
      }),
    );
    const invoices = await openModule(page, "Factures");
    expect(await textOf(invoices)).toMatch(/FA-2026-01472/u);
    const validated = await validateTheInvoice(page, "FA-2026-01473");
    expectRight(validated);
    expect(validated.text).toMatch(/Échéance : 13\/11\/2026/u);

    // The route: an ETI, an invoice of 14/10/2026, a French business customer: the approved platform.
    const sent = await sendTheDocument(page, "la facture", "plateforme agréée (Factur-X)");
    expectRight(sent);
    expect(sent.text).toMatch(/Depuis le 1er septembre 2026, une grande entreprise ou une entreprise de taille intermédiaire \(ETI\) émet ses factures à ses clients professionnels français par sa plateforme agréée/u);
    expect(sent.text).toMatch(/un PDF par courriel ou une facture papier n'est plus une facture valable/u);
    expect(sent.text).toMatch(/FA-2026-01473 déposée le 14\/10\/2026/u);

    // 16/10: the customer reports 4 torn cartons and disputes the invoice on its platform.
    expect(await textOf(taskPanel(page))).toMatch(/Le 16\/10\/2026, Les Halles Dauphinoises signale/u);
    const outbox = await openModule(page, "Boîte d'envoi");
    const lifecycle = outbox.getByRole("list", { name: "Cycle de vie de FA-2026-01473" });
    const steps = await lifecycle.getByRole("listitem").allTextContents();
    expect(steps).toEqual(["Déposée le 14/10/2026", "Mise à disposition le 14/10/2026", "En litige le 16/10/2026"]);
    expect(await textOf(outbox)).toMatch(/FA-2026-01473\.pdf/u);

    const credit = await issueCreditNote(page, [{ reference: "NOIX-GRE-250", quantity: "4", unitPrice: "11,70" }], "Rabais de 20 % sur 4 cartons de cerneaux de noix aux sachets déchirés");
    expectRight(credit);
    expect(credit.text).toMatch(/AV-2026-00001/u);
    expect(credit.text).toMatch(/49,37 € TTC/u);
    expect(credit.text).toMatch(/solde dû par le client sur cette facture : 1 678,72 €/u);
    // The credit note takes the same route as the invoice it corrects (the last decision: the review follows).
    expectRight(await sendTheDocument(page, "la facture d'avoir", "plateforme agréée (Factur-X)"));

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^36 \/ 36 points 100 %/u);
    expect(bilan.decisions).toHaveLength(18);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(await textOf(review(page))).toMatch(/AV-2026-00001/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
