/**
 * Stands in for `brotli/decompress.js` in the browser's bundle (next.config.ts, docs/decisions/0164).
 * fontkit imports brotli only to read WOFF2 fonts, and brotli decodes its 120 kB dictionary as soon
 * as it is loaded: 160 ms of the PDF worker's start, 70 kB of its script. The PDFs embed their own
 * TrueType fonts (fontData.ts), never a WOFF2 one.
 */
export default function decompressWoff2(): never {
  throw new Error("police WOFF2 non prise en charge\u00a0: les PDF de l'atelier embarquent des polices TrueType");
}
