/**
 * The French texts of the engine and of the interface keep French typography, as the bundled
 * scenarios and quizzes do (frenchTypography.fixtures.ts): every string literal, template part and
 * JSX text of `domain/` and `machines/` (the engine's feedback, explanations, messages and quiz
 * generators), of `components/` and `app/`, and of `store/` (the messages of a damaged save, of a
 * pseudonym taken, of the teacher's library), tests and test helpers aside (a `testing/` folder,
 * `*.testing.ts`, fixtures), read with the TypeScript parser. A JSX text is read as
 * React renders it (a line break and its indentation vanish), so that « {"\u00a0"} » then « : » on
 * the next line holds, and « {" "} » then « ; » does not. The parts of a template and the children
 * of a JSX element are read together, each expression as a number (EXPRESSION_READ_AS), so that
 * `${taux} %`, `{n} %` and `«{" "}{titre}` are found too (docs/decisions/0158).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type BreakableSpace, breakableFrenchSpaces } from "@/domain";
import { breakableSpaceMessage } from "./frenchTypography.fixtures";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FOLDERS = ["domain", "machines", "components", "app", "store"];
const NOT_READ = /(^|\/)testing\/|\.test\.tsx?$|\.testing\.tsx?$|\.fixtures\.tsx?$|\.d\.ts$/u;

/**
 * Texts that are not French prose, or that must keep an ordinary space, each with its reason: the
 * file, and the start of the text.
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: "components/player/SecondTryActions.tsx", text: "form :is(", why: "a CSS selector" },
  { file: "components/player/SecondTryActions.tsx", text: ":scope > :not(", why: "a CSS selector" },
  { file: "store/calculatorSlice.ts", text: "10 ; 5 ; 2", why: "the value of a one-line input (never wrapped), the trade discounts as a learner types them" },
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
  const lastFilled = lines.reduce((found, line, i) => (/[^ ]/u.test(line) ? i : found), 0);
  let text = "";
  lines.forEach((line, i) => {
    let trimmed = i === 0 ? line : line.replace(/^ +/u, "");
    if (i !== lines.length - 1) trimmed = trimmed.replace(/ +$/u, "");
    if (trimmed !== "") text += i === lastFilled ? trimmed : `${trimmed} `;
  });
  return text;
}

/**
 * A piece of text as the parser splits it: a literal text with its line, or `null` for an expression
 * written in its place (`${…}` in a template, `{…}` or an element among JSX children).
 */
type Piece = { line: number; text: string } | null;

/**
 * What an expression is read as, next to a literal text: a number, so that `${taux} %` reads
 * « +1 % » and its ordinary space is found before « % » as in « 5 % »; before « : » or inside « »,
 * a number holds the mark as a word does. Signed, so that a unit just before an expression still
 * ends there: `${heures} h${reste}` reads « +1 h+1 », its space before « h » found (« 1 h1 » would
 * not be a unit). Between two expressions, `${a} ${b}` reads « +1 +1 »: no mark, nothing found
 * (docs/decisions/0158).
 */
const EXPRESSION_READ_AS = "+1";

/** How much of the text a message shows on each side of the space, an expression shown as « ${…} ». */
const EXCERPT_SIDE = 20;

/**
 * The spaces at fault in a run of pieces read together, each expression read as EXPRESSION_READ_AS:
 * for each, the piece that holds it (its line and text) and an excerpt where the expressions show as
 * « ${…} ». A space always lies in a literal piece (the placeholder holds none).
 */
function breakableSpacesAcross(pieces: readonly Piece[]): { line: number; text: string; space: BreakableSpace }[] {
  let read = "";
  let shown = "";
  const starts: { piece: { line: number; text: string }; read: number; shown: number }[] = [];
  for (const piece of pieces) {
    if (piece === null) {
      read += EXPRESSION_READ_AS;
      shown += "${…}";
    } else {
      starts.push({ piece, read: read.length, shown: shown.length });
      read += piece.text;
      shown += piece.text;
    }
  }
  return breakableFrenchSpaces(read).map((space) => {
    const at = starts.findLast((start) => start.read <= space.index)!;
    const index = at.shown + space.index - at.read;
    const from = Math.max(0, index - EXCERPT_SIDE);
    const to = Math.min(shown.length, index + 1 + EXCERPT_SIDE);
    const excerpt = `${from > 0 ? "…" : ""}${shown.slice(from, to).replace(/\s*\n\s*/gu, " ")}${to < shown.length ? "…" : ""}`;
    return { line: at.piece.line, text: at.piece.text, space: { ...space, index, excerpt } };
  });
}

/** A string written as a literal (`"…"`, `` `…` `` without expression): its text. */
function literalText(node: ts.Node | undefined): string | undefined {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** A JSX child `{"…"}`: read with the JSX texts around it, as React renders them together. */
function isJsxStringChild(node: ts.Node): boolean {
  return ts.isJsxExpression(node.parent) && (ts.isJsxElement(node.parent.parent) || ts.isJsxFragment(node.parent.parent)) && literalText(node) !== undefined;
}

/**
 * The texts of one file, in runs read together: a string literal alone; a template literal, its
 * parts around its expressions; the children of a JSX element, as React renders them (JSX texts
 * as rendered, `{"…"}` as its text, a comment as nothing, any other expression or element as a
 * piece of its own).
 */
function runsOf(file: string, text = readFileSync(join(ROOT, file), "utf8")): Piece[][] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const runs: Piece[][] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      const run: Piece[] = [];
      for (const child of node.children) {
        if (ts.isJsxText(child)) run.push({ line: lineOf(child), text: renderedJsxText(child.text) });
        else if (ts.isJsxExpression(child) && child.expression === undefined) continue;
        else if (ts.isJsxExpression(child) && literalText(child.expression) !== undefined) run.push({ line: lineOf(child), text: literalText(child.expression)! });
        else run.push(null);
      }
      runs.push(run);
    } else if (ts.isTemplateExpression(node)) {
      runs.push([{ line: lineOf(node.head), text: node.head.text }, ...node.templateSpans.flatMap((span) => [null, { line: lineOf(span.literal), text: span.literal.text }])]);
    } else if (literalText(node) !== undefined && !isJsxStringChild(node)) {
      runs.push([{ line: lineOf(node), text: literalText(node)! }]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return runs;
}

/** The literal texts of one file, [line, text]. */
function textsOf(file: string): [number, string][] {
  return runsOf(file).flatMap((run) => run.flatMap((piece) => (piece === null ? [] : [[piece.line, piece.text] as [number, string]])));
}

/** « fichier:ligne : espace ordinaire avant « : » dans « …texte… » », for every space at fault not allowed. */
function breakableSpacesIn(file: string, text?: string): string[] {
  return runsOf(file, text).flatMap((run) =>
    breakableSpacesAcross(run)
      .filter(({ text }) => !ALLOWED.some((allowed) => allowed.file === file && text.startsWith(allowed.text)))
      .map(({ line, space }) => breakableSpaceMessage(`${file}:${line}`, space)),
  );
}

describe("the engine's and the interface's French typography (domain/, machines/, components/, app/, store/)", () => {
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
    expect(files).toContain("store/profiles.ts");
    expect(files).not.toContain("store/profiles.test.ts");
  });

  it("has a no-break space before « : ; ? ! » and inside « » in every text", () => {
    expect(files.flatMap((file) => breakableSpacesIn(file))).toEqual([]);
  });

  it("reads a JSX text as React renders it", () => {
    expect(renderedJsxText("\n          ; remise de ")).toBe("; remise de ");
    expect(renderedJsxText("Brut&nbsp;: ")).toBe("Brut\u00a0: ");
    expect(renderedJsxText("taux\n          : réparti\n\n   entre")).toBe("taux : réparti entre");
  });

  it("reads an expression next to a text as a number, in a template and among JSX children", () => {
    expect(breakableSpacesIn("x.ts", "const a = `${taux} %`;")).toEqual(["x.ts:1 : espace ordinaire avant « % » dans « ${…} % » (U+00A0 attendu)"]);
    expect(breakableSpacesIn("x.ts", "const a = `≈ ${h} h ${m} min`;").map((found) => /avant « (\S+) »/u.exec(found)?.[1])).toEqual(["h", "min"]);
    expect(breakableSpacesIn("x.ts", "const a = `≈ ${h} h${reste}`;")).toEqual(["x.ts:1 : espace ordinaire avant « h » dans « ≈ ${…} h${…} » (U+00A0 attendu)"]);
    expect(breakableSpacesIn("x.ts", "const a = `Le pseudonyme « ${p} » est pris`;")).toHaveLength(2);
    expect(breakableSpacesIn("x.tsx", "const a = <p>{n} %</p>;")).toEqual(["x.tsx:1 : espace ordinaire avant « % » dans « ${…} % » (U+00A0 attendu)"]);
    expect(breakableSpacesIn("x.tsx", "const a = <p>\n  <strong>45</strong> %\n</p>;")).toEqual(["x.tsx:2 : espace ordinaire avant « % » dans « ${…} % » (U+00A0 attendu)"]);
    expect(breakableSpacesIn("x.tsx", 'const a = <p>paiement «{" "}\n  {x}{" "}».</p>;')).toHaveLength(2);
    expect(breakableSpacesIn("x.tsx", 'const a = <p>taux{" "}\n  ; remise</p>;')).toHaveLength(1);
  });

  it("finds nothing where the space is right or is a sentence's", () => {
    const right = [
      "const a = `${taux}\\u00a0% et ${h}\\u00a0h ${m}\\u00a0min`;",
      "const a = `${prenom} ${nom}`;",
      "const a = `il reste ${n} minutes, ${n} heures, ${n} tables, ${n} mois`;",
      "const a = `«\\u00a0${titre}\\u00a0»`;",
      'const a = <p>{n}&nbsp;% {a} {b}</p>;',
      'const a = <p>{n}{"\\u00a0"}%</p>;',
      'const a = <p>Brut{"\\u00a0"}\n  : {x} {/* rien */} h</p>;',
    ];
    for (const text of right) expect(breakableSpacesIn("x.tsx", text), text).toEqual([]);
  });

  it("names a space at fault, and allows only what is listed", () => {
    expect(ALLOWED.every(({ file }) => files.includes(file))).toBe(true);
    for (const { file, text } of ALLOWED) expect(textsOf(file).some(([, found]) => found.startsWith(text))).toBe(true);
  });
});
