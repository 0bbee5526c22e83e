/**
 * Issue 10's fuzz test: hostile scenario files, made by a seeded generator from the bundled ones,
 * through the command line's own loader. None may crash, hang (a second each) or be answered
 * otherwise than in French with the file and the field (or the line and column).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundledScenarios, fuzzCase, fuzzCases, MUTATION_KINDS, SUITE_SIZES, type FuzzCase, type MutationKind } from "./mutations";
import { STOP_AFTER_MILLISECONDS } from "./harness";
import { runFuzz } from "./pool";
import { describeFailure, failures } from "./report";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sources = bundledScenarios(root);

/** Measured alone on the two-core machine: about 30 s once the loader bounds its inputs. */
const SEED = 20261202;
const COUNT = 400;

const textOf = (fuzzed: FuzzCase) => Buffer.from(fuzzed.bytes).toString("utf8");
const kindsOf = (fuzzed: FuzzCase) => fuzzed.mutations.map((m) => m.kind);

describe("the generator of hostile files", () => {
  const cases = [...fuzzCases(sources, SEED, COUNT, SUITE_SIZES)];

  it("gives the same bytes for the same seed and index, other bytes for another seed", () => {
    for (const index of [0, 1, 17, 133, COUNT - 1]) {
      const again = fuzzCase(sources, SEED, index, SUITE_SIZES);
      expect(again.bytes).toEqual(cases[index]?.bytes);
      expect(again.mutations).toEqual(cases[index]?.mutations);
    }
    const otherSeed = [...fuzzCases(sources, SEED + 1, 40, SUITE_SIZES)];
    expect(otherSeed.filter((fuzzed, i) => Buffer.compare(fuzzed.bytes, cases[i]?.bytes ?? new Uint8Array()) === 0).length).toBeLessThan(4);
  });

  it("uses every kind of mutation at least three times, and combines kinds in some files", () => {
    const counts = new Map<MutationKind, number>(MUTATION_KINDS.map((kind) => [kind, 0]));
    cases.forEach((fuzzed) => kindsOf(fuzzed).forEach((kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1)));
    expect([...counts].filter(([, count]) => count < 3)).toEqual([]);
    expect(cases.filter((fuzzed) => fuzzed.mutations.length > 1).length).toBeGreaterThan(COUNT / 10);
  });

  it("changes every file it makes", () => {
    const originals = new Set(sources.map((source) => source.text));
    expect(cases.filter((fuzzed) => originals.has(textOf(fuzzed))).map((fuzzed) => fuzzed.index)).toEqual([]);
  });

  it("writes each issue's case as the issue found it", () => {
    const only = (kind: MutationKind) => cases.filter((fuzzed) => kindsOf(fuzzed).length === 1 && kindsOf(fuzzed)[0] === kind);
    const utf8 = new TextDecoder("utf-8", { fatal: true });
    only("latin1").forEach((fuzzed) => expect(() => utf8.decode(fuzzed.bytes)).toThrow());
    only("bom").forEach((fuzzed) => expect([...fuzzed.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]));
    only("deepNesting").forEach((fuzzed) => expect(textOf(fuzzed)).toContain("[".repeat(5000)));
    only("loneSurrogate").forEach((fuzzed) => expect(textOf(fuzzed)).toMatch(/\\ud[89a-f][0-9a-f]{2}/));
    // In a field (« "quantity": 1e400 ») or as an element of a list (« [5, 1e400] », one per line).
    only("number1e400").forEach((fuzzed) => expect(textOf(fuzzed)).toMatch(/(?:: |\[\s*|^\s+)-?1e400\b/mu));
    only("prototypeKey").forEach((fuzzed) => expect(textOf(fuzzed)).toMatch(/"(__proto__|constructor|prototype)": /));
    only("openingInvoiceOverflow").forEach((fuzzed) => {
      const invoices = JSON.parse(textOf(fuzzed)).ledger.openInvoices as { lines: { quantity: number; unitPrice: string }[] }[];
      expect(invoices.flatMap((invoice) => invoice.lines)).toContainEqual(expect.objectContaining({ quantity: 1000, unitPrice: "9007199254740.99" }));
    });
    only("manyOrderLines").forEach((fuzzed) => expect(JSON.parse(textOf(fuzzed)).order.lines).toHaveLength(SUITE_SIZES.orderLines));
    only("longUnknownField").forEach((fuzzed) => expect(textOf(fuzzed)).toContain(`"${"creditLimit".repeat(SUITE_SIZES.unknownFieldNameLength / 11)}`));
    // JSON.parse keeps one of two equal keys: written back, the file loses a field line (more when the value is an object).
    const fieldLines = (text: string) => text.split("\n").filter((line) => /^\s*"[^"]*": /.test(line)).length;
    only("duplicateKey").forEach((fuzzed) => expect(fieldLines(JSON.stringify(JSON.parse(textOf(fuzzed)), null, 2))).toBeLessThan(fieldLines(textOf(fuzzed))));
    for (const kind of ["latin1", "bom", "deepNesting", "loneSurrogate", "number1e400", "prototypeKey", "openingInvoiceOverflow", "manyOrderLines", "longUnknownField", "duplicateKey"] as const) {
      expect(only(kind).length, kind).toBeGreaterThan(0);
    }
  });
});

describe("the command line's loader, on hostile files", () => {
  it(
    `answers ${COUNT} of them without a crash, a hang or a message out of place`,
    async () => {
      const reports = await runFuzz({ root, seed: SEED, count: COUNT, sizes: SUITE_SIZES, stopAfterMilliseconds: STOP_AFTER_MILLISECONDS });
      expect(reports).toHaveLength(COUNT);
      // Each failing file with its mutations, its answer and how to rebuild it (README.md).
      expect(failures(reports).map((report) => describeFailure(report, SEED, true))).toEqual([]);
    },
    600_000,
  );
});
