import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { turnsDuring } from "@/components/ui/turns.testing";
import { checkDraftVariants } from "./draftCheck";

const variantsText = readFileSync("scripts/__variants__/depassement-d-encours.variantes.json", "utf8");

describe("the variants of a draft, checked one variant per task (docs/decisions/0163)", () => {
  it("checks the forty variants its learners can draw, and gives the page a turn between two", async () => {
    const { result, turns } = await turnsDuring(() => checkDraftVariants(variantsText, () => true));
    expect(result).toEqual({ issues: [], count: 40 });
    // One turn before the forty draws, one before each of the forty variants.
    expect(turns).toBeGreaterThanOrEqual(40);
  });

  it("stops as soon as the draft it checks is no longer the one shown, and gives nothing", async () => {
    let asked = 0;
    const result = await checkDraftVariants(variantsText, () => {
      asked += 1;
      return asked < 3;
    });
    expect(result).toBeUndefined();
    expect(asked).toBe(3);
  });

  it("has nothing to check on a draft that does not hold", async () => {
    expect(await checkDraftVariants("{", () => true)).toEqual({ issues: [], count: 0 });
  });
});
