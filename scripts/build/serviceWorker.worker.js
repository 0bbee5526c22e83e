/**
 * Atelier GRC's service worker: the site keeps working once it has been visited, in a classroom
 * whose network drops (issue 14, docs/decisions/0128). The build (scripts/build/serviceWorker.ts)
 * writes it into out/sw.js behind the line that defines PRECACHE: the version, derived from the
 * files' contents, and the files of the export, relative to this worker's folder.
 *
 * - install: the whole set in one cache, atomically (addAll: one file missing and the version is
 *   not installed, the previous one keeps serving);
 * - activate: the caches of older versions are deleted; it waits for the learner's « Mettre à
 *   jour » (a message) while a page runs an older version, so no game is reloaded under their feet;
 * - the framework's hashed files (_next/static/): cache first, a name never changes its content;
 * - everything else, pages first: the network first, so that an online learner always gets the
 *   latest version, and the cached copy when the network fails.
 */
/* global PRECACHE */

const CACHE_PREFIX = "atelier-grc-";
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
/** The site's folder: a school may serve it from a sub-folder, so nothing starts with "/". */
const SITE_ROOT = new URL("./", self.location.href).href;
const HASHED_ASSETS = new URL("_next/static/", SITE_ROOT).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // "reload": past the HTTP cache, which may still hold the previous version's files.
      cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, SITE_ROOT).href, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skipWaiting") void self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  // HEAD too: the framework's router asks it of a page before prefetching it, and it must not fail offline.
  if ((request.method !== "GET" && request.method !== "HEAD") || !request.url.startsWith(SITE_ROOT)) return;
  event.respondWith(request.url.startsWith(HASHED_ASSETS) ? cacheFirst(request) : networkFirst(request));
});

/** The cached copy of a file of this version, query string ignored (the framework adds one to its page data). */
async function cached(url) {
  const cache = await caches.open(CACHE_NAME);
  return cache.match(url, { ignoreSearch: true, ignoreVary: true });
}

/** The addresses under which a page may be cached: "x/" is the file "x/index.html", and the reverse. */
function pageAddresses(address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  const path = url.pathname;
  if (path.endsWith("/")) return [url.href, `${url.href}index.html`];
  if (path.endsWith("/index.html")) return [url.href, url.href.slice(0, -"index.html".length)];
  return /\.[a-z0-9]+$/iu.test(path) ? [url.href] : [url.href, `${url.href}/index.html`];
}

async function cacheFirst(request) {
  const copy = await cached(request.url);
  if (copy === undefined) return fetch(request);
  return request.destination === "worker" ? withoutAddress(copy) : copy;
}

/**
 * A worker's script (the PDF's, docs/decisions/0164) reads its parameters in the hash of its own
 * address: a cached copy carries the address it was cached under, without the hash, and the worker
 * would take it for its own. A copy made here has no address: the worker keeps the one it was asked by.
 */
function withoutAddress(response) {
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    for (const address of pageAddresses(request.url)) {
      const copy = await cached(address);
      if (copy) return request.method === "HEAD" ? new Response(null, { status: copy.status, statusText: copy.statusText, headers: copy.headers }) : copy;
    }
    throw offline;
  }
}
