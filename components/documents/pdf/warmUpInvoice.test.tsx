import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "./render";
import { pageTexts } from "./testPdfText";
import { WARM_UP_INVOICE } from "./warmUpInvoice";

describe("the warm-up invoice (laid out while the browser is idle, docs/decisions/0140)", () => {
  it("goes through every part of the invoice template on one page, its totals from the cascade", async () => {
    const texts = await pageTexts(await renderInvoicePdf(WARM_UP_INVOICE), "warm-up-invoice");
    expect(texts).toHaveLength(1);
    const [page] = texts;
    expect(page).toContain("ORIGINAL");
    expect(page).toContain("Votre commande : CMD-2026-0042");
    expect(page).toContain("ADRESSE DE LIVRAISON");
    expect(page).toContain("Manuel de mathématiques 2de");
    expect(page).toMatch(/Remise 10 %\s+-143,60 €/u);
    expect(page).toMatch(/Port HT\s+15,00 €/u);
    expect(page).toMatch(/TVA 20 % sur 1 045,19\s+209,04 €/u);
    expect(page).toMatch(/TVA 5,5 % sur 262,21\s+14,42 €/u);
    expect(page).toMatch(/Net à payer\s+1 530,86 €/u);
    expect(page).toContain("IBAN : FR76 3000 4000 0100 0000 1234 567");
    expect(page).toContain("page 1 / 1");
  }, 20_000);
});
