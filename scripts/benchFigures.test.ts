import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { figureLine, formatMs, isJavaScript, javaScriptGzipBytes, percentile, summaryTable } from "./benchFigures";

describe("percentile (nearest rank)", () => {
  const thirtyClicks = Array.from({ length: 30 }, (_, i) => i + 1); // 1 … 30 ms

  it("gives the 29th of 30 sorted values for the p95: ceil(0,95 × 30) = 29", () => {
    expect(percentile([...thirtyClicks].reverse(), 95)).toBe(29);
  });

  it("gives a value really measured, the median of an odd count, the max for p100", () => {
    expect(percentile([3, 10, 7], 50)).toBe(7);
    expect(percentile([3, 10, 7], 100)).toBe(10);
    expect(percentile([4.5], 95)).toBe(4.5);
  });

  it("has no value for no measure", () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe("gzip accounting of the JavaScript a page fetched", () => {
  const chunk = Buffer.from("export const x = 1;\n".repeat(200));
  const other = Buffer.from("console.log('autre morceau');\n".repeat(50));

  it("adds the gzip size of each script once, whatever its type header says", () => {
    const responses = [
      { url: "http://127.0.0.1:1/_next/static/chunks/a.js", contentType: "text/javascript; charset=utf-8", body: chunk },
      { url: "http://127.0.0.1:1/_next/static/chunks/b.js", contentType: "application/octet-stream", body: other },
      { url: "http://127.0.0.1:1/_next/static/chunks/a.js", contentType: "text/javascript", body: chunk },
      { url: "http://127.0.0.1:1/_next/static/css/app.css", contentType: "text/css", body: Buffer.from("body{}") },
      { url: "http://127.0.0.1:1/scenarios/x/", contentType: "text/html", body: Buffer.from("<html></html>") },
    ];
    expect(javaScriptGzipBytes(responses)).toEqual({ bytes: gzipSync(chunk).length + gzipSync(other).length, files: 2 });
  });

  it("knows a script by its type or by its name, not a page or a style sheet", () => {
    expect(isJavaScript({ url: "http://h/x/", contentType: "application/javascript" })).toBe(true);
    expect(isJavaScript({ url: "http://h/_next/a.mjs?v=1", contentType: "" })).toBe(true);
    expect(isJavaScript({ url: "http://h/_next/a.css", contentType: "text/css" })).toBe(false);
  });
});

describe("lines and table", () => {
  it("prints the figure, its target and its verdict on one line", () => {
    expect(figureLine({ label: "Clic → retour affiché, p95", value: formatMs(12.34), target: "≤ 16 ms", met: true })).toBe(
      "✓ Clic → retour affiché, p95 : 12,3 ms — objectif ≤ 16 ms — ✓",
    );
    expect(figureLine({ label: "Suite unitaire", value: "non mesuré (--tests)", target: "< 90 s", met: null })).toBe("– Suite unitaire : non mesuré (--tests) — objectif < 90 s — –");
  });

  it("aligns the table's columns and counts the targets held among those measured", () => {
    const table = summaryTable([
      { label: "A", value: "1 ms", target: "≤ 16 ms", met: true },
      { label: "Plus long", value: "200 ms", target: "≤ 50 ms", met: false },
      { label: "C", value: "non mesuré", target: "< 90 s", met: null },
    ]).split("\n");
    expect(table).toEqual([
      "   Mesure     Valeur      Objectif",
      "✓  A          1 ms        ≤ 16 ms",
      "✗  Plus long  200 ms      ≤ 50 ms",
      "–  C          non mesuré  < 90 s",
      "Objectifs tenus : 1 sur 2 mesurés (1 non mesuré).",
    ]);
  });
});
