import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, CHUNKS_FOLDER, COMPILE_HINT, hintedSource, workerChunks } from "./compileHints";

// The chunk that starts the PDF worker, as next build 16.4.6 wrote it (shortened around the call).
const STARTS_WORKER =
  '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,53973,e=>{e.q("/_next/static/media/worker.3f26hrlw_0w0-.ts")},53685,e=>{e.v(e.r(10914).f("static/chunks/turbopack-worker-1hrsqshz0gfey.js",["static/chunks/03xg6bkfmpi0p.js","static/chunks/1ju6ojk298eim.js","static/chunks/turbopack-077hmtqrhcoji.js"]))}]);';
const WORKER_FILES = ["turbopack-worker-1hrsqshz0gfey.js", "03xg6bkfmpi0p.js", "1ju6ojk298eim.js", "turbopack-077hmtqrhcoji.js"];
const PAGE_FILES = ["1xg8q4shqyfov.js", "0d2k9a7fq1b3c.js"];

let out: string | undefined;
afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  out = undefined;
});

/** An export with the worker's chunks and two of a page's, one of which starts the worker. */
function exportWith(files: Record<string, string>): string {
  out = mkdtempSync(join(tmpdir(), "hints-"));
  mkdirSync(join(out, CHUNKS_FOLDER), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, CHUNKS_FOLDER, name), text);
  return out;
}

const read = (name: string) => readFileSync(join(out ?? "", CHUNKS_FOLDER, name), "utf8");

describe("workerChunks", () => {
  it("reads the worker's bootstrap and the chunks it loads from the chunk that starts it", () => {
    expect([...workerChunks([STARTS_WORKER, "var a=1;"])].sort()).toEqual([...WORKER_FILES].sort());
  });
});

describe("hintedSource", () => {
  it("puts the hint in front, once", () => {
    expect(hintedSource("var a=1;")).toBe("//# allFunctionsCalledOnLoad\nvar a=1;");
    expect(hintedSource(hintedSource("var a=1;"))).toBe(hintedSource("var a=1;"));
  });
});

describe("addCompileHints", () => {
  it("hints the page's chunks and leaves the worker's as they are", () => {
    const dir = exportWith({ [PAGE_FILES[0]!]: STARTS_WORKER, [PAGE_FILES[1]!]: "!function(){}();", ...Object.fromEntries(WORKER_FILES.map((name) => [name, `/* ${name} */`])), "2qdx3y-vm-kqs.css": "body{}" });
    expect(addCompileHints(dir)).toBe("2 scripts compilés d'avance par le navigateur, 4 du worker laissés tels quels.");
    expect(read(PAGE_FILES[0]!)).toBe(`${COMPILE_HINT}${STARTS_WORKER}`);
    expect(read(PAGE_FILES[1]!)).toBe(`${COMPILE_HINT}!function(){}();`);
    for (const name of WORKER_FILES) expect(read(name)).toBe(`/* ${name} */`);
    expect(read("2qdx3y-vm-kqs.css")).toBe("body{}");
    // Run again (a build step repeated by hand): nothing changes.
    addCompileHints(dir);
    expect(read(PAGE_FILES[1]!)).toBe(`${COMPILE_HINT}!function(){}();`);
  });

  it("fails when a worker's bootstrap is there but no chunk lists what it loads", () => {
    const dir = exportWith({ [PAGE_FILES[1]!]: "!function(){}();", "turbopack-worker-1hrsqshz0gfey.js": "importScripts()" });
    expect(() => addCompileHints(dir)).toThrow("worker turbopack-worker-1hrsqshz0gfey.js sans la liste de ses scripts dans les autres");
    expect(read(PAGE_FILES[1]!)).toBe("!function(){}();");
  });
});
