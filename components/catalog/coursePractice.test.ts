import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog";
import { practiceByNotion } from "./coursePractice";

describe("the scenarios that practise each notion, for the course pages", () => {
  it("follow the engine's key: the credit limit is practised by the order intake's scenarios, and only by them", () => {
    const intake = new Set(CATALOG.filter((entry) => entry.scenario.stages.includes("orderIntake")).map((entry) => entry.scenario.id));
    const credit = practiceByNotion().creditLimit.map((scenario) => scenario.id);
    expect(credit).toEqual(expect.arrayContaining(["nouveau-client-par-telephone", "depassement-d-encours", "client-insolvable-refuse"]));
    expect(credit.filter((id) => !intake.has(id))).toEqual([]);
    expect(practiceByNotion().creditLimit.find((scenario) => scenario.id === "depassement-d-encours")?.title).toBe("Une commande de papier d'une cliente fidèle");
  });

  it("name the scenario of a dispute under the disputes, and every bundled scenario under at least one notion", () => {
    const practice = practiceByNotion();
    expect(practice.disputes.map((scenario) => scenario.id)).toContain("reglement-partiel-et-litige");
    expect(practice.disputes.map((scenario) => scenario.id)).not.toContain("depassement-d-encours");
    const listed = new Set(Object.values(practice).flatMap((scenarios) => scenarios.map((scenario) => scenario.id)));
    expect(CATALOG.map((entry) => entry.scenario.id).filter((id) => !listed.has(id))).toEqual([]);
  });
});
