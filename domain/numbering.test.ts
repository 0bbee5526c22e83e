import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_PREFIXES,
  emptySeries,
  placeInSeries,
  readSeriesNumber,
  formatNumber,
  nextNumber,
  parseNumber,
  replaceSeries,
  seriesFor,
  type NumberingSeries,
} from "./numbering";

function take(series: NumberingSeries, date: string): { number: string; series: NumberingSeries } {
  const result = nextNumber(series, date);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe("formatNumber / parseNumber", () => {
  it("writes prefix, year and a 5-digit sequence", () => {
    expect(formatNumber("FA", 2026, 42)).toBe("FA-2026-00042");
    expect(formatNumber("AV", 2026, 3)).toBe("AV-2026-00003");
    expect(formatNumber("AC", 2026, 1)).toBe("AC-2026-00001");
  });

  it("never truncates a sequence longer than 5 digits", () => {
    expect(formatNumber("FA", 2026, 123456)).toBe("FA-2026-123456");
  });

  it("reads a number back", () => {
    expect(parseNumber("FA-2026-00042")).toEqual({ prefix: "FA", year: 2026, sequence: 42 });
    expect(parseNumber("F2026-42")).toBeUndefined();
  });

  it("round-trips any sequence", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(DEFAULT_PREFIXES)), fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 10_000_000 }), (prefix, year, sequence) => {
        expect(parseNumber(formatNumber(prefix, year, sequence))).toEqual({ prefix, year, sequence });
      }),
    );
  });
});

describe("default prefixes", () => {
  it("are distinct for every kind (each series recognisable on paper)", () => {
    const prefixes = Object.values(DEFAULT_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(DEFAULT_PREFIXES.invoice).toBe("FA");
    expect(DEFAULT_PREFIXES.creditNote).toBe("AV");
    expect(DEFAULT_PREFIXES.depositInvoice).toBe("AC");
  });
});

describe("nextNumber", () => {
  it("continues a series seeded by a scenario: after FA-2026-00041 comes FA-2026-00042", () => {
    const seeded: NumberingSeries = { kind: "invoice", prefix: "FA", year: 2026, lastSequence: 41, lastDate: "2026-03-01" };
    const { number, series } = take(seeded, "2026-03-02");
    expect(number).toBe("FA-2026-00042");
    expect(series).toEqual({ kind: "invoice", prefix: "FA", year: 2026, lastSequence: 42, lastDate: "2026-03-02" });
  });

  it("gives 1, 2, 3 for three validations, the same day allowed", () => {
    let series = emptySeries("creditNote", 2026);
    const numbers: string[] = [];
    for (const date of ["2026-05-01", "2026-05-01", "2026-05-04"]) {
      const next = take(series, date);
      numbers.push(next.number);
      series = next.series;
    }
    expect(numbers).toEqual(["AV-2026-00001", "AV-2026-00002", "AV-2026-00003"]);
  });

  it("does not change the series it is given", () => {
    const series = emptySeries("invoice", 2026);
    const copy = structuredClone(series);
    take(series, "2026-01-10");
    expect(series).toEqual(copy);
  });

  it("refuses a date earlier than the last validation, naming both dates and the last number", () => {
    const series: NumberingSeries = { kind: "invoice", prefix: "FA", year: 2026, lastSequence: 7, lastDate: "2026-03-15" };
    const result = nextNumber(series, "2026-03-14");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "numbering.notChronological",
        message:
          "date\u00a0: la date du 14/03/2026 est antérieure à la dernière pièce validée de la série FA (FA-2026-00007), du 15/03/2026. " +
          "La numérotation est chronologique\u00a0: validez à une date égale ou postérieure.",
        field: "date",
      },
    });
  });

  it("restarts at 1 on the first validation of a new year; the year keeps the number unique", () => {
    const december: NumberingSeries = { kind: "invoice", prefix: "FA", year: 2026, lastSequence: 318, lastDate: "2026-12-31" };
    const { number, series } = take(december, "2027-01-01");
    expect(number).toBe("FA-2027-00001");
    expect(series).toEqual({ kind: "invoice", prefix: "FA", year: 2027, lastSequence: 1, lastDate: "2027-01-01" });
    expect(take(series, "2027-01-02").number).toBe("FA-2027-00002");
  });

  it("refuses to go back to the previous year once the new year has started", () => {
    const january: NumberingSeries = { kind: "invoice", prefix: "FA", year: 2027, lastSequence: 1, lastDate: "2027-01-01" };
    const result = nextNumber(january, "2026-12-31");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("numbering.notChronological");
  });

  it("refuses an earlier year even for a series seeded without a date", () => {
    const seeded: NumberingSeries = { kind: "invoice", prefix: "FA", year: 2027, lastSequence: 0 };
    const result = nextNumber(seeded, "2026-06-30");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("de l'année 2027");
  });

  it("refuses an invalid date", () => {
    const result = nextNumber(emptySeries("invoice", 2026), "2026-02-30");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: "numbering.date.invalid", field: "date" });
  });

  it("for any dates in order, gives 1..n per year with no gap nor duplicate", () => {
    const dayOffsets = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(dayOffsets, (offsets) => {
        let series = emptySeries("invoice", 2026);
        let day = Date.UTC(2026, 10, 1) / 86_400_000;
        const byYear = new Map<number, number[]>();
        for (const offset of offsets) {
          day += offset;
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const next = take(series, date);
          series = next.series;
          const parsed = parseNumber(next.number);
          if (!parsed) throw new Error(next.number);
          expect(parsed.year).toBe(Number(date.slice(0, 4)));
          byYear.set(parsed.year, [...(byYear.get(parsed.year) ?? []), parsed.sequence]);
        }
        for (const sequences of byYear.values()) {
          expect(sequences).toEqual(sequences.map((_, i) => i + 1));
        }
      }),
    );
  });
});

describe("seriesFor / replaceSeries", () => {
  it("finds the kind's series, or starts an empty one in the date's year", () => {
    const invoices: NumberingSeries = { kind: "invoice", prefix: "F", year: 2026, lastSequence: 9 };
    expect(seriesFor([invoices], "invoice", "2026-04-01")).toBe(invoices);
    expect(seriesFor([invoices], "creditNote", "2026-04-01")).toEqual({ kind: "creditNote", prefix: "AV", year: 2026, lastSequence: 0 });
  });

  it("keeps a custom prefix given by a scenario", () => {
    const custom: NumberingSeries = { kind: "invoice", prefix: "FAC", year: 2026, lastSequence: 9 };
    expect(take(custom, "2026-04-01").number).toBe("FAC-2026-00010");
  });

  it("replaces the series of the same kind, or appends it", () => {
    const a: NumberingSeries = { kind: "invoice", prefix: "FA", year: 2026, lastSequence: 1 };
    const b: NumberingSeries = { kind: "creditNote", prefix: "AV", year: 2026, lastSequence: 1 };
    const a2 = { ...a, lastSequence: 2 };
    expect(replaceSeries([a, b], a2)).toEqual([a2, b]);
    expect(replaceSeries([a], b)).toEqual([a, b]);
  });
});

describe("placeInSeries: any printed series, judged on uniqueness and continuity", () => {
  it("reads the series and the order number of a number with or without a letter prefix", () => {
    expect(readSeriesNumber("2026-00042")).toEqual({ stem: "2026-", sequence: 42, width: 5 });
    expect(readSeriesNumber("000123")).toEqual({ stem: "", sequence: 123, width: 6 });
    expect(readSeriesNumber("fa-2026-7")).toEqual({ stem: "FA-2026-", sequence: 7, width: 1 });
    expect(readSeriesNumber("FACTURE")).toBeUndefined();
  });

  it("places a number as the next, a duplicate, a gap or outside any series", () => {
    expect(placeInSeries("2026-00042", ["2026-00041"])).toEqual({ kind: "next" });
    expect(placeInSeries("000123", [])).toEqual({ kind: "gap", expected: "000001" });
    expect(placeInSeries("000001", [])).toEqual({ kind: "next" });
    expect(placeInSeries("2026-00041", ["2026-00041"])).toEqual({ kind: "duplicate" });
    expect(placeInSeries("2026-00044", ["2026-00042", "FA-2026-00050"])).toEqual({ kind: "gap", expected: "2026-00043", previous: "2026-00042" });
    expect(placeInSeries("N°", ["2026-00042"])).toEqual({ kind: "noSequence" });
  });
});
