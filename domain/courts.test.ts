import { describe, expect, it } from "vitest";
import { competentCourt, describeCourt, isTrader, type CourtDebtor } from "./courts";

const company = (legalForm: string | undefined, extra: Partial<CourtDebtor> = {}): CourtDebtor => ({ ...(legalForm === undefined ? {} : { legalForm }), professional: true, ...extra });

describe("isTrader (docs/decisions/0083)", () => {
  it("a company commercial by its form is a trader, however the form is written", () => {
    expect(["SA", "SAS", "SASU", "SARL", "EURL", "SNC", "S.A.R.L.", "sas", "SCA", "SCS"].map((form) => isTrader(company(form)))).toEqual(Array(10).fill(true));
  });

  it("a civil company, a liberal profession, a sole trader or an unknown form is not presumed one", () => {
    expect(["SCP", "SCI", "SELARL", "EI", "Association"].map((form) => isTrader(company(form)))).toEqual([false, false, false, false, false]);
    expect(isTrader(company(undefined))).toBe(false);
  });

  it("the scenario's `trader` wins over the form; a consumer is never one", () => {
    expect(isTrader(company("EI", { trader: true }))).toBe(true);
    expect(isTrader(company("SARL", { trader: false }))).toBe(false);
    expect(isTrader({ professional: false })).toBe(false);
  });
});

describe("competentCourt", () => {
  it("names the scenario's court, or prints the rule, with the trader's form 12946 or the tribunal judiciaire's 12948", () => {
    expect(describeCourt(competentCourt(company("SARL", { competentCourt: "Tribunal de commerce d'Angers" })))).toBe("Tribunal de commerce d'Angers (Cerfa n° 12946)");
    expect(describeCourt(competentCourt(company("SAS")))).toBe("Tribunal de commerce dont dépend le siège du débiteur (Cerfa n° 12946)");
    expect(describeCourt(competentCourt(company("SCP")))).toBe("Tribunal judiciaire dont dépend le siège du débiteur (Cerfa n° 12948)");
    expect(describeCourt(competentCourt({ professional: false }))).toBe("Tribunal judiciaire dont dépend le domicile du débiteur (Cerfa n° 12948)");
    expect(competentCourt(company("SAS", { competentCourt: "  " })).named).toBe(false);
  });
});
