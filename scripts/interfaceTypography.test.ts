/**
 * The French texts of the engine and of the interface keep French typography, as the bundled
 * scenarios and quizzes do (frenchTypography.fixtures.ts): every string literal, template part and
 * JSX text of `domain/` and `machines/` (the engine's feedback, explanations, messages and quiz
 * generators) and of `components/` and `app/`, tests and test helpers aside (a `testing/` folder,
 * `*.testing.ts`, fixtures), read with the TypeScript parser. A JSX text is read as
 * React renders it (a line break and its indentation vanish), so that « {"\u00a0"} » then « : » on
 * the next line holds, and « {" "} » then « ; » does not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { breakableFrenchSpaces } from "@/domain";
import { breakableSpaceMessage } from "./frenchTypography.fixtures";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FOLDERS = ["domain", "machines", "components", "app"];
const NOT_READ = /(^|\/)testing\/|\.test\.tsx?$|\.testing\.tsx?$|\.fixtures\.tsx?$|\.d\.ts$/u;

/**
 * Texts that are not French prose, or that must keep an ordinary space, each with its reason: the
 * file, and the start of the text.
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: "components/player/SecondTryActions.tsx", text: "form :is(", why: "a CSS selector" },
  { file: "components/player/SecondTryActions.tsx", text: ":scope > :not(", why: "a CSS selector" },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/u.test(file) && !NOT_READ.test(file))
    .map((file) => `${folder}/${file.replaceAll("\\", "/")}`)
    .sort();
}

/**
 * A JSX text as React renders it (Babel's and TypeScript's rule): tabs read as spaces, each line
 * trimmed of its spaces where it meets a line break, blank lines dropped, the others joined by one
 * space; `&nbsp;` is U+00A0, which is never trimmed.
 */
function renderedJsxText(raw: string): string {
  const lines = raw.replace(/&nbsp;/gu, "\u00a0").replace(/\t/gu, " ").split(/\r\n|\n|\r/u);
  const lastFilled = lines.reduce((found, line, i) => (/[^ ]/u.test(line) ? i : found), -1);
  let text = "";
  lines.forEach((line, i) => {
    let trimmed = i === 0 ? line : line.replace(/^ +/u, "");
    if (i !== lines.length - 1) trimmed = trimmed.replace(/ +$/u, "");
    if (trimmed !== "") text += i === lastFilled ? trimmed : `${trimmed} `;
  });
  return text;
}

/** The JSX child just before `node`, if it is `{"…"}`: its text. */
function previousStringChild(node: ts.JsxText): string | undefined {
  const parent = node.parent;
  if (!ts.isJsxElement(parent) && !ts.isJsxFragment(parent)) return undefined;
  const index = parent.children.indexOf(node);
  const before = index > 0 ? parent.children[index - 1] : undefined;
  const expression = before !== undefined && ts.isJsxExpression(before) ? before.expression : undefined;
  return expression !== undefined && (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) ? expression.text : undefined;
}

/** The texts of one file: [line, text], JSX texts as rendered, a JSX text opening on a mark read with the `{" "}` before it. */
function textsOf(file: string): [number, string][] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: [number, string][] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = renderedJsxText(node.text);
      texts.push([lineOf(node), /^\s*\n/u.test(node.text) ? `${previousStringChild(node)?.slice(-1) ?? ""}${text.trimStart()}` : text]);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      texts.push([lineOf(node), node.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

/** « fichier:ligne : espace ordinaire avant « : » dans « …texte… » », for every space at fault not allowed. */
function breakableSpacesIn(file: string): string[] {
  return textsOf(file).flatMap(([line, text]) =>
    breakableFrenchSpaces(text)
      .filter(() => !ALLOWED.some((allowed) => allowed.file === file && text.startsWith(allowed.text)))
      .map((space) => breakableSpaceMessage(`${file}:${line}`, space)),
  );
}

describe("the engine's and the interface's French typography (domain/, machines/, components/, app/)", () => {
  const files = FOLDERS.flatMap(sourceFiles);

  it("reads every source file of the engine and of the interface, and no test helper", () => {
    expect(files.length).toBeGreaterThan(450);
    expect(files).toContain("domain/followUp/judge.ts");
    expect(files).toContain("domain/quiz/generators/cascade.ts");
    expect(files).toContain("machines/scenarioCheck.ts");
    expect(files).not.toContain("machines/testing/processingFixtures.ts");
    expect(files).not.toContain("domain/control/control.fixtures.ts");
    expect(files).toContain("components/ui/ExportResults.tsx");
    expect(files).toContain("app/enseignant/page.tsx");
  });

  it("has a no-break space before « : ; ? ! » and inside « » in every text", () => {
    expect(files.flatMap(breakableSpacesIn)).toEqual([]);
  });

  it("reads a JSX text as React renders it", () => {
    expect(renderedJsxText("\n          ; remise de ")).toBe("; remise de ");
    expect(renderedJsxText("Brut&nbsp;: ")).toBe("Brut\u00a0: ");
    expect(renderedJsxText("taux\n          : réparti\n\n   entre")).toBe("taux : réparti entre");
  });

  it("names a space at fault, and allows only what is listed", () => {
    expect(ALLOWED.every(({ file }) => files.includes(file))).toBe(true);
    for (const { file, text } of ALLOWED) expect(textsOf(file).some(([, found]) => found.startsWith(text))).toBe(true);
  });
});
