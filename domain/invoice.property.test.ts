import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeInvoice } from "./invoice";
import { allocateProRata } from "./money";
import type { InvoiceComputation, InvoiceInput, InvoiceLineInput } from "./invoice";

const rate = fc.constantFrom(20, 10, 5.5, 2.1);

/** Whole units most of the time, sometimes weights to the thousandth (2,5 kg). */
const quantity = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 1_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((thousandths) => thousandths / 1_000) },
);

const invoiceLine: fc.Arbitrary<InvoiceLineInput> = fc.record({
  description: fc.constant("Article"),
  quantity,
  unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
  vatRate: rate,
});

/** Percentages to the hundredth, 0 and 100 included. */
const percent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
const percents = fc.array(percent, { maxLength: 3 });

/** A valid input; the deposit is drawn as a fraction of the TTC so that it never exceeds it. */
const invoiceInput: fc.Arbitrary<InvoiceInput> = fc
  .record({
    lines: fc.array(invoiceLine, { minLength: 1, maxLength: 6 }),
    tradeDiscounts: percents,
    allowances: percents,
    rebates: percents,
    cashDiscount: fc.option(percent, { nil: undefined }),
    shippingCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    depositShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ depositShare, ...input }) => {
    const { totalInclTaxCents } = computeInvoice(input);
    return { ...input, depositCents: Math.floor(totalInclTaxCents * depositShare) };
  });

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

function commercialPercents(input: InvoiceInput): number[] {
  return [...(input.tradeDiscounts ?? []), ...(input.allowances ?? []), ...(input.rebates ?? [])];
}

function everyNumber(value: unknown, visit: (n: number, path: string) => void, path = "result"): void {
  if (typeof value === "number") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => everyNumber(v, visit, `${path}[${i}]`));
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) everyNumber(v, visit, `${path}.${key}`);
  }
}

function stepAmounts(result: InvoiceComputation, ...kinds: string[]): number {
  return sum(result.steps.filter((s) => kinds.includes(s.kind ?? "")).map((s) => s.amountCents));
}

function stepAmount(result: InvoiceComputation, kind: string): number | undefined {
  return result.steps.find((s) => s.kind === kind)?.amountCents;
}

describe("computeInvoice — invariants (fast-check)", () => {
  it("total TTC = total HT + Σ VAT, and total VAT = Σ VAT lines", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        expect(r.totalVatCents).toBe(sum(r.vat.map((v) => v.amountCents)));
        expect(r.totalInclTaxCents).toBe(r.totalExclTaxCents + r.totalVatCents);
      }),
    );
  });

  it("Σ VAT bases = total HT = net financier + port", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        expect(sum(r.vat.map((v) => v.baseCents))).toBe(r.totalExclTaxCents);
        expect(r.totalExclTaxCents).toBe(r.netFinancialCents + (input.shippingCents ?? 0));
        expect(r.shippingCents).toBe(input.shippingCents ?? 0);
      }),
    );
  });

  it("amount due = total TTC − deposit", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        expect(r.depositCents).toBe(input.depositCents ?? 0);
        expect(r.amountDueCents).toBe(r.totalInclTaxCents - r.depositCents);
        expect(r.amountDueCents).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("0 ≤ net financier ≤ net commercial ≤ gross = Σ line totals", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        expect(r.grossCents).toBe(sum(r.lineTotalsCents ?? []));
        expect(r.netCommercialCents).toBeLessThanOrEqual(r.grossCents);
        expect(r.netFinancialCents).toBeLessThanOrEqual(r.netCommercialCents);
        expect(r.netFinancialCents).toBeGreaterThanOrEqual(0);
        expect(r.netCommercialCents - r.cashDiscountCents).toBe(r.netFinancialCents);
      }),
    );
  });

  it("every total is the sum of the per-rate figures", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        const byRate = r.byRate ?? [];
        expect(sum(byRate.map((x) => x.grossCents))).toBe(r.grossCents);
        expect(sum(byRate.map((x) => x.netCommercialCents))).toBe(r.netCommercialCents);
        expect(sum(byRate.map((x) => x.cashDiscountCents))).toBe(r.cashDiscountCents);
        expect(sum(byRate.map((x) => x.shippingCents))).toBe(r.shippingCents);
        expect(byRate.map((x) => ({ rate: x.rate, baseCents: x.baseCents, amountCents: x.vatCents }))).toEqual(r.vat);
      }),
    );
  });

  it("one VAT line per rate present, highest rate first", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const rates = computeInvoice(input).vat.map((v) => v.rate);
        const expected = [...new Set(input.lines.map((l) => l.vatRate))].sort((a, b) => b - a);
        expect(rates).toEqual(expected);
      }),
    );
  });

  it("each VAT amount is its base × rate rounded half-up (independent oracle)", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        for (const { rate: vatRate, baseCents, amountCents } of computeInvoice(input).vat) {
          const tenths = Math.round(vatRate * 10); // 20 → 200, 5,5 → 55, 2,1 → 21
          // base × tenths / 1 000, half-up: floor((2 · base · tenths + 1 000) / 2 000), exact here.
          expect(amountCents).toBe(Math.floor((2 * baseCents * tenths + 1_000) / 2_000));
        }
      }),
    );
  });

  it("the printed cascade stays within ½ cent per reduction of the exact value, the per-rate one within ½ cent per reduction and rate", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        const reductions = commercialPercents(input);
        const factor = reductions.reduce((f, p) => f * (1 - p / 100), 1);
        // The float product is the reference; allow for its own error (relative 1e-12 is generous).
        const tolerance = (rates: number) => 0.5 * reductions.length * rates + 1e-6 + r.grossCents * 1e-12;
        expect(Math.abs(r.netCommercialCents - r.grossCents * factor)).toBeLessThanOrEqual(tolerance(1));
        expect(Math.abs((r.perRateMethod?.netCommercialCents ?? Number.NaN) - r.grossCents * factor)).toBeLessThanOrEqual(tolerance(r.vat.length));
      }),
    );
  });

  it("permuting the commercial reductions moves the net commercial by at most 1 cent per reduction (and rate, rate by rate)", () => {
    fc.assert(
      fc.property(
        invoiceInput.chain((input) => {
          const all = commercialPercents(input);
          return fc.tuple(fc.constant(input), fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }));
        }),
        ([input, shuffled]) => {
          const original = computeInvoice({ ...input, depositCents: 0 });
          const permuted = computeInvoice({ lines: input.lines, tradeDiscounts: shuffled, depositCents: 0 });
          const bound = shuffled.length;
          const rateCount = original.vat.length;
          expect(Math.abs(permuted.netCommercialCents - original.netCommercialCents)).toBeLessThanOrEqual(bound);
          const perRate = (r: typeof original) => r.perRateMethod?.netCommercialCents ?? Number.NaN;
          expect(Math.abs(perRate(permuted) - perRate(original))).toBeLessThanOrEqual(bound * rateCount);
        },
      ),
    );
  });

  it("each rate's share is consistent: gross − its reductions = its net commercial, − escompte = net financier, + port = base", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        const byRate = r.byRate ?? [];
        const grosses = byRate.map((x) => x.grossCents);
        // Net financier and port follow the gross amounts, largest remainder (docs/decisions/0079).
        expect(byRate.map((x) => x.netFinancialCents)).toEqual(allocateProRata(r.netFinancialCents, grosses));
        expect(byRate.map((x) => x.shippingCents)).toEqual(allocateProRata(r.shippingCents, grosses));
        (r.reductions ?? []).forEach((reduction, k) => {
          expect(sum(byRate.map((x) => x.reductions[k]?.amountCents ?? Number.NaN))).toBe(reduction.amountCents);
          expect(sum(byRate.map((x) => x.reductions[k]?.netAfterCents ?? Number.NaN))).toBe(reduction.netAfterCents);
        });
        for (const x of byRate) {
          let net = x.grossCents;
          for (const reduction of x.reductions) {
            net -= reduction.amountCents;
            expect(reduction.netAfterCents).toBe(net);
          }
          expect(x.netCommercialCents).toBe(net);
          expect(x.netCommercialCents - x.cashDiscountCents).toBe(x.netFinancialCents);
          expect(x.netFinancialCents + x.shippingCents).toBe(x.baseCents);
        }
      }),
    );
  });

  it("the printed reductions each start from the previous printed net", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        let net = r.grossCents;
        for (const reduction of r.reductions ?? []) {
          expect(reduction.netAfterCents).toBe(net - reduction.amountCents);
          net = reduction.netAfterCents;
        }
        expect(net).toBe(r.netCommercialCents);
        expect(r.totalInclTaxCents).toBe(r.totalExclTaxCents + r.totalVatCents);
      }),
    );
  });

  it("with a single VAT rate both methods give the same figures: such invoices are unchanged", () => {
    fc.assert(
      fc.property(
        invoiceInput.chain((input) => rate.map((only) => ({ ...input, lines: input.lines.map((l) => ({ ...l, vatRate: only })) }))),
        (input) => {
          const safeInput = { ...input, depositCents: 0 };
          const r = computeInvoice(safeInput);
          const { steps: _steps, lineTotalsCents: _lines, cashDiscount: _rate, byRate, perRateMethod, reductions, ...printedFigures } = r;
          expect(perRateMethod).toEqual({ ...printedFigures, reductions });
          expect(byRate).toHaveLength(1);
          expect(byRate?.[0]).toMatchObject({ grossCents: r.grossCents, reductions, netCommercialCents: r.netCommercialCents, netFinancialCents: r.netFinancialCents, baseCents: r.totalExclTaxCents });
        },
      ),
    );
  });

  it("an extra reduction never raises the net commercial", () => {
    fc.assert(
      fc.property(invoiceInput, percent, (input, extra) => {
        const before = computeInvoice(input);
        const after = computeInvoice({ ...input, rebates: [...(input.rebates ?? []), extra], depositCents: 0 });
        expect(after.netCommercialCents).toBeLessThanOrEqual(before.netCommercialCents);
      }),
    );
  });

  it("the printed steps add up: gross + reductions = net commercial, … , TTC − deposit = net à payer", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const r = computeInvoice(input);
        expect(stepAmount(r, "gross")).toBe(r.grossCents);
        expect(r.grossCents + stepAmounts(r, "tradeDiscount", "allowance", "rebate")).toBe(r.netCommercialCents);
        expect(stepAmount(r, "netCommercial")).toBe(r.netCommercialCents);
        expect(r.netCommercialCents + stepAmounts(r, "cashDiscount")).toBe(r.netFinancialCents);
        expect(stepAmount(r, "totalExclTax")).toBe(r.totalExclTaxCents);
        expect(stepAmounts(r, "vat")).toBe(r.totalVatCents);
        expect(stepAmount(r, "totalVat")).toBe(r.totalVatCents);
        expect(stepAmount(r, "totalInclTax")).toBe(r.totalInclTaxCents);
        expect(r.totalInclTaxCents + stepAmounts(r, "deposit")).toBe(r.amountDueCents);
        expect(stepAmount(r, "amountDue")).toBe(r.amountDueCents);
        // Lines that apply are printed, the others are not.
        const hasCashDiscount = (input.cashDiscount ?? 0) > 0;
        expect(stepAmount(r, "netFinancial") !== undefined).toBe(hasCashDiscount);
        expect(stepAmount(r, "shipping") !== undefined).toBe((input.shippingCents ?? 0) > 0);
        expect(stepAmount(r, "deposit") !== undefined).toBe((input.depositCents ?? 0) > 0);
        expect(r.steps.filter((s) => s.kind === "vat")).toHaveLength(r.vat.length);
      }),
    );
  });

  it("all outputs are safe integers (rates excepted), and never negative zero", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        everyNumber(computeInvoice(input), (n, path) => {
          if (/\.(rate|percent|cashDiscount)$/.test(path)) return;
          expect(Number.isSafeInteger(n), path).toBe(true);
          expect(Object.is(n, -0), path).toBe(false);
        });
      }),
    );
  });

  it("is deterministic and leaves its input untouched", () => {
    fc.assert(
      fc.property(invoiceInput, (input) => {
        const copy = structuredClone(input);
        expect(computeInvoice(input)).toEqual(computeInvoice(copy));
        expect(input).toEqual(copy);
      }),
    );
  });
});
