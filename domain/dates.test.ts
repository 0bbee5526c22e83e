import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  easterSunday,
  endOfMonth,
  formatDateFr,
  formatDateLongFr,
  frenchPublicHolidays,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isWorkingDay,
  maxDate,
  nextWorkingDay,
  nonWorkingDayReason,
  publicHolidayOn,
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

  it("keeps four digits of year for a date a learner typed far in the past (« 10/03/0002 », not « 10/03/2 »)", () => {
    expect(formatDateFr("0002-03-10")).toBe("10/03/0002");
    expect(formatDateFr("0999-12-31")).toBe("31/12/0999");
  });

  it("prints the long form for letters, with « 1er » for the first of the month (bug fixed)", () => {
    expect(formatDateLongFr("2026-11-28")).toBe("28 novembre 2026");
    expect(formatDateLongFr("2026-03-01")).toBe("1er mars 2026");
    expect(formatDateLongFr("2026-03-11")).toBe("11 mars 2026");
  });
});

describe("French public holidays and the next working day (docs/decisions/0085)", () => {
  it("dates Easter Sunday by the computus: 20/04/2025, 05/04/2026, 28/03/2027, and the extremes 22/03/2285 and 25/04/2038", () => {
    expect([2025, 2026, 2027, 2285, 2038].map(easterSunday)).toEqual(["2025-04-20", "2026-04-05", "2027-03-28", "2285-03-22", "2038-04-25"]);
  });

  it("lists the eleven holidays of 2025, 2026 and 2027 in date order", () => {
    const table = (year: number) => frenchPublicHolidays(year).map((h) => `${h.date} ${h.name}`);
    expect(table(2026)).toEqual([
      "2026-01-01 jour de l'An",
      "2026-04-06 lundi de Pâques",
      "2026-05-01 fête du Travail",
      "2026-05-08 Victoire 1945",
      "2026-05-14 Ascension",
      "2026-05-25 lundi de Pentecôte",
      "2026-07-14 fête nationale",
      "2026-08-15 Assomption",
      "2026-11-01 Toussaint",
      "2026-11-11 Armistice 1918",
      "2026-12-25 Noël",
    ]);
    const movable = (year: number) => frenchPublicHolidays(year).filter((h) => /Pâques|Ascension|Pentecôte/u.test(h.name)).map((h) => h.date);
    expect(movable(2025)).toEqual(["2025-04-21", "2025-05-29", "2025-06-09"]);
    expect(movable(2027)).toEqual(["2027-03-29", "2027-05-06", "2027-05-17"]);
  });

  it("knows the day of the week: 01/11/2026 is a Sunday, 02/11/2026 a Monday, 01/01/1970 a Thursday", () => {
    expect([dayOfWeek("2026-11-01"), dayOfWeek("2026-11-02"), dayOfWeek("1970-01-01"), dayOfWeek("1969-12-28")]).toEqual([0, 1, 4, 0]);
  });

  it("moves a deadline of Sunday 01/11/2026 (Toussaint) to Monday 02/11/2026, keeps a Saturday, skips Sunday + Easter Monday", () => {
    expect(nextWorkingDay("2026-11-01")).toBe("2026-11-02");
    expect(nonWorkingDayReason("2026-11-01")).toBe("un dimanche et un jour férié (Toussaint)");
    expect(nextWorkingDay("2026-11-11")).toBe("2026-11-12");
    expect(nonWorkingDayReason("2026-11-11")).toBe("un jour férié (Armistice 1918)");
    expect(nextWorkingDay("2026-11-22")).toBe("2026-11-23");
    expect(nonWorkingDayReason("2026-11-22")).toBe("un dimanche");
    expect(nextWorkingDay("2026-11-21")).toBe("2026-11-21");
    expect(nonWorkingDayReason("2026-11-21")).toBeNull();
    expect(nextWorkingDay("2026-04-05")).toBe("2026-04-07");
    expect(publicHolidayOn("2026-05-14")?.name).toBe("Ascension");
    expect(publicHolidayOn("2026-05-15")).toBeNull();
  });

  it("property: the moved date is a working day, at most 2 days later (Easter Sunday + Monday), every day skipped a Sunday or a holiday", () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const moved = nextWorkingDay(date);
        const shift = daysBetween(date, moved);
        expect(isWorkingDay(moved)).toBe(true);
        expect(dayOfWeek(moved)).not.toBe(0);
        expect(publicHolidayOn(moved)).toBeNull();
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(2);
        for (let skipped = 0; skipped < shift; skipped += 1) expect(isWorkingDay(addDays(date, skipped))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
