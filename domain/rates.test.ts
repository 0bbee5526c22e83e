import { describe, expect, it } from "vitest";
import { DomainError } from "./money";
import { defaultLatePenaltyRateOn, formatHalfYear, halfYearOf, latePenaltyRateFloorOn, nextHalfYear, ratesOn, type HalfYearRates } from "./rates";

const STATED_2026_S2: HalfYearRates = { halfYear: "2026-S2", ecbRefinancingRatePercent: 2, legalInterestRatePercent: 2.5, source: "Hypothèse de l'exercice" };

describe("the table of rates, chosen by date", () => {
  it("31/12/2025 is in the 2nd half of 2025: ECB 2,15 % → 12,15 %, legal interest 2,76 % / 6,65 %", () => {
    expect(halfYearOf("2025-12-31")).toBe("2025-S2");
    expect(ratesOn("2025-12-31")).toMatchObject({ ecbRefinancingRatePercent: 2.15, legalInterestRatePercent: 2.76, individualsLegalInterestRatePercent: 6.65 });
    expect(defaultLatePenaltyRateOn("2025-12-31")).toBe(12.15);
  });

  it("01/01/2026 is in the 1st half of 2026: 12,15 %, legal interest 2,62 % / 6,67 %", () => {
    expect(halfYearOf("2026-01-01")).toBe("2026-S1");
    expect(ratesOn("2026-01-01")).toMatchObject({ ecbRefinancingRatePercent: 2.15, legalInterestRatePercent: 2.62, individualsLegalInterestRatePercent: 6.67 });
    expect(defaultLatePenaltyRateOn("2026-06-30")).toBe(12.15);
  });

  it("the 1st half of 2025 had ECB 3,15 % → 13,15 %, legal interest 3,71 % / 7,21 %", () => {
    expect(ratesOn("2025-06-30")).toMatchObject({ ecbRefinancingRatePercent: 3.15, legalInterestRatePercent: 3.71, individualsLegalInterestRatePercent: 7.21 });
    expect(defaultLatePenaltyRateOn("2025-01-01")).toBe(13.15);
  });

  it("01/07/2026 is in a half-year the table does not know: an error, never a fallback", () => {
    expect(halfYearOf("2026-07-01")).toBe("2026-S2");
    expect(() => ratesOn("2026-07-01")).toThrow(DomainError);
    expect(() => defaultLatePenaltyRateOn("2026-07-01")).toThrow("company.policies.rates\u00a0: le 2nd semestre 2026 n'est pas dans la table des taux\u00a0; indiquez ses taux dans company.policies.rates");
    expect(() => ratesOn("2024-12-31")).toThrow(/2nd semestre 2024/u);
  });

  it("a half-year the scenario states is taken from its statement", () => {
    expect(ratesOn("2026-07-01", [STATED_2026_S2])).toBe(STATED_2026_S2);
    expect(defaultLatePenaltyRateOn("2026-11-20", [STATED_2026_S2])).toBe(12);
    expect(latePenaltyRateFloorOn("2026-11-20", [STATED_2026_S2])).toEqual({ halfYear: "2026-S2", legalInterestRatePercent: 2.5, floorPercent: 7.5 });
  });

  it("the floor of a contractual rate is 3 × the legal interest rate « autres cas » of the half-year: 8,28 % in November 2025, 7,86 % in 2026", () => {
    expect(latePenaltyRateFloorOn("2025-11-20")).toEqual({ halfYear: "2025-S2", legalInterestRatePercent: 2.76, floorPercent: 8.28 });
    expect(latePenaltyRateFloorOn("2026-02-10").floorPercent).toBe(7.86);
    expect(latePenaltyRateFloorOn("2025-02-10").floorPercent).toBe(11.13);
  });

  it("names and walks the half-years", () => {
    expect(formatHalfYear("2025-S2")).toBe("2nd semestre 2025");
    expect(formatHalfYear("2026-S1")).toBe("1er semestre 2026");
    expect(nextHalfYear("2025-S2")).toBe("2026-S1");
    expect(nextHalfYear("2026-S1")).toBe("2026-S2");
  });
});
