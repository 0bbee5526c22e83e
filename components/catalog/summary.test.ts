import { describe, expect, it } from "vitest";
import { findScenario } from "./catalog";
import { summarize } from "./summary";

describe("summarize: what the library shows a learner", () => {
  const bundled = findScenario("depassement-d-encours");
  if (bundled === undefined) throw new Error("scénario livré absent");

  it("keeps the title and summary of a scenario without class settings", () => {
    expect(summarize(bundled)).toMatchObject({ title: bundled.title, summary: bundled.summary });
  });

  it("shows the teacher's neutral title and no summary (docs/decisions/0123)", () => {
    const neutral = summarize({ ...bundled, classroom: { title: "Exercice 2" } });
    expect(neutral.title).toBe("Exercice 2");
    expect(neutral).not.toHaveProperty("summary");
  });
});
