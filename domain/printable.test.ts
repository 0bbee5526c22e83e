import { describe, expect, it } from "vitest";
import { describeCharacter, isPrintableCodePoint, MISSING_CHARACTER, printableCharacters, toPrintable, unprintableCharacters } from "./printable";

describe("the characters the documents can print", () => {
  it("holds French, the Latin names a teacher may type, the typographic punctuation and Intl's spaces", () => {
    const text = "Élodie Ćosić, Łódź, Ștefan Țurcanu, İzmir, Øresund, Œuvre — «\u00a01 234,50 €\u00a0» ‘quoted’ “quoted” … • ‰ № ≤ ≥ −";
    expect(unprintableCharacters(text)).toEqual([]);
    expect(unprintableCharacters(new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(-1234.5))).toEqual([]);
    expect(unprintableCharacters("e\u0301 (é décomposé)")).toEqual([]);
    expect(printableCharacters()).toHaveLength(653);
  });

  it("names Greek, Cyrillic and emoji, once each, in order, and lets line breaks and tabs through", () => {
    expect(unprintableCharacters("Ωmega Ελλάς\nЖук 😀\t😀")).toEqual(["Ω", "Ε", "λ", "ά", "ς", "Ж", "у", "к", "😀"]);
    expect(describeCharacter("😀")).toBe("«\u00a0😀\u00a0» (U+1F600)");
    expect(describeCharacter("α")).toBe("«\u00a0α\u00a0» (U+03B1)");
    expect(isPrintableCodePoint(0x202f)).toBe(true);
    expect(isPrintableCodePoint(0x2192)).toBe(true);
    expect(isPrintableCodePoint(0x0391)).toBe(false);
  });

  it("prints what is missing as a box, and drops what draws nothing (joiners, variation selectors)", () => {
    expect(MISSING_CHARACTER).toBe("□");
    expect(toPrintable("Société Ωmega 👍🏽")).toBe("Société □mega □□");
    expect(toPrintable("❤️ et 👩‍💻")).toBe("□ et □□");
    expect(toPrintable("1\u202f234,50\u00a0€\nligne 2")).toBe("1\u202f234,50\u00a0€\nligne 2");
  });
});
