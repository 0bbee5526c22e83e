import { describe, expect, it } from "vitest";
import { matchesCustomer, searchCustomers } from "./customerSearch";

const CUSTOMERS = [
  { id: "C0207", name: "Imprimerie Touraine Graphic", siren: "412345672" },
  { id: "C0013", name: "Étude notariale Bérard", siren: "529876542" },
  { id: "C0100", name: "Café des Arts" },
];

const ids = (query: string) => searchCustomers(CUSTOMERS, query).map((c) => c.id);

describe("searchCustomers: by name, code or SIREN, as the learner types", () => {
  it("an empty query (or spaces) keeps the whole list in its order", () => {
    expect(ids("")).toEqual(["C0207", "C0013", "C0100"]);
    expect(ids("   ")).toEqual(["C0207", "C0013", "C0100"]);
  });
  it("a name, without its accents and in any case", () => {
    expect(ids("etude")).toEqual(["C0013"]);
    expect(ids("BERARD")).toEqual(["C0013"]);
    expect(ids("cafe des")).toEqual(["C0100"]);
    expect(ids("graph")).toEqual(["C0207"]);
  });
  it("a code, whole or in part, in any case", () => {
    expect(ids("c0207")).toEqual(["C0207"]);
    expect(ids("C00")).toEqual(["C0013"]);
  });
  it("a SIREN with or without its spaces, whole or its start", () => {
    expect(ids("529 876 542")).toEqual(["C0013"]);
    expect(ids("529876542")).toEqual(["C0013"]);
    expect(ids("412 345")).toEqual(["C0207"]);
  });
  it("a code's digits are not a SIREN, and an account without SIREN is not found by digits", () => {
    // « C0207 » as a code finds one account; its digits alone find none of the SIRENs.
    expect(matchesCustomer(CUSTOMERS[1]!, "C0207")).toBe(false);
    expect(ids("0207")).toEqual(["C0207"]);
    expect(matchesCustomer(CUSTOMERS[2]!, "123")).toBe(false);
  });
  it("nothing answers an unknown name", () => {
    expect(ids("Dupont")).toEqual([]);
  });
});
