/**
 * Tests date their invoices in half-years the engine's table does not know (autumn 2026, 2027):
 * they state those rates, as a scenario must (docs/decisions/0081), carrying over the figures of
 * the first half of 2026 so that the expected amounts stay those of the course (12,15 %, 7,86 %).
 */
import type { HalfYear, HalfYearRates } from "./rates";

const carriedOver = (halfYear: HalfYear): HalfYearRates => ({
  halfYear,
  ecbRefinancingRatePercent: 2.15,
  legalInterestRatePercent: 2.62,
  individualsLegalInterestRatePercent: 6.67,
  source: "Hypothèse des tests : taux du 1er semestre 2026 reconduits",
});

export const TEST_STATED_RATES: readonly HalfYearRates[] = [carriedOver("2026-S2"), carriedOver("2027-S1"), carriedOver("2027-S2")];
