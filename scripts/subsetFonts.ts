/**
 * npm run fonts — cuts the three DejaVu Sans faces down to the characters the documents can print
 * (domain/printable.ts) and writes them into a TypeScript module as base64 data URLs, so that
 * react-pdf never fetches a font: from a sub-folder, an LMS package, a local file or offline
 * (docs/decisions/0125). The module is committed; `subsetFonts.test.ts` checks it is what this
 * script writes today.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import subsetFont from "subset-font";
import { printableCharacters } from "@/domain";
import { runMain, type CliIo } from "./cli";

/** Where the faces come from: the npm package, pinned in package.json. */
export const FONT_SOURCE_FOLDER = "node_modules/dejavu-fonts-ttf/ttf";
export const FONT_MODULE_PATH = "components/documents/pdf/fontData.ts";

/** The faces the documents use, and the name each one has in the generated module. */
export const FONT_FACES = [
  { file: "DejaVuSans.ttf", constant: "DEJAVU_SANS_REGULAR" },
  { file: "DejaVuSans-Bold.ttf", constant: "DEJAVU_SANS_BOLD" },
  { file: "DejaVuSans-Oblique.ttf", constant: "DEJAVU_SANS_OBLIQUE" },
] as const;

/** A cut face in a module of data URLs: the text of a file, as the subsetter writes it today. */
export async function subsetFace(source: Buffer): Promise<Buffer> {
  // PDF viewers draw glyphs from their outlines: TrueType hinting would weigh a third of each face.
  // harfbuzz keeps the names 0 to 6 (copyright notice included); the license's full text (name 13,
  // 10 kB a face) is the file served beside the site instead.
  return subsetFont(source, printableCharacters(), { targetFormat: "sfnt", noHinting: true });
}

const HEADER = `/**
 * Généré par npm run fonts (scripts/subsetFonts.ts), ne pas modifier.
 *
 * DejaVu Sans (normale, grasse, oblique) du paquet npm dejavu-fonts-ttf, réduite aux caractères
 * que les documents impriment (domain/printable.ts, docs/decisions/0125), en URL de données base64 :
 * react-pdf les lit sans rien télécharger. Licence libre de DejaVu (dérivée de Bitstream Vera) :
 * sa notice accompagne les polices, servie avec le site (public/fonts/LICENSE-DejaVu.txt, à
 * l'adresse fonts/LICENSE-DejaVu.txt) ; chaque police garde sa mention de copyright (nom 0).
 */
`;

/** The module's text for the cut faces, in FONT_FACES order. */
export function fontModuleText(faces: readonly Buffer[]): string {
  const constants = FONT_FACES.map(({ constant }, i) => `export const ${constant} = "data:font/ttf;base64,${faces[i]?.toString("base64") ?? ""}";\n`);
  return `${HEADER}\n${constants.join("")}`;
}

/** The module as the script writes it today, from the faces under `root`. */
export async function generateFontModule(root: string): Promise<string> {
  const faces = await Promise.all(FONT_FACES.map(async ({ file }) => subsetFace(await readFile(join(root, FONT_SOURCE_FOLDER, file)))));
  return fontModuleText(faces);
}

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length > 0) {
    io.err("usage : npm run fonts (sans argument)");
    return 2;
  }
  const text = await generateFontModule(io.root);
  await io.writeFile(join(io.root, FONT_MODULE_PATH), text);
  io.out(`${FONT_MODULE_PATH} écrit (${new Intl.NumberFormat("fr-FR").format(text.length)} caractères).`);
  return 0;
}

runMain(import.meta.url, main);
