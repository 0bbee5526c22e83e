import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  formatDateFr,
  formatDateLongFr,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  maxDate,
  toDayNumber,
} from "./dates";
import { DomainError } from "./money";

/** Any valid date between 1900 and 2199, built from its parts. */
const isoDateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const clamped = Math.min(day, daysInMonth(year, month));
    return `${year}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
  });

describe("isLeapYear", () => {
  it("follows the Gregorian rule: every 4 years, not centuries, except every 400 years", () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
  });
});

describe("endOfMonth", () => {
  it("gives 29 February in a leap year and 28 otherwise", () => {
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(endOfMonth("2026-02-01")).toBe("2026-02-28");
    expect(endOfMonth("2100-02-15")).toBe("2100-02-28");
    expect(endOfMonth("2000-02-15")).toBe("2000-02-29");
  });

  it("gives 30 or 31 for the other months, and keeps a date already at the end", () => {
    expect(endOfMonth("2026-04-01")).toBe("2026-04-30");
    expect(endOfMonth("2026-12-31")).toBe("2026-12-31");
    expect(endOfMonth("2026-07-15")).toBe("2026-07-31");
  });
});

describe("addDays", () => {
  it("crosses month, February and year ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-10-15", 27)).toBe("2026-11-11");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("refuses a fractional number of days instead of truncating it", () => {
    expect(() => addDays("2026-01-01", 1.5)).toThrow(DomainError);
  });

  it("is undone by adding the opposite number of days", () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});

describe("addMonths", () => {
  it("keeps the day when the target month has it", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-11-30", 2)).toBe("2027-01-30");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("refuses a fractional number of months and a result before year 0", () => {
    expect(() => addMonths("2026-01-31", 0.5)).toThrow(DomainError);
    expect(() => addMonths("0000-01-15", -1)).toThrow(DomainError);
  });
});

describe("daysBetween and compareDates", () => {
  it("counts days across years, leap days included", () => {
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2100-02-28", "2100-03-01")).toBe(1);
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2);
    expect(daysBetween("2026-11-11", "2026-10-15")).toBe(-27);
  });

  it("compares and picks the later date", () => {
    expect(compareDates("2026-01-01", "2026-01-02")).toBeLessThan(0);
    expect(compareDates("2026-01-02", "2026-01-02")).toBe(0);
    expect(maxDate("2026-03-01", "2026-02-28")).toBe("2026-03-01");
  });
});

describe("day numbers", () => {
  it("start at 1970-01-01 and agree with the JavaScript calendar", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2026-01-01")).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    expect(fromDayNumber(-1)).toBe("1969-12-31");
  });

  it("handle the years 0–99, which Date.UTC would move to the 1900s (bug fixed)", () => {
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
    // 1900 years; leap years 52..1948: 475 multiples of 4 minus 15 centuries not divisible by 400.
    expect(daysBetween("0050-01-01", "1950-01-01")).toBe(1900 * 365 + 475 - 15);
  });

  it("round-trip for every date", () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });
});

describe("validation", () => {
  it("throws a DomainError naming the field for impossible dates", () => {
    for (const bad of ["2026-02-30", "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026-1-1", ""]) {
      expect(() => assertIsoDate(bad, "invoice.dueDate")).toThrow(DomainError);
      expect(isIsoDate(bad)).toBe(false);
    }
    try {
      assertIsoDate("2026-02-30", "invoice.dueDate");
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("date.invalid");
      expect((error as DomainError).field).toBe("invoice.dueDate");
      expect((error as DomainError).message).toContain("2026-02-30");
    }
    expect(() => addDays("2026-02-30", 1)).toThrow(DomainError);
  });

  it("accepts 29 February of leap years only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
  });
});

describe("French formats", () => {
  it("prints dd/mm/yyyy", () => {
    expect(formatDateFr("2026-11-28")).toBe("28/11/2026");
    expect(formatDateFr("2027-01-05")).toBe("05/01/2027");
  });

  it("prints the long form for letters, with « 1er » for the first of the month (bug fixed)", () => {
    expect(formatDateLongFr("2026-11-28")).toBe("28 novembre 2026");
    expect(formatDateLongFr("2026-03-01")).toBe("1er mars 2026");
    expect(formatDateLongFr("2026-03-11")).toBe("11 mars 2026");
  });
});
