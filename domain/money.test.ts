import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocateProRata,
  assertCents,
  divideRoundHalfUp,
  DomainError,
  formatAmount,
  formatEuros,
  formatPercent,
  parseAmount,
  parseAmountOrThrow,
  percentOf,
  prorataOfYear,
} from "./money";

const NNBSP = "\u202f"; // thousands separator in fr-FR
const NBSP = "\u00a0"; // before € and %

function reasonOf(input: string, options?: { allowNegative?: boolean }): string {
  const result = parseAmount(input, options);
  if (result.ok) throw new Error(`«\u00a0${input}\u00a0» should have been refused, got ${result.cents}`);
  return result.reason;
}

function centsOf(input: string, options?: { allowNegative?: boolean }): number {
  const result = parseAmount(input, options);
  if (!result.ok) throw new Error(`«\u00a0${input}\u00a0» should have been accepted: ${result.reason}`);
  return result.cents;
}

describe("DomainError", () => {
  it("carries a stable code, a French message and the field", () => {
    const error = new DomainError("invoice.line.vatRate", "lines[2].vatRate\u00a0: taux inconnu", "lines[2].vatRate");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DomainError");
    expect(error.code).toBe("invoice.line.vatRate");
    expect(error.field).toBe("lines[2].vatRate");
    expect(error.message).toBe("lines[2].vatRate\u00a0: taux inconnu");
  });

  it("has no field when none is given", () => {
    expect(new DomainError("x.y", "message").field).toBeUndefined();
  });
});

describe("assertCents", () => {
  it("accepts safe integers, including 0 and negatives", () => {
    expect(assertCents(0)).toBe(0);
    expect(assertCents(-125)).toBe(-125);
    expect(assertCents(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([12.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])("refuses %s, naming the field", (value) => {
    expect(() => assertCents(value, "prix")).toThrow(DomainError);
    expect(() => assertCents(value, "prix")).toThrow(/^prix\u00a0: le montant doit être un nombre entier de centimes/);
  });
});

describe("divideRoundHalfUp", () => {
  it("rounds half away from zero", () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n); // 2,5 → 3
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n); // -2,5 → -3
    expect(divideRoundHalfUp(7n, 2n)).toBe(4n); // 3,5 → 4
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n); // 1,33 → 1
    expect(divideRoundHalfUp(5n, 3n)).toBe(2n); // 1,67 → 2
    expect(divideRoundHalfUp(-4n, 3n)).toBe(-1n);
    expect(divideRoundHalfUp(-5n, 3n)).toBe(-2n);
    expect(divideRoundHalfUp(0n, 7n)).toBe(0n);
    expect(divideRoundHalfUp(6n, 3n)).toBe(2n);
  });

  it("refuses a zero or negative denominator", () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(DomainError);
    expect(() => divideRoundHalfUp(1n, -2n)).toThrow(DomainError);
  });

  it("is within half a unit of the exact quotient, and symmetric (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (n, d) => {
        const q = divideRoundHalfUp(n, d);
        // |n − q·d| ≤ d/2, i.e. |2n − 2qd| ≤ d
        const gap = 2n * n - 2n * q * d;
        expect(gap <= d && gap >= -d).toBe(true);
        expect(divideRoundHalfUp(-n, d)).toBe(-q);
      }),
    );
  });
});

describe("percentOf", () => {
  it("computes the classroom figures", () => {
    expect(percentOf(100_000, 10)).toBe(10_000); // 10 % of 1 000,00
    expect(percentOf(90_000, 5)).toBe(4_500);
    expect(percentOf(85_500, 2)).toBe(1_710); // 17,10 → net 837,90
    expect(percentOf(83_790, 20)).toBe(16_758); // TVA 167,58
    expect(percentOf(240_000, 25)).toBe(60_000);
    expect(percentOf(1_000_000, 2)).toBe(20_000);
    expect(percentOf(100_050, 10)).toBe(10_005);
    expect(percentOf(100_000, 5.5)).toBe(5_500);
    expect(percentOf(100_000, 2.1)).toBe(2_100);
  });

  it("rounds half-up at exactly half a cent", () => {
    expect(percentOf(5, 10)).toBe(1); // 0,5 c → 1 c
    expect(percentOf(15, 10)).toBe(2); // 1,5 c → 2 c
    expect(percentOf(25, 2)).toBe(1); // 0,5 c → 1 c
    expect(percentOf(1_005, 10)).toBe(101); // 1,005 € → 1,01 €
    expect(percentOf(100, 5.5)).toBe(6); // 0,055 € → 0,06 €
    expect(percentOf(2_500, 2.1)).toBe(53); // 0,525 € → 0,53 €
    expect(percentOf(1_225, 2)).toBe(25); // 0,245 € → 0,25 €
  });

  it("rounds down below half a cent", () => {
    expect(percentOf(4, 10)).toBe(0); // 0,4 c
    expect(percentOf(14, 10)).toBe(1); // 1,4 c
    expect(percentOf(1_250, 2.1)).toBe(26); // 0,2625 € → 0,26 €
    expect(percentOf(12_345, 12.15)).toBe(1_500); // 14,999175 € → 15,00 €
  });

  it("rounds negative amounts half away from zero (credit notes mirror invoices)", () => {
    expect(percentOf(-5, 10)).toBe(-1);
    expect(percentOf(-4, 10)).toBe(0);
    expect(percentOf(-100_050, 10)).toBe(-10_005);
  });

  it("handles 0\u00a0% and 100\u00a0%", () => {
    expect(percentOf(123_456, 0)).toBe(0);
    expect(percentOf(123_456, 100)).toBe(123_456);
  });

  it("accepts rates to four decimals and refuses finer ones", () => {
    expect(percentOf(1_000_000, 7.8625)).toBe(78_625);
    expect(() => percentOf(100, 12.34567, "tradeDiscounts[0]")).toThrow(DomainError);
    expect(() => percentOf(100, 12.34567, "tradeDiscounts[0]")).toThrow(/^tradeDiscounts\[0\]\u00a0: le taux 12\.34567\u00a0% a plus de quatre décimales/);
  });

  it("refuses non-finite rates and non-integer amounts", () => {
    expect(() => percentOf(100, Number.NaN)).toThrow(DomainError);
    expect(() => percentOf(100, Number.POSITIVE_INFINITY)).toThrow(DomainError);
    expect(() => percentOf(10.5, 10)).toThrow(DomainError);
  });

  it("reports an overflow instead of losing cents", () => {
    expect(() => percentOf(Number.MAX_SAFE_INTEGER, 200)).toThrow(DomainError);
  });

  it("equals an independent half-up oracle on hundredths of a percent (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (cents, hundredths) => {
        // cents × (hundredths / 100) / 100 = cents × hundredths / 10 000, half-up:
        // floor(x + 1/2) = floor((2·cents·hundredths + 10 000) / 20 000), exact in doubles here (< 2^53).
        const expected = Math.floor((2 * cents * hundredths + 10_000) / 20_000);
        expect(percentOf(cents, hundredths / 100)).toBe(expected);
      }),
    );
  });
});

describe("prorataOfYear (late penalties)", () => {
  it("computes the worked examples of domain.md", () => {
    expect(prorataOfYear(1_500_000, 15, 30)).toBe(18_493); // 15 000,00 × 15 % × 30/365 = 184,9315 → 184,93
    expect(prorataOfYear(500_000, 10, 30)).toBe(4_110); // 5 000,00 × 10 % × 30/365 = 41,0959 → 41,10
  });

  it("gives the full annual interest over 365 days, and nothing over 0 days", () => {
    expect(prorataOfYear(100_000, 12.15, 365)).toBe(12_150);
    expect(prorataOfYear(100_000, 12.15, 0)).toBe(0);
  });

  it("rounds half-up", () => {
    // 73 cents × 10 % × 25 / 365 = 0,5 c exactly → 1 c
    expect(prorataOfYear(73, 10, 25)).toBe(1);
    // 1 000,00 × 7,86 % × 1/365 = 21,534 c → 22 c (the fraction 0,534 is ≥ 0,5)
    expect(prorataOfYear(100_000, 7.86, 1)).toBe(22);
  });

  it("refuses negative or fractional day counts", () => {
    expect(() => prorataOfYear(100_000, 10, -1)).toThrow(DomainError);
    expect(() => prorataOfYear(100_000, 10, 1.5)).toThrow(DomainError);
    expect(() => prorataOfYear(100_000, 10, 1.5, "penalties")).toThrow(/^penalties\u00a0: le nombre de jours/);
  });
});

describe("allocateProRata", () => {
  it("splits evenly, the leftover cent to the earliest of equal shares", () => {
    expect(allocateProRata(1_000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(allocateProRata(200, [1, 1, 1])).toEqual([67, 67, 66]);
  });

  it("gives leftover cents to the largest fractional parts", () => {
    // 15,00 € of port over bases 279,30 € and 9,29 € (total 288,59 €):
    // 1 500 × 27 930 / 28 859 = 1 451,71 c; 1 500 × 929 / 28 859 = 48,29 c → floors 1 451 + 48 = 1 499,
    // the leftover cent to the larger fraction (0,71) → 1 452 + 48.
    expect(allocateProRata(1_500, [27_930, 929])).toEqual([1_452, 48]);
    // 10 c over 1, 2, 7 → exactly 1, 2, 7.
    expect(allocateProRata(10, [1, 2, 7])).toEqual([1, 2, 7]);
    // 100 c over 1, 2 → 33,33 / 66,67 → 33 + 67.
    expect(allocateProRata(100, [1, 2])).toEqual([33, 67]);
  });

  it("keeps zero weights at zero", () => {
    expect(allocateProRata(999, [0, 5, 0])).toEqual([0, 999, 0]);
  });

  it("gives everything to the first share when every weight is zero", () => {
    expect(allocateProRata(500, [0, 0])).toEqual([500, 0]);
  });

  it("splits a negative amount symmetrically (fixed: it used to lose cents)", () => {
    expect(allocateProRata(-1_000, [1, 1, 1])).toEqual([-334, -333, -333]);
    expect(allocateProRata(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it("returns nothing for nothing, and refuses to lose an amount with no shares", () => {
    expect(allocateProRata(0, [])).toEqual([]);
    expect(() => allocateProRata(100, [])).toThrow(DomainError);
  });

  it("refuses negative or fractional weights with a DomainError", () => {
    expect(() => allocateProRata(100, [3, -1])).toThrow(DomainError);
    expect(() => allocateProRata(100, [1.5, 2])).toThrow(DomainError);
    expect(() => allocateProRata(100, [1, Number.NaN])).toThrow(/poids n° 2/);
  });

  it("sums exactly, each share within one cent of its exact part (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 8 }),
        (cents, weights) => {
          const shares = allocateProRata(cents, weights);
          expect(shares).toHaveLength(weights.length);
          expect(shares.reduce((s, x) => s + x, 0)).toBe(cents);
          const total = weights.reduce((s, w) => s + w, 0);
          if (total > 0) {
            shares.forEach((share, i) => {
              const exact = (cents * (weights[i] ?? 0)) / total;
              expect(Math.abs(share - exact)).toBeLessThan(1 + 1e-6);
              if (weights[i] === 0) expect(share).toBe(0);
            });
          }
          expect(allocateProRata(-cents, weights)).toEqual(shares.map((s) => (s === 0 ? 0 : -s)));
        },
      ),
    );
  });
});

describe("parseAmount", () => {
  it.each([
    ["1 234,50", 123_450],
    ["1234.50", 123_450],
    ["1234,5", 123_450],
    ["12", 1_200],
    ["1 234,50\u00a0€", 123_450],
    ["1 234,50€", 123_450],
    [`1${NNBSP}234,50`, 123_450],
    [`1${NBSP}234,50`, 123_450],
    [`1${NNBSP}234,50${NBSP}€`, 123_450],
    ["  12,30  ", 1_230],
    ["0,05", 5],
    ["0", 0],
    ["1 234 567,89", 123_456_789],
    ["1 234.50", 123_450], // spaces make the dot a decimal point
    ["007", 700],
    ["12\u00a0€", 1_200],
  ])("accepts «\u00a0%s\u00a0» as %i cents", (input, cents) => {
    expect(parseAmount(input)).toEqual({ ok: true, cents });
  });

  it("accepts negative amounts only when asked, with a hyphen or a minus sign", () => {
    expect(centsOf("-5", { allowNegative: true })).toBe(-500);
    expect(centsOf("\u22121 234,50\u00a0€", { allowNegative: true })).toBe(-123_450);
    expect(centsOf("- 12,30", { allowNegative: true })).toBe(-1_230);
    expect(reasonOf("-5")).toBe("Le montant ne peut pas être négatif.");
    expect(reasonOf("\u22125")).toBe("Le montant ne peut pas être négatif.");
  });

  it("reads -0 as zero, not negative zero (fixed)", () => {
    expect(Object.is(centsOf("-0", { allowNegative: true }), 0)).toBe(true);
  });

  it("refuses an ambiguous dot with three decimals", () => {
    expect(reasonOf("1.234")).toMatch(/^«\u00a01\.234\u00a0» est ambigu/);
    expect(reasonOf("1.234")).toContain("1 234");
  });

  it("refuses mixed separators", () => {
    expect(reasonOf("1,234.50")).toBe("«\u00a01,234.50\u00a0» mélange la virgule et le point\u00a0: écrivez par exemple 1 234,50.");
    expect(reasonOf("1.234,50")).toMatch(/mélange la virgule et le point/);
  });

  it("refuses more than two decimals", () => {
    expect(reasonOf("12,345")).toBe("«\u00a012,345\u00a0» a plus de deux décimales\u00a0: un montant s'écrit au centime près.");
    expect(reasonOf("1 234.567")).toMatch(/plus de deux décimales/);
    expect(reasonOf("0,001")).toMatch(/plus de deux décimales/);
  });

  it("refuses letters and other signs", () => {
    for (const input of ["abc", "12abc", "1e3", "+5", "12 EUR", "€ 12", "douze"]) {
      expect(reasonOf(input)).toMatch(/n'est pas un montant\u00a0: seuls des chiffres, une virgule \(ou un point\) pour les centimes et des espaces entre les milliers sont permis\.$/);
    }
  });

  it("refuses empty input", () => {
    expect(reasonOf("")).toBe("Le montant est vide.");
    expect(reasonOf("   ")).toBe("Le montant est vide.");
    expect(reasonOf("€")).toBe("Le montant est vide.");
  });

  it("refuses spaces that do not group thousands", () => {
    expect(reasonOf("12 34")).toMatch(/les espaces ne peuvent séparer que des groupes de trois chiffres/);
    expect(reasonOf("1 23,50")).toMatch(/groupes de trois chiffres/);
    expect(reasonOf("1234 567")).toMatch(/groupes de trois chiffres/);
  });

  it("refuses several decimal separators and missing decimals", () => {
    expect(reasonOf("1,2,3")).toMatch(/plusieurs séparateurs décimaux/);
    expect(reasonOf("12,")).toMatch(/il manque les chiffres après la virgule/);
    expect(reasonOf(",50")).toMatch(/n'est pas un montant/);
  });

  it("refuses amounts too large to be exact", () => {
    expect(reasonOf("999999999999999999")).toMatch(/est trop grand/);
  });

  it("parseAmountOrThrow names the field in a DomainError", () => {
    expect(parseAmountOrThrow("12.50", "customers[0].creditLimit")).toBe(1_250);
    expect(() => parseAmountOrThrow("1.234", "customers[0].creditLimit")).toThrow(DomainError);
    try {
      parseAmountOrThrow("abc", "customers[0].creditLimit");
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("money.parse");
      expect((error as DomainError).field).toBe("customers[0].creditLimit");
      expect((error as DomainError).message).toMatch(/^customers\[0\]\.creditLimit\u00a0: «\u00a0abc\u00a0» n'est pas un montant/);
    }
  });
});

describe("formatEuros, formatAmount, formatPercent", () => {
  it("writes euros as Intl fr-FR does: U+202F between thousands, U+00A0 before €", () => {
    expect(formatEuros(123_450)).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatEuros(0)).toBe(`0,00${NBSP}€`);
    expect(formatEuros(5)).toBe(`0,05${NBSP}€`);
    expect(formatEuros(100_548)).toBe(`1${NNBSP}005,48${NBSP}€`);
    expect(formatEuros(123_456_789)).toBe(`1${NNBSP}234${NNBSP}567,89${NBSP}€`);
    expect(formatEuros(-123_450)).toBe(`-1${NNBSP}234,50${NBSP}€`);
  });

  it("never prints a negative zero (fixed)", () => {
    expect(formatEuros(-0)).toBe(`0,00${NBSP}€`);
    expect(formatAmount(-0)).toBe("0,00");
  });

  it("is exact to the cent up to the largest safe integer (fixed: cents / 100 lost a cent)", () => {
    expect(formatEuros(Number.MAX_SAFE_INTEGER)).toBe(`90${NNBSP}071${NNBSP}992${NNBSP}547${NNBSP}409,91${NBSP}€`);
    expect(formatAmount(-Number.MAX_SAFE_INTEGER)).toBe(`-90${NNBSP}071${NNBSP}992${NNBSP}547${NNBSP}409,91`);
  });

  it("refuses an amount that is not integer cents", () => {
    expect(() => formatEuros(12.5)).toThrow(DomainError);
  });

  it("writes plain amounts for tables", () => {
    expect(formatAmount(83_790)).toBe("837,90");
    expect(formatAmount(123_450)).toBe(`1${NNBSP}234,50`);
    expect(formatAmount(7)).toBe("0,07");
  });

  it("writes percentages the French way", () => {
    expect(formatPercent(10)).toBe(`10${NBSP}%`);
    expect(formatPercent(5.5)).toBe(`5,5${NBSP}%`);
    expect(formatPercent(2.1)).toBe(`2,1${NBSP}%`);
    expect(formatPercent(12.15)).toBe(`12,15${NBSP}%`);
    expect(formatPercent(7.8625)).toBe(`7,8625${NBSP}%`);
  });

  it("formatAmount → parseAmount round-trips every safe amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseAmount(formatAmount(cents), { allowNegative: true })).toEqual({ ok: true, cents });
      }),
    );
  });

  it("formatEuros → parseAmount round-trips too (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseAmount(formatEuros(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});
