import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG, CATALOG_FILES, CATALOG_SUMMARIES, findScenario } from "./catalog";

describe("the bundled scenarios offered to learners", () => {
  it("are exactly the scenario files of scenarios/ (a new file must be added to catalog.ts)", () => {
    const files = readdirSync("scenarios")
      .filter((file) => file.endsWith(".json") && !file.endsWith(".schema.json") && !file.endsWith(".actions.json"))
      .sort();
    expect([...CATALOG_FILES].sort()).toEqual(files);
  });

  it("have unique ids, found by id, and a summary each", () => {
    const ids = CATALOG.map((entry) => entry.scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findScenario(id)?.id).toBe(id);
    expect(CATALOG_SUMMARIES.map((s) => s.id)).toEqual(ids);
    expect(findScenario("inconnu")).toBeUndefined();
  });
});
