import { Font } from "@react-pdf/renderer";

/** The embedded family: DejaVu Sans prints U+202F and U+00A0 (Helvetica prints U+202F as "/"). */
export const FONT_FAMILY = "DejaVu Sans";

let registeredBase: string | undefined;

/**
 * Registers DejaVu Sans from `base`: an absolute folder path in Node tests
 * (".../public/fonts"), the URL "/fonts" in the browser.
 */
export function registerFonts(base: string): void {
  const root = base.replace(/\/+$/u, "");
  if (registeredBase === root) return;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: `${root}/DejaVuSans.ttf` },
      { src: `${root}/DejaVuSans-Bold.ttf`, fontWeight: "bold" },
      { src: `${root}/DejaVuSans-Oblique.ttf`, fontStyle: "italic" },
    ],
  });
  // French words are not hyphenated by react-pdf's English rules.
  Font.registerHyphenationCallback((word) => [word]);
  registeredBase = root;
}

export function fontsRegistered(): boolean {
  return registeredBase !== undefined;
}
