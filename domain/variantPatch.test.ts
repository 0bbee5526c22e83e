import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyVariantPatch, variantPatch } from "./variantPatch";

const base = {
  id: "depassement-d-encours",
  customers: [{ id: "C0207", creditLimitCents: 500_000, conditions: { tradeDiscounts: [10, 5] } }],
  order: { receivedOn: "2026-03-09", signed: true, lines: [{ reference: "COU-135-SRA3", quantity: 20 }] },
  events: [{ type: "payment", amountCents: 70_000 }],
};

describe("a learner's variant as the differences from the base scenario", () => {
  it("names each changed figure by its path, a removed field, and a list whose length changed, whole", () => {
    const variant = {
      ...base,
      customers: [{ ...base.customers[0], creditLimitCents: 460_000 }],
      order: { receivedOn: "2026-03-02", lines: [{ reference: "COU-135-SRA3", quantity: 27 }] },
      events: [
        { type: "payment", amountCents: 30_000 },
        { type: "payment", amountCents: 40_000 },
      ],
    };
    const patch = variantPatch(base, variant);
    expect(patch).toEqual([
      { path: ["customers", 0, "creditLimitCents"], value: 460_000 },
      { path: ["order", "signed"], removed: true },
      { path: ["order", "receivedOn"], value: "2026-03-02" },
      { path: ["order", "lines", 0, "quantity"], value: 27 },
      { path: ["events"], value: variant.events },
    ]);
    expect(applyVariantPatch(base, patch)).toEqual(variant);
  });

  it("leaves the base untouched, and a variant equal to the base is no patch at all", () => {
    const copy = structuredClone(base);
    applyVariantPatch(base, [{ path: ["order", "lines", 0, "quantity"], value: 99 }]);
    expect(base).toEqual(copy);
    expect(variantPatch(base, structuredClone(base))).toEqual([]);
  });

  it("turns any JSON value into any other of the same shape at the root", () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const object = fc.dictionary(fc.string({ maxLength: 6 }), json, { maxKeys: 6 });
    fc.assert(
      fc.property(object, object, (a, b) => {
        // As JSON, like the page carries it (-0 is 0 there, and never in a scenario).
        const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
        expect(asJson(applyVariantPatch(a, variantPatch(a, b)))).toEqual(asJson(b));
      }),
    );
  });
});
