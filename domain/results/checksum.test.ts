import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../fingerprint";
import { resultsChecksum, verifyResults } from "./checksum";
import { CREDIT_TRACE, QUIZ_ANSWERS, quizFile, scenarioFile } from "./results.fixtures";
import type { ResultsFile } from "./vocabulary";

const FILES: ResultsFile[] = [
  scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z"),
  quizFile("Tom", QUIZ_ANSWERS.map((answer, i) => (i === 0 ? { ...answer, certainty: 3 as const } : answer)), "2026-11-28T11:00:00.000Z"),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The same value with every object's keys in an order drawn from `order` (one rank per key). */
function reordered(value: Json, order: (key: string) => number): Json {
  if (Array.isArray(value)) return value.map((item) => reordered(item, order));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => order(a) - order(b))
      .map(([key, item]) => [key, reordered(item, order)]),
  );
}

/** Every leaf of a value, with its path. */
function leaves(value: Json, path: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, Array.isArray(value) ? Number(key) : key]));
  }
  return [{ path, value }];
}

function edited(file: ResultsFile, path: readonly (string | number)[], replacement: Json): ResultsFile {
  const copy = structuredClone(file) as unknown as Record<string | number, Json>;
  let target = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, Json>;
  target[path[path.length - 1] as string | number] = replacement;
  return copy as unknown as ResultsFile;
}

/** Another value of the same kind: the edit a learner would make in a text editor. */
function otherValue(value: Json, draw: { text: string; number: number }): Json {
  if (typeof value === "boolean") return !value;
  if (typeof value === "number") return draw.number === value ? value + 1 : draw.number;
  if (typeof value === "string") return draw.text === value ? `${value} ` : draw.text;
  return "modifié";
}

describe("the checksum of a results file", () => {
  it("reads a canonical serialisation: any key order, at any depth, gives the same text and the same sum", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.func(fc.integer()), (value, order) => {
        expect(canonicalJson(reordered(value as Json, order))).toBe(canonicalJson(value));
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.func(fc.integer()), (file, order) => {
        const shuffled = reordered(file as unknown as Json, order) as unknown as ResultsFile;
        expect(resultsChecksum(shuffled)).toBe(file.checksum);
        expect(verifyResults(shuffled)).toBe(true);
      }),
    );
  });

  it("is broken by any single-field edit, the checksum itself included", () => {
    const edits = FILES.flatMap((file) => leaves(file as unknown as Json).map((leaf) => ({ file, ...leaf })));
    expect(edits.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...edits), fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), ({ file, path, value }, text, number) => {
        expect(verifyResults(edited(file, path, otherValue(value, { text, number })))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("is broken by a field added or removed", () => {
    const [file] = FILES as [ResultsFile];
    expect(verifyResults({ ...file, note: "20/20" } as unknown as ResultsFile)).toBe(false);
    const { pseudonym: _removed, ...withoutPseudonym } = file;
    expect(verifyResults(withoutPseudonym as ResultsFile)).toBe(false);
  });
});
