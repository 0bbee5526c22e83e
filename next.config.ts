import type { NextConfig } from "next";

// A static site: no server at run time, servable from any static host or an LMS package.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  turbopack: {
    // fontkit's WOFF2 decoder, never used by the PDFs' TrueType fonts (components/documents/pdf/noWoff2.ts).
    resolveAlias: { "brotli/decompress.js": { browser: "./components/documents/pdf/noWoff2.ts" } },
  },
};

export default nextConfig;
