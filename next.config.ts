import type { NextConfig } from "next";

// A static site: no server at run time, servable from any static host or an LMS package.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
