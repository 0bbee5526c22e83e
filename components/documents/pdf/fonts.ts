import { Font } from "@react-pdf/renderer";
import { printableCharacters } from "@/domain";
import { DEJAVU_SANS_BOLD, DEJAVU_SANS_OBLIQUE, DEJAVU_SANS_REGULAR } from "./fontData";

/** The embedded family: DejaVu Sans prints U+202F and U+00A0 (Helvetica prints U+202F as "/"). */
export const FONT_FAMILY = "DejaVu Sans";

const FACES = [{}, { fontWeight: 700 }, { fontStyle: "italic" as const }];

let loading: Promise<void> | undefined;

/**
 * Registers DejaVu Sans from the data URLs of fontData.ts (`npm run fonts`), the one way in the
 * browser and in Node: react-pdf decodes them, nothing is fetched, so a PDF is made the same from
 * a sub-folder, an LMS package, a local file or offline (docs/decisions/0125). Then meets every
 * printable character once in each face: fontkit caches a glyph the first time it meets it, and a
 * letter met first as a part of an accented one (« é » is drawn from « e » and « ´ ») would be
 * cached without its character, so that every later PDF lost that letter from its text (copy,
 * search, screen readers): seen with a first PDF holding « Préparé » and no plain « e ».
 */
export function loadFonts(): Promise<void> {
  loading ??= registerAndPrime();
  return loading;
}

async function registerAndPrime(): Promise<void> {
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: DEJAVU_SANS_REGULAR },
      { src: DEJAVU_SANS_BOLD, fontWeight: "bold" },
      { src: DEJAVU_SANS_OBLIQUE, fontStyle: "italic" },
    ],
  });
  // French words are not hyphenated by react-pdf's English rules.
  Font.registerHyphenationCallback((word) => [word]);
  const codePoints = [...printableCharacters()].map((character) => character.codePointAt(0) ?? 0);
  await Promise.all(
    FACES.map(async (face) => {
      const source = Font.getFont({ fontFamily: FONT_FAMILY, ...face });
      await source.load();
      if (source.data !== null) rememberShapes(source.data);
      // In code point order: « e » is met as itself before « é » includes it.
      for (const codePoint of codePoints) source.data?.glyphForCodePoint(codePoint);
    }),
  );
}

/** How many shaped texts a face keeps: a teacher's long session never grows it without end. */
const SHAPES_KEPT = 4_000;

type Face = NonNullable<ReturnType<typeof Font.getFont>["data"]>;
/** fontkit's `layout`, as react-pdf's text layout calls it. */
type Shape = (text: string, features?: readonly string[] | Record<string, boolean>, script?: string, language?: string, direction?: string) => unknown;

/**
 * Each face remembers the texts it has shaped (fontkit's `layout`: its OpenType lookups, 16 % of an
 * invoice's making, docs/decisions/0159), as a browser keeps a cache of shaped words: a label, a
 * heading, an amount already met in this PDF or an earlier one is not shaped again. The shape is
 * shared, not copied: react-pdf's text layout scales the positions into new objects and slices the
 * glyphs into new arrays; it writes back only into an attachment's glyphs (an image in a text), which
 * no template of ours has.
 */
function rememberShapes(face: Face): void {
  const shape: Shape = face.layout.bind(face);
  const shapes = new Map<string, unknown>();
  const remembered: Shape = (text, features, script, language, direction) => {
    const key = `${JSON.stringify([features, script, language, direction])}${text}`;
    let shaped = shapes.get(key);
    if (shaped === undefined) {
      if (shapes.size >= SHAPES_KEPT) shapes.clear();
      shaped = shape(text, features, script, language, direction);
      shapes.set(key, shaped);
    }
    return shaped;
  };
  face.layout = remembered as Face["layout"];
}

/** The three faces as react-pdf holds them, loaded (tests read their glyphs). */
export async function loadedFaces() {
  await loadFonts();
  return FACES.map((face) => Font.getFont({ fontFamily: FONT_FAMILY, ...face }).data);
}
