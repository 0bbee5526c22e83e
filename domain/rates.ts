/**
 * The reference rates of late payment, per half-year: the ECB main refinancing rate (the default
 * late-penalty rate is that rate + 10 points, C. com. L441-10) and the two legal interest rates
 * (C. mon. fin. L313-2). They change every half-year, so they are a table with its sources, chosen
 * by date; a half-year the table does not know is stated by the scenario, never guessed
 * (docs/decisions/0081).
 */
import { assertIsoDate, type IsoDate } from "./dates";
import { DomainError } from "./money";
import { effectiveLatePenaltyRate, latePenaltyRateFloor } from "./paymentTerms";

/** "2026-S1" (1 January – 30 June) or "2026-S2" (1 July – 31 December). */
export type HalfYear = `${number}-S${1 | 2}`;

export interface HalfYearRates {
  halfYear: HalfYear;
  /** ECB main refinancing rate in force on 1 January (S1) or 1 July (S2), in %. */
  ecbRefinancingRatePercent: number;
  /**
   * Legal interest rate "dans tous les autres cas", in %: the one owed to a company creditor,
   * so the one of this engine (the seller is always a company); the floor of a contractual
   * late-penalty rate is 3 × this rate (docs/decisions/0082).
   */
  legalInterestRatePercent: number;
  /** Legal interest rate when the creditor is a natural person not acting for professional needs (taught, not applied). */
  individualsLegalInterestRatePercent?: number;
  /** Where the figures come from (official text, or the scenario's own statement). */
  source: string;
}

/**
 * The half-years the engine knows, each with its sources. Add a row when the ECB rate of 1 January
 * or 1 July and the arrêté of the legal interest rate are published; never guess one.
 */
export const KNOWN_HALF_YEAR_RATES: readonly HalfYearRates[] = [
  {
    halfYear: "2025-S1",
    // ECB: main refinancing rate 3,15 % since 18 December 2024 (in force on 1 January 2025).
    ecbRefinancingRatePercent: 3.15,
    legalInterestRatePercent: 3.71,
    individualsLegalInterestRatePercent: 7.21,
    source: "BCE\u00a0: taux de refinancement 3,15\u00a0% depuis le 18/12/2024\u00a0; taux de l'intérêt légal du 1er semestre 2025\u00a0: 3,71\u00a0% (autres cas) / 7,21\u00a0% (particuliers)",
  },
  {
    halfYear: "2025-S2",
    // ECB: 2,15 % since 11 June 2025 (in force on 1 July 2025); arrêté du 19 juin 2025, JO du 24 juin 2025.
    ecbRefinancingRatePercent: 2.15,
    legalInterestRatePercent: 2.76,
    individualsLegalInterestRatePercent: 6.65,
    source: "BCE\u00a0: taux de refinancement 2,15\u00a0% depuis le 11/06/2025\u00a0; taux de l'intérêt légal\u00a0: arrêté du 19 juin 2025 (JO du 24 juin 2025)",
  },
  {
    halfYear: "2026-S1",
    // ECB: 2,15 % in force on 1 January 2026; arrêté du 15 décembre 2025, JO du 26 décembre 2025.
    ecbRefinancingRatePercent: 2.15,
    legalInterestRatePercent: 2.62,
    individualsLegalInterestRatePercent: 6.67,
    source: "BCE\u00a0: taux de refinancement 2,15\u00a0% au 01/01/2026\u00a0; taux de l'intérêt légal\u00a0: arrêté du 15 décembre 2025 (JO du 26 décembre 2025)",
  },
];

/** The half-year a date falls in. */
export function halfYearOf(date: IsoDate): HalfYear {
  assertIsoDate(date, "date");
  const year = Number(date.slice(0, 4));
  return `${year}-S${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** "1er semestre 2026", "2nd semestre 2025". */
export function formatHalfYear(halfYear: HalfYear): string {
  const [year, half] = halfYear.split("-S");
  return `${half === "1" ? "1er" : "2nd"} semestre ${year}`;
}

/** The half-year after this one ("2025-S2" → "2026-S1"). */
export function nextHalfYear(halfYear: HalfYear): HalfYear {
  const [year, half] = halfYear.split("-S").map(Number) as [number, number];
  return half === 1 ? `${year}-S2` : `${year + 1}-S1`;
}

/** The table's row for a half-year, else the scenario's statement; undefined when neither knows it. */
export function findHalfYearRates(halfYear: HalfYear, stated: readonly HalfYearRates[] = []): HalfYearRates | undefined {
  return KNOWN_HALF_YEAR_RATES.find((r) => r.halfYear === halfYear) ?? stated.find((r) => r.halfYear === halfYear);
}

/** The sentence a teacher reads when a half-year is missing (the scenario loader adds file and field). */
export function unknownHalfYearMessage(halfYear: HalfYear): string {
  return (
    `le ${formatHalfYear(halfYear)} n'est pas dans la table des taux\u00a0; indiquez ses taux dans company.policies.rates ` +
    `({ "halfYear": "${halfYear}", "ecbRefinancingRate": …, "legalInterestRate": …, "source": "…" })\u00a0: ` +
    "taux de refinancement de la BCE au 1er janvier ou au 1er juillet, taux de l'intérêt légal («\u00a0autres cas\u00a0»)"
  );
}

/** The rates in force on a date; a half-year unknown to the table and to the scenario is an error, never a fallback. */
export function ratesOn(date: IsoDate, stated: readonly HalfYearRates[] = []): HalfYearRates {
  const halfYear = halfYearOf(date);
  const rates = findHalfYearRates(halfYear, stated);
  if (rates === undefined) throw new DomainError("rates.unknownHalfYear", `company.policies.rates\u00a0: ${unknownHalfYearMessage(halfYear)}.`, "company.policies.rates");
  return rates;
}

/** Default late-penalty rate on a date: ECB rate of the half-year + 10 points (13,15 % in H1 2025, 12,15 % since H2 2025). */
export function defaultLatePenaltyRateOn(date: IsoDate, stated: readonly HalfYearRates[] = []): number {
  return effectiveLatePenaltyRate(ratesOn(date, stated)).ratePercent;
}

export interface RateFloor {
  halfYear: HalfYear;
  legalInterestRatePercent: number;
  floorPercent: number;
}

/** The legal floor of a contractual rate on a date: 3 × the legal interest rate of its half-year (8,28 % in H2 2025). */
export function latePenaltyRateFloorOn(date: IsoDate, stated: readonly HalfYearRates[] = []): RateFloor {
  const rates = ratesOn(date, stated);
  return { halfYear: rates.halfYear, legalInterestRatePercent: rates.legalInterestRatePercent, floorPercent: latePenaltyRateFloor(rates.legalInterestRatePercent) };
}
