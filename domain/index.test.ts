import { describe, expect, it } from "vitest";
import * as domain from "./index";

describe("domain public contract", () => {
  it("exports computeInvoice with the documented result shape", () => {
    const result = domain.computeInvoice({
      lines: [{ description: "Bureau", quantity: 2, unitPriceCents: 50_000, vatRate: 20 }],
      tradeDiscounts: [10],
      shippingCents: 2_000,
      depositCents: 10_000,
    });
    expect(result).toMatchObject({
      grossCents: 100_000,
      netCommercialCents: 90_000,
      cashDiscountCents: 0,
      netFinancialCents: 90_000,
      shippingCents: 2_000,
      totalExclTaxCents: 92_000,
      vat: [{ rate: 20, baseCents: 92_000, amountCents: 18_400 }],
      totalVatCents: 18_400,
      totalInclTaxCents: 110_400,
      depositCents: 10_000,
      amountDueCents: 100_400,
    });
    expect(result.steps.map((s) => s.label)).toContain("Net à payer");
  });

  it("exports every rule family of the engine", () => {
    for (const name of [
      "parseAmount", "formatEuros", "checkCredit", "dueDate", "latePenalty", "dunningStatus", "judgeDunningAction",
      "validateInvoice", "createCreditNote", "customerOutstanding", "checkInvoice", "isValidSiren", "GLOSSARY",
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).not.toBe("undefined");
    }
  });
});
