import { Font } from "@react-pdf/renderer";
import { DEJAVU_SANS_BOLD, DEJAVU_SANS_OBLIQUE, DEJAVU_SANS_REGULAR } from "./fontData";

/** The embedded family: DejaVu Sans prints U+202F and U+00A0 (Helvetica prints U+202F as "/"). */
export const FONT_FAMILY = "DejaVu Sans";

let registered = false;

/**
 * Registers DejaVu Sans from the data URLs of fontData.ts (`npm run fonts`), the one way in the
 * browser and in Node: react-pdf decodes them, nothing is fetched, so a PDF is made the same from
 * a sub-folder, an LMS package, a local file or offline (docs/decisions/0125). Each renderer calls it.
 */
export function registerFonts(): void {
  if (registered) return;
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
  registered = true;
}
