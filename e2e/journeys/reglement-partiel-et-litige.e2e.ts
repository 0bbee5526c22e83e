/**
 * Exercise 8 (scenarios/08): two invoices past due for the same customer. The learner sends the
 * first reminder of FA-2026-00402, opens a dispute on FA-2026-00415 when the customer contests it
 * (reminders suspended), enters a partial payment of 700,00 € (the reminders go on on the balance),
 * settles the dispute by a credit note of 500,00 € HT, then sends each reminder on its day and ends
 * the follow-up on its last day, as the engine's answer key does (npm run scenario -- solve scenarios/08-reglement-partiel-et-litige.json).
 */
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "../support/fixtures";
import {
  advanceClock,
  decideForInvoice,
  endFollowUp,
  expectRight,
  followedInvoice,
  openDispute,
  readReview,
  recordPayment,
  settleDispute,
  simulatedToday,
  startScenario,
  textOf,
} from "../support/learner";

const { site, browser } = siteAndBrowser();
const TITLE = "Suivi des règlements : deux factures échues d'une agence";
const FIRST = "FA-2026-00402";
const SECOND = "FA-2026-00415";
const NEXT_STEP = "Aller à la prochaine échéance de relance";

describe("Suivi des règlements : un paiement partiel et un litige", () => {
  it("relance sur le solde après un règlement partiel, suspend puis reprend après le litige : 100 %", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, TITLE);

    expect(await simulatedToday(page)).toBe("13/07/2026");
    expect(await textOf(followedInvoice(page, FIRST))).toMatch(/Échéance\s*05\/07\/2026.*Solde dû \(PGI\)\s*1 413,60 €/u);
    expect(await textOf(followedInvoice(page, SECOND))).toMatch(/Échéance\s*12\/07\/2026.*Solde dû \(PGI\)\s*2 400,00 €/u);

    // 15/07: due + 10 for the first invoice.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("15/07/2026");
    const first = await decideForInvoice(page, FIRST, "Relance 1 (courtoise)");
    expectRight(first);
    expect(first.text).toMatch(/Total réclamable : 44,71 €/u);

    // 16/07: the customer contests the second invoice; the clock stops on the mail.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("16/07/2026");
    expectRight(await openDispute(page, SECOND));
    expect(await textOf(followedInvoice(page, SECOND))).toMatch(/Litige\s*ouvert le 16\/07\/2026 : relances suspendues/u);

    // 20/07: a transfer of 700,00 € on the first invoice.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("20/07/2026");
    const payment = await recordPayment(page, FIRST, "700,00", "2026-07-20");
    expectRight(payment);
    expect(payment.text).toMatch(/Solde restant dû sur la facture FA-2026-00402 : 713,60 €/u);
    expect(await textOf(followedInvoice(page, FIRST))).toMatch(/Solde dû \(PGI\)\s*713,60 €/u);

    // 24/07: the dispute is settled by a credit note of 500,00 € HT.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("24/07/2026");
    const settled = await settleDispute(page, SECOND, "avoir", "500,00");
    expectRight(settled);
    expect(settled.text).toMatch(/solde de 1 800,00 €/u);
    expect(await textOf(followedInvoice(page, SECOND))).toMatch(/Solde dû \(PGI\)\s*1 800,00 €/u);

    // Then each reminder on its day.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("25/07/2026");
    expectRight(await decideForInvoice(page, FIRST, "Relance 2 (plus ferme)"));
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("31/07/2026");
    const resumed = await decideForInvoice(page, SECOND, "Relance 1 (courtoise)");
    expectRight(resumed);
    expect(resumed.text).toMatch(/1 800,00 € × 12,15 % × 19 \/ 365 = 11,38 €/u);
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("04/08/2026");
    expectRight(await decideForInvoice(page, FIRST, "Relance 3 par lettre recommandée avec AR"));
    // Nothing else is due before the end of the follow-up: the clock stops on its last day.
    await advanceClock(page, NEXT_STEP);
    expect(await simulatedToday(page)).toBe("05/08/2026");
    await endFollowUp(page);

    const bilan = await readReview(page);
    expect(bilan.overallPercent).toBe("100 %");
    expect(bilan.overallText).toMatch(/^14 \/ 14 points 100 %/u);
    expect(bilan.decisions).toHaveLength(7);
    for (const decision of bilan.decisions) expect(decision).toMatch(/^✓ Juste — /u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
