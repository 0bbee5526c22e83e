import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { describeCharacter, unprintableCharacters } from "@/domain";
import { isScenarioFileName } from "./scenario";
import { FONT_FACES, FONT_MODULE_PATH, generateFontModule } from "./subsetFonts";

const root = fileURLToPath(new URL("../", import.meta.url));

describe("npm run fonts: the committed font module", () => {
  const committed = readFileSync(join(root, FONT_MODULE_PATH), "utf8");

  it("is what the script writes today from the installed faces and the printable set (else: npm run fonts, and commit)", async () => {
    expect(committed === (await generateFontModule(root))).toBe(true);
  }, 30_000);

  it("says it is generated, and where the license is served, before the three faces as base64 data URLs", () => {
    expect(committed.startsWith("/**\n * Généré par npm run fonts (scripts/subsetFonts.ts), ne pas modifier.")).toBe(true);
    expect(committed).toContain("fonts/LICENSE-DejaVu.txt");
    expect([...committed.matchAll(/^export const (\w+) = "data:font\/ttf;base64,[A-Za-z0-9+/]+=*";$/gmu)].map((match) => match[1])).toEqual(FONT_FACES.map(({ constant }) => constant));
  });
});

type Located = { where: string; text: string };

/** "« α » (U+03B1) dans 06-facture-et-avoir.json.customers[0].name": what a failure names, so that it can be found. */
function unprintableIn(texts: readonly Located[]): string[] {
  return texts.flatMap(({ where, text }) => unprintableCharacters(text).map((character) => `${describeCharacter(character)} dans ${where}`));
}

function jsonTexts(value: unknown, where: string): Located[] {
  if (typeof value === "string") return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => jsonTexts(item, `${where}[${i}]`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => jsonTexts(item, `${where}.${key}`));
  return [];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(name) && !/\.(test|fixtures|testing)\.tsx?$/u.test(name) ? [path] : [];
  });
}

/** The texts written in a source file: string and template literals, JSX text; comments are not printed. */
function writtenTexts(file: string): Located[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: Located[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      texts.push({ where: `${file.slice(root.length)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

describe("the characters the fonts keep (domain/printable.ts) cover what the documents print", () => {
  it("every text of every bundled scenario: names, addresses, products, messages, explanations", () => {
    const files = readdirSync(join(root, "scenarios")).filter(isScenarioFileName);
    expect(files.length).toBeGreaterThanOrEqual(13);
    const texts = files.flatMap((file) => jsonTexts(JSON.parse(readFileSync(join(root, "scenarios", file), "utf8")), file));
    expect(texts.some(({ text }) => text.includes("€"))).toBe(true);
    expect(unprintableIn(texts)).toEqual([]);
  });

  it("the documents' own wording: the templates and the engine's texts (a results file's BOM and separators are never printed)", () => {
    const files = [...sourceFiles(join(root, "components/documents/pdf")).filter((file) => !file.endsWith("fontData.ts")), ...sourceFiles(join(root, "domain")).filter((file) => !file.includes("/domain/results/"))];
    const texts = files.flatMap(writtenTexts);
    expect(texts.some(({ text }) => text.includes("Indemnité forfaitaire pour frais de recouvrement"))).toBe(true);
    expect(unprintableIn(texts)).toEqual([]);
  }, 30_000);

  it("names what it finds, where it is", () => {
    expect(unprintableIn([{ where: "x.json.customers[0].name", text: "Ωmega" }])).toEqual(["«\u00a0Ω\u00a0» (U+03A9) dans x.json.customers[0].name"]);
  });
});
