/**
 * A minimal static server for the exported site (out/), on 127.0.0.1 and a free port: what a
 * school's static host does, with trailing-slash folders served by their index.html, at the
 * domain's root or under a sub-folder (`prefix`, as `https://lycee.example/~prof/atelier/`).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".pdf": "application/pdf",
};

function fileFor(root: string, url: string): string | undefined {
  const path = normalize(decodeURIComponent(new URL(url, "http://x").pathname));
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

export interface StaticServer {
  /** The site's address, without its final "/": `http://127.0.0.1:<port>` or `http://127.0.0.1:<port>/~prof/atelier`. */
  url: string;
  /** The paths asked outside the sub-folder (answered 404): a page that reaches for the domain's root. */
  outside: string[];
  close: () => Promise<void>;
}

/** The path asked within the sub-folder `prefix` ("/~prof/atelier"), or undefined outside it. */
function withinPrefix(url: string, prefix: string): string | undefined {
  if (prefix === "") return url;
  return url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : undefined;
}

/**
 * Serves `folder`, under the sub-folder `prefix` if given; `port` 0 takes a free one, a given port
 * serves a new copy of the site at the same origin (its storage, its service worker).
 */
export async function startStaticServer(folder: string, { prefix = "", port = 0 }: { prefix?: string; port?: number } = {}): Promise<StaticServer> {
  const root = resolve(folder);
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`${root}/index.html introuvable : lancez d'abord « npm run build ».`);
  }
  const outside: string[] = [];
  const server: Server = createServer((request, response) => {
    const asked = withinPrefix(request.url ?? "/", prefix);
    if (asked === undefined) outside.push(request.url ?? "");
    const file = asked === undefined ? undefined : fileFor(root, asked);
    if (!file) {
      const notFound = join(root, "404.html");
      response.writeHead(404, { "content-type": TYPES[".html"] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end("404");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("adresse du serveur inconnue");
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    outside,
    // The browser's kept-alive connections would hold the port: a site taken down is down at once.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
