import { Font } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { describeCharacter, printableCharacters } from "@/domain";
import { FONT_FAMILY, registerFonts } from "./fonts";
import { renderInvoicePdf } from "./render";
import { invoiceDocument } from "./testDocuments";
import { pageTexts } from "./testPdfText";

describe("the embedded fonts (fontData.ts, npm run fonts, docs/decisions/0125)", () => {
  it("draw every printable character in each of the three faces", async () => {
    registerFonts();
    const faces = [{}, { fontWeight: "bold" as const }, { fontStyle: "italic" as const }];
    const missing = await Promise.all(
      faces.map(async (face) => {
        const source = Font.getFont({ fontFamily: FONT_FAMILY, ...face });
        await source.load();
        return [...printableCharacters()].filter((character) => source.data?.hasGlyphForCodePoint(character.codePointAt(0) ?? 0) !== true).map(describeCharacter);
      }),
    );
    expect(missing).toEqual([[], [], []]);
  });
});

describe("a character outside the fonts, typed by a teacher", () => {
  it("is printed as « □ », the rest of the document intact (the scenario check warned beforehand)", async () => {
    const document = invoiceDocument();
    const named = { ...document, buyer: { ...document.buyer, name: "Ωmega Ελλάς 😀 Ștefan Łódź" } };
    const [first] = await pageTexts(await renderInvoicePdf(named), "unprintable-name");
    expect(first).toContain("□mega □□□□□ □ Ștefan Łódź\n4 place Bellecour");
    expect(first).toMatch(/Net à payer\s+1 177,85 €/u);
  });
});
