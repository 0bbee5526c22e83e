import { describe, expect, it } from "vitest";
import { deriveIntakeKey, judgeConditions } from ".";
import { plain, rulesScenario, intakeInput } from "./intake.fixtures";

describe("check 4: conditions", () => {
  it("the negotiated conditions are right; fewer or more are corrected", () => {
    const key = deriveIntakeKey(intakeInput(rulesScenario()));
    expect(plain(key.conditions.expectedText)).toBe("Remises 10 % puis 5 % ; escompte 2 % pour paiement sous 10 jours");
    expect(judgeConditions(key.conditions, { tradeDiscounts: [10, 5], cashDiscount: 2 }).correct).toBe(true);
    const forgot = judgeConditions(key.conditions, { tradeDiscounts: [10], cashDiscount: 2 });
    expect(forgot.correct).toBe(false);
    expect(plain(forgot.explanation)).toContain("Remise oubliée : 5 %");
    const extra = judgeConditions(key.conditions, { tradeDiscounts: [10, 5, 3] });
    expect(plain(extra.explanation)).toContain("Remise non convenue : 3 %");
    expect(plain(extra.explanation)).toContain("Escompte de 2");
  });
});
