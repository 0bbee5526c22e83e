import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateFr, formatDateLongFr, toDayNumber } from "./dates";
import { formatAmount, formatEuros, formatPercent } from "./money";
import { remembered } from "./remembered";

describe("remembered", () => {
  it("computes a value once, then gives it back without computing again", () => {
    const asked: number[] = [];
    const double = remembered((n: number) => {
      asked.push(n);
      return n * 2;
    });
    expect([double(21), double(21), double(5), double(21)]).toEqual([42, 42, 10, 42]);
    expect(asked).toEqual([21, 5]);
  });

  it("remembers a null or undefined result as well (an invalid date is read once)", () => {
    let calls = 0;
    const nothing = remembered((_: string) => {
      calls += 1;
      return null;
    });
    expect([nothing("x"), nothing("x")]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it("keeps nothing of a call that throws: the next call throws again, with its own message", () => {
    let calls = 0;
    const refuse = remembered((text: string) => {
      calls += 1;
      throw new Error(`refusé ${calls} : ${text}`);
    });
    expect(() => refuse("a")).toThrow("refusé 1 : a");
    expect(() => refuse("a")).toThrow("refusé 2 : a");
  });

  it("empties its memory when full, so that a long session's values never pile up", () => {
    const asked: number[] = [];
    const same = remembered((n: number) => {
      asked.push(n);
      return n;
    }, 3);
    [1, 2, 3].forEach(same); // full
    same(4); // emptied, then 4 kept
    same(1); // computed again
    same(4); // still known
    expect(asked).toEqual([1, 2, 3, 4, 1]);
  });
});

describe("the engine's remembered formatters and dates give what Intl and the calendar give", () => {
  const euro = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
  const plain = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  it("amounts, asked twice, in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), { minLength: 1, maxLength: 30 }), (amounts) => {
        for (const cents of [...amounts, ...amounts.toReversed()]) {
          expect(formatEuros(cents)).toBe(euro.format(cents / 100));
          expect(formatAmount(cents)).toBe(plain.format(cents / 100));
        }
      }),
    );
  });

  it("worked examples: 1 234,50 €, 0,00 € for -0, 5,5 %", () => {
    expect(formatEuros(123_450)).toBe("1\u202f234,50\u00a0€");
    expect(formatEuros(-0)).toBe("0,00\u00a0€");
    expect(formatEuros(0)).toBe("0,00\u00a0€");
    expect(formatPercent(5.5)).toBe("5,5\u00a0%");
    expect(formatPercent(5.5)).toBe("5,5\u00a0%");
  });

  it("an invalid date is refused every time, naming the field asked about", () => {
    expect(() => toDayNumber("2026-02-30", "dueDate")).toThrow("dueDate\u00a0: «\u00a02026-02-30\u00a0» n'est pas une date valide");
    expect(() => toDayNumber("2026-02-30", "issueDate")).toThrow("issueDate\u00a0: «\u00a02026-02-30\u00a0» n'est pas une date valide");
  });

  it("dates written again give the same text: 01/03/2026, 1er mars 2026", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDateFr("2026-03-01")).toBe("01/03/2026");
      expect(formatDateLongFr("2026-03-01")).toBe("1er mars 2026");
      expect(toDayNumber("2026-03-01")).toBe(20_513);
    }
  });
});
