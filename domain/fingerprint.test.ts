import { describe, expect, it } from "vitest";
import { canonicalJson, fnv1a64, scenarioFingerprint } from "./fingerprint";

describe("a scenario's content hash", () => {
  it("is FNV-1a 64-bit: the reference values of the empty text and of « a »", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
  });

  it("reads objects with their keys sorted, at every depth, arrays in their order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: "x" } })).toBe('{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it("is the same for the same content written in another key order, and 16 hexadecimal digits", () => {
    const scenario = { id: "essai", company: { name: "Bureau Plus", siren: "123456789" }, lines: [{ quantity: 3, unitPriceCents: 21990 }] };
    const reordered = { lines: [{ unitPriceCents: 21990, quantity: 3 }], company: { siren: "123456789", name: "Bureau Plus" }, id: "essai" };
    expect(scenarioFingerprint(reordered)).toBe(scenarioFingerprint(scenario));
    expect(scenarioFingerprint(scenario)).toMatch(/^[0-9a-f]{16}$/u);
  });

  it("changes when one figure changes, and survives the JSON the browser stores (absent fields are not content)", () => {
    const scenario = { id: "essai", order: { lines: [{ reference: "BUR-01", quantity: 3 }], note: undefined } };
    const edited = { id: "essai", order: { lines: [{ reference: "BUR-01", quantity: 4 }] } };
    expect(scenarioFingerprint(edited)).not.toBe(scenarioFingerprint(scenario));
    expect(scenarioFingerprint(JSON.parse(JSON.stringify(scenario)))).toBe(scenarioFingerprint(scenario));
  });
});
