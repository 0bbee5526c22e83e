import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { precacheOf, workerText, type Precache } from "./serviceWorker";

function exportWith(files: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), "atelier-sw-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  return out;
}

const SITE = {
  "index.html": "<h1>Accueil</h1>",
  "scenarios/index.html": "<h1>Bibliothèque</h1>",
  "scenarios/index.txt": "rsc",
  "_next/static/chunks/abc123.js": "chunk",
  "_next/static/chunks/abc123.js.map": "map",
  "enseignant/scenarios-livres.json": "[]",
  "sw.js": "ancien worker",
};

describe("the files the worker precaches", () => {
  it("are every file of the export but the worker itself and source maps, sorted, from the site's root", () => {
    expect(precacheOf(exportWith(SITE)).files).toEqual([
      "_next/static/chunks/abc123.js",
      "enseignant/scenarios-livres.json",
      "index.html",
      "scenarios/index.html",
      "scenarios/index.txt",
    ]);
  });

  it("have a version that changes with one byte of one file, and only then", () => {
    const first = precacheOf(exportWith(SITE)).version;
    expect(first).toMatch(/^[0-9a-f]{16}$/u);
    expect(precacheOf(exportWith({ ...SITE, "sw.js": "autre worker" })).version).toBe(first);
    expect(precacheOf(exportWith({ ...SITE, "scenarios/index.html": "<h1>Bibliothèque !</h1>" })).version).not.toBe(first);
  });
});

/** A CacheStorage in memory, with the matching rules the worker relies on (ignoreSearch). */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const withoutSearch = (url: string) => url.split("?")[0];
  const cacheOf = (entries: Map<string, Response>) => ({
    addAll: async (requests: Request[]) => {
      const responses = await Promise.all(requests.map((request) => fetchFromSite(request)));
      responses.forEach((response, index) => entries.set(requests[index]!.url, response));
    },
    match: async (url: string, options: { ignoreSearch?: boolean } = {}) => {
      const key = options.ignoreSearch ? withoutSearch(url) : url;
      return [...entries].find(([stored]) => (options.ignoreSearch ? withoutSearch(stored) : stored) === key)?.[1].clone();
    },
  });
  return {
    stores,
    api: {
      open: async (name: string) => cacheOf(stores.get(name) ?? stores.set(name, new Map()).get(name)!),
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
  };
}

const ROOT = "https://lycee.example/~prof/atelier/";
let online = true;
/** The school's server: every file answers its path and, online, says it comes from the network. */
const fetchFromSite = vi.fn(async (request: Request | string) => {
  if (!online) throw new TypeError("Failed to fetch");
  const url = typeof request === "string" ? request : request.url;
  return new Response(`réseau : ${url.slice(ROOT.length)}`);
});

type Listener = (event: unknown) => void;

/** The worker of `precache` evaluated in a global scope of its own, at ROOT + "sw.js". */
function startWorker(precache: Precache) {
  const listeners = new Map<string, Listener>();
  const caches = memoryCaches();
  const scope = {
    location: new URL("sw.js", ROOT),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: vi.fn(async () => undefined),
    clients: { claim: vi.fn(async () => undefined) },
  };
  runInNewContext(workerText(precache), { self: scope, caches: caches.api, fetch: fetchFromSite, Request, Response, URL, Promise, TypeError });
  const dispatch = async (type: string, fields: object = {}) => {
    const waited: Promise<unknown>[] = [];
    let answer: Promise<Response> | undefined;
    listeners.get(type)?.({ ...fields, waitUntil: (p: Promise<unknown>) => waited.push(p), respondWith: (p: Promise<Response>) => (answer = p) });
    await Promise.all(waited);
    return answer;
  };
  const get = async (path: string) => {
    const answer = await dispatch("fetch", { request: new Request(new URL(path, ROOT)) });
    return answer === undefined ? "pas intercepté" : (await answer).text();
  };
  const head = async (path: string) => {
    const answer = await dispatch("fetch", { request: new Request(new URL(path, ROOT), { method: "HEAD" }) });
    const response = await answer!;
    return { status: response.status, body: await response.text() };
  };
  return { scope, caches, dispatch, get, head };
}

describe("the worker, served from a school's sub-folder", () => {
  const precache = precacheOf(exportWith(SITE));
  beforeEach(() => {
    online = true;
    fetchFromSite.mockClear();
  });

  it("installs every file in one cache named after its version, resolved against its own folder", async () => {
    const { caches, dispatch } = startWorker(precache);
    await dispatch("install");
    expect([...caches.stores.keys()]).toEqual([`atelier-grc-${precache.version}`]);
    expect([...caches.stores.get(`atelier-grc-${precache.version}`)!.keys()]).toEqual(precache.files.map((file) => `${ROOT}${file}`));
  });

  it("on activation, deletes the caches of its older versions, not another site's, and takes the open pages", async () => {
    const { caches, dispatch, scope } = startWorker(precache);
    await caches.api.open("atelier-grc-0000000000000000");
    await caches.api.open("autre-application");
    await dispatch("install");
    await dispatch("activate");
    expect(await caches.api.keys()).toEqual(["autre-application", `atelier-grc-${precache.version}`]);
    expect(scope.clients.claim).toHaveBeenCalledOnce();
  });

  it("waits for the learner's « Mettre à jour » to take over", async () => {
    const { dispatch, scope } = startWorker(precache);
    await dispatch("message", { data: { type: "bonjour" } });
    expect(scope.skipWaiting).not.toHaveBeenCalled();
    await dispatch("message", { data: { type: "skipWaiting" } });
    expect(scope.skipWaiting).toHaveBeenCalledOnce();
  });

  it("online, asks the network for pages and data even when cached: a new version reaches the learner", async () => {
    const { dispatch, get } = startWorker(precache);
    await dispatch("install");
    expect(await get("scenarios/")).toBe("réseau : scenarios/");
    expect(await get("scenarios/index.txt?_rsc=1x2y")).toBe("réseau : scenarios/index.txt?_rsc=1x2y");
    expect(await get("enseignant/scenarios-livres.json")).toBe("réseau : enseignant/scenarios-livres.json");
  });

  it("serves the framework's hashed files from the cache first", async () => {
    const { dispatch, get } = startWorker(precache);
    await dispatch("install");
    fetchFromSite.mockClear();
    expect(await get("_next/static/chunks/abc123.js")).toBe("réseau : _next/static/chunks/abc123.js");
    expect(fetchFromSite).not.toHaveBeenCalled();
  });

  it("offline, serves each page from the cache under both its addresses, query strings ignored", async () => {
    const { dispatch, get } = startWorker(precache);
    await dispatch("install");
    online = false;
    expect(await get("")).toBe("réseau : index.html");
    expect(await get("scenarios/?depuis=accueil")).toBe("réseau : scenarios/index.html");
    expect(await get("scenarios")).toBe("réseau : scenarios/index.html");
    expect(await get("scenarios/index.html")).toBe("réseau : scenarios/index.html");
    expect(await get("scenarios/index.txt?_rsc=1x2y")).toBe("réseau : scenarios/index.txt");
    await expect(get("glossaire/")).rejects.toThrow("Failed to fetch");
  });

  it("answers the router's HEAD of a page offline from the cache, with no body", async () => {
    const { dispatch, head } = startWorker(precache);
    await dispatch("install");
    expect(await head("scenarios/")).toEqual({ status: 200, body: "réseau : scenarios/" });
    online = false;
    expect(await head("scenarios/")).toEqual({ status: 200, body: "" });
  });

  it("leaves alone what is not the site's: another folder of the server, a POST", async () => {
    const { get, dispatch } = startWorker(precache);
    expect(await get("https://lycee.example/~prof/autre/")).toBe("pas intercepté");
    expect(await dispatch("fetch", { request: new Request(`${ROOT}scenarios/`, { method: "POST", body: "x" }) })).toBeUndefined();
  });
});
