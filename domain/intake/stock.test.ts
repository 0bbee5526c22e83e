import { describe, expect, it } from "vitest";
import { deriveIntakeKey, judgeStock } from ".";
import { plain, rulesScenario, withOrder, intakeInput } from "./intake.fixtures";

describe("check 6: stock", () => {
  const short = (acceptsPartialDelivery: boolean, requestedDeliveryDate?: string) =>
    deriveIntakeKey(
      intakeInput(rulesScenario(withOrder({ lines: [{ reference: "ARM-MET", quantity: 3 }], acceptsPartialDelivery, ...(requestedDeliveryDate ? { requestedDeliveryDate } : {}) }))),
    );

  it("stock short: partial delivery and back-order if accepted, else the date the lead time allows", () => {
    const partial = short(true);
    expect(partial.stock.lines[0]).toMatchObject({ verdict: "partial", deliverNow: 2, backOrder: 1, deliveryDate: "2026-12-06" });
    expect(partial.decision.expected.decision).toBe("acceptWithConditions");
    const whole = short(false);
    expect(whole.stock.expected).toEqual([{ reference: "ARM-MET", verdict: "leadTime", deliveryDate: "2026-12-06" }]);
    expect(whole.decision.expected.decision).toBe("accept");
  });

  it("never promises a date the lead time cannot meet", () => {
    const key = short(false, "2026-11-25");
    expect(key.stock.lines[0]?.deliveryDate).toBe("2026-12-06");
    expect(plain(key.stock.explanation)).toContain("la date demandée (25/11/2026) ne peut pas être tenue");
    const judged = judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "leadTime", deliveryDate: "2026-11-25" }]);
    expect(judged.correct).toBe(false);
    expect(plain(judged.explanation)).toContain("promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06/12/2026");
  });

  it("every date the lead time can meet is right: the earliest day accepted, the day before refused (0094)", () => {
    const key = short(false);
    const at = (deliveryDate: string) => judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "leadTime", deliveryDate }]);
    expect(at("2026-12-06")).toMatchObject({ correct: true });
    expect(at("2026-12-06").parts?.map((p) => p.points)).toEqual([1.5, 0.5]);
    const later = at("2026-12-09");
    expect(later.correct).toBe(true);
    expect(plain(later.explanation)).toMatch(/^Remarque \(Date promise, ARM-MET, sans effet sur la note\) : le 09\/12\/2026 est tenable ; la date la plus proche possible était le 06\/12\/2026\./);
    const dayBefore = at("2026-12-05");
    expect(dayBefore.correct).toBe(false);
    // The verdict is right (1,5), the date is not (0 / 0,5).
    expect(dayBefore.parts?.map((p) => [p.label, p.points, p.maxPoints])).toEqual([
      ["Verdicts de stock", 1.5, 1.5],
      ["Dates promises", 0, 0.5],
    ]);
    expect(plain(dayBefore.explanation)).toMatch(/^Dates promises : « ARM-MET » : le 05\/12\/2026 est une promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06\/12\/2026\./);
  });

  it("the customer's requested date, when it can be met, is a limit: the day after it is refused", () => {
    const key = short(false, "2026-12-10");
    const at = (deliveryDate: string) => judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "leadTime", deliveryDate }]);
    expect(at("2026-12-06").correct).toBe(true);
    expect(at("2026-12-10").correct).toBe(true);
    expect(at("2026-12-11").correct).toBe(false);
    expect(plain(at("2026-12-11").explanation)).toContain("le 11/12/2026 dépasse la date demandée par le client (10/12/2026)");
  });

  it("the back-order date of a partial delivery is optional: empty costs nothing, untenable is only a remark", () => {
    const key = short(true);
    expect(judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "partial" }])).toMatchObject({ correct: true });
    const untenable = judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "partial", deliveryDate: "2026-11-20" }]);
    expect(untenable.correct).toBe(true);
    expect(untenable.parts?.map((p) => [p.label, p.correct, p.points, p.maxPoints])).toEqual([
      ["Verdicts de stock", true, 2, 2],
      ["Date du reliquat, ARM-MET", false, 0, 0],
    ]);
    expect(plain(untenable.explanation)).toMatch(
      /^Remarque \(Date du reliquat, ARM-MET, sans effet sur la note\) : le 20\/11\/2026 est une promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06\/12\/2026\./,
    );
  });
});
