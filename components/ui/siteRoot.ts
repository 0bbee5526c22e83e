/** The framework script a document's root was read from, with what the root depended on. */
interface FoundRoot {
  script: HTMLScriptElement;
  src: string | null;
  baseUri: string;
  root: string;
}

const foundRoots = new WeakMap<Document, FoundRoot>();

/**
 * Where the site lives, read in the browser: the atelier may be served from a domain's root, a
 * school server's sub-folder, an LMS package or a local file, so no address may start with "/".
 * The framework's scripts sit in `<root>_next/`: their resolved address gives the root whatever
 * form the page's HTML wrote them in. Call it in effects and handlers only (there is no document
 * when the page is built).
 *
 * Every link asks it when it renders, after a decision too: `document.scripts` walks the whole
 * page once the page has changed, so the script found is kept and asked again only if it left the
 * page or its address could have changed (issue 16).
 */
export function siteRootUrl(doc: Document = document): string {
  const found = foundRoots.get(doc);
  if (found !== undefined && found.script.isConnected && found.script.ownerDocument === doc && found.script.getAttribute("src") === found.src && doc.baseURI === found.baseUri) return found.root;
  for (const script of Array.from(doc.scripts)) {
    const at = script.src.indexOf("/_next/");
    if (at === -1) continue;
    const root = script.src.slice(0, at + 1);
    foundRoots.set(doc, { script, src: script.getAttribute("src"), baseUri: doc.baseURI, root });
    return root;
  }
  return new URL("/", doc.baseURI).href;
}

/** True when the page was opened from a local file (a USB key, a shared drive): no server answers. */
export function isLocalFile(url: string): boolean {
  return url.startsWith("file:");
}

/**
 * A page or file given from the site's root ("/quiz/?n=a#b"), split in three. On a local file a
 * folder opens as a listing, not as its page: its `index.html` is named there.
 */
function sitePath(pathFromRoot: string, localFile: boolean): string {
  const [, path = "", rest = ""] = /^\/*([^?#]*)(.*)$/su.exec(pathFromRoot) ?? [];
  const page = localFile && (path === "" || path.endsWith("/")) ? `${path}index.html` : path;
  return `${page}${rest}`;
}

/** The absolute address of a page or file of the site, given from its root ("partage/", "enseignant/scenarios-livres.json"). */
export function siteUrl(pathFromRoot: string, doc: Document = document): string {
  const root = siteRootUrl(doc);
  return new URL(sitePath(pathFromRoot, isLocalFile(root)), root).href;
}

/** The route of the page at `pageUrl` ("/quiz/facturation/"), as the build named it: its address past the site's root. */
export function routeOf(pageUrl: string, rootUrl: string): string {
  const path = pageUrl.replace(/[?#].*$/su, "");
  const fromRoot = path.startsWith(rootUrl) ? path.slice(rootUrl.length) : new URL(path).pathname.slice(1);
  return `/${fromRoot.replace(/(^|\/)index\.html$/u, "$1")}`;
}

/**
 * The address of `target` (a page or file given from the site's root, "/quiz/?n=a#b") written
 * relative to the page at `route`, so that it holds in any folder; anything else (an in-page
 * "#anchor", another site) is returned as it is.
 */
export function hrefFrom(route: string, target: string, localFile: boolean): string {
  if (!target.startsWith("/") || target.startsWith("//")) return target;
  const depth = route.split("/").filter(Boolean).length;
  return `${depth === 0 ? "./" : "../".repeat(depth)}${sitePath(target, localFile)}`;
}
