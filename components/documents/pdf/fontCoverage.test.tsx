import { Document, Page, Text } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { describeCharacter, printableCharacters } from "@/domain";
import { FONT_FAMILY, loadedFaces } from "./fonts";
import { pdfBytes } from "./produce";
import { renderInvoicePdf } from "./render";
import { invoiceDocument } from "./testDocuments";
import { pageTexts } from "./testPdfText";

describe("the embedded fonts (fontData.ts, npm run fonts, docs/decisions/0125)", () => {
  // First in this file: the fonts' glyph cache is shared by every PDF the process makes.
  it("keep each letter in the text of a PDF made after one that held it only inside an accented letter", async () => {
    const first = await pdfBytes(
      <Document>
        <Page style={{ fontFamily: FONT_FAMILY }}>
          <Text>Préparé</Text>
          <Text style={{ fontWeight: "bold" }}>Préparé</Text>
          <Text style={{ fontStyle: "italic" }}>Préparé</Text>
        </Page>
      </Document>,
    );
    expect((await pageTexts(first, "prepare"))[0]).toContain("Préparé\nPréparé\nPréparé");
    const [page] = await pageTexts(await renderInvoicePdf(invoiceDocument()), "after-prepare");
    expect(page).toContain("12 rue de la République");
    // In bold: the seller's name and the document's title.
    expect(page).toContain("Papeterie Lumière");
    expect(page).toContain("FACTURE");
    expect(page).toContain("Indemnité forfaitaire pour frais de recouvrement : 40 €");
  }, 20_000);

  it("draw every printable character in each of the three faces", async () => {
    // Each face is primed by fonts.ts: a weight written "bold" there resolved to the regular face, and the bold one was never primed.
    expect((await loadedFaces()).map((face) => face?.postscriptName)).toEqual(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]);
    const missing = (await loadedFaces()).map((face) => [...printableCharacters()].filter((character) => face?.hasGlyphForCodePoint(character.codePointAt(0) ?? 0) !== true).map(describeCharacter));
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
  }, 20_000);
});

describe("the shapes each face remembers (fonts.ts, docs/decisions/0159)", () => {
  const faces = async () => (await loadedFaces()).map((face) => {
    if (face === null || face === undefined) throw new Error("face not loaded");
    return face;
  });
  const texts = ["Facture FA-2026-00319", "Indemnité forfaitaire pour frais de recouvrement\u00a0: 40\u00a0€", "« Œuvre » ﬁ ffi 1\u202f234,50\u00a0€", [...printableCharacters()].join("")];

  it("are the glyphs and positions fontkit gives for the same text, asked again or not", async () => {
    for (const face of await faces()) {
      const shapeAfresh = Object.getPrototypeOf(face).layout as typeof face.layout;
      for (const text of texts) {
        const remembered = face.layout(text, undefined, undefined, undefined, "ltr");
        const fresh = shapeAfresh.call(face, text, undefined, undefined, undefined, "ltr");
        expect(remembered.glyphs.map((glyph: { id: number }) => glyph.id)).toEqual(fresh.glyphs.map((glyph: { id: number }) => glyph.id));
        expect(remembered.positions).toEqual(fresh.positions);
        expect(face.layout(text, undefined, undefined, undefined, "ltr")).toBe(remembered);
      }
    }
  });

  it("tell apart the same text asked with other features", async () => {
    const regular = (await faces())[0]!;
    const withLigatures = regular.layout("ffi", ["liga"], undefined, undefined, "ltr");
    const without = regular.layout("ffi", { liga: false }, undefined, undefined, "ltr");
    expect(without).not.toBe(withLigatures);
    expect(without.glyphs).toHaveLength(3);
  });
});
