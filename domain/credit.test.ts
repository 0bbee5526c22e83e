import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCredit } from "./credit";
import type { CreditCheckInput } from "./credit";
import { DomainError, formatEuros } from "./money";

/** The explanation with ordinary spaces, to compare with a sentence written in the test. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}

function domainErrorOf(input: CreditCheckInput): DomainError {
  try {
    checkCredit(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("checkCredit should have thrown a DomainError");
}

describe("checkCredit", () => {
  it("over the limit: the excess, the deposit that fits, and the reasoning in French", () => {
    // Encours 3 000,00 + 1 200,00 = 4 200,00; + commande 1 140,00 = 5 340,00 > 5 000,00 → 340,00 over.
    const check = checkCredit({
      unpaidInvoicesCents: [180_000, 120_000],
      acceptedOrdersNotInvoicedCents: [120_000],
      orderTotalInclTaxCents: 114_000,
      creditLimitCents: 500_000,
    });
    expect(check).toMatchObject({
      unpaidInvoicesTotalCents: 300_000,
      acceptedOrdersTotalCents: 120_000,
      outstandingCents: 420_000,
      projectedCents: 534_000,
      creditLimitCents: 500_000,
      availableCents: 80_000,
      excessCents: 34_000,
      passes: false,
      depositToFitCents: 34_000,
    });
    expect(plain(check.explanation)).toBe(
      "Encours 4 200,00 € (factures non réglées 3 000,00 € + commandes acceptées non facturées 1 200,00 €) + commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 € : dépassement de 340,00 €.",
    );
    // The figures are printed by formatEuros, with its non-breaking spaces.
    expect(check.explanation).toContain(formatEuros(34_000));
  });

  it("within the limit: passes, nothing to deposit, the margin left stated", () => {
    const check = checkCredit({
      unpaidInvoicesCents: [300_000],
      acceptedOrdersNotInvoicedCents: [120_000],
      orderTotalInclTaxCents: 50_000,
      creditLimitCents: 500_000,
    });
    expect(check).toMatchObject({ projectedCents: 470_000, availableCents: 80_000, excessCents: 0, passes: true, depositToFitCents: 0 });
    expect(plain(check.explanation)).toBe(
      "Encours 4 200,00 € (factures non réglées 3 000,00 € + commandes acceptées non facturées 1 200,00 €) + commande 500,00 € = 4 700,00 € ≤ plafond 5 000,00 € : plafond respecté (marge restante 300,00 €).",
    );
  });

  it("reaching the limit exactly passes (the rule is ≤)", () => {
    const check = checkCredit({
      unpaidInvoicesCents: [400_000],
      acceptedOrdersNotInvoicedCents: [],
      orderTotalInclTaxCents: 100_000,
      creditLimitCents: 500_000,
    });
    expect(check.passes).toBe(true);
    expect(check.excessCents).toBe(0);
    expect(plain(check.explanation)).toContain("= 5 000,00 € ≤ plafond 5 000,00 € : plafond respecté (marge restante 0,00 €).");
  });

  it("one cent over the limit fails by one cent", () => {
    const check = checkCredit({
      unpaidInvoicesCents: [400_000],
      acceptedOrdersNotInvoicedCents: [],
      orderTotalInclTaxCents: 100_001,
      creditLimitCents: 500_000,
    });
    expect(check).toMatchObject({ passes: false, excessCents: 1, depositToFitCents: 1 });
  });

  it("an outstanding already over the limit leaves nothing available; the whole excess is to deposit", () => {
    // Encours 6 000,00 > plafond 5 000,00: available 0, excess 1 000,00 + the order 200,00.
    const check = checkCredit({
      unpaidInvoicesCents: [600_000],
      acceptedOrdersNotInvoicedCents: [],
      orderTotalInclTaxCents: 20_000,
      creditLimitCents: 500_000,
    });
    expect(check).toMatchObject({ outstandingCents: 600_000, availableCents: 0, excessCents: 120_000, depositToFitCents: 120_000, passes: false });
  });

  it("a new customer with no history: the outstanding is zero", () => {
    const check = checkCredit({ unpaidInvoicesCents: [], acceptedOrdersNotInvoicedCents: [], orderTotalInclTaxCents: 250_000, creditLimitCents: 300_000 });
    expect(check).toMatchObject({ outstandingCents: 0, projectedCents: 250_000, availableCents: 300_000, passes: true });
    expect(plain(check.explanation)).toMatch(/^Encours 0,00 € \(factures non réglées 0,00 € \+ commandes acceptées non facturées 0,00 €\)/);
  });

  it("a zero limit refuses any order but a free one", () => {
    const base = { unpaidInvoicesCents: [], acceptedOrdersNotInvoicedCents: [], creditLimitCents: 0 };
    expect(checkCredit({ ...base, orderTotalInclTaxCents: 1 }).passes).toBe(false);
    expect(checkCredit({ ...base, orderTotalInclTaxCents: 0 }).passes).toBe(true);
  });

  it.each([
    [{ unpaidInvoicesCents: [100, -1] }, "unpaidInvoicesCents[1]"],
    [{ acceptedOrdersNotInvoicedCents: [-500] }, "acceptedOrdersNotInvoicedCents[0]"],
    [{ orderTotalInclTaxCents: -1 }, "orderTotalInclTaxCents"],
    [{ creditLimitCents: -100 }, "creditLimitCents"],
    [{ creditLimitCents: 12.5 }, "creditLimitCents"],
    [{ orderTotalInclTaxCents: Number.NaN }, "orderTotalInclTaxCents"],
  ] as [Partial<CreditCheckInput>, string][])("refuses %o, naming %s", (patch, field) => {
    const error = domainErrorOf({
      unpaidInvoicesCents: [100],
      acceptedOrdersNotInvoicedCents: [100],
      orderTotalInclTaxCents: 100,
      creditLimitCents: 1_000,
      ...patch,
    });
    expect(error.code).toBe("credit.amount.invalid");
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, "\\$&")}\u00a0: le montant doit être un nombre entier de centimes positif ou nul`));
  });

  it("reports an overflow instead of losing cents", () => {
    const error = domainErrorOf({
      unpaidInvoicesCents: [Number.MAX_SAFE_INTEGER, 1],
      acceptedOrdersNotInvoicedCents: [],
      orderTotalInclTaxCents: 0,
      creditLimitCents: 0,
    });
    expect(error.code).toBe("money.overflow");
  });
});

describe("checkCredit — invariants (fast-check)", () => {
  const amount = fc.integer({ min: 0, max: 100_000_000 });
  const input: fc.Arbitrary<CreditCheckInput> = fc.record({
    unpaidInvoicesCents: fc.array(amount, { maxLength: 6 }),
    acceptedOrdersNotInvoicedCents: fc.array(amount, { maxLength: 6 }),
    orderTotalInclTaxCents: amount,
    creditLimitCents: fc.integer({ min: 0, max: 500_000_000 }),
  });
  const total = (values: number[]) => values.reduce((s, v) => s + v, 0);

  it("the outstanding is never negative and is the sum of both lists", () => {
    fc.assert(
      fc.property(input, (i) => {
        const c = checkCredit(i);
        expect(c.outstandingCents).toBeGreaterThanOrEqual(0);
        expect(c.outstandingCents).toBe(total(i.unpaidInvoicesCents) + total(i.acceptedOrdersNotInvoicedCents));
        expect(c.projectedCents).toBe(c.outstandingCents + i.orderTotalInclTaxCents);
      }),
    );
  });

  it("passes ⇔ excess = 0 ⇔ projected ≤ limit", () => {
    fc.assert(
      fc.property(input, (i) => {
        const c = checkCredit(i);
        expect(c.passes).toBe(c.excessCents === 0);
        expect(c.passes).toBe(c.projectedCents <= c.creditLimitCents);
        expect(c.excessCents).toBe(Math.max(0, c.projectedCents - c.creditLimitCents));
        expect(c.availableCents).toBe(Math.max(0, c.creditLimitCents - c.outstandingCents));
      }),
    );
  });

  it("depositing the excess brings the order within the limit, and one cent less does not", () => {
    fc.assert(
      fc.property(input, (i) => {
        const c = checkCredit(i);
        expect(c.depositToFitCents).toBe(c.excessCents);
        expect(c.projectedCents - c.depositToFitCents).toBeLessThanOrEqual(c.creditLimitCents);
        if (c.depositToFitCents > 0) {
          expect(c.projectedCents - (c.depositToFitCents - 1)).toBeGreaterThan(c.creditLimitCents);
        }
      }),
    );
  });

  it("the explanation states the outstanding, the order, the projection and the limit", () => {
    fc.assert(
      fc.property(input, (i) => {
        const c = checkCredit(i);
        for (const figure of [c.outstandingCents, i.orderTotalInclTaxCents, c.projectedCents, c.creditLimitCents]) {
          expect(c.explanation).toContain(formatEuros(figure));
        }
        expect(c.explanation.includes("dépassement de")).toBe(!c.passes);
      }),
    );
  });
});
