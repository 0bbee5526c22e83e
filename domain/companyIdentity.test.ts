import { describe, expect, it } from "vitest";
import { companyIdentityLine, formatSiren, sirenText } from "./companyIdentity";

const NBSP = "\u00a0";

describe("companyIdentityLine: the seller's legal identity, one way on every document", () => {
  it("prints form, share capital, SIREN in groups of three and RCS city", () => {
    expect(companyIdentityLine({ legalForm: "SAS", shareCapitalCents: 5_000_000, siren: "123456789", rcsCity: "Caen" })).toBe(
      `SAS au capital de 50${"\u202f"}000,00${NBSP}€ — SIREN 123 456 789 — RCS Caen`,
    );
  });

  it("prints only what a document holds, so that a missing part shows", () => {
    expect(companyIdentityLine({ legalForm: "SARL", shareCapitalCents: 4_500_000, rcsCity: "Caen" })).toBe(`SARL au capital de 45${"\u202f"}000,00${NBSP}€ — RCS Caen`);
    expect(companyIdentityLine({ legalForm: "EI", siren: "842157638", rcsCity: "Lille" })).toBe("EI — SIREN 842 157 638 — RCS Lille");
    expect(companyIdentityLine({})).toBeUndefined();
  });

  it("prints any SIREN the same way, and leaves a malformed one as written", () => {
    expect(sirenText("732829320")).toBe("SIREN 732 829 320");
    expect(formatSiren("84215763")).toBe("84215763");
  });
});
