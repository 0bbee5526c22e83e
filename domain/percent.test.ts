import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePercent, parsePercentList } from "./money";

describe("parsePercent", () => {
  it.each([
    ["10", 10],
    ["5,5", 5.5],
    ["2.1", 2.1],
    ["12,15\u00a0%", 12.15],
    [" 0 ", 0],
    ["100", 100],
  ])("reads %s as %s %", (input, expected) => {
    expect(parsePercent(input)).toEqual({ ok: true, percent: expected });
  });

  it.each([
    ["", "Le taux est vide."],
    ["abc", "«\u00a0abc\u00a0» n'est pas un taux\u00a0: écrivez par exemple 10 ou 5,5."],
    ["-5", "«\u00a0-5\u00a0» n'est pas un taux\u00a0: écrivez par exemple 10 ou 5,5."],
    ["150", "«\u00a0150\u00a0» dépasse 100\u00a0%."],
    ["1,23456", "«\u00a01,23456\u00a0» n'est pas un taux\u00a0: écrivez par exemple 10 ou 5,5."],
  ])("refuses %j with a French reason", (input, reason) => {
    expect(parsePercent(input)).toEqual({ ok: false, reason });
  });

  it("reads back any rate written the French way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (tenThousandths) => {
        const percent = tenThousandths / 10_000;
        const written = String(percent).replace(".", ",");
        expect(parsePercent(written)).toEqual({ ok: true, percent });
      }),
    );
  });
});

describe("parsePercentList", () => {
  it("reads successive reductions separated by semicolons", () => {
    expect(parsePercentList("10\u00a0; 5\u00a0; 2")).toEqual({ ok: true, percents: [10, 5, 2] });
    expect(parsePercentList("   ")).toEqual({ ok: true, percents: [] });
  });

  it("names the faulty rate by its position", () => {
    expect(parsePercentList("10\u00a0; cinq")).toEqual({
      ok: false,
      reason: "Taux n° 2\u00a0: «\u00a0cinq\u00a0» n'est pas un taux\u00a0: écrivez par exemple 10 ou 5,5.",
    });
    expect(parsePercentList("10\u00a0;\u00a0; 2")).toEqual({ ok: false, reason: "Taux n° 2\u00a0: Le taux est vide." });
  });
});
