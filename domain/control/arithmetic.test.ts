import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VAT_RATES, type InvoiceDocument } from "../documents";
import { computeInvoice, type CascadeMethod, type InvoiceInput } from "../invoice";
import { TWO_RATE_INVOICE } from "../invoice.fixtures";
import { TEST_STATED_RATES } from "../rates.fixtures";
import { checkInvoice } from "./check";
import { CONTEXT, example1, invoice, legal, course, edit, summary, NBSP, NNBSP } from "./mentions.fixtures";

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

const EXAMPLE_1_CONTEXT = { ...CONTEXT, reductions: { tradeDiscounts: [10, 5, 2] } };

describe("arithmetic", () => {
  it("domain.md example 1 is right, and the course page's 838,90 is caught", () => {
    expect(legal(example1(), EXAMPLE_1_CONTEXT).findings).toEqual([]);
    const wrong = edit(example1(), (d) => (d.totals.netCommercialCents = 83890));
    const check = legal(wrong, EXAMPLE_1_CONTEXT);
    expect(check.findings).toEqual([
      {
        code: "arithmetic.netCommercial",
        category: "arithmetic",
        field: "totals.netCommercialCents",
        message: `Net commercial HT\u00a0: 1${"\u202f"}000,00${NBSP}€ après remise 10${NBSP}%, remise 5${NBSP}%, remise 2${NBSP}% = 837,90${NBSP}€ et non 838,90${NBSP}€.`,
        reference: "Cours C6 — contrôle de la facture (calcul de la facture)",
        expected: `837,90${NBSP}€`,
        found: `838,90${NBSP}€`,
      },
    ]);
    // Arithmetic errors are not counted in the fine estimate (docs/decisions/0035).
    expect(check.fineEstimateCents).toBe(0);
    expect(check.conforming).toBe(false);
  });

  it("domain.md examples 2 and 3 (remise 25 %; escompte 2 % granted)", () => {
    const example2 = edit(example1(), (d) => {
      d.lines = [{ description: "Rayonnages", quantity: 1, unitPriceCents: 240000, vatRate: 20, lineTotalCents: 240000 }];
      d.reductions = { tradeDiscounts: [25] };
      d.totals = { grossCents: 240000, netCommercialCents: 180000, totalExclTaxCents: 180000, vat: [{ rate: 20, baseCents: 180000, amountCents: 36000 }], totalVatCents: 36000, totalInclTaxCents: 216000 };
    });
    expect(legal(example2, { ...CONTEXT, reductions: { tradeDiscounts: [25] } }).findings).toEqual([]);
    const example3 = edit(example1(), (d) => {
      d.lines = [{ description: "Machine", quantity: 1, unitPriceCents: 1000000, vatRate: 20, lineTotalCents: 1000000 }];
      d.reductions = { cashDiscount: 2 };
      d.totals = {
        grossCents: 1000000,
        netCommercialCents: 1000000,
        cashDiscountCents: 20000,
        netFinancialCents: 980000,
        totalExclTaxCents: 980000,
        vat: [{ rate: 20, baseCents: 980000, amountCents: 196000 }],
        totalVatCents: 196000,
        totalInclTaxCents: 1176000,
      };
    });
    const context3 = { ...CONTEXT, reductions: { cashDiscount: 2 } };
    expect(legal(example3, context3).findings).toEqual([]);
    // Printing the TTC without the escompte (12 000,00) is an error of 240,00.
    const withoutEscompte = edit(example3, (d) => (d.totals.totalInclTaxCents = 1200000));
    expect(legal(withoutEscompte, context3).findings.map((f) => [f.field, f.expected, f.found])).toEqual([
      ["totals.totalInclTaxCents", `11${"\u202f"}760,00${NBSP}€`, `12${"\u202f"}000,00${NBSP}€`],
    ]);
  });

  it("a wrong line total: 3 × 45,00 € printed 145,00 €", () => {
    const doc = edit(example1(), (d) => {
      d.lines = [
        { description: "Lot de luminaires", quantity: 10, unitPriceCents: 10000, vatRate: 20, lineTotalCents: 100000 },
        { description: "Lampe de bureau LED", quantity: 3, unitPriceCents: 4500, vatRate: 20, lineTotalCents: 14500 },
      ];
      d.reductions = {};
      d.totals = { grossCents: 113500, netCommercialCents: 113500, totalExclTaxCents: 113500, vat: [{ rate: 20, baseCents: 113500, amountCents: 22700 }], totalVatCents: 22700, totalInclTaxCents: 136200 };
    });
    const check = legal(doc, { ...CONTEXT, reductions: {} });
    expect(check.findings).toEqual([
      {
        code: "arithmetic.lineTotal",
        category: "arithmetic",
        field: "lines[1].lineTotalCents",
        message: `Ligne 2\u00a0: 3 × 45,00${NBSP}€ = 135,00${NBSP}€ et non 145,00${NBSP}€.`,
        reference: "Cours C6 — contrôle de la facture (calcul de la facture)",
        expected: `135,00${NBSP}€`,
        found: `145,00${NBSP}€`,
      },
    ]);
  });

  it("a fractional quantity is rounded half-up: 2,5 × 3,99 € = 9,98 €", () => {
    const doc = edit(example1(), (d) => {
      d.lines = [{ description: "Câble (m)", quantity: 2.5, unitPriceCents: 399, vatRate: 20, lineTotalCents: 997 }];
      d.reductions = {};
      d.totals = {};
    });
    const [finding] = legal(doc, { ...CONTEXT, reductions: {} }).findings.filter((f) => f.category === "arithmetic");
    expect(finding?.message).toBe(`Ligne 1\u00a0: 2,5 × 3,99${NBSP}€ = 9,98${NBSP}€ et non 9,97${NBSP}€.`);
  });

  it("a wrong VAT amount and a wrong TTC, each with its figures", () => {
    const doc = edit(invoice(), (d) => {
      const vat20 = d.totals.vat?.[0];
      if (vat20) vat20.amountCents = 4037;
      d.totals.totalInclTaxCents = 26494;
    });
    const check = legal(doc);
    expect(check.findings.map((f) => [f.code, f.field, f.expected, f.found])).toEqual([
      ["arithmetic.vatAmount", "totals.vat[0].amountCents", `40,36${NBSP}€`, `40,37${NBSP}€`],
      ["arithmetic.totalInclTax", "totals.totalInclTaxCents", `265,94${NBSP}€`, `264,94${NBSP}€`],
    ]);
    expect(check.findings[0]?.message).toBe(`TVA 20${NBSP}%\u00a0: 20${NBSP}% × 201,81${NBSP}€ = 40,36${NBSP}€ et non 40,37${NBSP}€.`);
    expect(check.findings[1]?.message).toBe(`Total TTC\u00a0: 224,34${NBSP}€ HT + 41,60${NBSP}€ de TVA = 265,94${NBSP}€ et non 264,94${NBSP}€.`);
  });

  it("a VAT line at a rate no line uses", () => {
    const doc = edit(invoice(), (d) => d.totals.vat?.push({ rate: 10, baseCents: 100, amountCents: 10 }));
    expect(summary(legal(doc).findings)).toEqual(["arithmetic.vatRateUnexpected @ totals.vat[2].amountCents"]);
    // The same rate printed twice: the second line is extra.
    const twice = edit(invoice(), (d) => d.totals.vat?.push({ rate: 20, baseCents: 20181, amountCents: 4036 }));
    const check = legal(twice);
    expect(summary(check.findings)).toEqual(["arithmetic.vatRateUnexpected @ totals.vat[2].amountCents"]);
    expect(check.findings[0]?.message).toBe(`TVA 20${NBSP}%\u00a0: ce taux figure déjà plus haut dans le récapitulatif, le montant attendu est 0,00${NBSP}€ et non 40,36${NBSP}€.`);
  });

  it("shipping and deposit printed twice must agree", () => {
    const doc = edit(invoice(), (d) => {
      d.totals.shippingCents = 2500;
      d.totals.depositCents = 4000;
    });
    expect(legal(doc).findings.map((f) => [f.field, f.expected, f.found])).toEqual([
      ["totals.shippingCents", `20,00${NBSP}€`, `25,00${NBSP}€`],
      ["totals.depositCents", `50,00${NBSP}€`, `40,00${NBSP}€`],
    ]);
  });

  it("findings come in list order, then in cascade order", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.issueDate;
      d.totals.amountDueCents = 1;
      const line = d.lines[0];
      if (line) line.lineTotalCents = 1;
      d.totals.grossCents = 1;
    });
    expect(legal(doc).findings.map((f) => f.field)).toEqual([
      "issueDate",
      "seller.siren",
      "lines[0].lineTotalCents",
      "totals.grossCents",
      "totals.amountDueCents",
    ]);
    expect(course(doc).findings.map((f) => f.field)).toEqual(["issueDate", "lines[0].lineTotalCents", "totals.grossCents", "totals.amountDueCents"]);
  });

  it("unusable lines: the totals are skipped, not miscounted, and the reason is given once", () => {
    const doc = edit(invoice(), (d) => {
      delete d.lines[1]?.quantity;
      const line = d.lines[0];
      if (line) line.lineTotalCents = 18100;
      d.totals.totalVatCents = 1;
    });
    // Legal list: the missing quantity is a mention; line 1's total is still checked.
    expect(summary(legal(doc).findings)).toEqual([
      "mention.lineQuantities.missing @ lines[1].quantity",
      "arithmetic.lineTotal @ lines[0].lineTotalCents",
    ]);
    // Course list: no such mention, the arithmetic reports it.
    expect(summary(course(doc).findings)).toEqual([
      "arithmetic.lineTotal @ lines[0].lineTotalCents",
      "arithmetic.notComputable @ lines[1].quantity",
    ]);
    expect(course(doc).findings[1]?.message).toBe("Ligne 2\u00a0: quantité absente, les totaux imprimés ne peuvent pas être recalculés.");
  });

  it("a deposit larger than the TTC cannot be computed, without crashing", () => {
    const doc = edit(invoice(), (d) => {
      d.depositCents = 30000;
      d.totals.depositCents = 30000;
    });
    expect(summary(legal(doc).findings)).toEqual(["arithmetic.notComputable @ depositCents"]);
    expect(legal(doc).findings[0]?.message).toBe(
      `Calcul impossible — depositCents\u00a0: l'acompte versé 300,00${NBSP}€ dépasse le total TTC 265,94${NBSP}€\u00a0: les totaux imprimés ne sont pas vérifiés.`,
    );
  });

  it("no line at all", () => {
    const doc = edit(invoice(), (d) => (d.lines = []));
    expect(summary(legal(doc).findings)).toEqual(["mention.productDescriptions.missing @ lines"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: invoices printed from computeInvoice's own output are arithmetically right, and any
// one printed figure off by a cent is caught on that field and no other.
// ---------------------------------------------------------------------------------------------

const percent = fc.integer({ min: 0, max: 5000 }).map((hundredths) => hundredths / 100);

const printedInput: fc.Arbitrary<InvoiceInput> = fc
  .record({
    lines: fc.array(
      fc.record({
        description: fc.constantFrom("Lampe", "Ampoule", "Câble (m)", "Livre"),
        quantity: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50_000 }).map((t) => t / 1000)),
        unitPriceCents: fc.integer({ min: 0, max: 500_000 }),
        vatRate: fc.constantFrom(...VAT_RATES),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    tradeDiscounts: fc.array(percent, { maxLength: 2 }),
    allowances: fc.array(percent, { maxLength: 1 }),
    rebates: fc.array(percent, { maxLength: 1 }),
    cashDiscount: fc.option(percent, { nil: undefined }),
    shippingCents: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
    depositShare: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ depositShare, cashDiscount, shippingCents, ...input }) => {
    const base: InvoiceInput = { ...input, ...(cashDiscount !== undefined ? { cashDiscount } : {}), ...(shippingCents !== undefined ? { shippingCents } : {}) };
    const { totalInclTaxCents } = computeInvoice(base);
    return { ...base, depositCents: Math.floor((totalInclTaxCents * depositShare) / 100) };
  });

/**
 * The fixture's identity and mentions, with lines and figures printed from computeInvoice: the
 * invoice's figures, or those a learner computes rate by rate (docs/decisions/0079).
 */
function printed(input: InvoiceInput, method: CascadeMethod = "invoiceTotals"): InvoiceDocument {
  const computed = computeInvoice(input);
  const c = method === "perRate" && computed.perRateMethod !== undefined ? computed.perRateMethod : computed;
  return edit(invoice(), (d) => {
    d.lines = input.lines.map((line, i) => ({ ...line, lineTotalCents: computed.lineTotalsCents?.[i] ?? 0 }));
    d.reductions = {
      tradeDiscounts: input.tradeDiscounts ?? [],
      allowances: input.allowances ?? [],
      rebates: input.rebates ?? [],
      ...(input.cashDiscount !== undefined ? { cashDiscount: input.cashDiscount } : {}),
    };
    d.shippingCents = c.shippingCents;
    d.depositCents = c.depositCents;
    d.totals = {
      grossCents: c.grossCents,
      netCommercialCents: c.netCommercialCents,
      cashDiscountCents: c.cashDiscountCents,
      netFinancialCents: c.netFinancialCents,
      shippingCents: c.shippingCents,
      totalExclTaxCents: c.totalExclTaxCents,
      vat: c.vat.map((v) => ({ ...v })),
      totalVatCents: c.totalVatCents,
      totalInclTaxCents: c.totalInclTaxCents,
      depositCents: c.depositCents,
      amountDueCents: c.amountDueCents,
    };
  });
}

/** Every printed figure, as [path, setter, getter]. */
function printedFigures(doc: InvoiceDocument): { field: string; shift: (d: InvoiceDocument, delta: number) => void; read: (d: InvoiceDocument) => number | undefined }[] {
  const totals = ["grossCents", "netCommercialCents", "cashDiscountCents", "netFinancialCents", "shippingCents", "totalExclTaxCents", "totalVatCents", "totalInclTaxCents", "depositCents", "amountDueCents"] as const;
  return [
    ...doc.lines.map((_, i) => ({
      field: `lines[${i}].lineTotalCents`,
      read: (d: InvoiceDocument) => d.lines[i]?.lineTotalCents,
      shift: (d: InvoiceDocument, delta: number) => {
        const line = d.lines[i];
        if (line) line.lineTotalCents = (line.lineTotalCents ?? 0) + delta;
      },
    })),
    ...totals.map((key) => ({ field: `totals.${key}`, read: (d: InvoiceDocument) => d.totals[key], shift: (d: InvoiceDocument, delta: number) => (d.totals[key] = (d.totals[key] ?? 0) + delta) })),
    ...(doc.totals.vat ?? []).flatMap((_, k) =>
      (["baseCents", "amountCents"] as const).map((key) => ({
        field: `totals.vat[${k}].${key}`,
        read: (d: InvoiceDocument) => d.totals.vat?.[k]?.[key],
        shift: (d: InvoiceDocument, delta: number) => {
          const vat = d.totals.vat?.[k];
          if (vat) vat[key] += delta;
        },
      })),
    ),
  ];
}

const noContext = { purchaseOrderNumber: "CMD-7781", saleDate: "2026-11-18", deliveryAddressDiffers: true };

describe("property: printed from computeInvoice", () => {
  it("finds nothing at all on an invoice printed from computeInvoice", () => {
    fc.assert(
      fc.property(printedInput, (input) => {
        const check = legal(printed(input), noContext);
        expect(check.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("finds nothing on an invoice computed rate by rate: the other accepted method", () => {
    fc.assert(
      fc.property(printedInput, (input) => {
        const check = legal(printed(input, "perRate"), noContext);
        expect(check.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("a printed figure off by ±1 cent gives exactly one arithmetic finding, on that field — unless it lands on the per-rate figure", () => {
    fc.assert(
      fc.property(printedInput, fc.nat(), fc.constantFrom(1, -1), (input, pick, delta) => {
        const doc = printed(input);
        const figures = printedFigures(doc);
        const figure = figures[pick % figures.length];
        if (!figure) throw new Error("no figure");
        const altered = edit(doc, (d) => figure.shift(d, delta));
        const check = legal(altered, noContext);
        if (figure.read(altered) === figure.read(printed(input, "perRate"))) {
          expect(check.findings).toEqual([]);
          return;
        }
        expect(summary(check.findings).map((s) => s.split(" @ ")[1])).toEqual([figure.field]);
        const [finding] = check.findings;
        expect(finding?.category).toBe("arithmetic");
        expect(finding?.code).not.toBe("arithmetic.notComputable");
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("issue 9 example: a hand-made invoice computed rate by rate is right; a wrong net commercial names the method", () => {
    // invoice.fixtures.ts: on the totals the net commercial is 2 765,34, total HT 2 795,34,
    // TTC 3 075,94; rate by rate 2 765,35, 2 795,35 and 3 075,95 (VAT 174,98 + 105,62 either way).
    const byHand = printed(TWO_RATE_INVOICE, "perRate");
    expect(byHand.totals).toMatchObject({ netCommercialCents: 276_535, totalExclTaxCents: 279_535, totalInclTaxCents: 307_595 });
    expect(legal(byHand, noContext).findings).toEqual([]);
    const wrong = edit(byHand, (d) => (d.totals.netCommercialCents = 276_500));
    expect(legal(wrong, noContext).findings).toEqual([
      {
        code: "arithmetic.netCommercial",
        category: "arithmetic",
        field: "totals.netCommercialCents",
        message: `Net commercial HT\u00a0: 3${NNBSP}135,31${NBSP}€ après remise 10${NBSP}%, ristourne 2${NBSP}% = 2${NNBSP}765,34${NBSP}€ (calculé sur le total de la facture, comme à la calculatrice\u00a0; calculé taux par taux, puis additionné\u00a0: 2${NNBSP}765,35${NBSP}€, accepté aussi) et non 2${NNBSP}765,00${NBSP}€.`,
        reference: expect.any(String),
        expected: `2${NNBSP}765,34${NBSP}€`,
        found: `2${NNBSP}765,00${NBSP}€`,
      },
    ]);
  });

  it("course and legal lists agree on the arithmetic", () => {
    fc.assert(
      fc.property(printedInput, (input) => {
        const doc = edit(printed(input), (d) => (d.totals.totalInclTaxCents = (d.totals.totalInclTaxCents ?? 0) + 1));
        const arithmetic = (list: "course" | "legal") =>
          checkInvoice(doc, { list, expected: noContext, statedRates: TEST_STATED_RATES }).findings.filter((f) => f.category === "arithmetic");
        expect(arithmetic("course")).toEqual(arithmetic("legal"));
      }),
      { numRuns: 100 },
    );
  });
});
