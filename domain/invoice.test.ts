import { describe, expect, it } from "vitest";
import { cascadeMethodNote, checkCascadeFigure, computeInvoice } from "./invoice";
import type { InvoiceInput, InvoiceLineInput } from "./invoice";
import { DomainError, formatEuros } from "./money";
import { TWO_RATE_INVOICE } from "./invoice.fixtures";

const NNBSP = "\u202f"; // thousands separator, as formatAmount prints it
const NBSP = "\u00a0"; // before %

/** A label as written in the tests with plain spaces, in the typography the engine prints. */
function fr(label: string): string {
  return label.replace(/ %/g, `${NBSP}%`).replace(/(\d) (\d{3})/g, `$1${NNBSP}$2`);
}

function line(unitPriceCents: number, vatRate = 20, quantity = 1, description = "Article"): InvoiceLineInput {
  return { description, quantity, unitPriceCents, vatRate };
}

/** The printed cascade as [label, amount] pairs, easy to compare with a student's sheet. */
function printed(input: InvoiceInput): [string, number][] {
  return computeInvoice(input).steps.map((s) => [s.label, s.amountCents]);
}

function domainErrorOf(input: InvoiceInput): DomainError {
  try {
    computeInvoice(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("computeInvoice should have thrown a DomainError");
}

describe("computeInvoice — worked examples of domain.md", () => {
  it("1. remises 10 %, 5 %, 2 % on 1 000,00 → 837,90; TVA 167,58; TTC 1 005,48", () => {
    const result = computeInvoice({ lines: [line(100_000)], tradeDiscounts: [10, 5, 2] });
    expect(result.grossCents).toBe(100_000);
    expect(result.netCommercialCents).toBe(83_790); // not 838,90 (a public course page is wrong)
    expect(result.vat).toEqual([{ rate: 20, baseCents: 83_790, amountCents: 16_758 }]);
    expect(result.totalVatCents).toBe(16_758);
    expect(result.totalInclTaxCents).toBe(100_548);
    expect(result.amountDueCents).toBe(100_548);
    expect(printed({ lines: [line(100_000)], tradeDiscounts: [10, 5, 2] })).toEqual([
      ["Montant brut HT", 100_000],
      [fr("Remise 10 %"), -10_000], // 10 % of 1 000,00
      [fr("Net après remise 10 %"), 90_000],
      [fr("Remise 5 %"), -4_500], // 5 % of 900,00
      [fr("Net après remise 5 %"), 85_500],
      [fr("Remise 2 %"), -1_710], // 2 % of 855,00
      ["Net commercial HT", 83_790],
      ["Total HT", 83_790],
      [fr("TVA 20 % sur 837,90"), 16_758],
      ["Total TVA", 16_758],
      ["Total TTC", 100_548],
      ["Net à payer", 100_548],
    ]);
  });

  it("2. brut 2 400,00, remise 25 % → 1 800,00; TVA 360,00; TTC 2 160,00", () => {
    // 12 chairs at 200,00: the gross is a sum of lines.
    const result = computeInvoice({ lines: [line(20_000, 20, 12, "Chaise")], tradeDiscounts: [25] });
    expect(result.grossCents).toBe(240_000);
    expect(result.steps[1]).toMatchObject({ label: fr("Remise 25 %"), amountCents: -60_000 });
    expect(result.netCommercialCents).toBe(180_000);
    expect(result.totalVatCents).toBe(36_000);
    expect(result.totalInclTaxCents).toBe(216_000);
  });

  it("3. 10 000,00 HT, escompte 2 % → 200,00; net financier 9 800,00; TTC 11 760,00", () => {
    const result = computeInvoice({ lines: [line(1_000_000)], cashDiscount: 2 });
    expect(result.cashDiscountCents).toBe(20_000);
    expect(result.netFinancialCents).toBe(980_000);
    expect(result.vat).toEqual([{ rate: 20, baseCents: 980_000, amountCents: 196_000 }]);
    expect(result.totalInclTaxCents).toBe(1_176_000);
    expect(printed({ lines: [line(1_000_000)], cashDiscount: 2 })).toEqual([
      ["Montant brut HT", 1_000_000],
      ["Net commercial HT", 1_000_000],
      [fr("Escompte 2 %"), -20_000],
      ["Net financier HT", 980_000],
      ["Total HT", 980_000],
      [fr("TVA 20 % sur 9 800,00"), 196_000],
      ["Total TVA", 196_000],
      ["Total TTC", 1_176_000],
      ["Net à payer", 1_176_000],
    ]);
  });

  it("3 bis. the same without escompte → TTC 12 000,00, and no escompte lines", () => {
    const result = computeInvoice({ lines: [line(1_000_000)] });
    expect(result.cashDiscountCents).toBe(0);
    expect(result.netFinancialCents).toBe(1_000_000);
    expect(result.totalInclTaxCents).toBe(1_200_000);
    expect(result.steps.map((s) => s.kind)).not.toContain("cashDiscount");
    expect(result.steps.map((s) => s.kind)).not.toContain("netFinancial");
  });
});

describe("computeInvoice — the full cascade", () => {
  it("prints every group in order: remise, rabais, ristourne, escompte, port, acompte", () => {
    // Brut 2 000,00 (4 × 500,00) at 20 %.
    // Remise 10 % = 200,00 → 1 800,00; rabais 5 % = 90,00 → 1 710,00; ristourne 2 % = 34,20 → 1 675,80.
    // Escompte 1 % = 16,758 → 16,76 → net financier 1 659,04. Port 25,00 → total HT 1 684,04.
    // TVA 20 % = 336,808 → 336,81; TTC 2 020,85; acompte 500,00 → net à payer 1 520,85.
    const input: InvoiceInput = {
      lines: [line(50_000, 20, 4)],
      tradeDiscounts: [10],
      allowances: [5],
      rebates: [2],
      cashDiscount: 1,
      shippingCents: 2_500,
      depositCents: 50_000,
    };
    expect(printed(input)).toEqual([
      ["Montant brut HT", 200_000],
      [fr("Remise 10 %"), -20_000],
      [fr("Net après remise 10 %"), 180_000],
      [fr("Rabais 5 %"), -9_000],
      [fr("Net après rabais 5 %"), 171_000],
      [fr("Ristourne 2 %"), -3_420],
      ["Net commercial HT", 167_580],
      [fr("Escompte 1 %"), -1_676],
      ["Net financier HT", 165_904],
      ["Port HT", 2_500],
      ["Total HT", 168_404],
      [fr("TVA 20 % sur 1 684,04"), 33_681],
      ["Total TVA", 33_681],
      ["Total TTC", 202_085],
      ["Acompte versé", -50_000],
      ["Net à payer", 152_085],
    ]);
    const result = computeInvoice(input);
    expect(result.steps.map((s) => s.kind)).toEqual([
      "gross",
      "tradeDiscount",
      "intermediateNet",
      "allowance",
      "intermediateNet",
      "rebate",
      "netCommercial",
      "cashDiscount",
      "netFinancial",
      "shipping",
      "totalExclTax",
      "vat",
      "totalVat",
      "totalInclTax",
      "deposit",
      "amountDue",
    ]);
    expect(result).toMatchObject({
      grossCents: 200_000,
      netCommercialCents: 167_580,
      cashDiscountCents: 1_676,
      netFinancialCents: 165_904,
      shippingCents: 2_500,
      totalExclTaxCents: 168_404,
      totalVatCents: 33_681,
      totalInclTaxCents: 202_085,
      depositCents: 50_000,
      amountDueCents: 152_085,
    });
  });

  it("applies successive reductions on the previous net: 10 % then 5 % is 14,5 %, not 15 %", () => {
    const result = computeInvoice({ lines: [line(100_000)], tradeDiscounts: [10, 5] });
    expect(result.netCommercialCents).toBe(85_500); // not 85 000
  });

  it("ignores 0 % reductions: same figures, no line", () => {
    const withZeros = computeInvoice({ lines: [line(100_000)], tradeDiscounts: [0], allowances: [0], rebates: [0], cashDiscount: 0 });
    const without = computeInvoice({ lines: [line(100_000)] });
    expect(withZeros).toEqual(without);
    expect(withZeros.steps.map((s) => s.label)).toEqual([
      "Montant brut HT",
      "Net commercial HT",
      "Total HT",
      fr("TVA 20 % sur 1 000,00"),
      "Total TVA",
      "Total TTC",
      "Net à payer",
    ]);
  });

  it("keeps a 0 % remise out of the middle of a sequence without changing the others", () => {
    expect(printed({ lines: [line(100_000)], tradeDiscounts: [10, 0, 5] })).toEqual(printed({ lines: [line(100_000)], tradeDiscounts: [10, 5] }));
  });

  it("a 100 % remise brings everything to zero (a free delivery)", () => {
    const result = computeInvoice({ lines: [line(12_345, 20, 3)], tradeDiscounts: [100] });
    expect(result.grossCents).toBe(37_035);
    expect(result.netCommercialCents).toBe(0);
    expect(result.vat).toEqual([{ rate: 20, baseCents: 0, amountCents: 0 }]);
    expect(result.totalInclTaxCents).toBe(0);
    expect(result.amountDueCents).toBe(0);
    expect(result.steps.find((s) => s.kind === "tradeDiscount")?.amountCents).toBe(-37_035);
  });

  it("a 100 % remise with port: the port alone is taxed at the goods' rate", () => {
    // Net 0 at 10 %, port 8,00 → base 8,00, TVA 10 % 0,80, TTC 8,80.
    const result = computeInvoice({ lines: [line(5_000, 10)], tradeDiscounts: [100], shippingCents: 800 });
    expect(result.vat).toEqual([{ rate: 10, baseCents: 800, amountCents: 80 }]);
    expect(result.totalInclTaxCents).toBe(880);
  });

  it("a line at 0,00 € (free sample) is accepted", () => {
    const result = computeInvoice({ lines: [line(0, 20, 5), line(1_000)] });
    expect(result.lineTotalsCents).toEqual([0, 1_000]);
    expect(result.totalInclTaxCents).toBe(1_200);
  });

  it("prints reductions as negative amounts and every other line as a positive amount", () => {
    const result = computeInvoice({
      lines: [line(10_000)],
      tradeDiscounts: [10],
      allowances: [10],
      rebates: [10],
      cashDiscount: 10,
      shippingCents: 100,
      depositCents: 100,
    });
    const deductions = new Set(["tradeDiscount", "allowance", "rebate", "cashDiscount", "deposit"]);
    for (const s of result.steps) {
      if (deductions.has(s.kind ?? "")) expect(s.amountCents).toBeLessThan(0);
      else expect(s.amountCents).toBeGreaterThan(0);
    }
  });
});

describe("computeInvoice — half-cent rounding, half-up at each step", () => {
  it("rounds a remise of exactly half a cent up, then continues from the rounded net", () => {
    // 10,05 × 10 % = 1,005 → 1,01; net 9,04; TVA 10 % = 0,904 → 0,90; TTC 9,94.
    const result = computeInvoice({ lines: [line(1_005, 10)], tradeDiscounts: [10] });
    expect(result.steps[1]).toMatchObject({ amountCents: -101 });
    expect(result.netCommercialCents).toBe(904);
    expect(result.totalVatCents).toBe(90);
    expect(result.totalInclTaxCents).toBe(994);
  });

  it("rounds an escompte of exactly half a cent up", () => {
    // 12,25 × 2 % = 0,245 → 0,25; net financier 12,00; TVA 20 % 2,40; TTC 14,40.
    const result = computeInvoice({ lines: [line(1_225)], cashDiscount: 2 });
    expect(result.cashDiscountCents).toBe(25);
    expect(result.netFinancialCents).toBe(1_200);
    expect(result.totalInclTaxCents).toBe(1_440);
  });

  it("rounds a VAT of exactly half a cent up", () => {
    // 1,00 × 5,5 % = 0,055 → 0,06.
    expect(computeInvoice({ lines: [line(100, 5.5)] }).totalVatCents).toBe(6);
    // 25,00 × 2,1 % = 0,525 → 0,53.
    expect(computeInvoice({ lines: [line(2_500, 2.1)] }).totalVatCents).toBe(53);
    // 12,50 × 2,1 % = 0,2625 → 0,26 (below half).
    expect(computeInvoice({ lines: [line(1_250, 2.1)] }).totalVatCents).toBe(26);
  });

  it("rounds the intermediate net, not only the last one", () => {
    // 0,15 × 10 % = 0,015 → 0,02, net 0,13 (not 0,135); then 0,13 × 10 % = 0,013 → 0,01, net 0,12.
    // Starting the second remise from the unrounded 0,135 would give 0,0135 → 0,01 too, so the
    // middle net printed is what tells the two apart.
    const result = computeInvoice({ lines: [line(15)], tradeDiscounts: [10, 10] });
    expect(result.steps.map((s) => s.amountCents).slice(0, 5)).toEqual([15, -2, 13, -1, 12]);
  });
});

describe("computeInvoice — VAT rates", () => {
  it("computes 5,5 % and 2,1 % on their own", () => {
    // 12 × 8,35 = 100,20 at 5,5 % → 5,511 → 5,51; TTC 105,71.
    const reduced = computeInvoice({ lines: [line(835, 5.5, 12)] });
    expect(reduced.vat).toEqual([{ rate: 5.5, baseCents: 10_020, amountCents: 551 }]);
    expect(reduced.totalInclTaxCents).toBe(10_571);
    expect(reduced.steps.find((s) => s.kind === "vat")?.label).toBe(fr("TVA 5,5 % sur 100,20"));
    // 3 × 45,00 = 135,00 at 2,1 % → 2,835 → 2,84; TTC 137,84.
    const press = computeInvoice({ lines: [line(4_500, 2.1, 3)] });
    expect(press.vat).toEqual([{ rate: 2.1, baseCents: 13_500, amountCents: 284 }]);
    expect(press.totalInclTaxCents).toBe(13_784);
  });

  it("groups lines by rate, one VAT line per rate present, highest rate first", () => {
    const result = computeInvoice({
      lines: [line(1_000, 5.5), line(2_000, 20), line(3_000, 2.1), line(4_000, 10), line(5_000, 20)],
    });
    expect(result.vat).toEqual([
      { rate: 20, baseCents: 7_000, amountCents: 1_400 },
      { rate: 10, baseCents: 4_000, amountCents: 400 },
      { rate: 5.5, baseCents: 1_000, amountCents: 55 },
      { rate: 2.1, baseCents: 3_000, amountCents: 63 },
    ]);
    expect(result.totalVatCents).toBe(1_918);
    expect(result.totalInclTaxCents).toBe(15_000 + 1_918);
    expect(result.steps.filter((s) => s.kind === "vat").map((s) => s.label)).toEqual([
      fr("TVA 20 % sur 70,00"),
      fr("TVA 10 % sur 40,00"),
      fr("TVA 5,5 % sur 10,00"),
      fr("TVA 2,1 % sur 30,00"),
    ]);
  });

  it("runs the cascade on the totals and shares net and port pro rata of the gross amounts (verified by hand)", () => {
    // Lines: 3 × 100,00 at 20 % = 300,00; 2,5 kg × 3,99 at 5,5 % = 9,975 → 9,98. Gross 309,98.
    // Rabais 5 % = 15,499 → 15,50 → 294,48; ristourne 2 % = 5,8896 → 5,89 → net commercial 288,59.
    // No escompte: net financier = net commercial. Split pro rata of 300,00 / 9,98:
    // 28 859 × 30 000 / 30 998 = 27 929,9…, the other 929,09… → floors 27 929 + 929, the cent left
    // to the larger fraction → 279,30 and 9,29. Port 15,00: 1 451,70… and 48,29… → 14,52 and 0,48.
    // Bases 293,82 and 9,77; TVA 58,764 → 58,76 and 0,537 35 → 0,54; total HT 303,59; TVA 59,30; TTC 362,89.
    const input: InvoiceInput = {
      lines: [line(10_000, 20, 3, "Étagère"), line(399, 5.5, 2.5, "Farine (kg)")],
      allowances: [5],
      rebates: [2],
      shippingCents: 1_500,
    };
    const result = computeInvoice(input);
    expect(result.lineTotalsCents).toEqual([30_000, 998]);
    expect(result.byRate?.map((r) => [r.rate, r.grossCents, r.netCommercialCents, r.shippingCents, r.baseCents, r.vatCents])).toEqual([
      [20, 30_000, 27_930, 1_452, 29_382, 5_876],
      [5.5, 998, 929, 48, 977, 54],
    ]);
    expect(result.vat).toEqual([
      { rate: 20, baseCents: 29_382, amountCents: 5_876 },
      { rate: 5.5, baseCents: 977, amountCents: 54 },
    ]);
    expect(printed(input)).toEqual([
      ["Montant brut HT", 30_998],
      [fr("Rabais 5 %"), -1_550],
      [fr("Net après rabais 5 %"), 29_448],
      [fr("Ristourne 2 %"), -589],
      ["Net commercial HT", 28_859],
      ["Port HT", 1_500],
      ["Total HT", 30_359],
      [fr("TVA 20 % sur 293,82"), 5_876],
      [fr("TVA 5,5 % sur 9,77"), 54],
      ["Total TVA", 5_930],
      ["Total TTC", 36_289],
      ["Net à payer", 36_289],
    ]);
  });

  it("applies the escompte on the total and shares net financier and port pro rata of the gross (verified by hand)", () => {
    // 20 %: 1 000,00; 10 %: 500,00; gross 1 500,00. Remise 10 % → 1 350,00; escompte 2 % → 27,00
    // → net financier 1 323,00, split 2/3, 1/3 → 882,00 and 441,00. Port 30,00 → 20,00 and 10,00.
    // Bases 902,00 and 451,00 → TVA 180,40 and 45,10 → TTC 1 353,00 + 225,50 = 1 578,50.
    const result = computeInvoice({ lines: [line(100_000, 20), line(50_000, 10)], tradeDiscounts: [10], cashDiscount: 2, shippingCents: 3_000 });
    expect(result.cashDiscountCents).toBe(2_700);
    expect(result.netFinancialCents).toBe(132_300);
    expect(result.vat).toEqual([
      { rate: 20, baseCents: 90_200, amountCents: 18_040 },
      { rate: 10, baseCents: 45_100, amountCents: 4_510 },
    ]);
    expect(result.totalInclTaxCents).toBe(157_850);
  });

  it("rounds each reduction once, on the total, not once per rate (docs/decisions/0079)", () => {
    // 0,05 at 20 % and 0,05 at 10 %, remise 10 %: 10 % of 0,10 = 0,01 → net commercial 0,09, as on
    // a calculator. Rate by rate it would be 0,005 → 0,01 twice, 0,02 → 0,08: the other method.
    // The 9 cents split 5 / 5: 4,5 and 4,5, the tie goes to the first rate → 5 and 4.
    const result = computeInvoice({ lines: [line(5, 20), line(5, 10)], tradeDiscounts: [10] });
    expect(result.steps[1]).toMatchObject({ kind: "tradeDiscount", amountCents: -1 });
    expect(result.netCommercialCents).toBe(9);
    expect(result.byRate?.map((r) => [r.netCommercialCents, r.reductions[0]?.amountCents])).toEqual([
      [5, 0],
      [4, 1],
    ]);
    expect(result.perRateMethod).toMatchObject({ netCommercialCents: 8, reductions: [{ kind: "tradeDiscount", percent: 10, amountCents: 2, netAfterCents: 8 }] });
  });

  it("each net is shared on its own: on a few cents a rate's reduction share can be −1 (docs/decisions/0079)", () => {
    // Gross 31,95 (0,01 / 17,85 / 14,09). Remise 56 % = 17,892 → 17,89 → 14,06, shared 0,44… /
    // 785,5… / 620,05… → 0 / 786 / 620. Ristourne 4 % = 56,24 → 0,56 → 13,50, shared 0,42… /
    // 754,23… / 595,35… → floors 0 / 754 / 595 and the last cent to the 20 % share: 1 / 754 / 595.
    const result = computeInvoice({ lines: [line(1, 20), line(1_785, 10), line(1_409, 5.5)], tradeDiscounts: [56], rebates: [4] });
    expect(result.byRate?.map((r) => r.reductions.map((x) => [x.amountCents, x.netAfterCents]))).toEqual([
      [[1, 0], [-1, 1]],
      [[999, 786], [32, 754]],
      [[789, 620], [25, 595]],
    ]);
    expect(result.reductions?.map((x) => x.amountCents)).toEqual([1_789, 56]);
  });

  it("issue 9 example: Ristourne 2 % on a printed net of 2 821,78 is 56,44, not the per-rate sum 56,43 (verified by hand)", () => {
    // 11 × 89,21 at 20 % = 981,31; 24 × 89,75 at 5,5 % = 2 154,00; gross 3 135,31.
    // Remise 10 % = 313,531 → 313,53 → 2 821,78. Ristourne 2 % = 56,4356 → 56,44 → 2 765,34.
    // Rate by rate: remises 98,13 + 215,40 (same net 883,18 + 1 938,60 = 2 821,78), ristournes
    // 17,6636 → 17,66 and 38,772 → 38,77: 56,43, net commercial 2 765,35.
    // Net commercial split 98 131 / 215 400: 86 551,43… and 189 982,57… → 865,51 and 1 899,83.
    // Port 30,00: 938,96… and 2 061,04… → 9,39 and 20,61. Bases 874,90 and 1 920,44.
    // TVA 20 % = 174,98; 5,5 % = 105,6242 → 105,62; total TVA 280,60; total HT 2 795,34; TTC 3 075,94.
    const input = TWO_RATE_INVOICE;
    expect(input).toEqual({ lines: [line(8_921, 20, 11, "Lampe"), line(8_975, 5.5, 24, "Livre")], tradeDiscounts: [10], rebates: [2], shippingCents: 3_000 });
    expect(printed(input)).toEqual([
      [fr("Montant brut HT"), 313_531],
      [fr("Remise 10 %"), -31_353],
      [fr("Net après remise 10 %"), 282_178],
      [fr("Ristourne 2 %"), -5_644],
      ["Net commercial HT", 276_534],
      ["Port HT", 3_000],
      ["Total HT", 279_534],
      [fr("TVA 20 % sur 874,90"), 17_498],
      [fr("TVA 5,5 % sur 1 920,44"), 10_562],
      ["Total TVA", 28_060],
      ["Total TTC", 307_594],
      ["Net à payer", 307_594],
    ]);
    const result = computeInvoice(input);
    expect(result.byRate?.map((r) => [r.rate, r.grossCents, r.netCommercialCents, r.netFinancialCents, r.shippingCents, r.baseCents, r.vatCents])).toEqual([
      [20, 98_131, 86_551, 86_551, 939, 87_490, 17_498],
      [5.5, 215_400, 189_983, 189_983, 2_061, 192_044, 10_562],
    ]);
    // Rate by rate: port pro rata of the nets 865,52 / 1 899,83 → 9,39 and 20,61; bases 874,91 and
    // 1 920,44; TVA 174,982 → 174,98 and 105,62; total HT 2 795,35; TTC 3 075,95.
    expect(result.perRateMethod).toMatchObject({
      reductions: [
        { kind: "tradeDiscount", amountCents: 31_353, netAfterCents: 282_178 },
        { kind: "rebate", amountCents: 5_643, netAfterCents: 276_535 },
      ],
      netCommercialCents: 276_535,
      totalExclTaxCents: 279_535,
      vat: [
        { rate: 20, baseCents: 87_491, amountCents: 17_498 },
        { rate: 5.5, baseCents: 192_044, amountCents: 10_562 },
      ],
      totalVatCents: 28_060,
      totalInclTaxCents: 307_595,
      amountDueCents: 307_595,
    });
  });

  it("a judge accepts the per-rate figure and says which method the expected figure follows", () => {
    const result = computeInvoice({ ...TWO_RATE_INVOICE, shippingCents: 0 });
    const rebate = (figures: { reductions: { amountCents: number }[] }) => figures.reductions[1]?.amountCents;
    const perRate = checkCascadeFigure(result, rebate, 5_643);
    expect(perRate).toEqual({ expectedCents: 5_644, perRateCents: 5_643, acceptedBy: "perRate" });
    expect(cascadeMethodNote(perRate)).toBe(` (chiffre calculé taux par taux, puis additionné\u00a0: accepté\u00a0; chiffre attendu ${formatEuros(5_644)}, calculé sur le total de la facture, comme à la calculatrice)`);
    expect(formatEuros(5_644)).toBe("56,44\u00a0€");
    expect(checkCascadeFigure(result, rebate, 5_644)).toEqual({ expectedCents: 5_644, perRateCents: 5_643, acceptedBy: "invoiceTotals" });
    const wrong = checkCascadeFigure(result, rebate, 5_645);
    expect(wrong).toEqual({ expectedCents: 5_644, perRateCents: 5_643 });
    expect(cascadeMethodNote(wrong)).toBe(" (calculé sur le total de la facture, comme à la calculatrice\u00a0; calculé taux par taux, puis additionné\u00a0: 56,43\u00a0€, accepté aussi)");
    // Where both methods agree (every VAT here), nothing is said about methods.
    const vat20 = checkCascadeFigure(result, (f) => f.vat.find((v) => v.rate === 20)?.amountCents, 17_309);
    expect(vat20).toEqual({ expectedCents: 17_310 }); // 20 % of 865,51 or of 865,52: 173,10 either way
    expect(cascadeMethodNote(vat20)).toBe("");
  });

  it("with every base at zero, the port follows the gross amounts", () => {
    // 100 % remise on 20 % (300,00) and 10 % (100,00) goods: port 4,00 split 3/4 – 1/4 → 3,00 and 1,00.
    const result = computeInvoice({ lines: [line(30_000, 20), line(10_000, 10)], tradeDiscounts: [100], shippingCents: 400 });
    expect(result.vat).toEqual([
      { rate: 20, baseCents: 300, amountCents: 60 },
      { rate: 10, baseCents: 100, amountCents: 10 },
    ]);
  });

  it("gives the port to the highest rate when every line is free", () => {
    const result = computeInvoice({ lines: [line(0, 5.5), line(0, 20)], shippingCents: 1_000 });
    expect(result.vat).toEqual([
      { rate: 20, baseCents: 1_000, amountCents: 200 },
      { rate: 5.5, baseCents: 0, amountCents: 0 },
    ]);
  });
});

describe("computeInvoice — quantities", () => {
  it("accepts decimal quantities to the thousandth, the line total rounded half-up", () => {
    // 2,5 × 3,99 = 9,975 → 9,98; 0,125 × 80,00 = 10,00; 1,333 × 1,00 = 1,333 → 1,33; 0,001 × 5,00 = 0,005 → 0,01.
    const result = computeInvoice({ lines: [line(399, 5.5, 2.5), line(8_000, 20, 0.125), line(100, 20, 1.333), line(500, 20, 0.001)] });
    expect(result.lineTotalsCents).toEqual([998, 1_000, 133, 1]);
    expect(result.grossCents).toBe(2_132);
  });

  it("rounds each line, then sums (as the lines are printed)", () => {
    // Two lines of 0,5 × 0,01 = 0,005 → 0,01 each: gross 0,02.
    expect(computeInvoice({ lines: [line(1, 20, 0.5), line(1, 20, 0.5)] }).grossCents).toBe(2);
  });
});

describe("computeInvoice — deposit", () => {
  it("deducts the deposit TTC from the total TTC", () => {
    // Example 1 (TTC 1 005,48) with a 300,00 deposit → net à payer 705,48.
    const result = computeInvoice({ lines: [line(100_000)], tradeDiscounts: [10, 5, 2], depositCents: 30_000 });
    expect(result.depositCents).toBe(30_000);
    expect(result.amountDueCents).toBe(70_548);
    expect(result.steps.slice(-3)).toEqual([
      { kind: "totalInclTax", label: "Total TTC", amountCents: 100_548 },
      { kind: "deposit", label: "Acompte versé", amountCents: -30_000 },
      { kind: "amountDue", label: "Net à payer", amountCents: 70_548 },
    ]);
  });

  it("a deposit equal to the total TTC leaves nothing to pay", () => {
    expect(computeInvoice({ lines: [line(10_000)], depositCents: 12_000 }).amountDueCents).toBe(0);
  });

  it("refuses a deposit greater than the total TTC, with both figures", () => {
    const error = domainErrorOf({ lines: [line(10_000)], depositCents: 12_001 });
    expect(error.code).toBe("invoice.deposit.exceedsTotal");
    expect(error.field).toBe("depositCents");
    expect(error.message).toBe(`depositCents\u00a0: l'acompte versé 120,01${NBSP}€ dépasse le total TTC 120,00${NBSP}€.`);
  });
});

describe("computeInvoice — invalid input names the field", () => {
  const valid: InvoiceInput = { lines: [line(1_000), line(2_000), line(3_000)] };
  const withLine = (index: number, patch: Partial<InvoiceLineInput>): InvoiceInput => ({
    ...valid,
    lines: valid.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)),
  });

  it.each([
    ["no lines", { lines: [] }, "invoice.lines.empty", "lines"],
    ["negative quantity", withLine(1, { quantity: -1 }), "invoice.line.quantity", "lines[1].quantity"],
    ["zero quantity", withLine(0, { quantity: 0 }), "invoice.line.quantity", "lines[0].quantity"],
    ["NaN quantity", withLine(2, { quantity: Number.NaN }), "invoice.line.quantity", "lines[2].quantity"],
    ["infinite quantity", withLine(2, { quantity: Number.POSITIVE_INFINITY }), "invoice.line.quantity", "lines[2].quantity"],
    ["quantity finer than a thousandth", withLine(0, { quantity: 1.2345 }), "invoice.line.quantity", "lines[0].quantity"],
    ["fractional unit price", withLine(1, { unitPriceCents: 12.5 }), "invoice.line.unitPrice", "lines[1].unitPriceCents"],
    ["negative unit price", withLine(1, { unitPriceCents: -100 }), "invoice.line.unitPrice", "lines[1].unitPriceCents"],
    ["unknown VAT rate", withLine(2, { vatRate: 7 }), "invoice.line.vatRate", "lines[2].vatRate"],
    ["former VAT rate 19,6 %", withLine(0, { vatRate: 19.6 }), "invoice.line.vatRate", "lines[0].vatRate"],
    ["remise above 100 %", { ...valid, tradeDiscounts: [10, 120] }, "invoice.reduction.percent", "tradeDiscounts[1]"],
    ["negative rabais", { ...valid, allowances: [-5] }, "invoice.reduction.percent", "allowances[0]"],
    ["NaN ristourne", { ...valid, rebates: [2, Number.NaN] }, "invoice.reduction.percent", "rebates[1]"],
    ["escompte above 100 %", { ...valid, cashDiscount: 101 }, "invoice.reduction.percent", "cashDiscount"],
    ["remise finer than 1/10 000 %", { ...valid, tradeDiscounts: [1.23456] }, "money.percent.tooPrecise", "tradeDiscounts[0]"],
    ["negative port", { ...valid, shippingCents: -1 }, "invoice.shipping.invalid", "shippingCents"],
    ["fractional port", { ...valid, shippingCents: 1.5 }, "invoice.shipping.invalid", "shippingCents"],
    ["negative deposit", { ...valid, depositCents: -100 }, "invoice.deposit.invalid", "depositCents"],
  ] as [string, InvoiceInput, string, string][])("%s → %s on %s", (_, input, code, field) => {
    const error = domainErrorOf(input);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}\u00a0: `)).toBe(true);
  });

  it("writes the messages in French with the figures and the line number", () => {
    expect(domainErrorOf(withLine(2, { vatRate: 7 })).message).toBe(
      fr("lines[2].vatRate\u00a0: ligne 3, taux de TVA 7 % inconnu (taux permis\u00a0: 20 %, 10 %, 5,5 %, 2,1 %)."),
    );
    expect(domainErrorOf(withLine(1, { quantity: -2 })).message).toBe(
      "lines[1].quantity\u00a0: ligne 2, la quantité doit être un nombre strictement positif (reçu -2).",
    );
    expect(domainErrorOf(withLine(0, { quantity: 1.2345 })).message).toBe(
      "lines[0].quantity\u00a0: ligne 1, la quantité 1,2345 a plus de trois décimales (une quantité s'exprime au millième près).",
    );
    // Issue 10: 1e15 is too large to count in thousandths, not « a plus de trois décimales ».
    expect(domainErrorOf(withLine(0, { quantity: 1e15 })).message).toBe(
      "lines[0].quantity\u00a0: ligne 1, la quantité 1000000000000000 est trop grande pour être comptée au millième près (limite\u00a0: environ 9 000 milliards).",
    );
    expect(domainErrorOf(withLine(1, { unitPriceCents: 12.5 })).message).toBe(
      "lines[1].unitPriceCents\u00a0: ligne 2, le prix unitaire HT doit être un nombre entier de centimes positif ou nul (reçu 12,5).",
    );
    expect(domainErrorOf({ ...valid, tradeDiscounts: [10, 120] }).message).toBe(
      fr("tradeDiscounts[1]\u00a0: la remise n° 2 doit être comprise entre 0 % et 100 % (reçu 120 %)."),
    );
    expect(domainErrorOf({ ...valid, allowances: [-5] }).message).toBe(
      fr("allowances[0]\u00a0: le rabais n° 1 doit être compris entre 0 % et 100 % (reçu -5 %)."),
    );
    expect(domainErrorOf({ ...valid, cashDiscount: 101 }).message).toBe(
      fr("cashDiscount\u00a0: l'escompte doit être compris entre 0 % et 100 % (reçu 101 %)."),
    );
    expect(domainErrorOf({ ...valid, shippingCents: -1 }).message).toBe(
      "shippingCents\u00a0: le port HT doit être un nombre entier de centimes positif ou nul (reçu -1).",
    );
    expect(domainErrorOf({ lines: [] }).message).toBe("lines\u00a0: une facture doit comporter au moins une ligne.");
  });

  it("reports the first invalid line, in input order", () => {
    const error = domainErrorOf({ lines: [line(100), line(100, 7), line(-1, 20)] });
    expect(error.field).toBe("lines[1].vatRate");
  });

  it("reports an overflow instead of losing cents", () => {
    const error = domainErrorOf({ lines: [line(Number.MAX_SAFE_INTEGER, 20, 1000)] });
    expect(error.code).toBe("money.overflow");
    expect(error.field).toBe("lines[0]");
  });
});
