/**
 * Exercise 6 (scenarios/06): an order of fruit juices accepted, recorded, delivered in full, then
 * invoiced (one VAT base at 5,5 %), validated under the next number of the series and sent by
 * e-mail. Two days later the customer reports 6 damaged cartons: the invoice stays as it is, the
 * learner issues a credit note (rabais of 20 % on 6 × 16,20 €) and sends it, as the engine's
 * answer key does (npm run scenario -- solve scenarios/06-facture-et-avoir.json).
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
} from "../support/learner";
import { CASCADE, DELIVERED, DELIVERY_DATE, DELIVERY_NOTE, INTAKE, INVOICE_NUMBER, ORDER_LINES, TITLE } from "../support/scenario06";

const { site, browser } = siteAndBrowser();

describe("Facturer, puis corriger par une facture d'avoir", () => {
  it("facture FA-2026-00319, puis avoir AV-2026-00001 de 20,51 € TTC : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    // Stage 1: a sound customer, an order within its limit.
    const intake = await checkTheOrder(page, INTAKE);
    for (const judgement of intake) expectRight(judgement);
    expect(await continueToNextStage(page, "Traitement de la commande")).toMatch(/16 \/ 16 points \(100 %\)/u);

    // Stage 2: record, acknowledge, deliver everything, status.
    const recorded = await recordTheOrder(page, ORDER_LINES);
    expectRight(recorded);
    expect(recorded.text).toMatch(/total TTC 1 221,69 €/u);
    expectRight(await acknowledgeTheOrder(page, DELIVERY_DATE));
    expectRight(await deliver(page, DELIVERED));
    expectRight(await updateOrderStatus(page, "Livrée"));
    expect(await continueToNextStage(page, "Facturation")).toMatch(/8 \/ 8 points \(100 %\)/u);

    // Stage 3: the invoice from the delivery note; one VAT base at 5,5 %.
    expectRight(await draftTheInvoice(page, [DELIVERY_NOTE]));
    const cascade = await computeTheInvoice(page, CASCADE);
    expectRight(cascade);

    // The number: the one after the last invoice of the series, read in the PGI.
    const invoices = await openModule(page, "Factures");
    expect(await textOf(invoices)).toMatch(/FA-2026-00318/u);
    const validated = await validateTheInvoice(page, INVOICE_NUMBER);
    expectRight(validated);
    expect(validated.text).toMatch(/Échéance : 08\/07\/2026/u);
    const sent = await sendTheDocument(page, "la facture", "courriel (PDF)");
    expectRight(sent);
    expect(sent.text).toMatch(/elodie\.fabre@panier-provencal\.fr/u);

    // 10/06: the customer reports 6 damaged cartons; a rabais of 20 % is agreed.
    expect(await textOf(taskPanel(page))).toMatch(/Le 10\/06\/2026, Le Panier Provençal signale/u);
    const credit = await issueCreditNote(page, [{ reference: "NEC-ABR-1L", quantity: "6", unitPrice: "3,24" }], "Rabais de 20 % sur 6 cartons de nectar d'abricot endommagés");
    expectRight(credit);
    expect(credit.text).toMatch(/AV-2026-00001/u);
    expect(credit.text).toMatch(/20,51 € TTC/u);
    expect(credit.text).toMatch(/solde dû par le client sur cette facture : 1 201,18 €/u);
    const issued = taskPanel(page).getByRole("region", { name: "Documents émis dans le PGI" });
    expect(await textOf(issued)).toMatch(/Facture FA-2026-00319 du 08\/06\/2026/u);
    expectRight(await sendTheDocument(page, "la facture d'avoir", "courriel (PDF)"));

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
