import { describe, expect, it } from "vitest";
import { judgePromisedDate, latestAcceptedDate } from "./promisedDate";

/** French typography puts no-break spaces in dates and figures: compare with plain spaces. */
const plain = (text: string | undefined): string => (text ?? "").replace(/\s/g, " ");
const LEAD = { earliest: "2026-12-06", constraint: "le délai de 20 jours" } as const;

describe("a promised delivery date (0094)", () => {
  it("accepts the earliest date and refuses the day before, naming the lead time", () => {
    expect(judgePromisedDate("2026-12-06", LEAD)).toEqual({ accepted: true });
    const before = judgePromisedDate("2026-12-05", LEAD);
    expect(before.accepted).toBe(false);
    expect(plain(before.accepted ? "" : before.reason)).toBe("le 05/12/2026 est une promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06/12/2026");
  });

  it("without a requested date, a later date is tenable: accepted, with a remark naming the nearest", () => {
    const later = judgePromisedDate("2026-12-07", LEAD);
    expect(later.accepted).toBe(true);
    expect(plain(later.accepted ? later.note : "")).toBe("le 07/12/2026 est tenable ; la date la plus proche possible était le 06/12/2026");
    expect(latestAcceptedDate(LEAD)).toBeUndefined();
  });

  it("next-day delivery from stock: tomorrow is accepted when today is the earliest date", () => {
    const fromStock = { earliest: "2026-03-02", constraint: "le stock" };
    expect(judgePromisedDate("2026-03-03", fromStock).accepted).toBe(true);
    expect(judgePromisedDate("2026-03-02", fromStock)).toEqual({ accepted: true });
    expect(judgePromisedDate("2026-03-01", fromStock).accepted).toBe(false);
  });

  it("a requested date the stock can meet bounds the promise: up to it, not a day after", () => {
    const window = { ...LEAD, requested: "2026-12-10" };
    expect(latestAcceptedDate(window)).toBe("2026-12-10");
    expect(judgePromisedDate("2026-12-10", window)).toEqual({ accepted: true });
    const between = judgePromisedDate("2026-12-08", window);
    expect(plain(between.accepted ? between.note : "")).toBe("le 08/12/2026 est tenable et respecte la date demandée par le client (10/12/2026)");
    const after = judgePromisedDate("2026-12-11", window);
    expect(plain(after.accepted ? "" : after.reason)).toBe(
      "le 11/12/2026 dépasse la date demandée par le client (10/12/2026), que le stock et les délais permettent de tenir",
    );
  });

  it("a requested date the lead time cannot meet: only the earliest date is promised", () => {
    const window = { ...LEAD, requested: "2026-11-25" };
    expect(latestAcceptedDate(window)).toBe("2026-12-06");
    expect(judgePromisedDate("2026-12-06", window)).toEqual({ accepted: true });
    const later = judgePromisedDate("2026-12-07", window);
    expect(plain(later.accepted ? "" : later.reason)).toBe(
      "le client demandait le 25/11/2026, intenable : on lui promet la date la plus proche possible, le 06/12/2026, et non le 07/12/2026",
    );
    expect(judgePromisedDate("2026-11-25", window).accepted).toBe(false);
  });
});
