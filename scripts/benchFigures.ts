/**
 * What `npm run bench` prints for every figure of issue 16: the figure, its target, ✓ or ✗ — each
 * on its line, then all of them again in one table. Pure functions, so that the arithmetic the
 * verdicts rest on (a p95, a gzip total) is tested (benchFigures.test.ts), not only printed.
 */
import { gzipSync } from "node:zlib";

/** One figure of issue 16 as the bench reports it; `met` null: not measured this run (and why, in `value`). */
export interface Figure {
  label: string;
  value: string;
  target: string;
  met: boolean | null;
}

const MARKS = { true: "✓", false: "✗", null: "–" } as const;

function mark(met: boolean | null): string {
  return MARKS[String(met) as keyof typeof MARKS];
}

/** « Libellé : valeur — objectif … — ✓ ». */
export function figureLine({ label, value, target, met }: Figure): string {
  return `${mark(met)} ${label} : ${value} — objectif ${target} — ${mark(met)}`;
}

/** The final table: one row a figure, columns padded to the widest cell, then how many targets hold. */
export function summaryTable(figures: readonly Figure[]): string {
  const rows = [["", "Mesure", "Valeur", "Objectif"], ...figures.map((f) => [mark(f.met), f.label, f.value, f.target])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
  const measured = figures.filter((f) => f.met !== null);
  const held = measured.filter((f) => f.met === true).length;
  const notMeasured = figures.length - measured.length;
  return [...lines, `Objectifs tenus : ${held} sur ${measured.length} mesurés${notMeasured > 0 ? ` (${notMeasured} non ${notMeasured > 1 ? "mesurés" : "mesuré"})` : ""}.`].join("\n");
}

/**
 * The p-th percentile by nearest rank (the smallest value with at least p % of the values at or
 * below it): a value that was really measured, never an interpolation between two clicks.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A response a page fetched, as the bench records it. */
export interface FetchedResponse {
  url: string;
  contentType: string;
  body: Buffer;
}

/** JavaScript by its type, or by its name when a server says nothing useful (a static host). */
export function isJavaScript({ url, contentType }: Pick<FetchedResponse, "url" | "contentType">): boolean {
  return /javascript|ecmascript/iu.test(contentType) || /\.m?js$/iu.test(new URL(url).pathname);
}

/**
 * The gzip bytes of every JavaScript file a page fetched, each address counted once (a file asked
 * twice comes from the cache the second time): the size a compressing host would send, computed
 * here because the test server sends the files as they are.
 */
export function javaScriptGzipBytes(responses: readonly FetchedResponse[]): { bytes: number; files: number } {
  const seen = new Set<string>();
  let bytes = 0;
  for (const response of responses) {
    if (!isJavaScript(response) || seen.has(response.url)) continue;
    seen.add(response.url);
    bytes += gzipSync(response.body).length;
  }
  return { bytes, files: seen.size };
}

const msFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** « 12,5 ms ». */
export function formatMs(ms: number): string {
  return `${msFormat.format(ms)} ms`;
}
