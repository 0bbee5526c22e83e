/**
 * What the learner typed in a stage form and has not sent survives a reload (issue 15, item 11,
 * docs/decisions/0135): figures in the credit check (scenario 02), a price of the invoice's cascade
 * (scenario 06). Once sent, the answer is a move of the saved game and the next step opens empty.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteAndBrowser } from "./support/fixtures";
import { checkTheOrder, choose, computeTheInvoice, continueToNextStage, currentCheck, deliver, draftTheInvoice, expectRight, recordTheOrder, acknowledgeTheOrder, startScenario, submitCheck, taskPanel, textOf, type, updateOrderStatus } from "./support/learner";
import { accountAndSolvency, TITLE as SCENARIO_02 } from "./support/scenario02";
import { CASCADE, DELIVERED, DELIVERY_DATE, DELIVERY_NOTE, INTAKE, ORDER_LINES, TITLE as SCENARIO_06 } from "./support/scenario06";

const { site, browser } = siteAndBrowser();

/** The value shown in a text field of the task panel. */
const typed = (page: Page, label: string) => taskPanel(page).getByRole("textbox", { name: new RegExp(`^${label.replace(/[()]/gu, "\\$&")}`, "u") }).inputValue();

/** A reload as the learner does it, the moment after typing: nothing is waited for. */
async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: "networkidle" });
  await taskPanel(page).waitFor();
}

describe("a value typed and not sent", () => {
  it("comes back after a reload in the credit check, and the next check opens empty once it is sent (scenario 02)", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, SCENARIO_02);
    await accountAndSolvency(page);
    await choose(page, /^Plafond dépassé/u);
    await type(page, "Encours du client", "4 200,00");
    await type(page, "Montant TTC de la commande", "1 140,00");
    await reload(page);
    expect(await textOf(currentCheck(page))).toMatch(/Encours/u);
    expect(await typed(page, "Encours du client")).toBe("4 200,00");
    expect(await typed(page, "Montant TTC de la commande")).toBe("1 140,00");
    expect(await taskPanel(page).getByRole("radio", { name: /^Plafond dépassé/u }).isChecked()).toBe(true);
    await page.screenshot({ path: "/tmp/drafts-02-credit-after-reload.png" });
    // Restored, not sent: the learner still validates.
    expectRight(await submitCheck(page, "Valider le contrôle de l'encours"));
    await reload(page);
    expect(await textOf(currentCheck(page))).toMatch(/conditions/iu);
    expect(await typed(page, "Remises successives (%)")).toBe("");
    expect(await typed(page, "Escompte (%)")).toBe("");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("comes back after a reload in the invoice's cascade, and the next step opens empty once it is sent (scenario 06)", async () => {
    const { context, page, errors } = await startScenario(browser(), site().url, SCENARIO_06);
    for (const judgement of await checkTheOrder(page, INTAKE)) expectRight(judgement);
    await continueToNextStage(page, "Traitement de la commande");
    expectRight(await recordTheOrder(page, ORDER_LINES));
    expectRight(await acknowledgeTheOrder(page, DELIVERY_DATE));
    expectRight(await deliver(page, DELIVERED));
    expectRight(await updateOrderStatus(page, "Livrée"));
    await continueToNextStage(page, "Facturation");
    expectRight(await draftTheInvoice(page, [DELIVERY_NOTE]));
    await type(page, "Net commercial HT", CASCADE.netCommercial);
    await type(page, "Total TTC", "1 221,6");
    await reload(page);
    expect(await typed(page, "Net commercial HT")).toBe(CASCADE.netCommercial);
    expect(await typed(page, "Total TTC")).toBe("1 221,6");
    expect(await typed(page, "Total HT")).toBe("");
    await page.screenshot({ path: "/tmp/drafts-06-cascade-after-reload.png" });
    expectRight(await computeTheInvoice(page, CASCADE));
    await reload(page);
    expect(await typed(page, "Numéro de la facture")).toBe("");
    expect(await taskPanel(page).getByRole("textbox", { name: /^Net commercial HT/u }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
